"""Dutch and English through Qt's translation system: complete, compiled, switchable."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.ui import main_window as main_window_module
from brandregie.ui.profile_pages import VisualPage
from brandregie.ui.settings import LANGUAGE, app_settings
from brandregie.ui.shell import Shell
from brandregie.ui.translation import install_language
from tests.ui.conftest import (
    PLATFORM_NOISE,
    WindowFactory,
    replace_text,
    session_of,
    wait_saved,
)

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(PLATFORM_NOISE)]

TS = resource("translations", "brandregie_nl.ts")
QM = resource("translations", "brandregie_nl.qm")
UI = Path(main_window_module.__file__).parent
#: Modules of brandregie/ui/ that ship their own catalogue (``<area>_nl.ts``), not this one.
OWN_CATALOGUE = {"backups.py"}
BIN = Path(sys.executable).parent
UPDATE = ("update with: .venv/bin/pyside6-lupdate brandregie/ui/*.py -ts "
          "resources/translations/brandregie_nl.ts -no-obsolete -locations none, translate, "
          "then "
          ".venv/bin/pyside6-lrelease resources/translations/brandregie_nl.ts")


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [str(m.findtext("source")) for m in root.iter("message")
            if (t := m.find("translation")) is None or t.get("type") == "unfinished"
            or not (t.text or "").strip()]


def test_every_dutch_message_is_translated() -> None:
    assert _unfinished(TS) == []


def test_every_text_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "brandregie_nl.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in UI.glob("*.py") if p.name not in OWN_CATALOGUE)
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"],
                   check=True, capture_output=True)
    assert _unfinished(copy) == [], UPDATE


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh), "-silent"], check=True,
                   capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), UPDATE


def test_the_window_speaks_dutch(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("nl")
    window = make_window()
    window.open_sample()
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[:4] == ["MERK", "Identiteit", "Karakter en toon", "Positionering"]
    assert "Persona’s" in texts
    window.show_page("visual")
    page = window.page("visual")
    assert isinstance(page, VisualPage)
    page.colours.select(0)
    replace_text(qtbot, page.colour.hex_edit, "#E8B64D")
    assert window.undo_action.text() == "Ongedaan maken: wijzig kleur Korenblond"
    replace_text(qtbot, page.colour.hex_edit, "#E8B6")
    assert page.colour.hex.message.text().startswith("Dit is geen kleur")
    replace_text(qtbot, page.colour.hex_edit, "#E8B64D")
    wait_saved(qtbot, window)
    assert window.save_label.text() == "Alles bewaard"
    assert window.revision_label.text() == "Versie 2"
    window.show_page("history")
    history = window.page("history")
    changes = history.changes  # type: ignore[attr-defined]
    assert changes.item(0).text() == "Kleur Korenblond: #E8B64C -> #E8B64D"


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
        assert old.nav.item(1).text() == "Identity"
        settings.setValue(LANGUAGE, "nl")
        new = shell.switch_language()
        qtbot.addWidget(new)
        assert new is not old and new.isVisible()
        assert new.nav.item(1).text() == "Identiteit"
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
