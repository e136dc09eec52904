"""The main window: for now, the brands in the open store."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow, QWidget

from brandregie.profile.service import ProfileService
from brandregie.store.database import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profiles = ProfileService(store)
        self.setWindowTitle(self.tr("BrandRegie"))
        self.brand_list = QListWidget(self)
        self.brand_list.setAccessibleName(self.tr("Brands"))
        self.setCentralWidget(self.brand_list)
        self.statusBar().showMessage(store.display_name)
        self.reload()

    def reload(self) -> None:
        self.brand_list.clear()
        for brand in self.profiles.list_brands():
            self.brand_list.addItem(f"{brand.name} (rev. {brand.revision})")
