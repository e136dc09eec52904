"""Briefs for every type and both brands, checked with qpdf and poppler as an agency sees them."""

from __future__ import annotations

import dataclasses
import io
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from brandregie.export.brief import BriefRequest, BriefType, build_brief
from brandregie.export.errors import ExportError
from brandregie.profile.schema import Font
from brandregie.profile.snapshot import ProfileSnapshot
from tests.export.conftest import FIXTURES, TODAY
from tests.export.pdftools import (
    fonts,
    images_on_page,
    page_count,
    plain_text,
    qpdf_check,
    render_page,
    text,
)

#: Sections the brief has for every type when the request fills in the practical parts.
COMMON = ("Background and why now", "Objective", "Audience", "Key message", "Call to action",
          "Tone of voice", "Mandatories", "Deliverables and channels", "Timeline and budget",
          "Sign-off and contact")
FULL = BriefRequest(title="Voorjaarsactie", background="Het voorjaar komt eraan.",
                    why_now="De nieuwe winkel opent in maart.",
                    objective="Meer klanten in de winkel.", success_measure="200 inschrijvingen",
                    call_to_action="Kom proeven", deliverables=("Eén nieuwsbrief",),
                    channels=("e-mail",), budget="€ 1.500", revision_rounds=2, sign_off="Anna",
                    contact="anna@example.nl", deadline=date(2027, 3, 1),
                    first_draft=date(2027, 2, 15))


def _brands(request: pytest.FixtureRequest) -> ProfileSnapshot:
    snapshot: ProfileSnapshot = request.getfixturevalue(request.param)
    return snapshot


brand = pytest.fixture(params=["sample_snapshot", "vonk_snapshot"])(_brands)


@pytest.mark.parametrize("kind", list(BriefType))
def test_every_type_makes_a_valid_pdf_with_its_sections(
        brand: ProfileSnapshot, kind: BriefType, tmp_path: Path) -> None:
    out = tmp_path / f"{kind.value}.pdf"
    result = build_brief(brand, dataclasses.replace(FULL, type=kind), out, lang="en", today=TODAY)
    qpdf_check(out)
    assert result.pages == page_count(out) >= 2
    body = text(out)
    for heading in COMMON:
        assert heading in body, f"{kind}: {heading!r} missing"
    # The key message and the brand's own words come from the profile.
    assert brand.brand.vocabulary.key_messages[0].text in plain_text(out).replace("\n", " ")
    assert brand.brand.vocabulary.banned[0].term in body
    vacancy_only = ("Employer brand", "Why work here (EVP)", "Labour-market competitors",
                    "Hiring goal", "Candidate journey")
    for heading in vacancy_only:
        assert (heading in body) == (kind is BriefType.VACANCY), f"{kind}: {heading!r}"
    assert ("Hashtags" in body) == (kind in (BriefType.VACANCY, BriefType.SOCIAL_POST,
                                             BriefType.CAMPAIGN, BriefType.EVENT))
    assert ("Their position" in body) == (kind in (BriefType.WEB_PAGE, BriefType.CAMPAIGN,
                                                   BriefType.OTHER))
    assert ("Checklist for this deliverable" in body) == (kind is not BriefType.OTHER)


def test_each_type_gets_its_own_checklist_from_the_profile(vonk_snapshot: ProfileSnapshot,
                                                            tmp_path: Path) -> None:
    def items(kind: BriefType, snapshot: ProfileSnapshot = vonk_snapshot) -> str:
        out = tmp_path / f"{kind.value}.pdf"
        build_brief(snapshot, BriefRequest(type=kind), out, lang="en", today=TODAY)
        body = plain_text(out).replace("\n", " ")
        start = body.index("Checklist for this deliverable")
        return body[start:body.index("Tone of voice", start)]

    assert "unsubscribe link" in items(BriefType.NEWSLETTER)
    assert "addresses the reader as u" in items(BriefType.NEWSLETTER)
    vacancy = items(BriefType.VACANCY)
    assert "Gender-neutral wording" in vacancy
    assert "weakest step of the candidate journey: Oriëntatie: Filmpje" in vacancy
    social = items(BriefType.SOCIAL_POST)
    assert "Emoji: never; exclamation marks: never." in social
    assert "#werkenbijvonk #installatietechniek" in social
    assert "Binnen 48 uur een technicus aan de deur." in items(BriefType.WEB_PAGE)
    # A profile without hashtags gets no hashtag item rather than an empty one.
    brand = vonk_snapshot.brand
    employer = brand.employer.model_copy(update={
        "advocacy": brand.employer.advocacy.model_copy(update={"hashtags": ()})})
    bare = dataclasses.replace(vonk_snapshot,
                               brand=brand.model_copy(update={"employer": employer}))
    assert "hashtags" not in items(BriefType.SOCIAL_POST, bare)


