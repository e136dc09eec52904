"""Every sentence the readers can show a person has its Dutch translation."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir

from brandregie.i18n import translator
from brandregie.ingest.errors import DAMAGED

PACKAGE = Path(__file__).resolve().parents[2] / "brandregie" / "ingest"


def test_every_ingest_message_is_translated_to_dutch() -> None:
    ids = {str(message) for _f, _l, message, _c, _x in
           extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")])}
    ids |= set(DAMAGED.values())
    dutch = translator("nl")
    untranslated = sorted(i for i in ids if dutch(i) == i)
    assert len(ids) > 50
    assert untranslated == []
