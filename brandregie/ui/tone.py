"""A tone-of-voice level (1 to 5 between two ends) in words: "Rather casual"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def tone_words(low: str, high: str, level: int) -> str:
    """Where ``level`` sits between ``low`` (1) and ``high`` (5), as an owner would say it."""
    if level <= 1:
        return translate("Tone", "Very %1").replace("%1", low)
    if level == 2:
        return translate("Tone", "Rather %1").replace("%1", low)
    if level == 3:
        return translate("Tone", "Between %1 and %2").replace("%1", low).replace("%2", high)
    if level == 4:
        return translate("Tone", "Rather %1").replace("%1", high)
    return translate("Tone", "Very %1").replace("%1", high)
