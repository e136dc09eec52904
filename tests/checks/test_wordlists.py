"""The built-in word lists: hundreds of entries, each with a plain alternative, sources named."""

from __future__ import annotations

import pytest

from brandregie.checks.language import WORD
from brandregie.checks.wordlists import load_list
from brandregie.paths import resource


@pytest.mark.parametrize(("kind", "lang", "at_least"), [
    ("cliches", "nl", 300), ("jargon", "nl", 200), ("cliches", "en", 100), ("jargon", "en", 100),
    ("gender-coded", "nl", 100), ("gender-coded", "en", 90)])
def test_lists_are_large_and_every_entry_is_usable(kind: str, lang: str, at_least: int) -> None:
    entries = load_list(kind, lang)
    assert len(entries) >= at_least
    for entry in entries:
        assert WORD.search(entry.term), entry.term
        first = entry.note.split("\t")[0].strip()
        if kind == "gender-coded":
            assert first in ("m", "f"), entry.term
            if first == "m":
                assert entry.note.split("\t")[1].strip(), f"{entry.term} has no alternative"
        else:
            assert first, f"{entry.term} has no plain alternative"


@pytest.mark.parametrize("name", ["cliches.nl.tsv", "cliches.en.tsv", "jargon.nl.tsv",
                                  "jargon.en.tsv", "gender-coded.nl.tsv", "gender-coded.en.tsv"])
def test_every_list_names_its_sources(name: str) -> None:
    head = resource("wordlists", name).read_text(encoding="utf-8").split("\n# ", 20)
    header = "\n".join(line for line in head if line)
    assert "Bron" in header or "Source" in header


def test_gender_lists_cite_the_published_research() -> None:
    for lang in ("nl", "en"):
        text = resource("wordlists", f"gender-coded.{lang}.tsv").read_text(encoding="utf-8")
        assert "Gaucher" in text and "10.1037/a0022530" in text


def test_a_term_is_in_one_list_only() -> None:
    for lang in ("nl", "en"):
        cliches = {e.term.lower() for e in load_list("cliches", lang)}
        jargon = {e.term.lower() for e in load_list("jargon", lang)}
        assert cliches & jargon == set()


def test_unknown_list_is_empty() -> None:
    assert load_list("cliches", "de") == ()
