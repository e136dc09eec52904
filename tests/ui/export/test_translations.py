"""The Briefs page in Dutch: its own Qt catalogue (briefs_nl.ts), complete and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.ui.export import page as page_module
from brandregie.ui.export.page import BriefsPage
from brandregie.ui.main_window import MainWindow
from brandregie.ui.translation import install_language
from tests.ui.conftest import WindowFactory

TS = resource("translations", "briefs_nl.ts")
QM = resource("translations", "briefs_nl.qm")
SOURCES = Path(page_module.__file__).parent
BIN = Path(sys.executable).parent
UPDATE = ("update with: .venv/bin/pyside6-lupdate brandregie/ui/export/*.py -ts "
          "resources/translations/briefs_nl.ts -no-obsolete -locations none, translate, then "
          ".venv/bin/pyside6-lrelease resources/translations/briefs_nl.ts")


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [str(m.findtext("source")) for m in root.iter("message")
            if (t := m.find("translation")) is None or t.get("type") == "unfinished"
            or not (t.text or "").strip()]


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


def test_every_text_of_the_briefs_page_is_translated(tmp_path: Path) -> None:
    assert _unfinished(TS) == []
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "briefs_nl.ts"
    shutil.copy(TS, copy)
    subprocess.run([str(lupdate), *sorted(map(str, SOURCES.glob("*.py"))), "-ts", str(copy),
                    "-no-obsolete", "-locations", "none", "-silent"], check=True,
                   capture_output=True)
    assert _unfinished(copy) == [], UPDATE


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh), "-silent"], check=True,
                   capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), UPDATE


@pytest.mark.parametrize("field", ["source", "translation"])
def test_no_two_labels_on_the_page_share_an_alt_key(field: str) -> None:
    """Form and page are one window: each Alt+letter must reach one field (in both languages)."""
    # "Set up…" sits in a message box of its own.
    keys = _mnemonics(TS, "BriefForm", field=field) + _mnemonics(
        TS, "BriefsPage", frozenset({"Set &up…"}), field=field)
    assert len(keys) == len(set(keys)), sorted(keys)


def test_the_briefs_page_speaks_dutch(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("nl")
    try:
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
    finally:
        install_language("en")
