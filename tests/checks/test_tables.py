"""Language tables kept in the cache folder give the same lemmas and syllables as the
libraries' own loading, and a damaged cache file is simply made again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json
from brandregie.checks.language import LanguageTools
nl = LanguageTools("nl")
words = ["huizen", "liep", "geïmplementeerd", "ontzorgt", "goedkoper", "lettergrepen",
         "Bakker", "onboarden", "zzzqqq"]
print(json.dumps([[nl.known(w), nl.lemma(w), sorted(nl.keys(w.lower())), nl.syllables(w)]
                  for w in words]))
"""


def probe(cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, check=True, timeout=120).stdout


def test_tables_from_the_cache_answer_as_the_libraries_do(tmp_path: Path) -> None:
    import simplemma

    first = probe(tmp_path)  # builds and keeps the tables
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "BrandRegie" / "tables").iterdir())
    assert kept == ["hyphenation", "simplemma"]
    assert probe(tmp_path) == first  # read back from the cache
    import json

    answers = json.loads(first)
    assert answers[0][:2] == [simplemma.is_known("huizen", lang="nl"),
                              simplemma.lemmatize("huizen", lang="nl")]
    assert answers[0][1] == "huis"
    assert answers[5][3] == 4  # let-ter-gre-pen


def test_a_table_from_another_library_version_is_replaced(tmp_path: Path) -> None:
    first = probe(tmp_path)
    folder = tmp_path / "BrandRegie" / "tables"
    for table in list(folder.iterdir()):
        parts = table.name.split("-")
        table.rename(folder / f"{parts[0]}-{parts[1]}-0.0.1-0-{parts[-1]}")
    assert probe(tmp_path) == first
    names = sorted(t.name for t in folder.iterdir())
    assert len(names) == 2 and not any("-0.0.1-" in name for name in names)


def test_a_damaged_table_is_made_again(tmp_path: Path) -> None:
    first = probe(tmp_path)
    for table in (tmp_path / "BrandRegie" / "tables").iterdir():
        table.write_bytes(table.read_bytes()[:100])
    assert probe(tmp_path) == first
    assert probe(tmp_path) == first


def test_quick_lookups_answer_as_simplemma_and_pyphen_do() -> None:
    import random

    import pyphen
    import simplemma

    from brandregie.checks.language import LanguageTools
    from brandregie.checks.tables import lemma_table

    rng = random.Random(16)
    for lang, name in (("nl", "nl_NL"), ("en", "en_US")):
        tools = LanguageTools(lang)
        hyphen = pyphen.Pyphen(lang=name, left=1, right=1)
        words = [key.decode() for key in rng.sample(sorted(lemma_table(lang)), 3000)]
        words += [w.capitalize() for w in words[:300]] + [
            "ontzorgt", "broodbeleving", "zo'n", "auto's", "Huizen", "één", "ÉÉN", "’s", "a",
            "l'oréal", "x" * 39, "onboarden", "teamplayer", "bakkerijwinkelketen",
            "zo’n", "auto’s", "AUTO'S", "2024", "½", "Ontzorgen", "liep", "gezorgd",
            "don't", "don’t", "it's", "children's", "Running", "better"]
        for word in words:
            assert tools.known(word) == simplemma.is_known(word, lang=lang), word
            assert tools.lemma(word) == simplemma.lemmatize(word, lang=lang), word
            lowered = word.lower()
            if len(lowered) <= 40 and not lowered.isdigit():  # those are estimated
                assert tools.syllables(lowered) == len(hyphen.positions(lowered)) + 1, word


def test_a_draft_of_known_words_is_checked_without_simplemmas_rules(tmp_path: Path) -> None:
    """simplemma compiles every language's rules when imported (0.05 s of a short check);
    once the table is kept, words its dictionary holds are answered without it."""
    probe = ("import sys\nfrom brandregie.checks.language import LanguageTools\n"
             "nl = LanguageTools('nl')\n"
             "print(nl.lemma('huizen'), nl.known('zo’n'), sorted(nl.keys('liep')),\n"
             "      'simplemma' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    outs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                           text=True, check=True, timeout=120).stdout.split()
            for _ in range(2)]  # the first run makes the table (with simplemma's decoder)
    assert outs[0][:4] == outs[1][:4]
    out = outs[1]
    assert out == ["huis", "True", "['liep',", "'lopen']", "False"]
