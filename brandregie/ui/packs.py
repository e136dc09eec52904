"""File > Import pack… and Export pack…: a brand in or out as a ``.brandpack`` or ``brand.json``.

Reading and writing the pack is :mod:`brandregie.profile.pack`; storing it is
:class:`~brandregie.profile.service.ProfileService`. What is here asks the person (which file,
replace a brand that is already here?) and tells them how it went. It asks the window only for
what :class:`BrandWindow` names, so it never imports the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from brandregie.errors import BrandRegieError
from brandregie.profile.pack import read_pack, write_pack
from brandregie.profile.service import ProfileService
from brandregie.ui import dialogs
from brandregie.ui.session import EditSession


class BrandWindow(Protocol):
    """What the pack actions need of the main window."""

    service: ProfileService
    session: EditSession | None

    def close_session(self) -> bool: ...

    def open_brand(self, brand_id: int) -> bool: ...

    def open_initial(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class PackActions(QObject):
    """Import and export packs for ``window`` (its dialogs are parented to ``parent``)."""

    def __init__(self, window: BrandWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.window, self.parent_ = window, parent

    def import_pack(self) -> None:
        path = dialogs.open_file(self.parent_, self.tr("Import a brand pack"),
                                 self.tr("Brand packs (*.brandpack *.json)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Store the pack at ``path`` (a new revision if the brand is here) and open it."""
        window, service = self.window, self.window.service
        try:
            snapshot = read_pack(path)
        except BrandRegieError as exc:
            dialogs.show_error(self.parent_, self.tr("Cannot import"), exc.message)
            return False
        existing = {b.name.lower() for b in service.list_brands()}
        if snapshot.brand.name.lower() in existing and not dialogs.confirm(
                self.parent_, self.tr("Import pack"),
                self.tr("%1 is already here. Import the pack as its newest version? The "
                        "current version stays in the history.")
                .replace("%1", snapshot.brand.name)):
            return False
        if not window.close_session():
            return False
        try:
            stored = service.import_snapshot(snapshot)
        except BrandRegieError as exc:
            dialogs.show_error(self.parent_, self.tr("Cannot import"), exc.message)
            window.open_initial()
            return False
        assert stored.brand_id is not None
        window.open_brand(stored.brand_id)
        window.statusBar().showMessage(self.tr("Imported %1").replace("%1", path.name), 5000)
        return True

    def export_pack(self) -> None:
        session = self.window.session
        if session is None:
            return
        path = dialogs.save_file(self.parent_, self.tr("Export the brand pack"),
                                 f"{session.brand.name}.brandpack",
                                 self.tr("Brand pack with files (*.brandpack);;"
                                         "Brand profile only (*.json)"))
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> bool:
        """Write the open brand, as saved now, to ``path`` (``.brandpack`` unless ``.json``)."""
        session = self.window.session
        if session is None:
            return False
        if path.suffix.lower() not in (".brandpack", ".json"):
            path = path.with_name(path.name + ".brandpack")
        session.flush()
        snapshot = self.window.service.snapshot(session.brand_id)
        try:
            write_pack(snapshot, path)
        except OSError as exc:
            dialogs.show_error(self.parent_, self.tr("Cannot export"),
                               self.tr("%1 cannot be written: %2").replace("%1", str(path))
                               .replace("%2", exc.strerror or str(exc)))
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(path)), 6000)
        return True
