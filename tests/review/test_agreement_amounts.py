"""Amounts and hours read the way an owner types them, Dutch or English; what is not one is
refused with a sentence that shows how to write it."""

from __future__ import annotations

import pytest

from brandregie.errors import BrandRegieError
from brandregie.review.agreement import parse_hours, parse_money


@pytest.mark.parametrize(("typed", "cents"), [
    ("1250", 125_000), ("1.250", 125_000), ("1.250,50", 125_050), ("€ 1,250.50", 125_050),
    ("95,-", 9_500), ("12,5", 1_250), ("1 250", 125_000), ("0,99", 99),
    ("1.250.000,00", 125_000_000), ("1,234,567.89", 123_456_789), ("€1.140", 114_000),
    ("", None), ("  ", None)])
def test_an_amount_reads_as_the_owner_wrote_it(typed: str, cents: int | None) -> None:
    assert parse_money(typed) == cents


@pytest.mark.parametrize("typed", ["1.2345", "12,50.3", "1.250.5", "abc", "12 euro"])
def test_what_is_not_an_amount_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(BrandRegieError, match="is not an amount of money: write it like 1250"):
        parse_money(typed)


def test_a_negative_amount_or_number_of_hours_is_refused() -> None:
    with pytest.raises(BrandRegieError, match="cannot be negative"):
        parse_money("-5")
    with pytest.raises(BrandRegieError, match="cannot be negative"):
        parse_hours("-2")


def test_hours_take_a_decimal_comma_or_point() -> None:
    assert parse_hours("12,5") == parse_hours("12.5") == 12.5
    assert parse_hours("") is None
    with pytest.raises(BrandRegieError, match="is not a number of hours"):
        parse_hours("twaalf")
