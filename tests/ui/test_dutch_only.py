"""No English inside the Dutch interface or the Dutch PDFs: every label, button, tab, title
and placeholder of the window's pages, and every word of the brand guide, checked against a
list of English words an owner would notice."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from brandregie.ui.navigation import BRAND_PAGES
from brandregie.ui.translation import install_language
from tests.ui.conftest import WindowFactory, session_of, shown_page

#: English words that have no business in a Dutch sentence (Dutch has none of these).
ENGLISH = {"the", "and", "not", "with", "this", "your", "you", "primary", "secondary",
           "heading", "headings", "body", "accent", "background", "colour", "colours", "color",
           "font", "fonts", "save", "saved", "edit", "remove", "add", "brand", "new", "name",
           "file", "open", "none", "from", "for", "what", "why", "how", "when", "which",
           "installed", "pick", "choose", "date", "text", "words", "sentence",
           "page", "pages", "version", "review", "agency", "score", "due"}
WORD = re.compile(r"[A-Za-z]+")


def _english(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the markup
    return {w for w in WORD.findall(text) if w.lower() in ENGLISH}


def _texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName()]
    return texts


def test_the_dutch_window_has_no_english_words(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("nl")
    window = make_window()
    window.open_sample()
    brand_words = set(WORD.findall(session_of(window).brand.model_dump_json()))
    found: dict[str, set[str]] = {}
    for key in BRAND_PAGES:
        page = shown_page(qtbot, window, key)
        for text in _texts(page):
            english = _english(text) - brand_words
            if english:
                found.setdefault(key, set()).update(english)
    menus = [a.text() for a in window.menuBar().actions()]
    nav = [window.navigation.list.item(i).text() for i in range(window.navigation.list.count())]
    if _english(" ".join(menus + nav)):
        found["menus"] = _english(" ".join(menus + nav))
    assert found == {}


def test_the_dutch_guide_and_briefs_have_no_english_words(qtbot: QtBot,
                                                          make_window: WindowFactory,
                                                          tmp_path: Path) -> None:
    from brandregie.export.brief import BriefRequest, BriefType, build_brief
    from brandregie.export.guide import build_guide

    window = make_window()
    window.open_sample()
    snapshot = session_of(window).service.snapshot(session_of(window).brand_id)
    brand_words = set(WORD.findall(snapshot.brand.model_dump_json()))
    made = [tmp_path / "gids.pdf"]
    build_guide(snapshot, made[0], lang="nl")
    for kind in (BriefType.VACANCY, BriefType.NEWSLETTER):
        made.append(tmp_path / f"{kind.value}.pdf")
        build_brief(snapshot, BriefRequest(type=kind, title="Opdracht"), made[-1], lang="nl")
    for pdf in made:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert _english(text) - brand_words == set(), pdf.name
