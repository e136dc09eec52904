"""What the child-process server loads for reading drafts before it forks (``childproc.preload``).

Every read in a child process is a fork of that server, so what is loaded here is loaded for
every read at no cost: every format reader (:mod:`brandregie.ingest.worker`) and the language
detector with its models (about 0.4 s and 100 MB, once). Importing this module does that work,
so only the server imports it.
"""

from __future__ import annotations

import logging

from brandregie.ingest import worker
from brandregie.ingest.language import preload

__all__ = ["worker"]


def _load() -> None:
    """Never raises: an error here would stop the server, and with it every PDF layout too;
    whatever is not loaded now, each read loads itself."""
    try:
        worker.load_all()
    except Exception:
        logging.getLogger(__name__).exception("preloading the readers failed")
    try:
        preload()
    except Exception:
        logging.getLogger(__name__).exception("preloading the language detector failed")


_load()
