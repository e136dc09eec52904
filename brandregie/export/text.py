"""Language and wording helpers shared by every export: labels, dates, safe names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from babel.dates import format_date

from brandregie.export.errors import ExportError
from brandregie.i18n import N_, SUPPORTED, _, translator
from brandregie.profile.snapshot import ProfileSnapshot

Translate = Callable[[str], str]

#: How often the brand allows exclamation marks and emoji, in words.
POLICY_WORDS = {"never": N_("never"), "sparingly": N_("sparingly"), "free": N_("freely")}
#: How much a finding matters, in words (the feedback report, the notes in the agency's file).
SEVERITIES = {"error": N_("must change"), "warning": N_("should change"),
              "info": N_("worth a look")}

_BABEL_LOCALE = {"nl": "nl_NL", "en": "en_GB"}


def document_language(snapshot: ProfileSnapshot, lang: str | None) -> str:
    """The language asked for, else the brand's first language BrandRegie speaks, else English."""
    if lang is not None:
        if lang not in SUPPORTED:
            raise ExportError(_("Documents can be made in {languages}, not in {lang}").format(
                languages=", ".join(SUPPORTED), lang=lang))
        return lang
    return next((code for code in snapshot.brand.languages if code in SUPPORTED), "en")


def labels(lang: str) -> Translate:
    return translator(lang)


def long_date(day: date, lang: str) -> str:
    """``30 juni 2027`` / ``30 June 2027``."""
    return str(format_date(day, format="long", locale=_BABEL_LOCALE.get(lang, "en_GB")))


def slug(text: str) -> str:
    """An ASCII identifier from a name: ``Oriëntatie`` -> ``orientatie``, spaces to hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "item"


def camel(text: str) -> str:
    """``Bakkerij Korenaar`` -> ``BakkerijKorenaar`` (a Vale style name)."""
    return "".join(part.capitalize() for part in slug(text).split("-")) or "Brand"


def revision_text(snapshot: ProfileSnapshot, t: Translate) -> str:
    if snapshot.revision is None:
        return t("profile from a pack file (not stored)")
    return t("profile revision {n}").format(n=snapshot.revision)
