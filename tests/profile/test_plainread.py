"""A pack read without pydantic's validators is the pack pydantic reads, to the last field; a
pack with anything unusual in it is still read (and refused) by pydantic, with its words."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from brandregie.errors import PackError
from brandregie.profile.pack import validate_pack
from brandregie.profile.plainread import plain_model
from brandregie.profile.schema import Pack

ROOT = Path(__file__).resolve().parents[2]
#: Every pack in the repository: the samples, the test fixtures and the judged corpus's 11.
PACKS = [p for p in [*ROOT.glob("resources/sample/*.json"), *ROOT.glob("tests/fixtures/**/*.json"),
                     *ROOT.glob("bench/corpus/packs/*.json")]
         if json.loads(p.read_text(encoding="utf-8-sig")).get("format") == "brandregie-pack"]


def given(model: BaseModel) -> list[Any]:
    """Which fields each part was given, depth first: pydantic keeps it and exports use it."""
    found: list[Any] = [sorted(model.model_fields_set)]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, BaseModel):
                found += given(item)
    return found


def test_the_projects_packs_are_read_plainly_and_exactly() -> None:
    assert len(PACKS) >= 14
    for path in PACKS:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        plain = plain_model(Pack, data)
        assert plain is not None, path
        validated = Pack.model_validate(data)
        assert plain == validated, path
        assert plain.model_dump() == validated.model_dump(), path
        assert given(plain) == given(validated), path


def _pack() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "resources/sample/korenaar.json").read_text(
        encoding="utf-8-sig"))
    return data


EDITS = [
    ("name padded", lambda b: b.update(name="  Korenaar \n")),
    ("name blank", lambda b: b.update(name="   ")),
    ("name a number", lambda b: b.update(name=7)),
    ("colour lower case", lambda b: b["visual"]["colours"][0].update(hex="#abcdef")),
    ("colour wrong", lambda b: b["visual"]["colours"][0].update(hex="#GG3D91")),
    ("tone 6", lambda b: b["character"]["tone"].update(formal=6)),
    ("tone 5.0", lambda b: b["character"]["tone"].update(formal=5.0)),
    ("tone true", lambda b: b["character"]["tone"].update(formal=True)),
    ("tone as text", lambda b: b["character"]["tone"].update(formal="4")),
    ("tolerance whole", lambda b: b["visual"].update(colour_tolerance=7)),
    ("date impossible", lambda b: b["employer"]["hiring_goal"].update(by="2027-02-30")),
    ("date short", lambda b: b["employer"]["hiring_goal"].update(by="2027-2-3")),
    ("date none", lambda b: b["employer"]["hiring_goal"].update(by=None)),
    ("address", lambda b: b["character"].update(address={"nl": "u", "en": "you"})),
    ("address wrong", lambda b: b["character"].update(address={"nl": "gij"})),
    ("literal case", lambda b: b["character"].update(emoji="Never")),
    ("trait by name", lambda b: b["character"]["traits"][0].update(is_="warm")),
    ("list as text", lambda b: b.update(languages="nl")),
    ("part missing", lambda b: b.pop("identity")),
    ("unknown field", lambda b: b.update(mascot="a bear")),
    ("odd space", lambda b: b.update(name="Korenaar\u2003")),
    ("suggest none", lambda b: b["vocabulary"]["banned"][0].update(suggest=None)),
]


@pytest.mark.parametrize(("label", "edit"), EDITS, ids=[label for label, _ in EDITS])
def test_an_unusual_value_is_read_as_pydantic_reads_it(label: str, edit: Any) -> None:
    data = _pack()
    edit(data["brand"])
    try:
        expected: Pack | str = Pack.model_validate(copy.deepcopy(data))
    except ValidationError:
        expected = "refused"
    try:
        read: Pack | str = validate_pack(copy.deepcopy(data))
    except PackError:
        read = "refused"
    assert read == expected, label
    if isinstance(read, Pack) and isinstance(expected, Pack):
        assert given(read) == given(expected), label
