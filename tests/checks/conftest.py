"""Helpers for the checks tests: documents from paragraphs, brands changed in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from brandregie.checks import Report, check_document
from brandregie.ingest.document import Document
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

Checker = Callable[..., Report]


def with_changes(brand: Brand, **sections: dict[str, Any]) -> Brand:
    """``brand`` with fields of its sections replaced: ``vocabulary={"banned": (...)}``."""
    update = {name: getattr(brand, name).model_copy(update=fields)
              for name, fields in sections.items()}
    return brand.model_copy(update=update)


@pytest.fixture
def sample_brand(sample_snapshot: ProfileSnapshot) -> Brand:
    return sample_snapshot.brand


@pytest.fixture
def check(sample_snapshot: ProfileSnapshot) -> Checker:
    """Check paragraphs (or a Document) against the sample brand, optionally changed."""

    def run(*paragraphs: str | Document, brand: Brand | None = None, lang: str = "en",
            **kwargs: Any) -> Report:
        snapshot = sample_snapshot if brand is None else ProfileSnapshot(brand, revision=7)
        if len(paragraphs) == 1 and isinstance(paragraphs[0], Document):
            document = paragraphs[0]
        else:
            document = Document.from_paragraphs("draft.txt", [str(p) for p in paragraphs])
        return check_document(document, snapshot, lang=lang, **kwargs)

    return run


def rules(report: Report, rule: str) -> list[str]:
    """The excerpts of the findings of one rule, in order."""
    return [f.excerpt for f in report.findings if f.rule == rule]
