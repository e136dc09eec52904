"""What the Briefs page shows: the choices and the form on the left, the PDF on the right.

Widgets and their layout only; what they do is :class:`~brandregie.ui.export.page.BriefsPage`'s
(it connects the buttons' actions and the choices when it is built).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from brandregie.export.documents import DocumentKind
from brandregie.ui.export.form import BriefForm
from brandregie.ui.export.preview import PdfPreview
from brandregie.ui.page import form_layout, heading

PREVIEW_KEYS = (QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+Shift+P"))
SAVE_KEYS = (QKeySequence("Ctrl+Shift+S"),)
SEND_KEYS = (QKeySequence("Ctrl+Shift+M"),)


def kind_labels() -> dict[DocumentKind, str]:
    """The choices of "Make:" (module level, so in the fixed context "Briefs")."""
    return {
        DocumentKind.BRIEF: QCoreApplication.translate("Briefs", "Brief for the agency"),
        DocumentKind.GUIDE: QCoreApplication.translate("Briefs",
                                                       "Brand guide (the whole profile)"),
        DocumentKind.ADVOCACY: QCoreApplication.translate("Briefs", "Advocacy kit for employees"),
        DocumentKind.EMPLOYER: QCoreApplication.translate(
            "Briefs", "Employer-branding plan (HR and marketing)"),
    }


class BriefsView(QWidget):
    """The Briefs page's widgets (the page itself adds what they do)."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 in_steps: bool = False) -> None:
        """``in_steps``: the widgets are made now, and put into the window (where each is
        styled, once) in the next turn of the event loop (:attr:`building` until then): the
        whole page in one turn held the window 31-36 ms."""
        super().__init__(parent)
        self._build(today)
        self.building = in_steps
        if in_steps:
            QTimer.singleShot(0, self, self.finish_building)
        else:
            self._put_in()

    def finish_building(self) -> None:
        """Put the widgets into the window now, if that is still to come."""
        if self.building:
            self.building = False
            self._put_in()

    def _build(self, today: date | None) -> None:
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.addWidget(heading(self.tr("Briefs")))
        intro = QLabel(self.tr("Pick the deliverable, the persona and the key message; "
                               "BrandRegie fills in the rest from the profile and makes a PDF "
                               "in the brand's own colours and fonts, to save or to send."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._left(today))
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        self._actions()

    def _put_in(self) -> None:
        self.outer.addWidget(self.splitter, 1)
        self.splitter.show()  # added to a page already shown, it would stay hidden

    def _left(self, today: date | None) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What to make, and the brief's details"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)

        what = QGroupBox(self.tr("What to make"))
        form = form_layout()
        self.make = QComboBox()
        self.make.setAccessibleName(self.tr("Document to make"))
        for kind, text in kind_labels().items():
            self.make.addItem(text, kind.value)
        self.make.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.make.setMinimumContentsLength(18)
        label = QLabel(self.tr("&Make:"))
        label.setBuddy(self.make)
        form.addRow(label, self.make)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        what.setLayout(form)
        layout.addWidget(what)

        self.form = BriefForm(today=today)
        layout.addWidget(self.form)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)

        tools = QGroupBox(self.tr("For the agency's tools"))
        tools_layout = QVBoxLayout(tools)
        self.tokens_button = QPushButton(self.tr("C&olours and fonts for web builders…"))
        self.tokens_button.setToolTip(self.tr("The brand's colours and fonts as files web "
                                              "builders and design tools read (design tokens: "
                                              "JSON and CSS)"))
        self.vale_button = QPushButton(self.tr("Words for the agenc&y's text checker…"))
        self.vale_button.setToolTip(self.tr("The words to use and avoid, so the agency can "
                                            "check its copy before sending it (a Vale style "
                                            "package)"))
        for button in (self.tokens_button, self.vale_button):
            tools_layout.addWidget(button)
        layout.addWidget(tools)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _right(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.send_button = QPushButton(self.tr("Se&nd to agency…"))
        for button in (self.preview_button, self.save_button, self.send_button):
            row.addWidget(button)
        row.addStretch(1)
        self.sent_button = QPushButton(self.tr("Sent mail…"))
        self.sent_button.setToolTip(self.tr("What went to which agency, and what did not go "
                                            "out (to send again)"))
        row.addWidget(self.sent_button)
        layout.addLayout(row)
        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the PDF"))
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the preview"))
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()
        layout.addWidget(self.busy_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Preview status"))
        layout.addWidget(self.status)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setStyleSheet("QLabel { background: #FFF4D6; color: #5B4300; "
                                    "border: 1px solid #E0B23E; border-radius: 4px; "
                                    "padding: 6px; }")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        return right

    def _action(self, text: str, keys: tuple[QKeySequence, ...],
                button: QPushButton | None = None) -> QAction:
        """An action with shortcuts anywhere on the page; ``button`` triggers it too."""
        act = QAction(text, self)
        act.setShortcuts(list(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(act)
        if button is not None:
            button.clicked.connect(act.trigger)
            shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        return act

    def _actions(self) -> None:
        self.preview_action = self._action(self.tr("Preview"), PREVIEW_KEYS,
                                           self.preview_button)
        self.save_action = self._action(self.tr("Save PDF…"), SAVE_KEYS, self.save_button)
        self.send_action = self._action(self.tr("Send to agency…"), SEND_KEYS,
                                        self.send_button)
        self.cancel_action = self._action(self.tr("Cancel"), (QKeySequence(Qt.Key.Key_Escape),))
        self.cancel_action.setEnabled(False)

