"""Editing a profile by path: validated every time, never half-valid."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from brandregie.profile.editing import first_error, get_at, validate_brand, with_value
from brandregie.profile.snapshot import ProfileSnapshot


def test_a_value_deep_in_the_profile_changes_and_the_rest_stays(
        sample_snapshot: ProfileSnapshot) -> None:
    brand = sample_snapshot.brand
    changed = with_value(brand, ("visual", "colours", 0, "hex"), "#e9b74d")
    assert changed.visual.colours[0].hex == "#E9B74D"  # validated: stored in capitals
    assert changed.visual.colours[1:] == brand.visual.colours[1:]
    assert changed.identity == brand.identity
    assert brand.visual.colours[0].hex == "#E8B64C"  # the original is untouched


def test_lists_of_items_can_be_replaced_with_plain_dicts_or_models(
        sample_snapshot: ProfileSnapshot) -> None:
    brand = sample_snapshot.brand
    values = [*brand.identity.values, {"name": "Creëren", "meaning": "Zelf maken"}]
    changed = with_value(brand, ("identity", "values"), values)
    assert [v.name for v in changed.identity.values][-1] == "Creëren"
    assert get_at(changed, ("identity", "values", -1, "meaning")) == "Zelf maken"


@pytest.mark.parametrize(("path", "value", "kind"), [
    (("visual", "colours", 1, "hex"), "#GG3D91", "colour"),
    (("name",), "   ", "string_too_short"),
    (("character", "tone", "formal"), 7, "less_than_equal"),
    (("employer", "hiring_goal", "by"), "30-06-2027", "date_from_datetime_parsing"),
])
def test_an_invalid_value_is_refused_with_its_place(sample_snapshot: ProfileSnapshot,
                                                   path: tuple[str | int, ...], value: object,
                                                   kind: str) -> None:
    with pytest.raises(ValidationError) as caught:
        with_value(sample_snapshot.brand, path, value)
    where, what = first_error(caught.value)
    assert where == path
    assert what.startswith(kind.split("_from")[0])


def test_a_wrong_path_is_a_bug_not_a_validation_error(sample_snapshot: ProfileSnapshot) -> None:
    with pytest.raises(KeyError):
        with_value(sample_snapshot.brand, ("visual", "colours", 9, "hex"), "#000000")
    with pytest.raises(KeyError):
        get_at(sample_snapshot.brand, ("identity", "slogan"))


def test_validate_brand_catches_what_model_copy_let_through(
        sample_snapshot: ProfileSnapshot) -> None:
    brand = sample_snapshot.brand
    sloppy = brand.model_copy(update={"name": ""})  # model_copy does not validate
    with pytest.raises(ValidationError):
        validate_brand(sloppy)
    assert validate_brand(brand) == brand
