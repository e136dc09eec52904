"""visual.*: colours outside the palette (CIEDE2000) and fonts that are not the brand's."""

from __future__ import annotations

from brandregie.checks import Severity
from brandregie.checks.rules.visual import chroma, delta_e
from brandregie.ingest.document import (
    Block,
    BlockKind,
    ColourUse,
    Document,
    FontUse,
    Image,
)
from tests.checks.conftest import Checker, rules


def _doc(*, colours: tuple[ColourUse, ...] = (), fonts: tuple[FontUse, ...] = (),
         images: tuple[Image, ...] = ()) -> Document:
    text = "Elke dag vers brood, met de hand gebakken, van eerlijk meel uit de regio."
    block = Block(BlockKind.PARAGRAPH, text, 1, 0, len(text), page=1)
    return Document("draft.pdf", "pdf", text, (block,), colours=colours, fonts=fonts,
                    images=images, pages=1)


def test_ciede2000_distance() -> None:
    assert delta_e("#E8B64C", "#E8B64C") == 0
    assert 0 < delta_e("#E8B64C", "#E9B74D") < 1
    assert delta_e("#E8B64C", "#2255CC") > 40


def test_colour_near_a_brand_colour_is_that_colour(check: Checker) -> None:
    report = check(_doc(colours=(ColourUse("#E9B74E", "heading", page=1),)))
    assert rules(report, "visual.colour") == []


def test_colour_outside_the_palette_names_the_nearest(check: Checker) -> None:
    report = check(_doc(colours=(ColourUse("#2255CC", "heading", page=1, paragraph=1),
                                 ColourUse("#2255CC", "footer", page=1))))
    [finding] = [f for f in report.findings if f.rule == "visual.colour"]
    assert finding.severity is Severity.WARNING
    assert finding.excerpt == "#2255CC (heading)"
    assert "#2255CC" in finding.message and "6" in finding.message
    assert finding.location.page == 1 and finding.location.paragraph == 1
    assert finding.suggestion is not None and "(#" in finding.suggestion


def test_black_white_and_grey_are_neutral(check: Checker) -> None:
    assert chroma("#777777") < 1
    report = check(_doc(colours=(ColourUse("#000000", "text"), ColourUse("#FFFFFF", "page"),
                                 ColourUse("#333333", "text"))))
    assert rules(report, "visual.colour") == []


def test_in_images_only_colours_with_a_real_share_count(check: Checker) -> None:
    image = Image("foto.jpg", 800, 600, colours=(
        ColourUse("#E8B64C", "foto.jpg", share=0.6),
        ColourUse("#22AA33", "foto.jpg", share=0.02),
        ColourUse("#2255CC", "foto.jpg", share=0.3)), page=1)
    report = check(_doc(images=(image,)))
    assert [f.excerpt for f in report.findings if f.rule == "visual.colour"] == [
        "#2255CC (foto.jpg)"]


def test_an_image_mostly_in_an_off_palette_colour_cannot_score_green(check: Checker) -> None:
    from brandregie.checks import Category, TrafficLight

    banner = Image("banner.png", 1200, 628, colours=(
        ColourUse("#2255CC", "banner.png", share=0.7),
        ColourUse("#22AA33", "banner.png", share=0.1)))
    only_image = Document("banner.png", "image", "", (), images=(banner,))
    report = check(only_image)
    found = {f.excerpt: f for f in report.findings if f.rule == "visual.colour"}
    assert found["#2255CC (banner.png)"].severity is Severity.ERROR
    assert "70 %" in found["#2255CC (banner.png)"].message
    assert found["#22AA33 (banner.png)"].severity is Severity.WARNING
    assert report.traffic_light is not TrafficLight.GREEN
    # an image has no words: only its colours are scored, not a perfect 100 for its text
    scores = dict(report.categories)
    assert scores[Category.TERMINOLOGY] is None and scores[Category.TONE] is None
    assert report.score == scores[Category.VISUAL] == 100 - 25 - 8

    on_brand = Image("banner.png", 1200, 628, colours=(
        ColourUse("#E8B64C", "banner.png", share=0.7),
        ColourUse("#22AA33", "banner.png", share=0.1)))
    report = check(Document("banner.png", "image", "", (), images=(on_brand,)))
    assert report.traffic_light is TrafficLight.GREEN, "a small accent stays a warning"


def test_fonts_are_compared_by_family(check: Checker) -> None:
    report = check(_doc(fonts=(FontUse("Merriweather", pages=(1,)),
                               FontUse("SourceSans3-Bold", pages=(1,)),
                               FontUse("Comic Sans MS", pages=(1,), paragraphs=(1,),
                                       where="body text"),
                               FontUse("sans-serif"), FontUse("Symbol"))))
    [finding] = [f for f in report.findings if f.rule == "visual.font"]
    assert finding.excerpt == "Comic Sans MS (body text)"
    assert "Merriweather" in finding.message
    assert finding.suggestion == "Use Source Sans 3."


def test_visual_category_only_scored_when_the_draft_has_visuals(check: Checker) -> None:
    from brandregie.checks import Category

    plain = check("Elke dag vers brood, met de hand gebakken.")
    assert plain.category_score(Category.VISUAL) is None
    styled = check(_doc(fonts=(FontUse("Comic Sans MS"),)))
    assert styled.category_score(Category.VISUAL) == 92
