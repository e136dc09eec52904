"""Module-level functions the child-process tests run in the child (sent by reference)."""

from __future__ import annotations

from collections.abc import Callable

from brandregie.errors import BrandRegieError


def counts(steps: int, progress: Callable[[int, int], None]) -> int:
    for done in range(1, steps + 1):
        progress(done, steps)
    return steps


def refuses(progress: Callable[..., None]) -> None:
    raise BrandRegieError("that cannot be done")


def has_a_bug(progress: Callable[..., None]) -> None:
    known: dict[str, int] = {}
    known["missing"]  # a KeyError, as a bug would raise


def returns_what_does_not_pickle(progress: Callable[..., None]) -> object:
    return lambda: None


def loaded(names: tuple[str, ...], progress: Callable[..., None]) -> dict[str, bool]:
    """Which of ``names`` the child had before it ran anything, the language detector and the
    fallback font."""
    import sys

    found = {name: name in sys.modules for name in names}
    if "brandregie.ingest.language" in sys.modules:
        from brandregie.ingest.language import _detector

        found["language detector"] = _detector.cache_info().currsize == 1
    if "reportlab" in sys.modules:
        from reportlab.pdfbase import pdfmetrics

        found["fallback font"] = "BR-DejaVuSans" in pdfmetrics.getRegisteredFontNames()
    return found
