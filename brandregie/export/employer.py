"""The employer-branding plan for HR and marketing together.

It puts the three experiments of the shared approach on paper: the labour-market competitor
analysis, the candidate personas and the application process through a candidate's eyes
(the candidate journey, weakest stage first), under one shared hiring goal.
"""

from __future__ import annotations

from datetime import date

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
from brandregie.export.render import ExportResult, Output, Progress, render
from brandregie.export.sections import (
    evp_grid,
    hiring_goal_text,
    journey_grid,
    labour_competitors,
    persona_blocks,
)
from brandregie.export.text import Translate, document_language, labels
from brandregie.profile.schema import Employer
from brandregie.profile.snapshot import ProfileSnapshot


def improvements(employer: Employer) -> tuple[str, ...]:
    """The journey's improvements, weakest experience first: where to start."""
    stages = sorted((s for s in employer.candidate_journey if s.improvement),
                    key=lambda s: s.experience)
    return tuple(f"{s.stage} ({s.experience}/5): {s.improvement}" for s in stages)


def journey_average(employer: Employer) -> float | None:
    stages = employer.candidate_journey
    return sum(s.experience for s in stages) / len(stages) if stages else None


def _sections(snapshot: ProfileSnapshot, t: Translate, lang: str) -> tuple[Section, ...]:
    employer = snapshot.brand.employer
    average = journey_average(employer)
    return present(
        section(t("Shared hiring goal"),
                Callout(hiring_goal_text(employer, t, lang), t("HR and marketing work towards")),
                Para(t("One goal for both teams: HR knows the candidates and the process, "
                       "marketing knows the channels and the story."))),
        section(t("Why work here"),
                Fields(((t("Culture"), employer.culture),)),
                evp_grid(employer, t)),
        section(t("Labour-market competitor analysis"),
                Para(t("The employers our candidates also look at, what they offer and how we "
                       "differ.")),
                labour_competitors(employer, t)),
        section(t("Candidate personas"),
                (sub(p.name, persona_blocks(p, t, with_name=False)) for p in employer.personas)),
        section(t("Candidate journey"),
                Fields(((t("Average experience"),
                         t("{score:.1f} out of 5").format(score=average)
                         if average is not None else ""),)),
                journey_grid(employer, t),
                sub(t("Improvements, weakest stage first"), Bullets(improvements(employer)))),
        section(t("Employees as ambassadors"),
                Para(employer.advocacy.guidelines),
                Fields(((t("Hashtags"), " ".join(employer.advocacy.hashtags)),))),
    )


def build_employer_plan(snapshot: ProfileSnapshot, out: Output, *, lang: str | None = None,
                        progress: Progress | None = None, strict: bool = True,
                        today: date | None = None) -> ExportResult:
    """Write the employer-branding plan for HR and marketing as a PDF in the brand's look."""
    lang = document_language(snapshot, lang)
    t = labels(lang)
    employer = snapshot.brand.employer
    facts = ((t("Hiring goal"), hiring_goal_text(employer, t, lang)),
             (t("Candidate personas"), ", ".join(p.name for p in employer.personas)))
    spec = DocumentSpec(kind=t("Employer-branding plan"), title=t("HR and marketing together"),
                        subtitle=snapshot.brand.name, sections=_sections(snapshot, t, lang),
                        cover_facts=facts)
    return render(spec, snapshot, out, lang=lang, progress=progress, strict=strict, today=today)
