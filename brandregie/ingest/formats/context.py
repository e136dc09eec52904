"""What every format reader is given: the file's name, the limits, and a progress sink."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from brandregie.ingest.builder import DocumentBuilder
from brandregie.ingest.limits import DEFAULT_LIMITS, Limits


def _ignore(fraction: float) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ReadContext:
    """``name`` is the file as the person knows it; ``depth`` counts nested attachments."""

    name: str
    limits: Limits = DEFAULT_LIMITS
    progress: Callable[[float], None] = field(default=_ignore)
    depth: int = 0

    def builder(self, kind: str) -> DocumentBuilder:
        return DocumentBuilder(self.name, kind, self.progress)
