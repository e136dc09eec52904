"""A finding's sentence is kept as msgid and arguments, so it can be said in another language."""

from __future__ import annotations

import pickle

from brandregie.checks.message import Message, message_from_json, message_json, remembering, render
from brandregie.i18n import translator

BANNED = "The brand does not use “{term}”."


def test_a_message_checked_in_english_renders_in_dutch_after_storing() -> None:
    tr = remembering(translator("en"))
    said = tr(BANNED).format(term="ontzorgen")
    assert said == "The brand does not use “ontzorgen”."
    kept = message_from_json(str(said), message_json(said))
    assert render(kept, "nl") == translator("nl")(BANNED).format(term="ontzorgen")
    assert render(kept, "nl") != said and "ontzorgen" in render(kept, "nl")


def test_a_message_crosses_processes_whole() -> None:
    said = remembering(translator("nl"))(BANNED).format(term="ontzorgen")
    copy = pickle.loads(pickle.dumps(said))
    assert isinstance(copy, Message) and copy == said
    assert render(copy, "en") == "The brand does not use “ontzorgen”."


def test_plain_text_stays_as_it_is() -> None:
    assert render("Oude zin", "en") == "Oude zin" and render(None, "en") == ""
    assert message_from_json("Oude zin", None) == "Oude zin"
