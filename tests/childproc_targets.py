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
