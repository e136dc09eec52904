"""Text from outside (file names, pack fields) made safe to print on a terminal or in a line.

A file name can hold a newline, an ANSI escape (``ESC[2J`` clears the screen) or a bidi
override that shows ``exe.txt`` for ``txt.exe``. Printed raw, such a name forges output or
hides what it is; :func:`shown` writes those characters as visible escapes instead.
"""

from __future__ import annotations

import unicodedata

#: Bidi embeddings, overrides and isolates (the "Trojan Source" characters) and line breaks.
_INVISIBLE = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                       "\u2066\u2067\u2068\u2069\u2028\u2029\ufeff")


def is_unsafe(char: str) -> bool:
    """A control character (NUL, ESC, newline, ...) or an invisible bidi/line control."""
    return char in _INVISIBLE or unicodedata.category(char) == "Cc"


def shown(text: str) -> str:
    """``text`` with unsafe characters as escapes (``\\n``, ``\\x1b``, ``\\u202e``)."""
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if not is_unsafe(char):
            out.append(char)
        elif char in "\n\r\t":
            out.append(repr(char)[1:-1])
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}")
    return "".join(out)
