"""The brief for an assignment: what the agency needs, filled in from the profile in seconds.

The owner supplies only what the profile cannot know (the title, deadline, budget, the reason
now); the profile supplies the audience, the key message and its proof, the tone of voice, the
words to use and avoid, positioning, the visual mandatories and, for a vacancy, the employer
brand. Each type of deliverable gets the sections that matter for it; a section with nothing to
say is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from brandregie.deliverables import Deliverable
from brandregie.export.content import (
    Bullets,
    Callout,
    DocumentSpec,
    Fields,
    Para,
    Section,
    present,
    section,
    sub,
)
from brandregie.export.errors import ExportError
from brandregie.export.sections import (
    evp_grid,
    hiring_goal_text,
    journey_grid,
    labour_competitors,
    persona_blocks,
    positioning_blocks,
    traits,
    visual_blocks,
    voice_rules,
    words_to_avoid,
    words_to_use,
)
from brandregie.export.text import (
    POLICY_WORDS,
    Translate,
    document_language,
    labels,
    long_date,
)
from brandregie.i18n import N_, _
from brandregie.profile.schema import Brand, KeyMessage, Persona
from brandregie.profile.snapshot import ProfileSnapshot

if TYPE_CHECKING:

    from brandregie.export.render import ExportResult, Output, Progress

#: What the brief is for: the one list of deliverables (an assignment's kind too).
BriefType = Deliverable


TYPE_LABELS = {
    BriefType.NEWSLETTER: N_("Newsletter"), BriefType.VACANCY: N_("Vacancy text"),
    BriefType.SOCIAL_POST: N_("Social post"), BriefType.WEB_PAGE: N_("Web page"),
    BriefType.CAMPAIGN: N_("Campaign"), BriefType.EVENT: N_("Event"),
    BriefType.OTHER: N_("Assignment"),
}

#: Optional sections per type; the rest (audience, message, tone, practicalities) is in every brief.
_EXTRA: dict[BriefType, frozenset[str]] = {
    BriefType.NEWSLETTER: frozenset({"about", "positioning"}),
    BriefType.VACANCY: frozenset({"about", "employer", "hashtags"}),
    BriefType.SOCIAL_POST: frozenset({"hashtags", "imagery"}),
    BriefType.WEB_PAGE: frozenset({"about", "positioning", "competitors", "imagery"}),
    BriefType.CAMPAIGN: frozenset({"about", "positioning", "competitors", "hashtags",
                                   "imagery"}),
    BriefType.EVENT: frozenset({"about", "hashtags", "imagery"}),
    BriefType.OTHER: frozenset({"about", "positioning", "competitors"}),
}


#: What matters for each type of deliverable, filled in from the profile. An item whose profile
#: value is empty is left out.
_CHECKLIST: dict[BriefType, tuple[str, ...]] = {
    BriefType.NEWSLETTER: (
        N_("A short subject line that addresses the reader as {address}."),
        N_("One key message per issue; every other item supports it."),
        N_("Sender name {brand}, and an unsubscribe link (required by law)."),
        N_("Sentences of at most {words} words, reading level {level}."),
    ),
    BriefType.VACANCY: (
        N_("Open with why people like to work here (the EVP), not with the requirements."),
        N_("Write for the candidate persona: their motivations and frustrations."),
        N_("Gender-neutral wording and no age limits (equal treatment law)."),
        N_("Mention the salary range and the working hours."),
        N_("Fix the weakest step of the candidate journey: {weakest}"),
    ),
    BriefType.SOCIAL_POST: (
        N_("One message per post; the first line must work on its own."),
        N_("Emoji: {emoji}; exclamation marks: {exclamation}."),
        N_("Use the brand hashtags: {hashtags}"),
        N_("Imagery: {imagery}"),
    ),
    BriefType.WEB_PAGE: (
        N_("Lead with the promise: {promise}"),
        N_("Support it with the proof points and end with the call to action."),
        N_("Headings that say what follows; sentences of at most {words} words."),
    ),
    BriefType.CAMPAIGN: (
        N_("Every channel carries the same key message."),
        N_("Show how we differ: {difference}"),
        N_("Imagery: {imagery}"),
        N_("Use the brand hashtags: {hashtags}"),
    ),
    BriefType.EVENT: (
        N_("Date, time, place and how to sign up in the first lines."),
        N_("Use the brand hashtags: {hashtags}"),
        N_("Imagery: {imagery}"),
    ),
    BriefType.OTHER: (),
}


@dataclass(frozen=True, slots=True)
class BriefRequest:
    """What the owner says about this one assignment; everything else comes from the profile.

    ``key_message`` is a 0-based index into the profile's key messages (``None``: the first).
    ``persona`` is a persona's name, or the part before its comma ("Sanne"); ``None`` picks
    the first candidate persona for a vacancy and the first customer persona otherwise.
    """

    type: BriefType = BriefType.OTHER
    title: str = ""
    persona: str | None = None
    key_message: int | None = None
    deadline: date | None = None
    first_draft: date | None = None
    background: str = ""
    why_now: str = ""
    objective: str = ""
    success_measure: str = ""
    call_to_action: str = ""
    deliverables: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    mandatories: tuple[str, ...] = ()
    budget: str = ""
    revision_rounds: int | None = None
    sign_off: str = ""
    contact: str = ""
    agency: str = ""

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "type", BriefType(self.type))
        except ValueError:
            raise ExportError(_("{type} is not a type of assignment; use one of {types}").format(
                type=self.type, types=", ".join(t.value for t in BriefType))) from None
        if self.revision_rounds is not None and self.revision_rounds < 0:
            raise ExportError(_("The number of revision rounds cannot be negative"))
        if self.deadline and self.first_draft and self.first_draft > self.deadline:
            raise ExportError(_("The first draft is due after the deadline"))


def _persona_name_matches(persona: Persona, wanted: str) -> bool:
    wanted = wanted.strip().casefold()
    name = persona.name.casefold()
    return name == wanted or name.split(",")[0].strip() == wanted


def find_persona(brand: Brand, request: BriefRequest) -> Persona | None:
    """The persona the brief is for; an unknown name is an error naming the ones there are."""
    candidates = brand.employer.personas
    customers = brand.personas
    if request.persona is None:
        pool = candidates if request.type is BriefType.VACANCY else customers
        return (pool or candidates or customers or (None,))[0]
    for persona in (*customers, *candidates):
        if _persona_name_matches(persona, request.persona):
            return persona
    known = ", ".join(f'"{p.name}"' for p in (*customers, *candidates))
    raise ExportError(_('There is no persona called "{name}" in the profile{known}').format(
        name=request.persona, known=_("; it has: {names}").format(names=known) if known
        else _(", which has no personas yet")))


def find_key_message(brand: Brand, request: BriefRequest) -> KeyMessage | None:
    messages = brand.vocabulary.key_messages
    if request.key_message is None:
        return messages[0] if messages else None
    if not 0 <= request.key_message < len(messages):
        raise ExportError(_("Key message {n} does not exist: the profile has {count} key "
                            "message(s)").format(n=request.key_message + 1, count=len(messages)))
    return messages[request.key_message]


def address_form(brand: Brand) -> str:
    """How the brand addresses readers in its first language (je, jij, u or you)."""
    forms = brand.character.address
    for code in brand.languages:
        if code in forms:
            return forms[code]
    return next(iter(forms.values()), "")


def checklist(brand: Brand, kind: BriefType, t: Translate) -> tuple[str, ...]:
    """The type's checklist with the profile's values filled in."""
    character = brand.character
    journey = sorted((s for s in brand.employer.candidate_journey if s.improvement),
                     key=lambda s: s.experience)
    values = {
        "address": address_form(brand),
        "brand": brand.name, "words": str(character.max_sentence_words),
        "level": character.reading_level, "emoji": t(POLICY_WORDS[character.emoji]),
        "exclamation": t(POLICY_WORDS[character.exclamation_marks]),
        "hashtags": " ".join(brand.employer.advocacy.hashtags),
        "imagery": brand.visual.imagery, "promise": brand.positioning.promise,
        "difference": brand.positioning.difference,
        "weakest": f"{journey[0].stage}: {journey[0].improvement}" if journey else "",
    }
    items: list[str] = []
    for template in _CHECKLIST[kind]:
        text = t(template)
        needed = re.findall(r"{(\w+)}", text)
        if all(values.get(name) for name in needed):
            items.append(text.format(**values))
    return tuple(items)


def _sections(snapshot: ProfileSnapshot, request: BriefRequest, persona: Persona | None,
              t: Translate, lang: str) -> tuple[Section, ...]:
    brand = snapshot.brand
    extra = _EXTRA[request.type]
    message = find_key_message(brand, request)
    employer = brand.employer
    vacancy = request.type is BriefType.VACANCY
    goal = hiring_goal_text(employer, t, lang) if vacancy else ""
    proof = brand.positioning.proof_points
    hashtags = employer.advocacy.hashtags if "hashtags" in extra else ()
    rounds = "" if request.revision_rounds is None else str(request.revision_rounds)
    ident = brand.identity

    return present(
        section(t("Background and why now"),
                Para(request.background),
                sub(t("Why now"), Para(request.why_now))),
        section(t("About the brand"),
                Fields(((t("Why we exist"), ident.why), (t("Mission"), ident.mission),
                        (t("Values"), ", ".join(v.name for v in ident.values)))),
                Para(ident.story)) if "about" in extra else None,
        section(t("Objective"),
                Para(request.objective),
                Fields(((t("Hiring goal"), goal),
                        (t("How we measure success"), request.success_measure)))),
        section(t("Audience"),
                Para(brand.positioning.audience) if not vacancy else None,
                persona_blocks(persona, t) if persona else None),
        section(t("Key message"),
                Callout(message.text) if message else None,
                sub(t("Proof points"), Bullets(proof)),
                sub(t("Why work here (EVP)"), evp_grid(employer, t)) if vacancy else None),
        section(t("Call to action"), Para(request.call_to_action)),
        section(t("Checklist for this deliverable"),
                Bullets(checklist(brand, request.type, t))),
        section(t("Tone of voice"),
                traits(brand.character, t),
                voice_rules(brand.character, t),
                sub(t("Words to use"), words_to_use(brand, t)),
                sub(t("Words to avoid"), words_to_avoid(brand, t))),
        section(t("Employer brand"),
                Fields(((t("Culture"), employer.culture),)),
                sub(t("Labour-market competitors"), labour_competitors(employer, t)),
                sub(t("Candidate journey"), journey_grid(employer, t))) if vacancy else None,
        section(t("Positioning"),
                positioning_blocks(brand, t, competitors="competitors" in extra))
        if "positioning" in extra or "competitors" in extra else None,
        section(t("Mandatories"),
                visual_blocks(snapshot, t, pictures=False, imagery="imagery" in extra),
                sub(t("Hashtags"), Para(" ".join(hashtags))),
                sub(t("Contact details"), Para(request.contact)),
                sub(t("Also required"), Bullets(request.mandatories))),
        section(t("Deliverables and channels"),
                Bullets(request.deliverables),
                Fields(((t("Channels"), ", ".join(request.channels)),))),
        section(t("Timeline and budget"),
                Fields(((t("First draft"), long_date(request.first_draft, lang)
                         if request.first_draft else ""),
                        (t("Deadline"), long_date(request.deadline, lang)
                         if request.deadline else ""),
                        (t("Revision rounds"), rounds),
                        (t("Budget"), request.budget)))),
        section(t("Sign-off and contact"),
                Fields(((t("Signs off"), request.sign_off), (t("Contact"), request.contact),
                        (t("Agency"), request.agency)))),
    )


def brief_spec(snapshot: ProfileSnapshot, request: BriefRequest, lang: str) -> DocumentSpec:
    """The brief's content; raises :class:`ExportError` for an unknown persona or message."""
    t = labels(lang)
    kind = t(TYPE_LABELS[request.type])
    title = request.title.strip() or kind
    persona = find_persona(snapshot.brand, request)
    facts = (
        (t("Type"), kind),
        (t("For"), persona.name if persona else ""),
        (t("Deadline"), long_date(request.deadline, lang) if request.deadline else ""),
        (t("Signs off"), request.sign_off),
    )
    return DocumentSpec(kind=t("Brief"), title=title, subtitle=f"{snapshot.brand.name} · {kind}",
                        sections=_sections(snapshot, request, persona, t, lang),
                        cover_facts=facts,
                        keywords=(request.type.value,))


def build_brief(snapshot: ProfileSnapshot, request: BriefRequest, out: Output, *,
                lang: str | None = None, progress: Progress | None = None,
                strict: bool = True, today: date | None = None) -> ExportResult:
    """Write the brief as a PDF to ``out`` (a path or a binary stream) in the brand's look.

    ``lang`` is ``nl`` or ``en`` (default: the brand's first language). With ``strict=False``
    a damaged font or logo is replaced or left out and reported in the result's warnings.
    """
    lang = document_language(snapshot, lang)
    spec = brief_spec(snapshot, request, lang)
    from brandregie.export.render import render  # ReportLab: not needed to fill in a request

    return render(spec, snapshot, out, lang=lang, progress=progress, strict=strict, today=today)
