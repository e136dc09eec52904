"""Read and check one draft version: the work a background worker does, as a plain function.

:func:`check_draft` takes a :class:`~brandregie.review.service.CheckJob` (bytes and a profile
snapshot, no database session), so it can run on any thread; it reports progress from 0 to 1
(reading is the first half, checking the second) and stops with :class:`CheckCancelled` when the
cancel flag is set. :func:`run_check` is the same from start to stored result, for callers that
can wait (tests, the command line).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from brandregie.checks import Cancelled as ChecksCancelled
from brandregie.checks import Report, check_document
from brandregie.errors import BrandRegieError
from brandregie.i18n import _
from brandregie.ingest import Cancelled as ReadCancelled
from brandregie.ingest import Document, DocumentError, read_bytes
from brandregie.review.records import VersionInfo
from brandregie.review.service import CheckJob, ReviewService

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

#: The share of the progress bar that reading the file takes; checking takes the rest.
READ_SHARE = 0.5


class CheckCancelled(Exception):
    """The owner cancelled the check; nothing is stored."""


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    report: Report
    document: Document


def check_draft(job: CheckJob, *, lang: str | None = None, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> CheckOutcome:
    """Read ``job``'s file and check it against ``job``'s profile.

    Raises :class:`~brandregie.ingest.DocumentError` (one sentence for the owner) when the file
    cannot be read, :class:`CheckCancelled` when ``cancel`` was set.
    """
    flag = cancel or threading.Event()

    def reading(done: float) -> None:
        if progress is not None:
            progress(min(done, 1.0) * READ_SHARE)

    def checking(done: float) -> None:
        if progress is not None:
            progress(READ_SHARE + min(done, 1.0) * (1 - READ_SHARE))

    deliverable = job.deliverable if job.deliverable == "vacancy" else None
    try:
        document = read_bytes(job.data, job.file_name, progress=reading, cancel=flag)
        if flag.is_set():
            raise CheckCancelled
        report = check_document(document, job.snapshot, lang=lang, deliverable=deliverable,
                                progress=checking, cancel=flag.is_set)
    except (ReadCancelled, ChecksCancelled):
        raise CheckCancelled from None
    return CheckOutcome(report, document)


#: A line per language to check at start, so the language tools are loaded before they count.
_WARM_UP_TEXT = {"nl": "Wij bakken elke dag vers brood voor de buurt.",
                 "en": "We bake fresh bread for the neighbourhood every day."}


def warm_up(languages: tuple[str, ...] = ("nl",)) -> None:
    """Start the reader's sandbox and load the language tools now (call off the GUI thread).

    The first check of a session otherwise pays a few seconds for them; done at start, the
    owner's first draft is checked as fast as the rest.
    """
    from brandregie.checks.rules.visual import chroma
    from brandregie.ingest import warm_up as start_reader
    from brandregie.profile.schema import Brand
    from brandregie.profile.snapshot import ProfileSnapshot

    start_reader()
    chroma("#e8b64d")  # the colour library and its tables: opening a review of a draft with
    # colours needs them, on the GUI thread, and loading them there paused the window
    snapshot = ProfileSnapshot(Brand(name="BrandRegie", languages=languages))
    for lang in languages:
        if lang in _WARM_UP_TEXT:
            check_document(Document.from_paragraphs("warm-up", [_WARM_UP_TEXT[lang]],
                                                    language=lang), snapshot)


def failure_message(exc: BaseException, file_name: str) -> str:
    """What to tell the owner when a check ends in ``exc``."""
    if isinstance(exc, BrandRegieError):
        return exc.message
    return _("{name} could not be checked because of an error in BrandRegie; the file is kept, "
             "try again or report the problem").format(name=file_name)


def run_check(service: ReviewService, version_id: int, *, lang: str | None = None,
              progress: Progress | None = None, cancel: threading.Event | None = None
              ) -> VersionInfo:
    """Check a stored version and store the outcome (a report, a failure or a cancel)."""
    job = service.check_job(version_id)
    try:
        outcome = check_draft(job, lang=lang, progress=progress, cancel=cancel)
    except CheckCancelled:
        return service.save_check_failure(version_id, _("the check was cancelled"),
                                          cancelled=True)
    except DocumentError as exc:
        return service.save_check_failure(version_id, exc.message)
    except Exception as exc:
        log.exception("checking %s failed", job.file_name)
        return service.save_check_failure(version_id, failure_message(exc, job.file_name))
    return service.save_check(version_id, outcome.report, outcome.document)
