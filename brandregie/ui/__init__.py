"""The PySide6 front: thin widgets and models over the services.

Importing any part of the UI first guards ``None`` against PySide6 6.12.0's reference-count
bug on Python 3.11 (see :mod:`brandregie.ui.qt_guard`).
"""

from brandregie.ui.qt_guard import protect_none

protect_none()
