"""The employee advocacy kit: what colleagues may share, how, and examples to start from.

Employees' own networks reach far beyond the brand's page; the kit gives them the guidelines,
the do's and don'ts, the hashtags and the key messages, plus example posts written from the
profile (EVP pillars, key messages, the hiring goal) in the brand's own address form and without
exclamation marks or emoji where the brand says never.
"""

from __future__ import annotations

from datetime import date

from brandregie.export.content import (
    Bullets,
    DocumentSpec,
    Para,
    Quote,
    Section,
    present,
    section,
    sub,
)
from brandregie.export.render import ExportResult, Output, Progress, render
from brandregie.export.sections import evp_grid, key_messages, words_to_avoid, words_to_use
from brandregie.export.text import Translate, document_language, labels
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

#: Post templates per language; {you} is the brand's address form.
_TEMPLATES = {
    "nl": {
        "evp": "{proof}\n\n{pillar}: zo gaat dat bij {brand}.",
        "message": "Waar we elke dag aan werken: {message}",
        "hiring": "Bij {brand} zoeken we nieuwe collega's: {role}. Iets voor {you}, of voor "
                  "iemand die {you} kent? Stuur me gerust een bericht.",
    },
    "en": {
        "evp": "{proof}\n\n{pillar}: that is how it works at {brand}.",
        "message": "What we work on every day: {message}",
        "hiring": "{brand} is looking for new colleagues: {role}. Is this for you, or for "
                  "someone you know? Just send me a message.",
    },
}
_YOU = {"je": "jou", "jij": "jou", "u": "u"}


def example_posts(brand: Brand, lang: str) -> tuple[str, ...]:
    """A few posts built from the profile, each ending with the brand's hashtags."""
    templates = _TEMPLATES.get(lang, _TEMPLATES["en"])
    tags = " ".join(brand.employer.advocacy.hashtags)
    you = _YOU.get(brand.character.address.get("nl", "je"), "jou")
    posts: list[str] = []
    for pillar in brand.employer.evp[:2]:
        if pillar.proof:
            posts.append(templates["evp"].format(proof=pillar.proof, pillar=pillar.pillar,
                                                 brand=brand.name))
    for message in brand.vocabulary.key_messages[:1]:
        posts.append(templates["message"].format(message=message.text))
    goal = brand.employer.hiring_goal
    if goal is not None and goal.role:
        posts.append(templates["hiring"].format(brand=brand.name, role=goal.role, you=you))
    return tuple(f"{post}\n\n{tags}".strip() for post in posts)


def _sections(brand: Brand, t: Translate, lang: str) -> tuple[Section, ...]:
    advocacy = brand.employer.advocacy
    return present(
        section(t("Why share"),
                Para(t("Your posts reach people our own page never reaches, and people trust "
                       "a colleague more than an advert. Share what you are proud of, in your "
                       "own words; this kit helps you do it safely.")),
                Quote(brand.identity.why)),
        section(t("Guidelines"), Para(advocacy.guidelines),
                sub(t("Do"), Bullets(advocacy.dos)),
                sub(t("Don't"), Bullets(advocacy.donts))),
        section(t("Hashtags"), Para(" ".join(advocacy.hashtags))),
        section(t("What to talk about"),
                sub(t("Key messages"), key_messages(brand, t)),
                sub(t("Why work here (EVP)"), evp_grid(brand.employer, t))),
        section(t("Words"),
                sub(t("Words to use"), words_to_use(brand, t)),
                sub(t("Words to avoid"), words_to_avoid(brand, t))),
        section(t("Example posts"),
                Para(t("Starting points, not scripts: change them into your own words."),
                     "small"),
                (Quote(post) for post in example_posts(brand, lang))),
    )


def build_advocacy_kit(snapshot: ProfileSnapshot, out: Output, *, lang: str | None = None,
                       progress: Progress | None = None, strict: bool = True,
                       today: date | None = None) -> ExportResult:
    """Write the employee advocacy kit as a PDF in the brand's look."""
    lang = document_language(snapshot, lang)
    t = labels(lang)
    brand = snapshot.brand
    spec = DocumentSpec(kind=t("Advocacy kit"), title=t("Share your work"),
                        subtitle=t("For everyone at {brand}").format(brand=brand.name),
                        sections=_sections(brand, t, lang),
                        cover_facts=((t("Hashtags"), " ".join(brand.employer.advocacy.hashtags)),))
    return render(spec, snapshot, out, lang=lang, progress=progress, strict=strict, today=today)
