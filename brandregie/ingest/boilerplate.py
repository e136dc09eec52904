"""Page clutter that is not the draft's prose: navigation, share and cookie lines, page labels.

A page saved as text or HTML carries lines such as "Deel dit artikel", "Terug naar boven" or
"Skip to main content". Read as prose they lengthen sentences, become excerpts and even
findings ("content" is jargon), so the readers drop them: whole lines that match the kept list
below (Dutch and English), and in HTML the navigation, footers, hidden parts and cookie or share
bars (:func:`is_clutter_element`).
"""

from __future__ import annotations

import re

#: Whole lines (case-insensitive, surrounding punctuation ignored) that are page furniture.
_LINES = (
    # Dutch
    r"terug naar (?:boven|overzicht|de? (?:home|startpagina|vorige pagina|blog|nieuws))",
    r"naar boven", r"ga naar (?:de )?(?:inhoud|hoofdinhoud)", r"direct naar (?:de )?inhoud",
    r"deel (?:dit|deze) (?:artikel|bericht|pagina|vacature)", r"delen", r"deel",
    r"print (?:dit|deze) (?:artikel|pagina)", r"(?:print|afdrukken)",
    r"lees (?:verder|meer)(?: »| ›| >)?", r"meer lezen", r"bekijk (?:alle|meer)",
    r"inhoud van dit artikel", r"inhoudsopgave", r"leestijd:? ?\d+ ?min(?:uten|\.)?",
    r"\d+ (?:opmerkingen|reacties|reactie)", r"(?:plaats een )?reactie(?:s)?", r"reageren",
    r"beantwoorden", r"verwijderen", r"gerelateerde artikelen", r"lees ook",
    r"volgende(?: artikel)?", r"vorige(?: artikel)?", r"menu", r"zoeken", r"sluiten",
    r"cookies? (?:accepteren|instellingen|weigeren)", r"alle cookies accepteren",
    r"wachten op privacy ?instellingen", r"bezig met laden", r"copied!?",
    r"bekijk nu de volledige tekst", r"schrijf je in voor (?:onze|de) nieuwsbrief",
    r"nieuws (?:&|en) updates",
    # English
    r"skip to (?:main )?content", r"back to (?:top|blog|overview|home|news)",
    r"share(?: this(?: article| post| page)?)?", r"print(?: this page)?", r"read more",
    r"continue reading", r"related (?:posts|articles)", r"leave a (?:comment|reply)",
    r"\d+ comments?", r"comments?", r"reply", r"tweet", r"pin it", r"next(?: post)?",
    r"previous(?: post)?", r"accept(?: all)? cookies", r"cookie settings", r"no results found",
    # Share-button labels on a line of their own
    r"(?:facebook|twitter|linkedin|whatsapp|instagram|pinterest)",
)
_LINE = re.compile(r"[\s•·|»›>«‹<\-–—:*#]*(?:" + "|".join(_LINES) + r")[\s•·|»›>«‹<\-–—:.!*#]*",
                   re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` on its own is page furniture, not writing."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 60 and bool(_LINE.fullmatch(stripped))


def drop_boilerplate(text: str) -> str:
    """``text`` without its boilerplate lines (line breaks of the rest kept)."""
    if "\n" not in text:
        return "" if is_boilerplate(text) else text
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


_CLUTTER_TAGS = frozenset({"nav", "footer"})
_CLUTTER_ROLES = frozenset({"navigation", "contentinfo", "search"})
_CLUTTER_NAMES = re.compile(r"(?:^|[\s_-])(?:cookie|consent|share|sharing|social|breadcrumbs?|"
                            r"skip-?link|sr-only|visually-hidden)(?:$|[\s_-])", re.IGNORECASE)


def is_clutter_element(tag: str, attributes: dict[str, str]) -> bool:
    """Whether an HTML element holds page furniture: navigation, footer, hidden or screen-reader
    text, a cookie or share bar."""
    if tag in _CLUTTER_TAGS:
        return True
    if attributes.get("aria-hidden", "").lower() == "true" or "hidden" in attributes:
        return True
    if attributes.get("role", "").lower() in _CLUTTER_ROLES:
        return True
    names = " ".join((attributes.get("class", ""), attributes.get("id", "")))
    return bool(names.strip()) and bool(_CLUTTER_NAMES.search(names))
