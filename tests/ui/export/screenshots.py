"""Screenshots of the Briefs page with a previewed brief, in a real window, in both languages.

``python -m tests.ui.export.screenshots OUT_DIR`` (under Xvfb; see test_screenshots.py) stores
the sample bakery in a throw-away database, opens the main window on the Briefs place in
English and in Dutch, fills in a vacancy brief, lets the worker lay out the PDF and saves what
the screen shows as ``briefs-<lang>.png``; with the send dialog open as ``briefs-send-<lang>.png``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from brandregie.ui.export.page import BriefsPage
from tests.ui.review.screenshots import _settle, _shoot

TITLE = {"en": "Vacancy: één apprentice baker", "nl": "Vacature één leerling-bakker"}


def _wait_for(app: QApplication, done: Callable[[], bool], ms: int = 30_000) -> None:
    """Run the event loop until ``done()`` is true (the worker posts its result)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    QTimer.singleShot(ms, loop.quit)
    timer.start()
    loop.exec()
    timer.stop()


def _has_pdf(page: BriefsPage) -> bool:
    return page.rendered is not None


def main(out_dir: Path) -> None:
    from brandregie.export.brief import BriefType
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store
    from brandregie.ui.connections import SendMailDialog
    from brandregie.ui.export.place import BriefsPlace
    from brandregie.ui.main_window import MainWindow
    from brandregie.ui.translation import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "brand.db") as store:
        stored = ProfileService(store).import_snapshot(read_pack(sample_pack()))
        reviews = ReviewService(store, author="Anna")
        agency = reviews.add_agency("Studio Deeg", "Sanne de Vries", "sanne@studiodeeg.nl")
        assert stored.brand_id is not None
        assignment = reviews.create_assignment(stored.brand_id, "Vacature leerling-bakker",
                                               agency_id=agency.id)
        for lang in ("en", "nl"):
            install_language(lang)
            window = MainWindow(store)
            window.resize(1400, 900)
            window.show()
            window.raise_()
            window.activateWindow()
            window.show_page("briefs")
            place = window.page("briefs")
            assert isinstance(place, BriefsPlace)
            page = place.build()
            form = page.form
            form.choose_assignment(assignment.id)
            form.type.setCurrentIndex(form.type.findData(BriefType.VACANCY.value))
            form.title.setText(TITLE[lang])
            form.budget.setText("€ 1.500")
            page.language.setCurrentIndex(page.language.findData(lang))
            page.preview_now()
            _wait_for(app, partial(_has_pdf, page))
            _settle(app, 800)  # QtPdf draws its pages on its own thread
            _shoot(app, window, out_dir / f"briefs-{lang}.png")

            page._open_send_dialog()
            dialog = page.findChild(SendMailDialog)
            assert dialog is not None
            _settle(app)
            _shoot(app, dialog, out_dir / f"briefs-send-{lang}.png")
            dialog.reject()
            window.close()
            window.deleteLater()
            _settle(app, 100)
        install_language("en")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
