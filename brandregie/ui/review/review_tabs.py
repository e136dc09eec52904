"""The tabs beside the draft: the finding cards under the fix bar, the colours and fonts, and
what changed since the previous version (a tab without anything to show is disabled).

A tab chosen with the mouse hands the keys to what it shows (:meth:`ReviewTabs.focus_content`),
so a keyboard user goes on in the findings instead of on the tab bar; the arrow keys on the bar
still go from tab to tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from brandregie.review.records import Comparison, VersionReview
from brandregie.ui.review.answer_bar import AnswerBar
from brandregie.ui.review.cards import FindingsPanel
from brandregie.ui.review.compare_tree import CompareTree
from brandregie.ui.review.fix_bar import FixBar
from brandregie.ui.review.visual_panel import VisualPanel


class ReviewTabs(QTabWidget):
    """Findings, colours and fonts, since the previous version; the view fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(280)
        self.cards = FindingsPanel()
        self.bar = AnswerBar(self.cards)
        self.bar.hide()
        self.cards.bar = self.bar
        self.findings_page = QWidget()
        findings_layout = QVBoxLayout(self.findings_page)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.setSpacing(0)
        self.fix_bar = FixBar()
        findings_layout.addWidget(self.fix_bar)
        findings_layout.addWidget(self.cards, 1)
        self.addTab(self.findings_page, self.tr("Findings"))
        self.visual = VisualPanel()
        self.addTab(self.visual, self.tr("Colours and fonts"))
        self.compare_tree = CompareTree()
        self.addTab(self.compare_tree, self.tr("Since previous version"))
        self.tabBar().tabBarClicked.connect(lambda _index: self.focus_content_soon())

    def focus_content(self) -> None:
        """The keys to what the current tab shows: the findings, the colours, the changes."""
        page = self.currentWidget()
        target: QWidget | None = self.cards if page is self.findings_page else page
        if target is not None and target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            target = next((w for w in target.findChildren(QWidget)
                           if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()),
                          None)  # a panel: its first part that takes the keys
        if target is not None:
            target.setFocus(Qt.FocusReason.MouseFocusReason)

    def focus_content_soon(self) -> None:
        """:meth:`focus_content` once the click has switched the tab (and shown its page)."""
        QTimer.singleShot(0, self, self.focus_content)

    def show_visual(self, review: VersionReview | None) -> None:
        self.setTabEnabled(self.indexOf(self.visual), self.visual.show_review(review))

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.setTabEnabled(self.indexOf(self.compare_tree), comparison is not None)
        self.compare_tree.show_comparison(comparison)
