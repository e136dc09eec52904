"""The interface language: Qt translators for the UI, the core's gettext for the rest.

Dutch UI text lives in ``resources/translations/brandregie_nl.ts`` (compiled to ``.qm`` with
``pyside6-lrelease``). Other parts of the UI may ship their own ``<area>_nl.ts`` and ``.qm``
beside it: every ``*_nl.qm`` there is loaded. Qt's own dialogs (buttons, file and colour
choosers) use Qt's shipped ``qtbase_nl.qm``. The language follows the system unless the
settings name one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from brandregie import i18n
from brandregie.paths import resource
from brandregie.ui.settings import LANGUAGE

LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []


def qm_files(lang: str) -> list[str]:
    """The compiled catalogues for ``lang``: ``brandregie_<lang>.qm`` first, then the others."""
    folder = resource("translations")
    files = sorted(folder.glob(f"*_{lang}.qm"), key=lambda p: (p.stem != f"brandregie_{lang}",
                                                               p.name))
    return [str(p) for p in files]


def chosen_language(settings: QSettings) -> str:
    """The language in the settings, or the system's when set to "system"."""
    value = str(settings.value(LANGUAGE, "system"))
    return value if value in LANGUAGES else i18n.system_language()


def install_language(lang: str) -> str:
    """Switch the running app to ``lang`` (``nl`` or ``en``); returns the language used."""
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if lang != "en" and app is not None:
        for qm in qm_files(lang):
            ours = QTranslator()
            if ours.load(qm):
                app.installTranslator(ours)
                _installed.append(ours)
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl"
                               else QLocale.Language.English,
                               QLocale.Country.Netherlands if lang == "nl"
                               else QLocale.Country.UnitedKingdom))
    i18n.set_language(lang)
    return lang
