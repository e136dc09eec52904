"""Every message the review core shows has its Dutch in review.po, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from brandregie.paths import resource

PACKAGE = Path(__file__).resolve().parents[2] / "brandregie" / "review"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_every_review_message_is_translated_into_dutch() -> None:
    with resource("locale", "nl", "LC_MESSAGES", "review.po").open("rb") as fh:
        catalogue = {m.id: m.string for m in read_po(fh, locale="nl") if m.id}
    used = {msg for path in sorted(PACKAGE.glob("*.py"))
            for _line, msg, _c, _x in extract_from_file(
                "python", str(path), keywords={"_": None, "t": None, "N_": None})}
    assert used, "the review core has messages"
    missing = sorted(m for m in used if not catalogue.get(m))
    assert missing == []
    for message in used:
        translated = catalogue[message]
        assert isinstance(message, str) and isinstance(translated, str)
        assert sorted(PLACEHOLDER.findall(message)) == sorted(PLACEHOLDER.findall(translated))
