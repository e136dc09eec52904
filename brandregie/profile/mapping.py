"""Between the ORM rows of a brand and the immutable :class:`~brandregie.profile.schema.Brand`.

The one place that knows which column holds which pack field. Files (fonts, logos) are passed as
``{pack path: sha256}``; the caller stores the bytes in ``assets``.
"""

from __future__ import annotations

from collections.abc import Mapping

from brandregie import models as m
from brandregie.profile import schema as s


def _texts(values: list[str] | None) -> tuple[str, ...]:
    return tuple(values or ())


def _persona(row: m.Persona) -> s.Persona:
    return s.Persona(name=row.name, role=row.role, motivations=_texts(row.motivations),
                     frustrations=_texts(row.frustrations), channels=_texts(row.channels))


def to_schema(row: m.Brand) -> s.Brand:
    """The profile held by ``row`` and its child rows."""
    hiring = None
    if row.hiring_count is not None:
        hiring = s.HiringGoal(count=row.hiring_count, role=row.hiring_role, by=row.hiring_by)
    return s.Brand(
        name=row.name,
        languages=_texts(row.languages),
        identity=s.Identity(
            why=row.why, mission=row.mission, vision=row.vision, story=row.story,
            values=tuple(s.Value(name=v.name, meaning=v.meaning) for v in row.values)),
        character=s.Character(
            traits=tuple(s.Trait(is_=t.is_, is_not=t.is_not, explanation=t.explanation)
                         for t in row.traits),
            tone=s.Tone(formal=row.tone_formal, serious=row.tone_serious,
                        respectful=row.tone_respectful, enthusiastic=row.tone_enthusiastic),
            address=dict(row.address),
            max_sentence_words=row.max_sentence_words,
            reading_level=row.reading_level,
            exclamation_marks=row.exclamation_marks,
            emoji=row.emoji),
        positioning=s.Positioning(
            audience=row.audience, category=row.category, promise=row.promise,
            difference=row.difference, proof_points=_texts(row.proof_points),
            competitors=tuple(s.Competitor(name=c.name, positioning=c.positioning,
                                           how_we_differ=c.how_we_differ)
                              for c in row.competitors)),
        vocabulary=s.Vocabulary(
            brand_names=tuple(s.BrandName(name=b.name, not_=_texts(b.not_))
                              for b in row.brand_names),
            preferred=tuple(s.PreferredTerm(use=p.use, not_=_texts(p.not_), why=p.why)
                            for p in row.preferred_terms),
            banned=tuple(s.BannedTerm(term=b.term, why=b.why, suggest=b.suggest)
                         for b in row.banned_terms),
            key_messages=tuple(s.KeyMessage(text=k.text, keywords=_texts(k.keywords))
                               for k in row.key_messages),
            cliches=s.ClichePolicy(builtin=row.cliches_builtin, extra=_texts(row.cliches_extra),
                                   allowed=_texts(row.cliches_allowed))),
        visual=s.Visual(
            colours=tuple(s.Colour(name=c.name, hex=c.hex, role=c.role) for c in row.colours),
            colour_tolerance=row.colour_tolerance,
            fonts=tuple(s.Font(family=f.family, role=f.role, file=f.file_name)
                        for f in row.fonts),
            logos=tuple(s.Logo(name=lg.name, file=lg.file_name, use=lg.use)
                        for lg in row.logos),
            imagery=row.imagery),
        employer=s.Employer(
            evp=tuple(s.EvpPillar(pillar=e.pillar, proof=e.proof) for e in row.evp_pillars),
            culture=row.culture,
            hiring_goal=hiring,
            personas=tuple(_persona(p) for p in row.personas
                           if p.kind == m.PersonaKind.CANDIDATE),
            labour_competitors=tuple(
                s.LabourCompetitor(name=c.name, offer=c.offer, how_we_differ=c.how_we_differ)
                for c in row.labour_competitors),
            candidate_journey=tuple(
                s.JourneyStage(stage=j.stage, touchpoint=j.touchpoint, experience=j.experience,
                               improvement=j.improvement) for j in row.journey_stages),
            advocacy=s.Advocacy(guidelines=row.advocacy_guidelines,
                                hashtags=_texts(row.advocacy_hashtags),
                                dos=_texts(row.advocacy_dos), donts=_texts(row.advocacy_donts))),
        personas=tuple(_persona(p) for p in row.personas if p.kind == m.PersonaKind.CUSTOMER),
        voice=s.Voice(texts=tuple(s.VoiceText(title=v.title, text=v.text, source=v.source)
                                  for v in row.voice_texts)),
    )


def _persona_row(p: s.Persona, kind: m.PersonaKind, position: int) -> m.Persona:
    return m.Persona(kind=kind, name=p.name, role=p.role, motivations=list(p.motivations),
                     frustrations=list(p.frustrations), channels=list(p.channels),
                     position=position)


