"""The toolbar's list of brands: which brand is open, and the way to open another."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from brandregie.profile.service import BrandSummary


class BrandSwitcher(QComboBox):
    """Each brand by name, its id as the item's data; off until there are brands to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Open brand"))
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setEnabled(False)

    def fill(self, brands: Sequence[BrandSummary], current: int | None) -> None:
        """Show ``brands`` with ``current`` picked, without announcing it as the person's choice."""
        self.blockSignals(True)
        self.clear()
        for brand in brands:
            self.addItem(brand.name, brand.id)
        if current is not None:
            self.setCurrentIndex(self.findData(current))
        self.setEnabled(bool(brands))
        self.blockSignals(False)

    def rename(self, brand_id: int, name: str) -> None:
        """The open brand got a new name: show it."""
        index = self.findData(brand_id)
        if index >= 0 and self.itemText(index) != name:
            self.setItemText(index, name)
