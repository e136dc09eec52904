"""The "Since previous version" tab: what the agency fixed, what is new, what is still there."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from brandregie.checks.message import render
from brandregie.checks.names import rule_name
from brandregie.i18n import translator
from brandregie.review.records import Comparison


class CompareTree(QTreeWidget):
    """Three groups of findings, each with its count; empty when there is nothing to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Finding"), self.tr("In the draft")])
        self.setAccessibleName(self.tr("Changes since the previous version"))

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.clear()
        if comparison is None:
            return
        t = translator()
        groups = ((self.tr("Fixed since version {n}").format(n=comparison.old_number),
                   list(comparison.fixed), "#2E8B57"),
                  (self.tr("New in version {n}").format(n=comparison.new_number),
                   list(comparison.new), "#C0392B"),
                  (self.tr("Still there"), [new for _old, new in comparison.remaining],
                   "#B07800"))
        for title, findings, colour in groups:
            group = QTreeWidgetItem([f"{title} ({len(findings)})", ""])
            group.setForeground(0, QBrush(QColor(colour)))
            for finding in findings:
                child = QTreeWidgetItem([rule_name(finding.rule, t), finding.excerpt])
                child.setToolTip(1, render(finding.message))
                group.addChild(child)
            self.addTopLevelItem(group)
            group.setExpanded(True)
        self.resizeColumnToContents(0)
