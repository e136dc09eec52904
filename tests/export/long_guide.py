"""A brand whose guide runs to about 100 pages: seconds of PDF layout, for the tests and
benchmarks that need long work (responsiveness, cancel, child-process costs)."""

from __future__ import annotations

from brandregie.profile.schema import BannedTerm, Brand

#: Words to avoid, each with its reason: about 100 pages of guide.
MANY = 1500


def with_many_banned_words(brand: Brand, count: int = MANY) -> Brand:
    """``brand`` with ``count`` more words to avoid."""
    banned = tuple(BannedTerm(term=f"woord{i}", why="past niet bij hoe wij praten " * 4)
                   for i in range(count))
    return brand.model_copy(update={"vocabulary": brand.vocabulary.model_copy(
        update={"banned": banned})})
