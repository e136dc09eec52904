"""The review pages in Dutch: their own Qt catalogue (review_nl.ts), complete and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brandregie.paths import resource
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review import page as page_module
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.translation import install_language

TS = resource("translations", "review_nl.ts")
QM = resource("translations", "review_nl.qm")
SOURCES = Path(page_module.__file__).parent
BIN = Path(sys.executable).parent
UPDATE = ("update with: .venv/bin/pyside6-lupdate brandregie/ui/review/*.py -ts "
          "resources/translations/review_nl.ts -no-obsolete, translate, then "
          ".venv/bin/pyside6-lrelease resources/translations/review_nl.ts")


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [str(m.findtext("source")) for m in root.iter("message")
            if (t := m.find("translation")) is None or t.get("type") == "unfinished"
            or not (t.text or "").strip()]


def test_every_text_of_the_review_pages_is_translated(tmp_path: Path) -> None:
    assert _unfinished(TS) == []
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "review_nl.ts"
    shutil.copy(TS, copy)
    subprocess.run([str(lupdate), *sorted(map(str, SOURCES.glob("*.py"))), "-ts", str(copy),
                    "-no-obsolete", "-silent"], check=True, capture_output=True)
    assert _unfinished(copy) == [], UPDATE


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh), "-silent"], check=True,
                   capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), UPDATE


def test_the_assignments_page_speaks_dutch(qtbot: QtBot, review_store: Store) -> None:
    install_language("nl")
    try:
        service = ReviewService(review_store)
        service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei")
        page = AssignmentsPage(service)
        qtbot.addWidget(page)
        assert page.new_button.text() == "&Nieuwe opdracht…"
        item = page.list.topLevelItem(0)
        assert item is not None and item.text(2) == "Gebriefd"
        assert page.review_view.headline.text() == "Nog geen concept"
    finally:
        install_language("en")
