"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 returns ``None`` from every void method (``label.setText``,
``QCoreApplication.processEvents``, ``QLocale.setDefault``...) without taking a reference, so
each call takes one reference from ``None``. Python 3.12 and later never free ``None`` (it is
immortal there), but on Python 3.11 its count reaches zero after some tens of thousands of calls
and the process aborts with "Fatal Python error: none_dealloc" (measured here: 100 calls of
``QLabel.setText`` take exactly 100 references; PySide6 6.11.3 takes none).

:func:`protect_none` gives ``None`` a reference count so large that no session can use it up,
which is what Python 3.12 does by design. It changes nothing on Python 3.12+, and nothing for a
PySide6 without the bug (the extra references are simply never released).
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than an app makes void calls in its lifetime (2**40, about 10**12).
EXTRA_REFERENCES = 1 << 40


def protect_none() -> bool:
    """Make ``None`` effectively immortal on Python 3.11; True if anything was done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field of PyObject
    if count.value >= EXTRA_REFERENCES:
        return False
    count.value += EXTRA_REFERENCES
    return True
