"""The history of a brand: every kept revision, what changed in plain words, and restore.

A burst of autosaves by one person is kept as one revision and shows as one row ("edited (36
saves)"); revisions saved shortly after one another are grouped into one row too, and "Show
every revision" lists them one by one. Selecting a row shows everything that changed in it;
restoring it brings back its last save. The history is read a page at a time: the newest
:data:`PAGE` revisions when the page is shown (on a worker, with the words of the newest
rows: :mod:`.history_reader`), older ones when the person scrolls to the end or presses "Show
older revisions", so a brand with years of history opens as fast as a new one. Restoring is
an ordinary edit (one undo step named "restore revision N") that the autosave stores as a new
revision marked "restored": nothing in the history is ever lost.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.i18n import translator
from brandregie.profile.history import HistoryEntry, RevisionInfo
from brandregie.ui import dialogs
from brandregie.ui.history_reader import (
    PAGE,
    NewestRead,
    Pair,
    before,
    entries_of,
    pairs_to_describe,
    read_newest,
)
from brandregie.ui.jobs import Failure, Runner, Task
from brandregie.ui.page import ProfilePage, undo_text
from brandregie.ui.session import EditSession, State

__all__ = ["PAGE", "HistoryPage", "local_span", "local_time"]


def _local(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def local_time(moment: datetime) -> str:
    return QLocale().toString(_local(moment), QLocale.FormatType.ShortFormat)


def local_span(first: datetime, last: datetime) -> str:
    """When a burst of saves happened: "07-12-2026 14:02–14:31" (both dates if it spans days)."""
    start, end = _local(first), _local(last)
    if start.date() != end.date():
        return f"{local_time(first)} – {local_time(last)}"
    if start.time().hour() == end.time().hour() and \
            start.time().minute() == end.time().minute():
        return local_time(last)
    return f"{local_time(first)}–{QLocale().toString(end.time(), QLocale.FormatType.ShortFormat)}"


class HistoryPage(ProfilePage):
    key = "history"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("History"),
                         self.tr("Every saved version of the brand. Pick one to see what "
                                 "changed, or to bring it back."), parent)
        self.entries: list[HistoryEntry] = []
        self.loaded: list[RevisionInfo] = []  # the pages read so far, newest first
        self.complete = False  # whether the oldest revision has been read
        self._words: dict[Pair, list[str]] = {}  # what changed, per (older, newer) read
        self.reader = Runner(self)  # the newest page, read when shown and after each save
        self.reader.finished.connect(self._newest_read)
        self.reader.failed.connect(self._not_read)
        self.every_save = QCheckBox(self.tr("Show &every revision"))
        self.every_save.setAccessibleName(self.tr("Show every revision"))
        self.every_save.setToolTip(self.tr("Revisions saved shortly after one another are "
                                           "shown as one row; tick this to list them one by "
                                           "one."))
        self.body.addWidget(self.every_save)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.setHorizontalHeaderLabels([self.tr("Revision"), self.tr("Saved"),
                                              self.tr("By"), self.tr("What")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # sized to their contents once per fill (ResizeToContents would measure every cell
        # again on each one set: a third of a second for a page of rows)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        self.older_button = QPushButton(self.tr("Show &older revisions"))
        self.older_button.setAccessibleName(self.tr("Show older revisions"))
        upper_layout.addWidget(self.older_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(upper)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.compare_label = QLabel(self.tr("Changes compared with:"))
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Compare with revision"))
        self.compare_label.setBuddy(self.compare)
        row.addWidget(self.compare_label)
        row.addWidget(self.compare)
        row.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Restore this revision"))
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        row.addWidget(self.restore_button)
        lower_layout.addLayout(row)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setWordWrap(True)
        self.changes.setMinimumHeight(160)
        lower_layout.addWidget(self.changes)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(splitter, 1)
        self.every_save.toggled.connect(lambda _on: self._fill())
        self.older_button.clicked.connect(self.load_older)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.table.itemSelectionChanged.connect(self._selected)
        self.compare.currentIndexChanged.connect(self._show_changes)
        self.restore_button.clicked.connect(self.restore_selected)
        session.saved.connect(lambda _snap: self.reload() if self.isVisible() else None)

    def finish(self) -> None:  # the table fills the page: no stretch under it
        self.refresh()

    def refresh(self) -> None:
        self._stale = False

    def _on_changed(self, _state: State) -> None:
        pass

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def _action(self, action: str) -> str:
        return {"created": self.tr("created"), "edited": self.tr("edited"),
                "imported": self.tr("imported"), "restored": self.tr("restored")
                }.get(action, action)

    def _what(self, entry: HistoryEntry, before: int | None) -> str:
        rev = entry.newest
        what = self._action(rev.action)
        if rev.note:
            what = f"{what}: {rev.note}"
        elif rev.action == "edited" and before is not None:
            lines = self._words.get((before, rev.number), [])
            if lines:  # what changed, in words, rather than "edited"
                what = "; ".join(lines[:2]) + ("; …" if len(lines) > 2 else "")
        if entry.count > 1:
            what = self.tr("%1 (%2 saves)").replace("%1", what).replace("%2", str(entry.count))
        return what

    def _describe(self) -> None:
        """Read what changed for the newest rows not described yet, in one go."""
        pairs = pairs_to_describe(self.entries, self._words)
        if pairs:
            found = self.session.service.changes_between(self.session.brand_id, pairs)
            self._words.update(zip(pairs, found, strict=True))

    @property
    def building(self) -> bool:
        """The newest revisions are being read (the table shows them once they are in)."""
        return self.reader.busy

    def reload(self) -> None:
        """Read the newest page of the history again (when shown, after a save), on a
        worker; the rows are shown once it is in, the selection kept."""
        service, brand_id = self.session.service, self.session.brand_id
        every_save, known = self.every_save.isChecked(), frozenset(self._words)
        self.reader.start(lambda progress: read_newest(
            service, brand_id, every_save=every_save, known=known, progress=progress))

    def _newest_read(self, _task: Task, read: NewestRead) -> None:
        self._words.update(read.words)
        self.loaded, self.complete = read.loaded, read.complete
        self._fill()
        self.built.emit()

    def _not_read(self, _task: Task, failure: Failure) -> None:
        self.changes.clear()
        self.changes.addItem(failure.message)

    def read_now(self) -> None:
        """Wait for the newest revisions being read (read them if nothing was yet), and show
        them: before reading older ones or picking a row."""
        if not self.loaded and not self.reader.busy:
            self.reload()
        for task in self.reader.running:
            self.reader.finish_now(task)

    def build_all(self) -> None:  # the rows are what is left to show
        self.read_now()

    def load_older(self) -> None:
        """Read the next page of older revisions below the ones shown."""
        self.read_now()
        if self.complete or not self.loaded:
            return
        older = self.session.service.revisions(self.session.brand_id, limit=PAGE,
                                               before=self.loaded[-1].first)
        self.complete = len(older) < PAGE
        self.loaded += older
        self._fill()

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value > 0 and value == bar.maximum() and not self.complete:
            self.load_older()

    def _fill(self) -> None:
        """Show the revisions read so far as rows."""
        selected = self.selected_revision()
        self.entries = entries_of(self.loaded, every_save=self.every_save.isChecked(),
                                  complete=self.complete)
        self._describe()
        self.older_button.setEnabled(not self.complete)
        self.table.blockSignals(True)
        self.table.setUpdatesEnabled(False)  # one layout for all rows, not one per cell
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            number = str(entry.newest.number)
            if entry.oldest.first < entry.newest.number:
                number = f"{entry.oldest.first}–{number}"
            saved = local_span(entry.oldest.started, entry.newest.created_at)
            what = self._what(entry, before(self.entries, row))
            for col, text in enumerate((number, saved, entry.newest.author, what)):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.setUpdatesEnabled(True)
        self.table.blockSignals(False)
        rows = [n for n, entry in enumerate(self.entries)
                if selected is not None and entry.holds(selected)]
        if self.entries:
            self.table.selectRow(rows[0] if rows else 0)
        self._selected()

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def selected_revision(self) -> int | None:
        """The revision the selected row stands for: the last save of a burst."""
        entry = self.selected_entry()
        return entry.newest.number if entry is not None else None

    def select_revision(self, number: int) -> None:
        """Select the row that holds ``number`` (reading older pages until it is shown); a
        revision grouped with others lists every revision first."""
        self.read_now()
        while not self.complete and not any(e.holds(number) for e in self.entries):
            self.load_older()
        kept = [rev.number for entry in self.entries for rev in entry.revisions]
        if number in kept and all(entry.newest.number != number for entry in self.entries):
            self.every_save.setChecked(True)
        for row, entry in enumerate(self.entries):
            if entry.holds(number):
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        entry = self.selected_entry()
        self.compare.blockSignals(True)
        self.compare.clear()
        for older in self.entries:  # the entry before comes first: the whole burst's changes
            if entry is not None and older.newest.number < entry.oldest.first:
                self.compare.addItem(
                    self.tr("revision %1").replace("%1", str(older.newest.number)),
                    older.newest.number)
        self.compare.setEnabled(self.compare.count() > 0)
        self.compare.blockSignals(False)
        current = self.session.base_revision
        number = self.selected_revision()
        self.restore_button.setEnabled(number is not None and number != current)
        self._show_changes()

    def _show_changes(self) -> None:
        self.changes.clear()
        number = self.selected_revision()
        if number is None:
            return
        old = self.compare.currentData()
        if old is None:
            self.changes.addItem(self.tr("The first version: nothing to compare with."))
            return
        pair = (int(old), number)
        if pair not in self._words:  # the first row's were read with the page
            self._words[pair] = self.session.service.changes(self.session.brand_id, *pair)
        lines = self._words[pair]
        if not lines:
            lines = [self.tr("No changes.")]
        self.changes.addItems(lines)

    def restore_selected(self) -> None:
        number = self.selected_revision()
        if number is None or number == self.session.base_revision:
            return
        if not dialogs.confirm(self, self.tr("Restore revision"),
                               self.tr("Bring back the brand as it was in revision %1? The "
                                       "current version stays in the history.")
                               .replace("%1", str(number))):
            return
        self.session.flush()
        snapshot = self.session.service.snapshot(self.session.brand_id, number)
        note = translator()("restored revision {n}").format(n=number)
        self.session.replace(snapshot.brand, undo_text("restore revision %1", str(number)),
                             files=snapshot.files, page=self.key,
                             merge_key=None, action=("restored", note))
