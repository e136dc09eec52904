"""CSS colour tokens: a broken hex value (from a damaged or hostile page) is no colour."""

from __future__ import annotations

from brandregie.ingest.colours import parse_css_colour


def test_hex_with_alpha_is_read_and_broken_hex_is_no_colour() -> None:
    assert parse_css_colour("#C8102EFF") == "#C8102E"
    assert parse_css_colour("#f00f") == "#FF0000"
    assert parse_css_colour("#f00f00") == "#F00F00"
    assert parse_css_colour("#c8102e00") is None  # transparent
    for broken in ('#abcdef"f', '#abf"', "#zzzzzzff", "#12345g"):
        assert parse_css_colour(broken) is None, broken
