"""The "Briefs" page: briefs, the brand guide and other documents for the agency, from the app.

:class:`~brandregie.ui.export.page.BriefsPage` is the page; :func:`install` puts it in the main
window's "Briefs" place. The PDFs come from :mod:`brandregie.export`, sending from
:mod:`brandregie.mail`. Dutch text: ``resources/translations/briefs_nl.ts``.
"""

from __future__ import annotations

from brandregie.ui.export.page import BriefsPage, install, page_for_window

__all__ = ["BriefsPage", "install", "page_for_window"]
