"""Dutch through Qt's translation system: every catalogue complete, faithful and compiled; the
window, its pages and the language switch actually showing it.

Every ``resources/translations/<name>_nl.ts`` is checked the same way (translated, placeholders
kept, the shipped ``.qm`` compiled from it); :data:`CATALOGUES` says which code each one holds
the texts of, so lupdate can show that nothing in that code is missing from it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.export.page import BriefsPage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.settings import LANGUAGE, app_settings
from brandregie.ui.shell import Shell
from brandregie.ui.translation import install_language
from brandregie.ui.visual_page import VisualPage
from tests.ui.conftest import (
    WindowFactory,
    replace_text,
    session_of,
    shown_page,
    wait_saved,
)
from tests.ui.review.conftest import review_db, review_store  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource("translations")
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Catalogue:
    """The code a catalogue holds the texts of, as lupdate is run on it."""

    sources: str | None  # a glob below the repository; None: lupdate cannot read that code
    exclude: tuple[str, ...] = ()  # modules the glob matches that have their own catalogue
    locations: bool = True  # False: the .ts is kept without <location> lines

    def files(self) -> list[str]:
        assert self.sources is not None
        return sorted(str(p) for p in ROOT.glob(self.sources)
                      if str(p.relative_to(ROOT)) not in self.exclude)

    def update_hint(self, name: str) -> str:
        ts = f"resources/translations/{name}_nl.ts"
        lrelease = f".venv/bin/pyside6-lrelease {ts}"
        if self.sources is None:
            return f"translate {ts} by hand, then {lrelease}"
        options = "" if self.locations else " -locations none"
        return (f"update with: .venv/bin/pyside6-lupdate {self.sources} -ts {ts} -no-obsolete"
                f"{options}, translate, then {lrelease}")


CATALOGUES = {
    "brandregie": Catalogue("brandregie/ui/*.py", exclude=("brandregie/ui/backups.py",),
                            locations=False),
    "briefs": Catalogue("brandregie/ui/export/*.py", locations=False),
    "connections": Catalogue("brandregie/ui/connections/*.py"),
    "review": Catalogue("brandregie/ui/review/*.py"),
    "home": Catalogue("brandregie/ui/home/*.py", locations=False),
    "scorecard": Catalogue("brandregie/ui/scorecard/*.py", locations=False),
    # backups.py translates through its own _t(), which lupdate does not see;
    # tests/ui/test_backups.py reads those texts from the code instead.
    "backups": Catalogue(None),
}
SHIPPED = sorted(TRANSLATIONS.glob("*_nl.ts"))
READABLE = [name for name, catalogue in CATALOGUES.items() if catalogue.sources is not None]
#: Qt's %1 … %99 (also %L1) and %n; Python's {name} and {name:spec}.
QT_PLACEHOLDER = re.compile(r"%L?\d+|%n")
FIELD = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")


def _name(ts: Path) -> str:
    return ts.name.removesuffix("_nl.ts")


def _translations(message: ET.Element) -> list[str]:
    """The Dutch text(s) of ``message``: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(ts: Path) -> list[str]:
    """The English of every message without a finished, non-empty Dutch translation."""
    missing = []
    for m in ET.parse(ts).getroot().iter("message"):
        texts = _translations(m)
        translation = m.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not texts \
                or not all(t.strip() for t in texts):
            missing.append(str(m.findtext("source")))
    return missing


def _placeholders(text: str) -> tuple[set[str], set[str]]:
    return set(QT_PLACEHOLDER.findall(text)), set(FIELD.findall(text))


def _mnemonics(ts: Path, context: str, skip: frozenset[str] = frozenset(),
               field: str = "translation") -> list[str]:
    """The Alt+letter of each label (Dutch, or English with ``field="source"``) of ``context``."""
    root = ET.parse(ts).getroot()
    keys: list[str] = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for m in ctx.iter("message"):
            text = m.findtext(field) or ""
            if "&" in text and m.findtext("source") not in skip:
                keys.append(text.split("&", 1)[1][0].lower())
    return keys


def _tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        pytest.skip(f"{name} is not installed beside this Python")
    return tool


def test_every_shipped_catalogue_says_what_code_it_holds() -> None:
    """A new ``*_nl.ts`` must be listed in CATALOGUES, or its code would go unchecked."""
    assert sorted(_name(ts) for ts in SHIPPED) == sorted(CATALOGUES)


@pytest.mark.parametrize("ts", SHIPPED, ids=_name)
def test_every_message_has_a_dutch_translation(ts: Path) -> None:
    assert ET.parse(ts).getroot().find(".//message") is not None
    assert _unfinished(ts) == []


@pytest.mark.parametrize("ts", SHIPPED, ids=_name)
def test_the_dutch_keeps_every_placeholder(ts: Path) -> None:
    """A %1 or {name} lost in translation leaves the person a sentence without its subject."""
    wrong = [(m.findtext("source"), text) for m in ET.parse(ts).getroot().iter("message")
             for text in _translations(m)
             if _placeholders(text) != _placeholders(m.findtext("source") or "")]
    assert wrong == []


