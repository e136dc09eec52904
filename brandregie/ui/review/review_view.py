"""The review view: one draft version beside the brand, answered point by point.

Left: the draft (its text with findings highlighted by severity, or the image itself). Right:
the findings (click one to see it in the text; click highlighted text to see its finding), the
owner's answer to each (accept, dismiss with a reason, a remark, allow or ban the word), the
draft's colours beside the nearest brand colours with their distance, its fonts against the brand
fonts, and what changed since the previous version. On top: the score and the traffic light, and
the decision (approve, or ask for changes with a summary).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.checks.answers import save_brand_change
from brandregie.checks.message import render
from brandregie.checks.model import Severity, TrafficLight
from brandregie.errors import BrandRegieError
from brandregie.export.feedback import SEVERITIES, rule_name
from brandregie.i18n import translator
from brandregie.models.review import CheckStatus, DecisionOutcome, FindingAnswer
from brandregie.review.feedback import brand_reason, save_feedback_report
from brandregie.review.records import Comparison, ReviewedFinding, VersionReview
from brandregie.review.service import ReviewService, WordChange
from brandregie.ui.page import SECTION_TITLE, heading
from brandregie.ui.review.dialogs import TextDialog
from brandregie.ui.review.text_view import SEVERITY_COLOURS, DraftTextView

LIGHT_COLOURS = {TrafficLight.GREEN: "#2E8B57", TrafficLight.AMBER: "#E0A100",
                 TrafficLight.RED: "#C0392B"}
#: Rules whose excerpt is a word or phrase the owner may allow or ban.
WORD_RULES = frozenset({"terminology.banned", "terminology.preferred", "tone.cliche",
                        "tone.jargon", "employer.gender-coded"})


def swatch(hex_value: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_value))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#777777"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


_ICONS: dict[Severity, QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """A dot in the severity's colour (made once per severity)."""
    if severity not in _ICONS:
        _ICONS[severity] = _dot(severity)
    return _ICONS[severity]


