"""The brand's vocabulary as a Vale style package, so the agency checks its copy before delivering.

Layout (Vale 3)::

    .vale.ini                      StylesPath = styles, BasedOnStyles = <Brand>
    styles/<Brand>/Banned.yml      existence      banned terms (Dutch: every inflection)
    styles/<Brand>/Preferred.yml   substitution   preferred terms for the words under ``not``
    styles/<Brand>/BrandNames.yml  substitution   misspelled brand and product names (case counts)
    styles/<Brand>/Cliches.yml     existence      the built-in cliché list and the brand's own
    styles/<Brand>/Address.yml     existence      the wrong Dutch address form (u / je)
    styles/config/vocabularies/<Brand>/accept.txt  brand names and preferred terms

Vale reads Go (RE2) regular expressions, so terms are escaped for RE2, not with ``re.escape``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import snowballstemmer
import yaml

from brandregie.checks.wordlists import load_list
from brandregie.export.errors import ExportError
from brandregie.export.text import camel, document_language, labels
from brandregie.i18n import _
from brandregie.profile.schema import Brand
from brandregie.profile.snapshot import ProfileSnapshot

_RE2_SPECIAL = re.compile(r"([\\.+*?()|\[\]{}^$])")
_WORD = re.compile(r"^\w+$")
_DOUBLED = re.compile(r"^(\w*?)(aa|ee|oo|uu)([^aeiouy])$", re.IGNORECASE)
_ADDRESS_TOKENS = {"je": (r"[Uu]", r"[Uu]w", r"[Uu]zelf"),
                   "u": (r"[Jj]e", r"[Jj]ij", r"[Jj]ou", r"[Jj]ouw", r"[Jj]ezelf")}


def re2_escape(term: str) -> str:
    return _RE2_SPECIAL.sub(r"\\\1", term)


def inflected(term: str, lang: str) -> str:
    """A pattern for ``term`` in any inflection: ``ontzorgen`` -> ``ontzorg\\w*`` (Dutch).

    The Snowball stem can change the word's end (``goedkoop`` -> ``goedkop``); the part the term
    and its stem share is the safe prefix. Short prefixes and phrases stay exact.
    """
    if term.endswith("*"):
        return re2_escape(term[:-1]) + r"\w*"
    if lang != "nl" or not _WORD.match(term):
        return re2_escape(term)
    stem = snowballstemmer.stemmer("dutch").stemWord(term.lower())
    prefix = ""
    for a, b in zip(term.lower(), stem, strict=False):
        if a != b:
            break
        prefix += a
    if len(prefix) < 4:
        return re2_escape(term)
    doubled = _DOUBLED.match(term)
    if doubled and len(prefix) >= len(term) - 1:
        # goedkoop -> goedkope: a long vowel is written single in an open syllable.
        head, vowels, tail = doubled.groups()
        return f"{re2_escape(head)}{vowels[0]}{vowels[1]}?{re2_escape(tail)}\\w*"
    return re2_escape(term[:len(prefix)]) + r"\w*"


def _rules(brand: Brand, lang: str) -> dict[str, dict[str, Any]]:
    t = labels(lang)
    vocab = brand.vocabulary
    text_lang = brand.languages[0] if brand.languages else lang
    rules: dict[str, dict[str, Any]] = {}
    banned = sorted({inflected(b.term, text_lang) for b in vocab.banned})
    if banned:
        rules["Banned"] = {
            "extends": "existence", "level": "error", "ignorecase": True,
            "message": t("'%s' is a word {brand} never uses.").format(brand=brand.name),
            "tokens": banned}
    swap = {re2_escape(wrong): p.use for p in vocab.preferred for wrong in p.not_}
    if swap:
        rules["Preferred"] = {"extends": "substitution", "level": "warning", "ignorecase": True,
                              "message": t("Write '%s' instead of '%s'."), "swap": swap}
    names = {re2_escape(wrong): n.name for n in vocab.brand_names for wrong in n.not_
             if wrong != n.name}
    if names:
        rules["BrandNames"] = {"extends": "substitution", "level": "error", "ignorecase": False,
                               "message": t("Spell the name '%s', not '%s'."), "swap": names}
    allowed = {a.lower() for a in vocab.cliches.allowed}
    cliches = [e.term for e in load_list("cliches", text_lang)] if vocab.cliches.builtin else []
    cliches += list(vocab.cliches.extra)
    tokens = sorted({inflected(c, "") for c in cliches if c.lower().rstrip("*") not in allowed})
    if tokens:
        rules["Cliches"] = {"extends": "existence", "level": "warning", "ignorecase": True,
                            "message": t("'%s' is a cliché: say what you mean."),
                            "tokens": tokens}
    form = brand.character.address.get("nl")
    if "nl" in brand.languages and form in ("je", "jij", "u"):
        key = "u" if form == "u" else "je"
        rules["Address"] = {"extends": "existence", "level": "warning", "ignorecase": False,
                            "message": t("'%s': {brand} addresses the reader as '{form}'.")
                            .format(brand=brand.name, form=form),
                            "tokens": list(_ADDRESS_TOKENS[key])}
    return rules


def write_vale_package(snapshot: ProfileSnapshot, folder: str | Path, *,
                       lang: str | None = None) -> Path:
    """Write ``.vale.ini`` and the brand's style into ``folder``; return the ``.vale.ini`` path.

    Messages are in ``lang`` (default: the brand's first language).
    """
    lang = document_language(snapshot, lang)
    brand = snapshot.brand
    style = camel(brand.name)
    root = Path(folder)
    styles = root / "styles"
    try:
        (styles / style).mkdir(parents=True, exist_ok=True)
        for old in (styles / style).glob("*.yml"):
            old.unlink()
        reasons = "".join(f"# {b.term}: {b.why}\n" for b in brand.vocabulary.banned if b.why)
        for name, rule in _rules(brand, lang).items():
            text = yaml.safe_dump(rule, allow_unicode=True, sort_keys=False, width=1000)
            if name == "Banned":
                text = reasons + text
            (styles / style / f"{name}.yml").write_text(text, encoding="utf-8")
        vocab = styles / "config" / "vocabularies" / style
        vocab.mkdir(parents=True, exist_ok=True)
        accepted = [n.name for n in brand.vocabulary.brand_names]
        accepted += [p.use for p in brand.vocabulary.preferred]
        (vocab / "accept.txt").write_text(
            "".join(f"{re2_escape(term)}\n" for term in dict.fromkeys(accepted)),
            encoding="utf-8")
        revision = "" if snapshot.revision is None else f" (revision {snapshot.revision})"
        ini = root / ".vale.ini"
        ini.write_text(
            f"# Vale style for {brand.name}{revision}, made by BrandRegie from the brand "
            "profile.\n"
            "# Check copy with: vale <files>\n"
            "StylesPath = styles\n"
            "MinAlertLevel = suggestion\n"
            f"Vocab = {style}\n\n"
            "[*]\n"
            f"BasedOnStyles = {style}\n", encoding="utf-8")
    except OSError as exc:
        raise ExportError(_("The Vale style cannot be written to {folder}: {reason}").format(
            folder=root, reason=exc.strerror or exc)) from None
    return ini
