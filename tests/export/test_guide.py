"""The brand guide: the whole profile, swatches, fonts and logos, for both test brands."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from brandregie.export.guide import build_guide
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot
from tests.export.conftest import TODAY
from tests.export.pdftools import (
    fonts,
    images_on_page,
    page_count,
    plain_text,
    qpdf_check,
    render_page,
    text,
)

SECTIONS_EN = ("Who we are", "Tone of voice", "Vocabulary", "Positioning", "Customers",
               "Visual identity", "Employer brand", "Employees as ambassadors")
SECTIONS_NL = ("Wie we zijn", "Tone of voice", "Woordenlijst", "Positionering", "Klanten",
               "Huisstijl", "Werkgeversmerk", "Medewerkers als ambassadeurs")


@pytest.mark.parametrize(("fixture", "lang"), [("sample_snapshot", "en"),
                                               ("sample_snapshot", "nl"),
                                               ("vonk_snapshot", "nl")])
def test_guide_holds_the_whole_profile(fixture: str, lang: str, request: pytest.FixtureRequest,
                                       tmp_path: Path, artifacts: Path) -> None:
    snapshot: ProfileSnapshot = request.getfixturevalue(fixture)
    out = tmp_path / "guide.pdf"
    result = build_guide(snapshot, out, lang=lang, today=TODAY)
    qpdf_check(out)
    assert result.pages == page_count(out) >= 5
    body = text(out)
    for heading in SECTIONS_EN if lang == "en" else SECTIONS_NL:
        assert heading in body, heading
    brand = snapshot.brand
    flat = plain_text(out).replace("\n", " ")
    assert brand.identity.why in flat
    for colour in brand.visual.colours:
        assert colour.hex in body
    for trait in brand.character.traits:
        assert trait.is_ in body and trait.is_not in body
    for pillar in brand.employer.evp:
        assert pillar.pillar in body
    for stage in brand.employer.candidate_journey:
        assert stage.stage in body and f"{stage.experience}/5" in body
    render_page(out, 1, artifacts / f"guide-{brand.name.split()[-1].lower()}-{lang}-p1.png")
    render_page(out, 6, artifacts / f"guide-{brand.name.split()[-1].lower()}-{lang}-p6.png")


def test_swatches_give_hex_rgb_and_cmyk(sample_snapshot: ProfileSnapshot,
                                        tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    build_guide(sample_snapshot, out, lang="en", today=TODAY)
    body = text(out)
    # Korenblond #E8B64C: RGB 232 182 76; device CMYK 0 22 67 9.
    assert "#E8B64C" in body and "232 182 76" in body and "C0 M22 Y67 K9" in body
    assert "#5B3A1E" in body and "91 58 30" in body


def test_guide_shows_fonts_in_themselves_and_the_logos(vonk_snapshot: ProfileSnapshot,
                                                       sample_snapshot: ProfileSnapshot,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    build_guide(vonk_snapshot, out, lang="en", today=TODAY)
    found = fonts(out)
    assert found.get("LiberationSerif-Bold") is True and found.get("LiberationSans") is True
    pages = page_count(out)
    logo_pages = [p for p in range(1, pages + 1) if images_on_page(out, p)]
    assert logo_pages[0] == 1 and len(logo_pages) == 2      # the cover and the logo section
    assert "Op wit of lichtgrijs, nooit op geel." in plain_text(out)
    # Without font files the sample says which font stands in for its own.
    bare = tmp_path / "bare.pdf"
    build_guide(sample_snapshot, bare, lang="en", today=TODAY)
    assert "the profile has no font file, so this sample is set in DejaVu Sans" in \
        plain_text(bare).replace("\n", " ")


def test_contents_and_bookmarks_point_at_the_sections(vonk_snapshot: ProfileSnapshot,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    build_guide(vonk_snapshot, out, lang="en", today=TODAY)
    reader = PdfReader(out)
    outline: dict[str, int] = {}
    for item in reader.outline:
        assert not isinstance(item, list)            # one level: a bookmark per section
        number = reader.get_destination_page_number(item)
        assert number is not None
        outline[str(item.title)] = number + 1
    assert list(outline)[:3] == ["Who we are", "Tone of voice", "Vocabulary"]
    contents = text(out, 1)
    for title, page in outline.items():
        assert title in text(out, page)
        assert any(line.split()[-1] == str(page) and title in line
                   for line in contents.splitlines() if line.strip()), title


def test_do_and_dont_examples_follow_the_brand(vonk_snapshot: ProfileSnapshot,
                                               sample_snapshot: ProfileSnapshot,
                                               tmp_path: Path) -> None:
    out = tmp_path / "vonk.pdf"
    build_guide(vonk_snapshot, out, lang="nl", today=TODAY)
    body = plain_text(out)
    assert "Heeft u een vraag? Belt u ons gerust." in body         # Vonk says u
    assert "vaste prijs" in body and "goedkoop" in body
    out = tmp_path / "korenaar.pdf"
    build_guide(sample_snapshot, out, lang="nl", today=TODAY)
    body = plain_text(out)
    assert "Heb je een vraag? Bel ons gerust." in body              # Korenaar says je
    assert "Elke dag vers!!" not in body                            # only for "never" brands


def test_a_bare_profile_makes_a_short_guide_without_empty_headings(tmp_path: Path) -> None:
    snapshot = ProfileSnapshot(brand=Brand(name="Leeg & Co"))
    out = tmp_path / "guide.pdf"
    result = build_guide(snapshot, out, lang="en", today=TODAY)
    qpdf_check(out)
    body = text(out)
    assert "Tone of voice" in body                  # the defaults say something
    for absent in ("Who we are", "Vocabulary", "Positioning", "Customers", "Visual identity",
                   "Employer brand", "Employees as ambassadors"):
        assert absent not in body, absent
    assert result.pages <= 3


def test_the_guide_carries_the_profile_revision(vonk_snapshot: ProfileSnapshot,
                                               tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    stored = dataclasses.replace(vonk_snapshot, revision=12)
    result = build_guide(stored, out, lang="nl", today=TODAY)
    for page in (1, result.pages):
        assert "Vonk Installatietechniek · profielversie 12 · 24 november 2026" in text(out, page)


def test_page_numbers_in_contents_and_footer_are_drawn(vonk_snapshot: ProfileSnapshot,
                                                       tmp_path: Path) -> None:
    """The numbers come from forms filled in at the end: they must show, not be clipped."""
    out = tmp_path / "guide.pdf"
    build_guide(vonk_snapshot, out, lang="en", today=TODAY)
    dpi = 150
    png = render_page(out, 1, tmp_path / "p1.png", dpi=dpi)
    px = dpi / 25.4

    def inked_lines(top_mm: float, bottom_mm: float, ink: int = 120) -> int:
        """Lines of dark ink in the 5 mm left of the right margin (gaps under 2 mm joined)."""
        with Image.open(png) as image:
            grey = image.convert("L")
            right = grey.width - round(20 * px)
            box = (right - round(5 * px), round(top_mm * px), right + 1, round(bottom_mm * px))
            strip = grey.crop(box)
            rows = [any(strip.getpixel((x, y)) < ink  # type: ignore[operator]
                        for x in range(strip.width)) for y in range(strip.height)]
        inked = [y for y, dark in enumerate(rows) if dark]
        return sum(1 for i, y in enumerate(inked) if i == 0 or y - inked[i - 1] > 2 * px)

    sections = len(PdfReader(out).outline)
    assert sections == 8
    assert inked_lines(66, 297 - 22) == sections      # a number on each contents line
    assert inked_lines(297 - 15, 297, ink=160) == 1   # the footer's total (grey, small)
