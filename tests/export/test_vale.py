"""The Vale style package: loadable YAML, the keys Vale requires, rules that find what they should.

Vale itself is not installable here (its PyPI wrapper downloads a binary), so the tests read the
rules the way Vale documents it reads them: ``existence`` tokens become ``\\b(?:a|b)\\b``
(``(?i)`` with ``ignorecase``), ``substitution`` swaps map a pattern to its replacement.
"""

from __future__ import annotations

import configparser
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from brandregie.export.vale import write_vale_package
from brandregie.profile.snapshot import ProfileSnapshot

LEVELS = {"suggestion", "warning", "error"}
BASE_KEYS = {"extends", "message", "level", "scope", "link", "limit", "ignorecase", "nonword",
             "action", "vocab"}
TYPE_KEYS = {"existence": {"tokens", "raw", "append", "exceptions"},
             "substitution": {"swap", "exceptions", "append", "capitalize"}}


def _package(snapshot: ProfileSnapshot, folder: Path) -> tuple[dict[str, str], dict[str, Any]]:
    ini_path = write_vale_package(snapshot, folder)
    parser = configparser.ConfigParser()
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string("[global]\n" + ini_path.read_text(encoding="utf-8"))
    ini = dict(parser["global"]) | {f"*.{k}": v for k, v in parser["*"].items()}
    style = ini["*.BasedOnStyles"]
    rules = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
             for p in sorted((folder / ini["StylesPath"] / style).glob("*.yml"))}
    return ini, rules


def _existence(rule: dict[str, Any]) -> re.Pattern[str]:
    flags = re.IGNORECASE if rule.get("ignorecase") else 0
    return re.compile(r"\b(?:" + "|".join(rule["tokens"]) + r")\b", flags)


def _substitute(rule: dict[str, Any], text: str) -> list[tuple[str, str]]:
    flags = re.IGNORECASE if rule.get("ignorecase") else 0
    hits = []
    for pattern, replacement in rule["swap"].items():
        hits += [(m.group(0), replacement)
                 for m in re.finditer(r"\b(?:" + pattern + r")\b", text, flags)]
    return hits


