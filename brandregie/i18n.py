"""Translations for the Qt-free core: the counterpart of ``self.tr`` in the UI.

Messages are written in English in the code and wrapped in ``_()`` (current language) or looked
up through :func:`translator` for an explicit language. Dutch lives in gettext catalogues,
``resources/locale/nl/LC_MESSAGES/<area>.po`` (one per area of the core, read with Babel), so
there is no compiled copy that can go stale.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import cache

from brandregie.paths import resource

SUPPORTED = ("en", "nl")
_current = "en"


def system_language() -> str:
    """``nl`` when the system speaks Dutch (also Flemish, ``nl_BE``), else ``en``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "nl" if value.lower().startswith("nl") else "en"
    loc = locale.getlocale()[0] or ""
    return "nl" if loc.lower().startswith("nl") else "en"


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; it is translated where it is shown."""
    return message


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in SUPPORTED else "en"


def current_language() -> str:
    return _current


@cache
def _catalogue(lang: str) -> dict[str, str]:
    messages: dict[str, str] = {}
    folder = resource("locale", lang, "LC_MESSAGES")
    if not folder.is_dir():  # English, the messages' own language
        return messages
    from babel.messages.pofile import read_po  # only when a message is translated

    for po in sorted(folder.glob("*.po")):
        with po.open("rb") as fh:
            catalogue = read_po(fh, locale=lang)
        for message in catalogue:
            if (message.id and message.string and not message.fuzzy
                    and isinstance(message.id, str) and isinstance(message.string, str)):
                messages[message.id] = message.string
    return messages


def translator(lang: str | None = None) -> Callable[[str], str]:
    """A function translating an English message into ``lang`` (default: the current one)."""
    catalogue = _catalogue(lang or _current)

    def translate(message: str) -> str:
        return catalogue.get(message, message)

    return translate


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _catalogue(_current).get(message, message)
