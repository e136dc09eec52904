"""The brand guide: the whole profile as one document the agency can keep beside its work."""

from __future__ import annotations

from datetime import date

from brandregie.export.content import (
    Bullets,
    DocumentSpec,
    Fields,
    Para,
    Section,
    present,
    section,
    sub,
)
from brandregie.export.render import ExportResult, Output, Progress, render
from brandregie.export.sections import (
    do_and_dont,
    evp_grid,
    hiring_goal_text,
    identity_blocks,
    journey_grid,
    key_messages,
    labour_competitors,
    persona_table,
    positioning_blocks,
    traits,
    visual_blocks,
    voice_rules,
    words_to_avoid,
    words_to_use,
)
from brandregie.export.text import Translate, document_language, labels
from brandregie.profile.snapshot import ProfileSnapshot


def _sections(snapshot: ProfileSnapshot, t: Translate, lang: str) -> tuple[Section, ...]:
    brand = snapshot.brand
    employer = brand.employer
    advocacy = employer.advocacy
    return present(
        section(t("Who we are"), identity_blocks(brand, t)),
        section(t("Tone of voice"),
                traits(brand.character, t),
                voice_rules(brand.character, t),
                sub(t("Do and don't"), do_and_dont(brand, t, lang)), new_page=True),
        section(t("Vocabulary"),
                sub(t("Key messages"), key_messages(brand, t)),
                sub(t("Words to use"), words_to_use(brand, t)),
                sub(t("Words to avoid"), words_to_avoid(brand, t)), new_page=True),
        section(t("Positioning"), positioning_blocks(brand, t), new_page=True),
        section(t("Customers"), persona_table(brand.personas, t)),
        section(t("Visual identity"), visual_blocks(snapshot, t, pictures=True), new_page=True),
        section(t("Employer brand"),
                Fields(((t("Culture"), employer.culture),
                        (t("Hiring goal"), hiring_goal_text(employer, t, lang)))),
                sub(t("Why work here (EVP)"), evp_grid(employer, t)),
                sub(t("Candidate personas"), persona_table(employer.personas, t)),
                sub(t("Labour-market competitors"), labour_competitors(employer, t)),
                sub(t("Candidate journey"), journey_grid(employer, t)), new_page=True),
        section(t("Employees as ambassadors"),
                Para(advocacy.guidelines),
                sub(t("Do"), Bullets(advocacy.dos)),
                sub(t("Don't"), Bullets(advocacy.donts)),
                sub(t("Hashtags"), Para(" ".join(advocacy.hashtags)))),
    )


def guide_spec(snapshot: ProfileSnapshot, lang: str) -> DocumentSpec:
    t = labels(lang)
    brand = snapshot.brand
    facts = ((t("Category"), brand.positioning.category),
             (t("Promise"), brand.positioning.promise),
             (t("Languages"), ", ".join(brand.languages)))
    return DocumentSpec(kind=t("Brand guide"), title=brand.name,
                        subtitle=brand.positioning.category, sections=_sections(snapshot, t, lang),
                        cover_facts=facts, cover_page=True, contents=True)


def build_guide(snapshot: ProfileSnapshot, out: Output, *, lang: str | None = None,
                progress: Progress | None = None, strict: bool = True,
                today: date | None = None) -> ExportResult:
    """Write the whole profile as a brand guide PDF, with swatches, font samples and logos."""
    lang = document_language(snapshot, lang)
    return render(guide_spec(snapshot, lang), snapshot, out, lang=lang, progress=progress,
                  strict=strict, today=today)
