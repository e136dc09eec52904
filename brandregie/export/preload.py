"""What the child-process server loads for PDF layout before it forks (``childproc.preload``).

Every render in a child process (:func:`brandregie.export.documents.render_in_child`) is a
fork of that server, so what is loaded here is loaded for every render at no cost: ReportLab
and the export modules (about 0.35 s to import), the fallback font DejaVu Sans (about 50 ms to
parse) and the Dutch and English messages and date formats (about 30 ms). Importing this
module does that work, so only the server imports it: the app itself would pay it at the
Briefs page's first show.
"""

from __future__ import annotations

import logging
from datetime import date

from brandregie.export import advocacy, brief, documents, employer, guide, render
from brandregie.export.fonts import register_fallback
from brandregie.export.text import labels, long_date
from brandregie.i18n import SUPPORTED

__all__ = ["advocacy", "brief", "documents", "employer", "guide", "render"]


def _load() -> None:
    """Never raises: an error here would stop the server, and with it every draft read too;
    whatever is not loaded now, each render loads (and reports) itself."""
    try:
        register_fallback()
        for lang in SUPPORTED:
            labels(lang)("Brand guide")
            long_date(date.today(), lang)
    except Exception:
        logging.getLogger(__name__).exception("preloading the PDF layout failed")


_load()