@pytest.mark.parametrize("fixture", ["sample_snapshot", "vonk_snapshot"])
def test_every_rule_loads_and_has_the_keys_vale_requires(
        fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    ini, rules = _package(snapshot, tmp_path)
    assert ini["StylesPath"] == "styles"
    assert ini["MinAlertLevel"] in LEVELS
    style = ini["*.BasedOnStyles"]
    assert re.fullmatch(r"[A-Za-z0-9]+", style)
    assert (tmp_path / "styles" / "config" / "vocabularies" / ini["Vocab"] / "accept.txt"
            ).is_file()
    assert {"Banned", "Preferred", "BrandNames", "Cliches", "Address"} <= set(rules)
    for name, rule in rules.items():
        assert isinstance(rule, dict), name
        kind = rule["extends"]
        assert kind in TYPE_KEYS, name
        assert set(rule) <= BASE_KEYS | TYPE_KEYS[kind], (name, set(rule))
        assert isinstance(rule["message"], str) and "%s" in rule["message"], name
        assert rule["level"] in LEVELS, name
        assert isinstance(rule.get("ignorecase", False), bool), name
        if kind == "existence":
            assert rule["tokens"] and all(isinstance(t, str) and t for t in rule["tokens"])
            for token in rule["tokens"]:
                re.compile(token)
        else:
            assert rule["message"].count("%s") == 2, name
            assert rule["swap"] and all(isinstance(k, str) and isinstance(v, str)
                                        for k, v in rule["swap"].items())
            for pattern in rule["swap"]:
                re.compile(pattern)


def test_banned_terms_are_found_in_every_inflection(sample_snapshot: ProfileSnapshot,
                                                    tmp_path: Path) -> None:
    _, rules = _package(sample_snapshot, tmp_path)
    banned = _existence(rules["Banned"])
    text = ("Wij ontzorgen je graag. Je wordt ontzorgd. Goedkope broden, nog goedkoper, "
            "uit de fabrieken. Een eerlijke prijs.")
    assert [m.group(0) for m in banned.finditer(text)] == [
        "ontzorgen", "ontzorgd", "Goedkope", "goedkoper", "fabrieken"]
    assert rules["Banned"]["level"] == "error"


def test_preferred_terms_and_brand_names_are_swapped(sample_snapshot: ProfileSnapshot,
                                                     tmp_path: Path) -> None:
    _, rules = _package(sample_snapshot, tmp_path)
    assert _substitute(rules["Preferred"], "Onze Broodspecialist bakt het fresh.") == [
        ("Broodspecialist", "bakker"), ("fresh", "vers")]
    # Brand names count their capitals: the right spelling is never flagged.
    names = rules["BrandNames"]
    assert names["ignorecase"] is False
    assert sorted(_substitute(names, "Bij KorenAar en Koren aar: de zondagsbol.")) == [
        ("Koren aar", "Korenaar"), ("KorenAar", "Korenaar"), ("zondagsbol", "Zondagsbol")]
    assert _substitute(names, "Bij Korenaar: de Zondagsbol.") == []


def test_cliches_use_the_builtin_list_and_the_brands_own(sample_snapshot: ProfileSnapshot,
                                                         tmp_path: Path) -> None:
    _, rules = _package(sample_snapshot, tmp_path)
    cliches = _existence(rules["Cliches"])
    assert cliches.search("Met passie voor brood gebakken")          # the brand's own
    assert cliches.search("Een aantrekkelijk salaris")               # the built-in list
    brand = sample_snapshot.brand
    policy = brand.vocabulary.cliches.model_copy(update={
        "builtin": False, "allowed": ("passie voor brood",), "extra": ("passie voor brood",
                                                                       "uniek concept")})
    vocabulary = brand.vocabulary.model_copy(update={"cliches": policy})
    own = ProfileSnapshot(brand=brand.model_copy(update={"vocabulary": vocabulary}))
    _, rules = _package(own, tmp_path / "own")
    assert rules["Cliches"]["tokens"] == ["uniek concept"]


def test_address_rule_follows_the_brands_form(sample_snapshot: ProfileSnapshot,
                                              vonk_snapshot: ProfileSnapshot,
                                              tmp_path: Path) -> None:
    _, je_rules = _package(sample_snapshot, tmp_path / "je")
    je = _existence(je_rules["Address"])
    assert [m.group(0) for m in je.finditer("Wij helpen u graag met uw bestelling.")] == \
        ["u", "uw"]
    assert not je.search("Wij helpen je graag.")
    _, u_rules = _package(vonk_snapshot, tmp_path / "u")
    u = _existence(u_rules["Address"])
    assert [m.group(0) for m in u.finditer("Wij helpen je graag met jouw cv.")] == \
        ["je", "jouw"]
    assert "'u'" in u_rules["Address"]["message"]


def test_messages_speak_the_brands_language_and_old_rules_go(
        sample_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    _, rules = _package(sample_snapshot, tmp_path)
    assert rules["Banned"]["message"] == "'%s' is een woord dat Bakkerij Korenaar nooit gebruikt."
    english = write_vale_package(sample_snapshot, tmp_path / "en", lang="en")
    banned = yaml.safe_load((english.parent / "styles" / "BakkerijKorenaar" / "Banned.yml")
                            .read_text(encoding="utf-8"))
    assert banned["message"] == "'%s' is a word Bakkerij Korenaar never uses."
    # Writing again after the banned list was emptied leaves no stale rule behind.
    brand = sample_snapshot.brand
    vocabulary = brand.vocabulary.model_copy(update={"banned": ()})
    _, rules = _package(ProfileSnapshot(brand=brand.model_copy(update={"vocabulary":
                                                                      vocabulary})), tmp_path)
    assert "Banned" not in rules