def apply_schema(row: m.Brand, brand: s.Brand, file_hashes: Mapping[str, str]) -> None:
    """Make ``row`` and its children hold exactly ``brand`` (child lists are replaced)."""
    row.name = brand.name
    row.languages = list(brand.languages)
    ident = brand.identity
    row.why, row.mission, row.vision, row.story = (ident.why, ident.mission, ident.vision,
                                                   ident.story)
    row.values = [m.BrandValue(name=v.name, meaning=v.meaning, position=i)
                  for i, v in enumerate(ident.values)]

    ch = brand.character
    row.traits = [m.Trait(is_=t.is_, is_not=t.is_not, explanation=t.explanation, position=i)
                  for i, t in enumerate(ch.traits)]
    row.tone_formal, row.tone_serious = ch.tone.formal, ch.tone.serious
    row.tone_respectful, row.tone_enthusiastic = ch.tone.respectful, ch.tone.enthusiastic
    row.address = dict(ch.address)
    row.max_sentence_words = ch.max_sentence_words
    row.reading_level, row.exclamation_marks, row.emoji = (ch.reading_level,
                                                           ch.exclamation_marks, ch.emoji)

    pos = brand.positioning
    row.audience, row.category, row.promise, row.difference = (pos.audience, pos.category,
                                                               pos.promise, pos.difference)
    row.proof_points = list(pos.proof_points)
    row.competitors = [m.Competitor(name=c.name, positioning=c.positioning,
                                    how_we_differ=c.how_we_differ, position=i)
                       for i, c in enumerate(pos.competitors)]

    voc = brand.vocabulary
    row.brand_names = [m.BrandName(name=b.name, not_=list(b.not_), position=i)
                       for i, b in enumerate(voc.brand_names)]
    row.preferred_terms = [m.PreferredTerm(use=p.use, not_=list(p.not_), why=p.why, position=i)
                           for i, p in enumerate(voc.preferred)]
    row.banned_terms = [m.BannedTerm(term=b.term, why=b.why, suggest=b.suggest, position=i)
                        for i, b in enumerate(voc.banned)]
    row.key_messages = [m.KeyMessage(text=k.text, keywords=list(k.keywords), position=i)
                        for i, k in enumerate(voc.key_messages)]
    row.cliches_builtin = voc.cliches.builtin
    row.cliches_extra, row.cliches_allowed = list(voc.cliches.extra), list(voc.cliches.allowed)

    vis = brand.visual
    row.colours = [m.Colour(name=c.name, hex=c.hex, role=c.role, position=i)
                   for i, c in enumerate(vis.colours)]
    row.colour_tolerance, row.imagery = vis.colour_tolerance, vis.imagery
    row.fonts = [m.Font(family=f.family, role=f.role, file_name=f.file,
                        asset_sha256=file_hashes.get(f.file or ""), position=i)
                 for i, f in enumerate(vis.fonts)]
    row.logos = [m.Logo(name=lg.name, use=lg.use, file_name=lg.file,
                        asset_sha256=file_hashes.get(lg.file or ""), position=i)
                 for i, lg in enumerate(vis.logos)]

    emp = brand.employer
    row.evp_pillars = [m.EvpPillar(pillar=e.pillar, proof=e.proof, position=i)
                       for i, e in enumerate(emp.evp)]
    row.culture = emp.culture
    goal = emp.hiring_goal
    row.hiring_count = goal.count if goal else None
    row.hiring_role = goal.role if goal else ""
    row.hiring_by = goal.by if goal else None
    row.labour_competitors = [m.LabourCompetitor(name=c.name, offer=c.offer,
                                                 how_we_differ=c.how_we_differ, position=i)
                              for i, c in enumerate(emp.labour_competitors)]
    row.journey_stages = [m.JourneyStage(stage=j.stage, touchpoint=j.touchpoint,
                                         experience=j.experience, improvement=j.improvement,
                                         position=i)
                          for i, j in enumerate(emp.candidate_journey)]
    adv = emp.advocacy
    row.advocacy_guidelines = adv.guidelines
    row.advocacy_hashtags, row.advocacy_dos = list(adv.hashtags), list(adv.dos)
    row.advocacy_donts = list(adv.donts)
    row.personas = (
        [_persona_row(p, m.PersonaKind.CUSTOMER, i) for i, p in enumerate(brand.personas)]
        + [_persona_row(p, m.PersonaKind.CANDIDATE, i) for i, p in enumerate(emp.personas)])
    row.voice_texts = [m.VoiceText(title=v.title, text=v.text, source=v.source, position=i)
                       for i, v in enumerate(brand.voice.texts)]