@pytest.mark.parametrize("name", READABLE)
def test_every_text_in_the_code_is_in_its_catalogue(name: str, tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    catalogue = CATALOGUES[name]
    copy = tmp_path / f"{name}_nl.ts"
    shutil.copy(TRANSLATIONS / f"{name}_nl.ts", copy)
    options = [] if catalogue.locations else ["-locations", "none"]
    subprocess.run([str(lupdate), *catalogue.files(), "-ts", str(copy), "-no-obsolete",
                    *options, "-silent"], check=True, capture_output=True)
    assert _unfinished(copy) == [], catalogue.update_hint(name)


@pytest.mark.parametrize("ts", SHIPPED, ids=_name)
def test_the_shipped_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh), "-silent"], check=True,
                   capture_output=True)
    hint = CATALOGUES.get(_name(ts), Catalogue(None)).update_hint(_name(ts))
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), hint


@pytest.mark.parametrize("field", ["source", "translation"])
def test_no_two_labels_on_the_briefs_page_share_an_alt_key(field: str) -> None:
    """Form and page are one window: each Alt+letter must reach one field (in both languages)."""
    ts = TRANSLATIONS / "briefs_nl.ts"
    # "Set up…" sits in a message box of its own.
    keys = _mnemonics(ts, "BriefForm", field=field) + _mnemonics(ts, "BriefsView", field=field)
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_window_speaks_dutch(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("nl")
    window = make_window()
    window.open_sample()
    texts = [window.navigation.list.item(i).text() for i in range(window.navigation.list.count())]
    assert texts[:4] == ["MERK", "In één oogopslag", "Identiteit", "Karakter en toon"]
    assert "Persona’s" in texts
    page = shown_page(qtbot, window, "visual")
    assert isinstance(page, VisualPage)
    page.colours.select(0)
    replace_text(qtbot, page.colour.hex_edit, "#E8B64D")
    assert window.undo_action.text() == "Ongedaan maken: wijzig kleur Korenblond"
    replace_text(qtbot, page.colour.hex_edit, "#E8B6")
    assert page.colour.hex.message.text().startswith("Dit is geen kleur")
    replace_text(qtbot, page.colour.hex_edit, "#E8B64D")
    wait_saved(qtbot, window)
    assert window.save_status.save_label.text() == "Alles bewaard"
    assert window.save_status.revision_label.text() == "Versie 2"
    window.show_page("history")
    history = window.page("history")
    qtbot.waitUntil(lambda: not history.building)  # type: ignore[attr-defined]
    changes = history.changes  # type: ignore[attr-defined]
    assert changes.item(0).text() == "Kleur Korenblond: #E8B64C -> #E8B64D"


def test_the_assignments_page_speaks_dutch(qtbot: QtBot, review_store: Store) -> None:  # noqa: F811
    install_language("nl")
    service = ReviewService(review_store)
    service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    assert page.new_button.text() == "&Nieuwe opdracht…"
    assert page.list.model().index(0, 2).data() == "Gebriefd"
    assert page.review_view.header.title.full_text() == "Nog geen concept"


def test_the_briefs_page_speaks_dutch(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("nl")
    window: MainWindow = make_window()
    window.open_sample()
    page = BriefsPage(window.store)
    qtbot.addWidget(page)
    page.set_session(window.session)
    assert page.make.itemText(0) == "Briefing voor het bureau"
    assert page.preview_button.text() == "&Voorbeeld"
    assert page.form.type.findText("Vacaturetekst") >= 0  # from the review catalogue
    assert page.form.persona.itemText(0) == "Automatisch: Marieke, moeder van twee"
    assert page.document_lang() == "nl"  # the bakery writes Dutch first
    notes = [w.text() for w in page.findChildren(QLabel)]
    assert "Druk op Voorbeeld (F5) om de pdf hier te zien." in notes


def test_the_language_switch_rebuilds_the_window_in_place(qtbot: QtBot, db_path: Path) -> None:
    from brandregie.store.database import open_store

    store = open_store(db_path)
    try:
        settings = app_settings()
        settings.setValue(LANGUAGE, "en")
        shell = Shell(store, settings=settings)
        old = shell.window
        qtbot.addWidget(old)
        old.show()
        old.open_sample()
        old.show_page("vocabulary")
        assert old.navigation.list.item(2).text() == "Identity"
        settings.setValue(LANGUAGE, "nl")
        new = shell.switch_language()
        qtbot.addWidget(new)
        assert new is not old and new.isVisible()
        assert new.navigation.list.item(2).text() == "Identiteit"
        assert new.current_page() == "vocabulary"
        assert session_of(new).brand.name == "Bakkerij Korenaar"
        assert new.menuBar().actions()[0].text() == "&Bestand"
        new.close()
    finally:
        store.close()


def test_the_language_follows_the_system_unless_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.ui.translation import chosen_language

    settings = app_settings()
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    settings.setValue(LANGUAGE, "system")
    assert chosen_language(settings) == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert chosen_language(settings) == "en"
    settings.setValue(LANGUAGE, "nl")
    assert chosen_language(settings) == "nl"


def test_no_text_is_translated_inside_an_f_string() -> None:
    """lupdate does not read calls inside f-strings: such a text ships in English."""
    hidden = []
    for path in sorted((ROOT / "brandregie" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.relative_to(ROOT)}:{call.lineno}" for call in ast.walk(node)
                           if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                           and call.func.attr in {"tr", "translate"}]
    assert hidden == [], "take the self.tr(...) out of the f-string so lupdate sees it"
