"""The main window's "Briefs" place: holds the Briefs page and builds it when first shown.

The page needs the PDF and Vale exporters (ReportLab, YAML, word lists), which take about a
second to import on a slow laptop; the window is built at start, so the place stays light
until the person opens it, and then imports them off the GUI thread
(:class:`~brandregie.ui.work_place.WorkPlace`; what uses Qt follows on the GUI thread). Only
Qt is imported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from brandregie.ui.work_place import WorkPlace, WorkWindow

if TYPE_CHECKING:
    from brandregie.ui.export.page import BriefsPage


def _start_layout_server() -> None:
    """PDFs are laid out in child processes: their server starts while the person looks on."""
    from brandregie.ui.jobs import start_child_processes

    start_child_processes()


# What the page's modules import that does not use Qt: loaded on a worker (nearly all the time).
CODE_MODULES = (
    "brandregie.export.brief", "brandregie.export.documents", "brandregie.export.text",
    "brandregie.export.vale", "brandregie.review.service", "brandregie.mail.errors",
    "brandregie.mail.settings", "brandregie.mail.service", "brandregie.mail.providers",
    "brandregie.store.team",
)

# The page's modules that use Qt, leaves first: on the GUI thread, a few per turn of the event loop.
UI_MODULES = (
    "brandregie.ui.export.saving", "brandregie.ui.connections.password",
    "brandregie.ui.connections", "brandregie.ui.connections.settings_dialog",
    "brandregie.ui.export.sending", "brandregie.ui.export.sent",
    "brandregie.ui.review.agreement_form", "brandregie.ui.review.dialogs",
    "brandregie.ui.export.form", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "brandregie.ui.export.preview", "brandregie.ui.export.view",
)


class BriefsPlace(WorkPlace["BriefsPage"]):
    """Stands in the window's stack; the real page appears inside it on first show."""

    page_module = "brandregie.ui.export.page"
    code_modules = CODE_MODULES
    ui_modules = UI_MODULES
    prepare = staticmethod(_start_layout_server)

    def __init__(self, window: WorkWindow) -> None:
        super().__init__(window, QCoreApplication.translate("BriefsPlace", "Opening Briefs…"))
        self._in_steps = False

    def _show_page(self) -> None:
        """Opened by the person: the page is built in two turns of the event loop."""
        self._in_steps = True
        try:
            super()._show_page()
        finally:
            self._in_steps = False

    def build(self) -> BriefsPage:
        """The page, made now and whole if it was not yet (tests and screenshots)."""
        page = super().build()
        if not self._in_steps:
            page.finish_building()
        return page

    def make_page(self) -> BriefsPage:
        """The page on the window's store and settings, reporting in its status bar."""
        from brandregie.ui.export.page import BriefsPage

        window = self.window_
        page = BriefsPage(window.store, self, settings=window.settings, in_steps=self._in_steps)
        page.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        return page
