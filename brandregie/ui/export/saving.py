"""Saving what the Briefs page made: the previewed PDF, the design tokens, the Vale style.

Each asks the person where (remembering the folder for next time), asks before replacing files,
writes through :mod:`brandregie.export`, and returns the sentence that says what was saved (None
when the person chose not to). A :class:`~brandregie.errors.BrandRegieError` is for the page to
show. The texts are in the translation context "Briefs", with the page's own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from brandregie.export.documents import Rendered, token_files, token_paths, write_file
from brandregie.export.vale import write_vale_package
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.ui import dialogs

# Where "Save PDF…" and the folder exports opened last (QSettings key).
FOLDER_KEY = "briefs/folder"


def choose_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    """Ask for a folder (tests replace this, as they do :mod:`brandregie.ui.dialogs`)."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def last_folder(settings: QSettings) -> Path:
    """The folder saved to last (the home folder at first, or when it is gone)."""
    saved = settings.value(FOLDER_KEY)
    folder = Path(str(saved)) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def _pick_folder(parent: QWidget, settings: QSettings, title: str) -> Path | None:
    folder = choose_folder(parent, title, str(last_folder(settings)))
    if folder is not None:
        settings.setValue(FOLDER_KEY, str(folder))
    return folder


def save_pdf(parent: QWidget, settings: QSettings, rendered: Rendered) -> str | None:
    """Ask where, and write the previewed PDF there."""
    path = dialogs.save_file(parent, QCoreApplication.translate("Briefs", "Save the PDF"),
                             str(last_folder(settings) / rendered.file_name),
                             QCoreApplication.translate("Briefs", "PDF documents (*.pdf)"))
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_file(path, rendered.data)
    settings.setValue(FOLDER_KEY, str(path.parent))
    return QCoreApplication.translate("Briefs", "Saved %1").replace("%1", str(path))


def save_tokens(parent: QWidget, settings: QSettings,
                snapshot_now: Callable[[], ProfileSnapshot]) -> str | None:
    """Write the design tokens (JSON and CSS) into a folder the person picks."""
    folder = _pick_folder(parent, settings, QCoreApplication.translate(
        "Briefs", "Folder for the design tokens"))
    if folder is None:
        return None
    snapshot = snapshot_now()
    existing = [p.name for p in token_paths(snapshot, folder) if p.exists()]
    if existing and not dialogs.confirm(
            parent, QCoreApplication.translate("Briefs", "Replace files?"),
            QCoreApplication.translate("Briefs", "%1 already has %2. Replace?")
            .replace("%1", str(folder)).replace("%2", ", ".join(existing))):
        return None
    paths = token_files(snapshot, folder)
    return (QCoreApplication.translate("Briefs", "Design tokens saved in %1: %2")
            .replace("%1", str(folder)).replace("%2", ", ".join(p.name for p in paths)))


def save_vale(parent: QWidget, settings: QSettings,
              snapshot_now: Callable[[], ProfileSnapshot], lang: str) -> str | None:
    """Write the Vale style package into a folder the person picks."""
    folder = _pick_folder(parent, settings, QCoreApplication.translate(
        "Briefs", "Folder for the Vale style"))
    if folder is None:
        return None
    ini = write_vale_package(snapshot_now(), folder, lang=lang)
    return (QCoreApplication.translate(
        "Briefs", "Vale style saved in %1. The agency checks its copy with: vale <files>")
        .replace("%1", str(ini.parent)))