def test_vacancy_brief_carries_the_employer_brand(vonk_snapshot: ProfileSnapshot,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "vacature.pdf"
    request = BriefRequest(type=BriefType.VACANCY, title="Servicetechnicus gezocht")
    build_brief(vonk_snapshot, request, out, lang="en", today=TODAY)
    body = plain_text(out)
    assert "3 × servicetechnicus by 31 March 2027" in body          # the hiring goal
    assert "Łukasz, ervaren technicus" in body                       # the candidate persona
    assert "Groot Installatiebedrijf Oost" in body                   # labour-market competitor
    assert "Vaste klanten" in body and "Leren" in body               # EVP pillars
    assert "Filmpje van een werkdag toevoegen." in body              # journey improvement
    assert "Hélène" not in body                                      # not the customer persona


def test_dutch_brief_keeps_every_character_exactly(vonk_snapshot: ProfileSnapshot,
                                                   tmp_path: Path, artifacts: Path) -> None:
    out = tmp_path / "brief-nl.pdf"
    request = BriefRequest(type=BriefType.NEWSLETTER, title="Nieuwsbrief: Wĳ zĳn er ’s avonds ook",
                           persona="Hélène", deadline=date(2027, 6, 30), sign_off="Kees")
    build_brief(vonk_snapshot, request, out, lang="nl", today=TODAY)
    qpdf_check(out)
    body = plain_text(out)
    for exact in ("Wĳ lossen het in één keer op.", "Ĳssel", "’s ochtends", "café-achtige",
                  "Hélène, eigenaar van een jaren-dertigwoning", "vve’s",
                  "Nieuwsbrief: Wĳ zĳn er ’s avonds ook"):
        assert exact in body.replace("\n", " "), exact
    assert "30 juni 2027" in body
    assert "Kernboodschap" in body and "Toon" in body        # Dutch labels
    assert "pagina 1 van" in body
    png = render_page(out, 1, artifacts / "brief-vonk-nl-p1.png")
    assert png.stat().st_size > 10_000


def test_brand_fonts_are_embedded_when_the_profile_has_the_files(
        vonk_snapshot: ProfileSnapshot, sample_snapshot: ProfileSnapshot,
        tmp_path: Path) -> None:
    vonk = tmp_path / "vonk.pdf"
    result = build_brief(vonk_snapshot, BriefRequest(type=BriefType.CAMPAIGN), vonk, today=TODAY)
    found = fonts(vonk)
    assert found.get("LiberationSerif-Bold") is True
    assert found.get("LiberationSans") is True
    assert (result.heading_font, result.body_font) == ("Liberation Serif", "Liberation Sans")
    # The sample has no font files: everything in the bundled DejaVu Sans, nothing unembedded.
    sample = tmp_path / "sample.pdf"
    result = build_brief(sample_snapshot, BriefRequest(type=BriefType.CAMPAIGN), sample,
                         today=TODAY)
    found = fonts(sample)
    assert found and all(found.values()), found
    assert set(found) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert result.body_font == "DejaVu Sans"


def test_every_page_shows_brand_revision_date_and_number(vonk_snapshot: ProfileSnapshot,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = build_brief(vonk_snapshot, dataclasses.replace(FULL, type=BriefType.VACANCY), out,
                         lang="en", today=TODAY)
    assert result.pages >= 3
    for page in range(1, result.pages + 1):
        body = text(out, page)
        assert "Vonk Installatietechniek · profile revision 7 · 24 November 2026" in body
        assert f"page {page} of {result.pages}" in body


def test_the_logo_is_on_the_cover(vonk_snapshot: ProfileSnapshot,
                                  sample_snapshot: ProfileSnapshot, tmp_path: Path,
                                  artifacts: Path) -> None:
    out = tmp_path / "brief.pdf"
    build_brief(vonk_snapshot, BriefRequest(type=BriefType.EVENT, title="Open dag"), out,
                today=TODAY)
    assert images_on_page(out, 1) == 1
    render_page(out, 1, artifacts / "brief-vonk-event-p1.png")
    # The sample names a logo without a file: no image, and no error either.
    bare = tmp_path / "bare.pdf"
    build_brief(sample_snapshot, BriefRequest(type=BriefType.EVENT), bare, today=TODAY)
    assert images_on_page(bare, 1) == 0
    render_page(bare, 1, artifacts / "brief-korenaar-event-p1.png")


def test_sections_the_request_leaves_empty_are_left_out(sample_snapshot: ProfileSnapshot,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    build_brief(sample_snapshot, BriefRequest(type=BriefType.NEWSLETTER), out, lang="en",
                today=TODAY)
    body = text(out)
    for absent in ("Background and why now", "Objective", "Call to action",
                   "Deliverables and channels", "Timeline and budget", "Sign-off and contact"):
        assert absent not in body
    assert "Key message" in body and "Tone of voice" in body


def test_an_empty_profile_section_gets_no_heading(sample_snapshot: ProfileSnapshot,
                                                  tmp_path: Path) -> None:
    brand = sample_snapshot.brand
    bare = brand.model_copy(update={
        "positioning": brand.positioning.model_copy(update={
            "audience": "", "category": "", "promise": "", "difference": "",
            "proof_points": (), "competitors": ()}),
        "vocabulary": brand.vocabulary.model_copy(update={"banned": (), "cliches": brand.
                                                          vocabulary.cliches.model_copy(
                                                              update={"extra": ()})}),
    })
    snapshot = dataclasses.replace(sample_snapshot, brand=bare)
    out = tmp_path / "brief.pdf"
    build_brief(snapshot, BriefRequest(type=BriefType.CAMPAIGN), out, lang="en", today=TODAY)
    body = text(out)
    assert "Positioning" not in body
    assert "Proof points" not in body
    assert "Words to avoid" not in body
    assert "Words to use" in body


def test_persona_and_key_message_are_chosen_by_the_request(vonk_snapshot: ProfileSnapshot,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    request = BriefRequest(type=BriefType.WEB_PAGE, persona="łukasz", key_message=2)
    build_brief(vonk_snapshot, request, out, lang="en", today=TODAY)
    body = plain_text(out)
    assert "Łukasz, ervaren technicus" in body
    assert "Uw eigen vaste technicus." in body
    assert "Wĳ lossen het in één keer op." not in body


def test_unknown_persona_and_missing_key_message_say_what_exists(
        vonk_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match='no persona called "Piet".*Łukasz'):
        build_brief(vonk_snapshot, BriefRequest(persona="Piet"), tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="Key message 4 does not exist.*has 3"):
        build_brief(vonk_snapshot, BriefRequest(key_message=3), tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="not a type of assignment"):
        BriefRequest(type="blog")  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


def _truncated(data: bytes) -> bytes:
    return data[:3000]


def _garbage(data: bytes) -> bytes:
    return b"This is no font at all. " * 200


def _unsubsettable(data: bytes) -> bytes:
    """ReportLab's own embedding subset: it loads, but breaks when subset again."""
    with tempfile.NamedTemporaryFile(suffix=".ttf") as fh:
        fh.write(data)
        fh.flush()
        return bytes(TTFontFile(fh.name).makeSubset(list(range(128))))


@pytest.mark.parametrize("damage", [_truncated, _garbage, _unsubsettable])
def test_a_damaged_font_file_is_named_or_replaced_on_request(
        vonk_snapshot: ProfileSnapshot, tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    files = dict(vonk_snapshot.files)
    files["fonts/LiberationSans-Regular.ttf"] = damage(files["fonts/LiberationSans-Regular.ttf"])
    damaged = dataclasses.replace(vonk_snapshot, files=files)
    out = tmp_path / "brief.pdf"
    with pytest.raises(ExportError, match="fonts/LiberationSans-Regular.ttf.*Liberation Sans"):
        build_brief(damaged, BriefRequest(), out)
    assert not out.exists()
    result = build_brief(damaged, BriefRequest(), out, strict=False)
    assert len(result.warnings) == 1 and "Liberation Sans" in result.warnings[0]
    assert result.body_font == "DejaVu Sans"
    found = fonts(out)
    assert "LiberationSans" not in found and found.get("DejaVuSans") is True
    assert found.get("LiberationSerif-Bold") is True     # the undamaged heading font stays


@pytest.mark.parametrize(("data", "words"), [
    (b"%PDF-1.4 not a picture", "is not an image"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
])
def test_a_logo_that_is_not_an_image_is_named(vonk_snapshot: ProfileSnapshot, tmp_path: Path,
                                              data: bytes, words: str) -> None:
    files = dict(vonk_snapshot.files)
    files["logos/vonk-logo.png"] = data
    bad = dataclasses.replace(vonk_snapshot, files=files)
    with pytest.raises(ExportError, match=f'logo "Beeldmerk met naam".*{words}'):
        build_brief(bad, BriefRequest(), tmp_path / "x.pdf")
    result = build_brief(bad, BriefRequest(), tmp_path / "x.pdf", strict=False)
    assert "Beeldmerk met naam" in result.warnings[0]
    assert images_on_page(tmp_path / "x.pdf", 1) == 0


def test_progress_is_reported_and_raising_cancels(sample_snapshot: ProfileSnapshot,
                                                  tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_brief(sample_snapshot, BriefRequest(type=BriefType.VACANCY), tmp_path / "a.pdf",
                progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 5 and seen[-1] == (1, 1)
    assert all(done <= total for done, total in seen)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        build_brief(sample_snapshot, BriefRequest(type=BriefType.VACANCY), tmp_path / "b.pdf",
                    progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "a.pdf"]


def test_a_brief_can_go_to_a_stream_for_the_preview(sample_snapshot: ProfileSnapshot) -> None:
    stream = io.BytesIO()
    result = build_brief(sample_snapshot, BriefRequest(), stream)
    assert stream.getvalue().startswith(b"%PDF-") and result.pages >= 1


def test_language_defaults_to_the_brand_and_rejects_others(sample_snapshot: ProfileSnapshot,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    build_brief(sample_snapshot, BriefRequest(), out, today=TODAY)
    assert "24 november 2026" in text(out)      # Korenaar writes Dutch first
    with pytest.raises(ExportError, match="not in de"):
        build_brief(sample_snapshot, BriefRequest(), out, lang="de")


def test_characters_the_brand_font_lacks_come_from_the_stand_in(
        vonk_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    # A body font with plain ASCII only: no é, ë, ł, ĳ or ’ in it.
    ascii_font = (FIXTURES / "fonts" / "AsciiTestSans.ttf").read_bytes()
    brand = vonk_snapshot.brand
    body = Font(family="Ascii Test Sans", role="body", file="fonts/AsciiTestSans.ttf")
    visual = brand.visual.model_copy(update={"fonts": (brand.visual.fonts[0], body)})
    snapshot = dataclasses.replace(
        vonk_snapshot, brand=brand.model_copy(update={"visual": visual}),
        files={**vonk_snapshot.files, "fonts/AsciiTestSans.ttf": ascii_font})
    out = tmp_path / "brief.pdf"
    request = BriefRequest(type=BriefType.VACANCY, title="Łukasz en Hélène", sign_off="Zoë")
    result = build_brief(snapshot, request, out, lang="nl", today=TODAY)
    assert result.body_font == "Ascii Test Sans"
    qpdf_check(out)
    found = fonts(out)
    assert found.get("AsciiTestSans") is True            # the brand font carries the text...
    assert found.get("DejaVuSans") is True               # ...the stand-in only what it lacks
    body_text = plain_text(out).replace("\n", " ")
    for exact in ("Łukasz, ervaren technicus", "Wĳ lossen het in één keer op.", "Oriëntatie",
                  "’s ochtends", "Zoë"):
        assert exact in body_text, exact


def test_markup_characters_in_the_profile_are_printed_as_text(
        sample_snapshot: ProfileSnapshot, tmp_path: Path) -> None:
    brand = sample_snapshot.brand.model_copy(update={"name": "Bakker & Zn <b>Oost</b>"})
    snapshot = dataclasses.replace(sample_snapshot, brand=brand)
    out = tmp_path / "brief.pdf"
    request = BriefRequest(type=BriefType.CAMPAIGN, title="50% <korting> & meer",
                           background='Zie <a href="x">hier</a>\nen daarna.')
    build_brief(snapshot, request, out, lang="en", today=TODAY)
    qpdf_check(out)
    body = plain_text(out)
    assert "Bakker & Zn <b>Oost</b>" in body
    assert "50% <korting> & meer" in body
    assert 'Zie <a href="x">hier</a>' in body
