"""Screenshots of every page in both languages, for looking at the app (and for its tests).

Run on a real display (or under Xvfb)::

    python -m brandregie.ui.screenshots artifacts/screenshots

It works on a throw-away database and settings folder holding the sample brand, so it never
touches the user's own data. Besides the PNGs it prints one JSON line: the widgets that were
shown narrower than their text needs (cut-off text), which should be none.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _isolate() -> Path:
    """Point the user folders at a temporary place before anything reads them."""
    home = Path(tempfile.mkdtemp(prefix="brandregie-shots-"))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        os.environ[var] = str(home / sub)
    return home


#: Drafts from bad to good for the sample brand, so the home page's chart has lines to show.
_DRAFTS = (
    ["Bij Korenaar ontzorgen wij u met goedkoop brood!!! Uniek!!!", "Bestel nu!!!"],
    ["Bij Korenaar ontzorgen we je graag met ons brood!", "Uniek in de regio."],
    ["Bij Korenaar bakken we elke nacht vers brood. Kom langs!", "Je bent welkom."],
    ["Bij Korenaar bakken we elke nacht vers brood.", "Kom langs, je bent welkom."],
)
#: Three agencies and the order of their drafts: one comes closer, one drifts, one holds.
_AGENCIES = (("Studio Deeg", (0, 1, 2, 3)), ("Reclamebureau Rogge", (2, 1, 1, 0)),
             ("Tekstbureau Tarwe", (1, 2, 1, 2)))


def _seed_reviews(store: object, brand: str) -> None:
    """Three agencies' checked versions and open assignments (real checks of real text)."""
    from datetime import date, datetime, time, timedelta

    from brandregie.checks import check_document
    from brandregie.ingest.document import Document
    from brandregie.models.review import DecisionOutcome
    from brandregie.review.service import ReviewService
    from brandregie.store.database import Store

    assert isinstance(store, Store)
    service = ReviewService(store, author="Marieke")
    for n, (name, order) in enumerate(_AGENCIES):
        agency = service.add_agency(name)
        job = service.create_assignment(brand, ("Nieuwsbrief juni", "Vacature bakker",
                                                "Flyer open dag")[n], agency_id=agency.id,
                                        due=date.today() + timedelta(days=4 + 9 * n))
        for v, draft in enumerate(order):
            paragraphs = _DRAFTS[draft]
            version = service.add_version(job.id, f"versie-{draft}.txt",
                                          "\n".join(paragraphs).encode() + bytes([n, v]))
            check = service.check_job(version.id)
            document = Document.from_paragraphs(check.file_name, paragraphs, language="nl")
            service.save_check(version.id, check_document(document, check.snapshot, lang="nl"),
                               document)
        # a finished job of last month, so the scorecard has something to judge
        done = service.create_assignment(brand, "Nieuwsbrief mei", agency_id=agency.id,
                                         due=date.today() - timedelta(days=30))
        received = datetime.combine(date.today() - timedelta(days=32 - 2 * n), time(9))
        first = service.add_version(done.id, "nieuwsbrief-mei.txt",
                                    "\n".join(_DRAFTS[order[0]]).encode() + bytes([n]),
                                    received_at=received)
        check = service.check_job(first.id)
        document = Document.from_paragraphs(check.file_name, _DRAFTS[order[0]], language="nl")
        service.save_check(first.id, check_document(document, check.snapshot, lang="nl"),
                           document)
        service.decide(first.id, DecisionOutcome.APPROVED)


def _open_a_review(app: object, place: object) -> None:
    """On the Assignments page: once its list is read, open the lowest-scored assignment's
    newest version, so the Review tab shows a real review, drawn to the last card."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from brandregie.ui.review.page import AssignmentsPage

    assert isinstance(app, QApplication)
    page = getattr(place, "page", place)
    assert isinstance(page, AssignmentsPage)

    def wait(busy: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 30
        while busy() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    wait(lambda: page.building)
    rows = page.assignment_list.rows
    scored = [rows.info(n) for n in range(rows.rowCount())
              if rows.info(n).latest_score is not None]
    if not scored:
        return
    page.open_assignment(min(scored, key=lambda info: info.latest_score or 0).id)
    page.open_selected_version()
    wait(lambda: page.review_opening or page.review_view.cards.growing)
    page.tabs.setCurrentIndex(0)  # the shots start at the first tab


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "artifacts/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    home = _isolate()

    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QLabel,
        QScrollArea,
        QTabWidget,
        QWidget,
    )

    from brandregie.store.database import open_store
    from brandregie.ui.icons import app_icon
    from brandregie.ui.main_window import MainWindow
    from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES
    from brandregie.ui.settings import LANGUAGE, app_settings
    from brandregie.ui.shell import Shell

    app = QApplication([sys.argv[0]])
    app.setApplicationName("BrandRegie")
    app.setWindowIcon(app_icon())
    problems: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def check_cut_off(root: QWidget, name: str) -> None:
        for area in root.findChildren(QScrollArea):
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                problems.append(f"{name}: the page is wider than the window (it scrolls "
                                "sideways)")
        for widget in root.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if not widget.text():
                continue  # no text to cut off (an icon, a tab bar's scroll arrow)
            need = widget.minimumSizeHint().width()
            if widget.width() + 1 < need:
                text = widget.text() if hasattr(widget, "text") else ""
                problems.append(f"{name}: {type(widget).__name__} {text!r} is "
                                f"{widget.width()} px wide, needs {need}")

    def shoot(window: QWidget, name: str) -> None:
        settle()
        check_cut_off(window, name)
        window.grab().save(str(out / f"{name}.png"))

    store = open_store(home / "shots.db")
    settings = app_settings()
    for lang in ("en", "nl"):
        settings.setValue(LANGUAGE, lang)
        shell = Shell(store, settings=settings)
        window: MainWindow = shell.window
        window.resize(1366, 768)
        window.show()
        if lang == "en":
            shoot(window, f"{lang}-00-start")
        window.open_sample()
        if lang == "en":
            assert window.session is not None
            _seed_reviews(store, window.session.brand.name)
        if lang == "nl":
            window.close_session()
            window.reload_brands()
            window.show_start()
            shoot(window, f"{lang}-00-start")
            window.open_sample()
        for n, key in enumerate((*BRAND_PAGES, *WORK_PAGES), start=1):
            window.show_page(key)
            page = window.page(key)
            page_settle = getattr(page, "settle", None)
            if callable(page_settle):  # a page that reads its figures in the background
                page_settle()
            build_all = getattr(page, "build_all", None)
            if callable(build_all):  # a large page builds its lower parts in later steps
                build_all()
            if getattr(page, "page", True) is None:  # a work place not opened yet
                page.build()  # type: ignore[attr-defined]
            if key == "assignments":
                _open_a_review(app, page)
            tabs = page.findChild(QTabWidget)
            if tabs is None:
                shoot(window, f"{lang}-{n:02d}-{key}")
                continue
            for t in range(tabs.count()):
                tabs.setCurrentIndex(t)
                shoot(window, f"{lang}-{n:02d}-{key}-{t + 1}")
        window.close()
    store.close()
    print(json.dumps({"folder": str(out), "cut_off": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
