"""Parts of the profile written out as content blocks, shared by the brief, guide, kit and plan.

Each function returns blocks (possibly none); the document that calls it decides the heading, so
the guide and the brief say the same things about the tone of voice in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable

from brandregie.export.content import (
    Block,
    Bullets,
    Callout,
    Fields,
    Grid,
    Para,
    Picture,
    Specimen,
    Swatches,
    blocks,
    sub,
)
from brandregie.export.text import POLICY_WORDS, Translate, long_date
from brandregie.i18n import N_
from brandregie.profile.schema import Brand, Character, Employer, Persona
from brandregie.profile.snapshot import ProfileSnapshot

_TONE_WORDS = {
    "formal": (N_("very casual"), N_("casual"), N_("neither casual nor formal"), N_("formal"),
               N_("very formal")),
    "serious": (N_("very funny"), N_("funny"), N_("neither funny nor serious"), N_("serious"),
                N_("very serious")),
    "respectful": (N_("very irreverent"), N_("irreverent"),
                   N_("neither irreverent nor respectful"), N_("respectful"),
                   N_("very respectful")),
    "enthusiastic": (N_("very matter-of-fact"), N_("matter-of-fact"),
                     N_("neither matter-of-fact nor enthusiastic"), N_("enthusiastic"),
                     N_("very enthusiastic")),
}
_ADDRESS = {"je": N_("je (informal)"), "jij": N_("jij (informal)"), "u": N_("u (formal)"),
            "you": N_("you")}
_LEVEL = {"A2": N_("A2 (very simple)"), "B1": N_("B1 (plain language, most readers)"),
          "B2": N_("B2 (somewhat harder)"), "C1": N_("C1 (specialist readers)")}

#: Example sentences for the address forms, per document language, to show instead of tell.
_ADDRESS_EXAMPLE = {
    "nl": {"je": "Heb je een vraag? Bel ons gerust.", "jij": "Heb jij een vraag? Bel ons gerust.",
           "u": "Heeft u een vraag? Belt u ons gerust."},
    "en": {"je": "Got a question? Just give us a call.", "jij": "Got a question? Just give us a "
           "call.", "u": "Should you have a question, please do call us.",
           "you": "Got a question? Just give us a call."},
}


def _join(items: Iterable[str]) -> str:
    return ", ".join(i for i in items if i)


def tone_words(character: Character, t: Translate) -> str:
    tone = character.tone
    parts = [f"{t(_TONE_WORDS[dim][getattr(tone, dim) - 1])} ({getattr(tone, dim)}/5)"
             for dim in _TONE_WORDS]
    return "; ".join(parts)


def address_text(character: Character, t: Translate) -> str:
    return _join(f"{code}: {t(_ADDRESS.get(form, form))}"
                 for code, form in character.address.items())


def traits(character: Character, t: Translate) -> Grid | None:
    if not character.traits:
        return None
    return Grid((t("We are"), t("We are not"), t("What that means")),
                tuple((tr.is_, tr.is_not, tr.explanation) for tr in character.traits),
                (0.25, 0.25, 0.5))


def voice_rules(character: Character, t: Translate) -> Fields:
    return Fields((
        (t("Tone"), tone_words(character, t)),
        (t("Address the reader as"), address_text(character, t)),
        (t("Reading level"), t(_LEVEL[character.reading_level])),
        (t("Longest sentence"), t("{n} words").format(n=character.max_sentence_words)),
        (t("Exclamation marks"), t(POLICY_WORDS[character.exclamation_marks])),
        (t("Emoji"), t(POLICY_WORDS[character.emoji])),
    ))


def words_to_use(brand: Brand, t: Translate) -> Grid | None:
    vocab = brand.vocabulary
    rows = [(p.use, _join(p.not_), p.why) for p in vocab.preferred]
    rows += [(b.name, _join(b.not_), t("Brand name: spelled exactly like this"))
             for b in vocab.brand_names]
    if not rows:
        return None
    return Grid((t("Write"), t("Not"), t("Why")), tuple(rows), (0.25, 0.35, 0.4))


def words_to_avoid(brand: Brand, t: Translate) -> Grid | None:
    vocab = brand.vocabulary
    rows = [(b.term, b.suggest or "", b.why) for b in vocab.banned]
    cliches = [c for c in vocab.cliches.extra if c not in vocab.cliches.allowed]
    rows += [(c, "", t("Cliché: say what you mean instead")) for c in cliches]
    if not rows:
        return None
    return Grid((t("Never write"), t("Instead"), t("Why")), tuple(rows), (0.3, 0.3, 0.4))


def do_and_dont(brand: Brand, t: Translate, lang: str) -> Grid | None:
    """Examples, not rules: each row shows one rule of the profile at work."""
    rows: list[tuple[str, str]] = []
    character = brand.character
    form = character.address.get(lang) or character.address.get("nl")
    examples = _ADDRESS_EXAMPLE.get(lang, _ADDRESS_EXAMPLE["en"])
    if form in ("je", "jij") and lang == "nl":
        rows.append((examples[form], examples["u"]))
    elif form == "u" and lang == "nl":
        rows.append((examples["u"], examples["je"]))
    for term in brand.vocabulary.banned:
        if term.suggest:
            rows.append((term.suggest, term.term))
    for pref in brand.vocabulary.preferred:
        if pref.not_:
            rows.append((pref.use, pref.not_[0]))
    for name in brand.vocabulary.brand_names:
        if name.not_:
            rows.append((name.name, name.not_[0]))
    for trait in character.traits:
        if trait.is_not:
            rows.append((t("{trait}, as in: {explanation}").format(
                trait=trait.is_, explanation=trait.explanation) if trait.explanation
                else trait.is_, trait.is_not))
    if character.exclamation_marks == "never":
        rows.append((t("Fresh every day."), t("Fresh every day!!")))
    if character.emoji == "never":
        rows.append((t("No emoji in anything we publish."), "☺ ☀ ✔"))
    if not rows:
        return None
    return Grid((t("Do"), t("Don't")), tuple(rows), (0.5, 0.5))


def persona_blocks(persona: Persona, t: Translate, *, with_name: bool = True) -> \
        tuple[Block, ...]:
    return blocks(
        Fields(((t("Who"), persona.name if with_name else ""), (t("Role"), persona.role))),
        sub(t("Motivations"), Bullets(persona.motivations)),
        sub(t("Frustrations"), Bullets(persona.frustrations)),
        sub(t("Channels"), Para(_join(persona.channels))),
    )


def persona_table(personas: Iterable[Persona], t: Translate) -> Grid | None:
    rows = tuple((p.name + (f"\n{p.role}" if p.role else ""), "\n".join(p.motivations),
                  "\n".join(p.frustrations), _join(p.channels)) for p in personas)
    if not rows:
        return None
    return Grid((t("Persona"), t("Motivations"), t("Frustrations"), t("Channels")), rows,
                (0.25, 0.27, 0.27, 0.21))


def positioning_blocks(brand: Brand, t: Translate, *, competitors: bool = True) -> \
        tuple[Block, ...]:
    pos = brand.positioning
    return blocks(
        Fields(((t("Audience"), pos.audience), (t("Category"), pos.category),
                (t("Promise"), pos.promise), (t("How we differ"), pos.difference))),
        sub(t("Proof points"), Bullets(pos.proof_points)),
        Grid((t("Competitor"), t("Their position"), t("How we differ")),
             tuple((c.name, c.positioning, c.how_we_differ) for c in pos.competitors),
             (0.25, 0.35, 0.4)) if competitors else None,
    )


def identity_blocks(brand: Brand, t: Translate) -> tuple[Block, ...]:
    ident = brand.identity
    return blocks(
        Callout(ident.why, t("Why we exist")) if ident.why else None,
        Fields(((t("Mission"), ident.mission), (t("Vision"), ident.vision))),
        sub(t("Values"), Grid((t("Value"), t("What it means")),
                              tuple((v.name, v.meaning) for v in ident.values), (0.3, 0.7))),
        sub(t("Our story"), Para(ident.story)),
    )


def hiring_goal_text(employer: Employer, t: Translate, lang: str) -> str:
    goal = employer.hiring_goal
    if goal is None:
        return ""
    role = goal.role or t("new colleagues")
    if goal.by is not None:
        return t("{count} × {role} by {date}").format(count=goal.count, role=role,
                                                      date=long_date(goal.by, lang))
    return t("{count} × {role}").format(count=goal.count, role=role)


def evp_grid(employer: Employer, t: Translate) -> Grid | None:
    if not employer.evp:
        return None
    return Grid((t("Why work here"), t("Proof")),
                tuple((p.pillar, p.proof) for p in employer.evp), (0.3, 0.7))


def labour_competitors(employer: Employer, t: Translate) -> Grid | None:
    if not employer.labour_competitors:
        return None
    return Grid((t("Employer"), t("What they offer"), t("How we differ")),
                tuple((c.name, c.offer, c.how_we_differ) for c in employer.labour_competitors),
                (0.28, 0.32, 0.4))


def score_dots(score: int) -> str:
    return "●" * score + "○" * (5 - score)


def journey_grid(employer: Employer, t: Translate) -> Grid | None:
    if not employer.candidate_journey:
        return None
    rows = tuple((s.stage, s.touchpoint, f"{score_dots(s.experience)} {s.experience}/5",
                  s.improvement or "") for s in employer.candidate_journey)
    return Grid((t("Stage"), t("Touchpoint"), t("Experience"), t("Improvement")), rows,
                (0.2, 0.27, 0.18, 0.35))


def key_messages(brand: Brand, t: Translate) -> Bullets:
    return Bullets(tuple(m.text for m in brand.vocabulary.key_messages))


def visual_blocks(snapshot: ProfileSnapshot, t: Translate, *, pictures: bool,
                  imagery: bool = True) -> tuple[Block, ...]:
    """Colours, fonts, logos and imagery; ``pictures`` shows logos and font samples themselves."""
    visual = snapshot.brand.visual
    logo_blocks: list[Block | None] = []
    for logo in visual.logos:
        data = snapshot.file(logo.file)
        caption = ": ".join(x for x in (logo.name, logo.use) if x)
        if pictures and logo.file and data:
            logo_blocks.append(Picture(logo.name, logo.file, data, caption))
        else:
            logo_blocks.append(Para(caption))
    return blocks(
        sub(t("Colours"), Swatches(visual.colours)),
        sub(t("Fonts"), (Specimen(f, f.role or t("font")) for f in visual.fonts))
        if pictures else
        sub(t("Fonts"), Fields(tuple((f.role or t("font"), f.family) for f in visual.fonts))),
        sub(t("Logos"), logo_blocks),
        sub(t("Imagery"), Para(visual.imagery)) if imagery else None,
    )