def _dot(severity: Severity) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(SEVERITY_COLOURS[severity]).darker(130)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class ScoreBadge(QWidget):
    """The score in a circle of the traffic light's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score: int | None = None
        self.light: TrafficLight | None = None
        self.setFixedSize(QSize(64, 64))

    def set_score(self, score: int | None, light: TrafficLight | None) -> None:
        self.score, self.light = score, light
        self.setAccessibleName("" if score is None else str(score))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(LIGHT_COLOURS[self.light] if self.light else "#BBBBBB")
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(2, 2, 60, 60))
        painter.setPen(QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(2, 2, 60, 60), Qt.AlignmentFlag.AlignCenter,
                         "–" if self.score is None else str(self.score))
        painter.end()


class ReviewView(QWidget):
    """One version under review. Emits what the page must act on."""

    #: (brand id) the owner allowed or banned a word: the profile has a new revision
    profile_changed = Signal(int)
    #: (version id) check this version again (after a profile change)
    recheck_requested = Signal(int)
    #: (assignment id) approved or changes requested
    decided = Signal(int)

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.review: VersionReview | None = None
        self.comparison: Comparison | None = None
        #: Saves a word change through the open brand's edit session (so it shows on the
        #: profile pages and can be undone); returns False when it cannot (another brand).
        self.brand_editor: Callable[[WordChange], bool] | None = None
        self._t = translator()
        self._build()
        self.show_version(None)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.badge = ScoreBadge()
        head.addWidget(self.badge)
        titles = QVBoxLayout()
        self.headline = heading(scale=SECTION_TITLE)
        self.headline.setWordWrap(True)
        titles.addWidget(self.headline)
        self.subline = QLabel()
        self.subline.setWordWrap(True)
        titles.addWidget(self.subline)
        head.addLayout(titles, 1)
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.clicked.connect(lambda: self.decide(DecisionOutcome.APPROVED))
        self.changes_button = QPushButton(self.tr("Ask for &changes…"))
        self.changes_button.clicked.connect(
            lambda: self.decide(DecisionOutcome.CHANGES_REQUESTED))
        self.report_button = QPushButton(self.tr("Save feedback &report…"))
        self.report_button.clicked.connect(self.save_report)
        for button in (self.approve_button, self.changes_button, self.report_button):
            head.addWidget(button, alignment=Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("background: #FDECEA; color: #8A1F11; padding: 8px;"
                                 "border-radius: 4px;")
        self.error.setAccessibleName(self.tr("Problem with this draft"))
        outer.addWidget(self.error)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.legend = QLabel(self._legend())
        left_layout.addWidget(self.legend)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image)
        self.image_scroll.setWidgetResizable(True)
        left_layout.addWidget(self.image_scroll, 2)
        self.text = DraftTextView()
        self.text.finding_clicked.connect(self._on_text_clicked)
        left_layout.addWidget(self.text, 3)
        self.splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._findings_tab(), self.tr("Findings"))
        self.colours = self._table([self.tr("Colour in the draft"), self.tr("Where"),
                                    self.tr("Nearest brand colour"), self.tr("Distance (ΔE)"),
                                    self.tr("Verdict")])
        self.tabs.addTab(self.colours, self.tr("Colours"))
        fonts_tab = QWidget()
        fonts_layout = QVBoxLayout(fonts_tab)
        self.brand_fonts = QLabel()
        self.brand_fonts.setWordWrap(True)
        fonts_layout.addWidget(self.brand_fonts)
        self.fonts = self._table([self.tr("Font in the draft"), self.tr("Where"),
                                  self.tr("Brand font"), self.tr("Verdict")])
        fonts_layout.addWidget(self.fonts)
        self.tabs.addTab(fonts_tab, self.tr("Fonts"))
        self.compare_tree = QTreeWidget()
        self.compare_tree.setHeaderLabels([self.tr("Finding"), self.tr("In the draft")])
        self.compare_tree.setAccessibleName(self.tr("Changes since the previous version"))
        self.tabs.addTab(self.compare_tree, self.tr("Since previous version"))
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

    def _legend(self) -> str:
        parts = [f'<span style="background:{SEVERITY_COLOURS[s]}">&nbsp;{label}&nbsp;</span>'
                 for s, label in ((Severity.ERROR, self.tr("must change")),
                                  (Severity.WARNING, self.tr("should change")),
                                  (Severity.INFO, self.tr("worth a look")))]
        return self.tr("Highlighted:") + " " + " ".join(parts)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        """A read-only table; the "Where" column (the second) takes the spare width."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.setIconSize(QSize(18, 18))
        return table

    def _findings_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.findings = QTreeWidget()
        self.findings.setHeaderLabels([self.tr("What"), self.tr("In the draft"),
                                       self.tr("Your answer")])
        self.findings.setRootIsDecorated(False)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.currentItemChanged.connect(self._on_finding_selected)
        layout.addWidget(self.findings, 3)
        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Acc&ept"))
        self.accept_button.setToolTip(self.tr("Agree: the agency should change this"))
        self.accept_button.clicked.connect(lambda: self.set_answer(FindingAnswer.ACCEPTED))
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"))
        self.dismiss_button.setToolTip(self.tr("This is fine here; say why"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.clicked.connect(lambda: self.set_answer(FindingAnswer.OPEN))
        self.allow_button = QPushButton(self.tr("A&llow this word"))
        self.allow_button.setToolTip(self.tr("Always allow this word for the brand "
                                             "(changes the profile)"))
        self.allow_button.clicked.connect(self.allow_current)
        self.ban_button = QPushButton(self.tr("&Ban a word…"))
        self.ban_button.setToolTip(self.tr("Never allow this word for the brand "
                                           "(changes the profile)"))
        self.ban_button.clicked.connect(self.ban_word)
        for button in (self.accept_button, self.dismiss_button, self.reopen_button,
                       self.allow_button, self.ban_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        remark_row = QHBoxLayout()
        remark_label = QLabel(self.tr("Re&mark:"))
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(self.tr("A note for the agency about this point"))
        remark_label.setBuddy(self.remark)
        self.remark.editingFinished.connect(self.save_remark)
        remark_row.addWidget(remark_label)
        remark_row.addWidget(self.remark, 1)
        detail_layout.addLayout(remark_row)
        layout.addWidget(detail, 2)
        return tab

    # -- showing -------------------------------------------------------------------------------

    def show_version(self, version_id: int | None) -> None:
        """Show ``version_id`` (None: nothing) as it is stored now."""
        if version_id is None:
            self.review = None
            self.comparison = None
            self._render()
            return
        self.review = self.service.review(version_id)
        self.comparison = self.service.compare_with_previous(version_id)
        self._render()

    def reload(self, keep_selection: bool = True) -> None:
        if self.review is None:
            return
        key = self.current_key() if keep_selection else None
        self.show_version(self.review.version.id)
        if key is not None:
            self.select_finding(key)

    def _render(self) -> None:
        review = self.review
        checked = review is not None and review.effective is not None
        for button in (self.approve_button, self.changes_button):
            button.setEnabled(review is not None and checked)
        self.report_button.setEnabled(review is not None and any(
            d.version_id == review.version.id
            for d in self.service.decisions(review.assignment.id)))
        self.report_button.setToolTip(
            "" if self.report_button.isEnabled()
            else self.tr("Approve the draft or ask for changes first"))
        self._render_head()
        draft = review.draft if review is not None else None
        is_image = draft is not None and draft.kind == "image"
        self.image_scroll.setVisible(is_image)
        if is_image and review is not None:
            _name, data = self.service.version_data(review.version.id)
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(data))
            if not pixmap.isNull() and pixmap.width() > 900:
                pixmap = pixmap.scaledToWidth(900, Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pixmap)
        self.text.setVisible(not is_image or bool(draft and draft.text.strip()))
        self.legend.setVisible(self.text.isVisible())
        self.text.show_draft(draft, review.findings if review else ())
        self._render_findings()
        self._render_visual()
        self._render_comparison()

    def _render_head(self) -> None:
        review = self.review
        self.error.hide()
        if review is None:
            self.badge.set_score(None, None)
            self.headline.setText(self.tr("No draft yet"))
            self.subline.setText(self.tr("Drop the agency's draft on the assignment to "
                                         "review it."))
            return
        version = review.version
        self.headline.setText(self.tr("Version {n}: {name}").format(n=version.number,
                                                                    name=version.file_name))
        effective = review.effective
        if effective is None:
            self.badge.set_score(None, None)
            if version.check_status is CheckStatus.FAILED:
                self.subline.setText(self.tr("This draft could not be checked."))
                self.error.setText(version.error)
                self.error.show()
            elif version.check_status is CheckStatus.CANCELLED:
                self.subline.setText(self.tr("The check was cancelled. Check it again from "
                                             "the assignment."))
            else:
                self.subline.setText(self.tr("Checking…"))
            return
        self.badge.set_score(effective.score, effective.traffic_light)
        verdict = {TrafficLight.GREEN: self.tr("Fits the brand"),
                   TrafficLight.AMBER: self.tr("Needs some changes"),
                   TrafficLight.RED: self.tr("Does not fit the brand yet")}[
            effective.traffic_light]
        counts = effective.counts()
        dismissed = sum(1 for f in review.findings if f.dismissed)
        parts = [verdict + f" · {effective.score}/100",
                 self.tr("{n} must change").format(n=counts[Severity.ERROR]),
                 self.tr("{n} should change").format(n=counts[Severity.WARNING]),
                 self.tr("{n} worth a look").format(n=counts[Severity.INFO])]
        if dismissed:
            parts.append(self.tr("{n} dismissed").format(n=dismissed))
        revision = self.tr("checked against profile revision {n}").format(
            n=version.profile_revision)
        lines = [" · ".join(parts), revision]
        if effective.notes:  # an attachment refused, text over the budget: never hidden
            lines.append(self.tr("Left out: {notes}").format(notes="; ".join(effective.notes)))
        self.subline.setText("\n".join(lines))

    def _answer_text(self, reviewed: ReviewedFinding) -> str:
        if reviewed.answer is FindingAnswer.ACCEPTED:
            text = self.tr("Accepted")
        elif reviewed.answer is FindingAnswer.DISMISSED:
            text = self.tr("Dismissed")
            if reviewed.reason:
                text += f": {reviewed.reason}"
            if reviewed.carried_from is not None:
                text += " " + self.tr("(in version {n})").format(n=reviewed.carried_from)
        else:
            text = self.tr("Open")
        if reviewed.remark:
            text += " · " + self.tr("remark")
        return text

    def _render_findings(self) -> None:
        current = self.current_key()
        self.findings.blockSignals(True)
        self.findings.clear()
        review = self.review
        t = self._t
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        ranked = sorted(review.findings if review else (),
                        key=lambda f: (f.dismissed, order[f.finding.severity],
                                       f.finding.location.start))
        for reviewed in ranked:
            finding = reviewed.finding
            item = QTreeWidgetItem([rule_name(finding.rule, t), finding.excerpt,
                                    self._answer_text(reviewed)])
            item.setIcon(0, severity_icon(finding.severity))
            item.setToolTip(0, t(SEVERITIES[finding.severity.value]))
            item.setToolTip(1, render(finding.message))
            item.setData(0, Qt.ItemDataRole.UserRole, reviewed.key)
            if reviewed.dismissed:
                for column in range(3):
                    item.setForeground(column, QBrush(QColor("#888888")))
            self.findings.addTopLevelItem(item)
        self.findings.blockSignals(False)
        if current is not None:
            self.select_finding(current)
        else:
            self._show_detail(None)

    def _render_visual(self) -> None:
        review = self.review
        colours = review.colours if review else ()
        self.colours.setRowCount(len(colours))
        for row, match in enumerate(colours):
            own = QTableWidgetItem(match.hex)
            own.setIcon(swatch(match.hex))
            share = f" ({match.share:.0%})" if match.share is not None else ""
            cells = [own, QTableWidgetItem(match.where + share)]
            if match.nearest_hex is not None:
                nearest = QTableWidgetItem(f"{match.nearest_name} ({match.nearest_hex})")
                nearest.setIcon(swatch(match.nearest_hex))
                cells.append(nearest)
                cells.append(QTableWidgetItem(f"{match.distance:.1f}"))
            else:
                cells += [QTableWidgetItem(self.tr("no brand colours")), QTableWidgetItem("")]
            cells.append(QTableWidgetItem(self.tr("fits") if match.fits
                                          else self.tr("off-brand")))
            if not match.fits:
                cells[-1].setForeground(QBrush(QColor(LIGHT_COLOURS[TrafficLight.RED])))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())  # the whole text where the column elides it
                self.colours.setItem(row, column, cell)
        fonts = review.fonts if review else ()
        brand_fonts = review.brand_fonts if review else ()
        self.brand_fonts.setText(self.tr("Brand fonts: {fonts}").format(
            fonts=", ".join(brand_fonts) or self.tr("none set")))
        self.fonts.setRowCount(len(fonts))
        for row, font_match in enumerate(fonts):
            verdict = QTableWidgetItem(self.tr("fits") if font_match.fits
                                       else self.tr("not a brand font"))
            if not font_match.fits:
                verdict.setForeground(QBrush(QColor(LIGHT_COLOURS[TrafficLight.RED])))
            for column, cell in enumerate((QTableWidgetItem(font_match.family),
                                           QTableWidgetItem(font_match.where),
                                           QTableWidgetItem(font_match.brand_font or "—"),
                                           verdict)):
                cell.setToolTip(cell.text())
                self.fonts.setItem(row, column, cell)
        has_visual = bool(colours or fonts)
        self.tabs.setTabEnabled(1, has_visual)
        self.tabs.setTabEnabled(2, has_visual)

    def _render_comparison(self) -> None:
        self.compare_tree.clear()
        comparison = self.comparison
        self.tabs.setTabEnabled(3, comparison is not None)
        if comparison is None:
            return
        t = self._t
        groups = (
            (self.tr("Fixed since version {n}").format(n=comparison.old_number),
             list(comparison.fixed), "#2E8B57"),
            (self.tr("New in version {n}").format(n=comparison.new_number),
             list(comparison.new), "#C0392B"),
            (self.tr("Still there"), [new for _old, new in comparison.remaining], "#B07800"),
        )
        for title, findings, colour in groups:
            group = QTreeWidgetItem([f"{title} ({len(findings)})", ""])
            group.setForeground(0, QBrush(QColor(colour)))
            bold = QFont(group.font(0))
            bold.setBold(True)
            group.setFont(0, bold)
            for finding in findings:
                child = QTreeWidgetItem([rule_name(finding.rule, t), finding.excerpt])
                child.setToolTip(1, render(finding.message))
                group.addChild(child)
            self.compare_tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.compare_tree.resizeColumnToContents(0)

    def comparison_counts(self) -> tuple[int, int, int] | None:
        """(fixed, new, remaining) against the previous version, as shown."""
        c = self.comparison
        return None if c is None else (len(c.fixed), len(c.new), len(c.remaining))

    # -- selection, both ways ------------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.findings.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def current_finding(self) -> ReviewedFinding | None:
        key = self.current_key()
        if self.review is None or key is None:
            return None
        return next((f for f in self.review.findings if f.key == key), None)

    def select_finding(self, key: str) -> None:
        for index in range(self.findings.topLevelItemCount()):
            item = self.findings.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                self.findings.setCurrentItem(item)
                self.findings.scrollToItem(item)
                return

    def _on_text_clicked(self, key: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_finding(key)

    def _on_finding_selected(self, current: QTreeWidgetItem | None,
                             _previous: QTreeWidgetItem | None) -> None:
        key = None if current is None else str(current.data(0, Qt.ItemDataRole.UserRole))
        self.text.select_finding(key)
        self._show_detail(self.current_finding())

    def _show_detail(self, reviewed: ReviewedFinding | None) -> None:
        for button in (self.accept_button, self.dismiss_button, self.reopen_button,
                       self.allow_button):
            button.setEnabled(reviewed is not None)
        self.ban_button.setEnabled(self.review is not None and self.review.report is not None)
        self.remark.setEnabled(reviewed is not None)
        if reviewed is None:
            self.message.setText(self.tr("Pick a finding in the list or in the text."))
            self.remark.clear()
            return
        finding = reviewed.finding
        t = self._t
        lines = [f"<b>{rule_name(finding.rule, t)}</b> · {t(SEVERITIES[finding.severity])}",
                 _html(render(finding.message))]
        if finding.suggestion:
            lines.append(self.tr("Write instead:") + " " + _html(render(finding.suggestion)))
        if self.review is not None and self.review.brand is not None:
            reason = brand_reason(finding, self.review.brand)
            if reason:
                lines.append(self.tr("Brand rule:") + " " + _html(reason))
        lines.append(self.tr("Your answer:") + " " + _html(self._answer_text(reviewed)))
        self.message.setText("<br>".join(lines))
        self.remark.setText(reviewed.remark)
        self.accept_button.setEnabled(reviewed.answer is not FindingAnswer.ACCEPTED)
        self.reopen_button.setEnabled(reviewed.answer is not FindingAnswer.OPEN)
        self.allow_button.setEnabled(finding.rule in WORD_RULES and bool(finding.excerpt))

    # -- answering -----------------------------------------------------------------------------

    def set_answer(self, answer: FindingAnswer, reason: str | None = None) -> None:
        reviewed = self.current_finding()
        if self.review is None or reviewed is None:
            return
        try:
            self.service.answer(self.review.version.id, reviewed.key, answer, reason=reason,
                                remark=self.remark.text())
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self.reload()

    def dismiss_current(self) -> None:
        """Ask why, then dismiss the selected finding."""
        reviewed = self.current_finding()
        if reviewed is None:
            return
        dialog = TextDialog(self.tr("Dismiss finding"),
                            self.tr("Why is “{excerpt}” fine here? The reason is kept with the "
                                    "review.").format(excerpt=reviewed.finding.excerpt),
                            reviewed.reason, parent=self)
        dialog.setObjectName("dismissDialog")
        dialog.accepted.connect(
            lambda: self.set_answer(FindingAnswer.DISMISSED, reason=dialog.text()))
        dialog.open()

    def save_remark(self) -> None:
        reviewed = self.current_finding()
        if self.review is None or reviewed is None or self.remark.text() == reviewed.remark:
            return
        self.service.set_remark(self.review.version.id, reviewed.key, self.remark.text())
        self.reload()

    def allow_current(self) -> None:
        reviewed = self.current_finding()
        if self.review is None or reviewed is None:
            return
        word = reviewed.finding.excerpt
        answer = QMessageBox.question(
            self, self.tr("Allow this word"),
            self.tr("Always allow “{word}” for {brand}? This changes the brand profile (a new "
                    "revision) and checks this draft again.").format(
                word=word, brand=self.review.assignment.brand_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.change_word(word, allow=True)

    def ban_word(self) -> None:
        """Ask which word to ban: the selected text, else the selected finding's words."""
        if self.review is None:
            return
        selected = self.text.textCursor().selectedText().strip()
        reviewed = self.current_finding()
        word = selected or (reviewed.finding.excerpt if reviewed else "")
        dialog = TextDialog(self.tr("Ban a word"),
                            self.tr("Which word should {brand} never use? This changes the "
                                    "brand profile (a new revision) and checks this draft "
                                    "again.").format(brand=self.review.assignment.brand_name),
                            word, parent=self)
        dialog.setObjectName("banDialog")
        dialog.accepted.connect(lambda: self.change_word(dialog.text(), allow=False))
        dialog.open()

    def change_word(self, word: str, *, allow: bool) -> None:
        """Allow or ban ``word`` in the brand (a new revision), then check this draft again."""
        if self.review is None:
            return
        review = self.review
        try:
            change = self.service.word_change(review.assignment.id, word, allow=allow)
            if self.brand_editor is None or not self.brand_editor(change):
                snapshot = self.service.profiles.snapshot(change.brand_id)
                save_brand_change(self.service.profiles, snapshot,
                                  change.apply(snapshot.brand), note=change.note)
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self.profile_changed.emit(change.brand_id)
        self.recheck_requested.emit(review.version.id)

    # -- deciding ------------------------------------------------------------------------------

    def draft_summary(self) -> str:
        """A starting summary for "ask for changes": the points the owner accepted."""
        if self.review is None:
            return ""
        t = self._t
        kept = [f for f in self.review.findings if f.answer is FindingAnswer.ACCEPTED] or [
            f for f in self.review.findings if f.answer is FindingAnswer.OPEN
            and f.finding.severity is Severity.ERROR]
        return "\n".join(f"- {rule_name(f.finding.rule, t)}: “{f.finding.excerpt}”"
                         for f in kept[:12])

    def decide(self, outcome: DecisionOutcome) -> None:
        if self.review is None:
            return
        approve = outcome is DecisionOutcome.APPROVED
        number = self.review.version.number
        if approve:
            title = self.tr("Approve the draft")
            label = self.tr("Approve version {n}? A note for the agency (optional):").format(
                n=number)
        else:
            title = self.tr("Ask for changes")
            label = self.tr("What should the agency change in version {n}? This summary opens "
                            "the feedback report.").format(n=number)
        dialog = TextDialog(title, label, "" if approve else self.draft_summary(),
                            multiline=True, parent=self)
        dialog.setObjectName("decisionDialog")
        dialog.accepted.connect(lambda: self._decided(outcome, dialog.text()))
        dialog.open()

    def _decided(self, outcome: DecisionOutcome, summary: str) -> None:
        if self.review is None:
            return
        try:
            self.service.decide(self.review.version.id, outcome, summary)
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self.decided.emit(self.review.assignment.id)
        self.reload()

    def save_report(self, path: str | None = None) -> None:
        """Save the feedback report PDF (asks where when ``path`` is not given)."""
        if self.review is None:
            return
        if not path:
            suggested = f"feedback-{self.review.version.file_name.rsplit('.', 1)[0]}-" \
                        f"v{self.review.version.number}.pdf"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save feedback report"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            save_feedback_report(self.service, self.review.version.id, path)
        except BrandRegieError as exc:
            self._problem(exc.message)

    def _problem(self, message: str) -> None:
        """Tell the owner what went wrong, without stopping the window (window-modal)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("BrandRegie"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("problem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

