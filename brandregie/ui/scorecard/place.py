"""The agency scorecard place: the open brand's scorecard, read again each time it is shown.

The owner picks the period (the last twelve months by default: the yearly talk) and can save
the scorecard as a PDF in the brand's look to take to that talk. The figures come from the
store (stored scores, dates, agreements), read off the GUI thread by the one job runner, and
the PDF is laid out there too; the view only draws them. The scorecard's code (which reads
stored reports, hence the checks' model) is imported on the first visit, not at start.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from brandregie.ui import dialogs, theme
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.session import EditSession
from brandregie.ui.settings import app_settings

if TYPE_CHECKING:
    from brandregie.review.scorecard.figures import Scorecard
    from brandregie.ui.scorecard.page import ScorecardView


#: The periods to choose from, in the order shown (the first is the default).
PERIODS = ("last_12_months", "this_year", "last_year", "all")
# Where "Save as PDF…" saved last (QSettings key): the next scorecard goes beside it.
FOLDER_KEY = "scorecard/folder"


def period_dates(period: str, today: date) -> tuple[date | None, date]:
    """The first and last day of ``period`` (None: from the very first assignment)."""
    if period == "this_year":
        return date(today.year, 1, 1), today
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period == "all":
        return None, today
    return today - timedelta(days=364), today


class ScorecardPlace(QWidget):
    """A work place that follows the open brand (``set_session``) and shows its scorecard."""

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.session: EditSession | None = None
        self.view: ScorecardView | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(self._controls())
        self.box.addWidget(self.message)
        self.area = QVBoxLayout()  # the view goes here once the code is in
        self.box.addLayout(self.area, 1)
        self.note = QLabel(self.tr("An assignment counts once its due date has passed: work "
                                   "still running is judged when it is due."))
        self.note.setWordWrap(True)
        self.note.setContentsMargins(theme.SPACE_XL, 0, theme.SPACE_XL, theme.SPACE_M)
        self.box.addWidget(self.note)
        self.runner = Runner(self, synchronous=synchronous)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.saver = Runner(self, synchronous=synchronous, finish_at_close=True)  # a PDF asked for
        self.saver.finished.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.shown: Scorecard | None = None
        self.wanted: Task | None = None  # the newest reading: an older one is not shown

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(theme.SPACE_XL, theme.SPACE_M, theme.SPACE_XL, 0)
        label = QLabel(self.tr("&Period:"))
        self.period = QComboBox()
        names = {"last_12_months": self.tr("The last 12 months"),
                 "this_year": self.tr("This year"), "last_year": self.tr("Last year"),
                 "all": self.tr("Everything")}
        for key in PERIODS:
            self.period.addItem(names[key], key)
        label.setBuddy(self.period)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("The scorecard in the brand's look, to take to "
                                            "the yearly talk with each agency"))
        self.save_button.clicked.connect(self.save_pdf)
        row.addWidget(label)
        row.addWidget(self.period)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return row

    def dates(self) -> tuple[date | None, date]:
        return period_dates(str(self.period.currentData()), date.today())

    def set_session(self, session: EditSession | None) -> None:
        if session is None or self.session is None or session.brand_id != self.session.brand_id:
            self._forget()  # another brand: the last one's figures must not stand meanwhile
        self.session = session
        if self.isVisible():
            self.reload()

    def _forget(self) -> None:
        """Drop the scorecard shown and the one being read (they are another brand's)."""
        self.runner.cancel()
        self.wanted, self.shown = None, None
        self.message.hide()
        if self.view is not None:
            self.view.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the scorecard again (agencies deliver between two visits)."""
        if self.session is None:
            return
        store, name = self.session.service.store, self.session.brand.name
        since, until = self.dates()

        def job(progress: Progress) -> Scorecard:
            from brandregie.review.scorecard.figures import build_scorecard

            return build_scorecard(store, name, since=since, until=until, progress=progress)

        self.wanted = self.runner.start(job)

    def save_pdf(self) -> None:
        """Ask where, then lay out the scorecard of the chosen period as a PDF there."""
        if self.session is None:
            return
        service, name = self.session.service, self.session.brand.name
        slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "brand"
        settings = app_settings()
        saved = Path(str(settings.value(FOLDER_KEY) or Path.home()))
        folder = saved if saved.is_dir() else Path.home()
        path = dialogs.save_file(self, self.tr("Save the scorecard"),
                                 str(folder / f"scorecard-{slug}-{date.today()}.pdf"),
                                 self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.setValue(FOLDER_KEY, str(path.parent))
        since, until = self.dates()

        def job(_progress: Progress) -> tuple[Path, int]:
            from brandregie.export.text import document_language
            from brandregie.review.scorecard.figures import build_scorecard
            from brandregie.review.scorecard.pdf import build_scorecard_pdf

            snapshot = service.snapshot(name)
            card = build_scorecard(service.store, name, since=since, until=until)
            result = build_scorecard_pdf(card, snapshot, path,
                                         lang=document_language(snapshot, None))
            return path, result.pages

        self.save_button.setEnabled(False)
        self.saver.start(job)

    def _saved(self, _task: Task, result: tuple[Path, int]) -> None:
        path, pages = result
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Saved {path} ({pages} pages)").format(
            path=path, pages=pages))
        self.message.show()

    def settle(self) -> None:
        """Wait for the figures being read (and a PDF being made) and show them (screenshots,
        tests)."""
        self.runner.wait()
        self.saver.wait()
        QCoreApplication.processEvents()
        while self.view is not None and self.isVisible() and self.view.placing:
            QCoreApplication.processEvents()

    def _show(self, task: Task, card: Scorecard) -> None:
        if task is not self.wanted:
            return  # the owner chose another period while this one was being read
        if self.view is None:
            from brandregie.ui.scorecard.page import ScorecardView

            self.view = ScorecardView()
            self.area.addWidget(self.view)
        self.message.hide()
        self.shown = card
        self.view.show_scorecard(card)
        self.view.show()

    def _failed(self, _task: Task, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(failure.message)
        self.message.show()
