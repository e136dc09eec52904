"""Screenshots of the review view in a real window: run under Xvfb by test_screenshots.py.

``python -m tests.ui.review.screenshots OUT_DIR`` stores the sample bakery, an assignment with
two Word versions, one with a PDF and one with an image (each checked), shows the assignments
page in a real 1366x768 window, opens each review and saves what the screen shows in OUT_DIR:
``review-word.png`` (a Word draft, a finding selected), ``review-pdf.png`` (a PDF page with its
highlight boxes), ``review-image.png`` (an image and its colours), ``review-compare.png``
(version 2 beside version 1).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.review.review_view import ReviewView

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "drafts"


def _settle(app: QApplication, ms: int = 400) -> None:
    """Let the window paint: run the event loop for ``ms`` (no busy loop)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _opened(app: QApplication, page: AssignmentsPage) -> ReviewView:
    """The review once read and drawn (on a worker, then a part per turn), cards and all."""
    deadline = time.monotonic() + 30
    while (page.review_opening or page.review_view.cards.growing) \
            and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return page.review_view


def _shoot(app: QApplication, window: QWidget, path: Path) -> None:
    _settle(app)
    screen = window.screen() or QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(window.winId())
    if pixmap.isNull() or pixmap.width() < 100:  # a platform that cannot grab the screen
        pixmap = window.grab()
    pixmap.save(str(path))


def main(out_dir: Path) -> None:
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.checking import run_check
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.review.worker import CheckRunner
    from tests.review.drafts import VERSION_1, VERSION_2, pdf_file, word_file

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "brand.db") as store:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
        service = ReviewService(store, author="Anna")
        agency = service.add_agency("Studio Deeg", "Sanne de Vries", "sanne@studiodeeg.nl")
        news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei",
                                         agency_id=agency.id)
        word = service.add_version(news.id, "nieuwsbrief-mei.docx", word_file(VERSION_1))
        banner = service.create_assignment("Bakkerij Korenaar", "Banner website",
                                           agency_id=agency.id)
        image = service.add_version(banner.id, "banner.jpg",
                                    (FIXTURES / "banner.jpg").read_bytes())
        folder = service.create_assignment("Bakkerij Korenaar", "Folder najaar",
                                           agency_id=agency.id)
        pdf = service.add_version(folder.id, "folder-najaar.pdf", pdf_file(3))
        for version in (word.id, image.id, pdf.id):
            run_check(service, version, lang="en")

        page = AssignmentsPage(service, runner=CheckRunner(service, synchronous=True))
        page.setWindowTitle("BrandRegie — Assignments and reviews")
        page.resize(1366, 768)
        page.show()
        page.raise_()
        page.activateWindow()

        page.open_assignment(news.id)
        page.open_selected_version()
        review = _opened(app, page)
        assert review.review is not None
        first = next(f for f in review.review.findings if f.finding.excerpt == "ontzorgen")
        review.select_finding(first.key)
        _shoot(app, page, out_dir / "review-word.png")

        page.open_assignment(folder.id)
        page.open_selected_version()
        _opened(app, page)
        boxed = next(f for f in review.review.findings if f.finding.excerpt == "goedkoop")
        review.select_finding(boxed.key)
        _shoot(app, page, out_dir / "review-pdf.png")

        page.open_assignment(banner.id)
        page.open_selected_version()
        _opened(app, page)
        review.tabs.setCurrentIndex(1)  # the colours beside the brand palette
        _shoot(app, page, out_dir / "review-image.png")

        second = service.add_version(news.id, "nieuwsbrief-mei-v2.docx", word_file(VERSION_2))
        run_check(service, second.id, lang="en")
        page.open_assignment(news.id)
        page.open_selected_version()
        _opened(app, page)
        review.header.compare_button.setChecked(True)
        review.tabs.setCurrentIndex(2)  # fixed, new, still there
        _shoot(app, page, out_dir / "review-compare.png")
        page.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
