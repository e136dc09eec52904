"""Every message the core shows a person has its Dutch translation in resources/locale/nl."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from brandregie.i18n import _catalogue, translator

PACKAGE = Path(__file__).resolve().parents[1] / "brandregie"
#: Names the core binds to a translating function (``_`` or ``tr = translator(lang)``).
TRANSLATING = {"_", "tr", "t", "_t"}


def _core_messages() -> dict[str, str]:
    """English msgids passed as a literal to a translating call, with where they are."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") in path.parents:
            continue  # the UI uses Qt's .ts files, checked by its own tests
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in TRANSLATING and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def test_every_core_message_has_a_dutch_translation() -> None:
    dutch = _catalogue("nl")
    missing = {msg: where for msg, where in _core_messages().items()
               if msg.strip() and msg not in dutch}
    assert missing == {}


#: Words Dutch marketing and HR use as they are in English.
SAME_IN_DUTCH = {"Tone of voice", "Extra cliché", "Candidate journey", "Emoji: {policy}."}


def test_no_message_of_words_is_left_in_english() -> None:
    """A sentence whose "translation" is the English again was not translated."""
    dutch = _catalogue("nl")
    untranslated = sorted(
        msg for msg in _core_messages() if dutch.get(msg) == msg and msg not in SAME_IN_DUTCH
        and len(re.findall(r"[^\W\d_]{2,}", re.sub(r"\{[^{}]*\}", "", msg))) > 1)
    assert untranslated == []


def test_no_dutch_translation_is_left_over() -> None:
    """Every msgid is still a string somewhere in the core, so the catalogue holds no stale
    text (and no msgid is built at run time, where neither this test nor a translator sees it)."""
    strings: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "ui") not in path.parents:
            strings.update(node.value for node in ast.walk(ast.parse(path.read_text("utf-8")))
                           if isinstance(node, ast.Constant) and isinstance(node.value, str))
    assert sorted(m for m in _catalogue("nl") if m and m not in strings) == []


def test_dutch_translations_keep_their_placeholders() -> None:
    import string

    formatter = string.Formatter()
    for msgid, msgstr in _catalogue("nl").items():
        fields_en = {f for _, f, _, _ in formatter.parse(msgid) if f}
        fields_nl = {f for _, f, _, _ in formatter.parse(msgstr) if f}
        assert fields_en == fields_nl, (msgid, msgstr)


def test_a_translator_falls_back_to_english_for_unknown_languages() -> None:
    assert translator("fr")("Colour") == "Colour"
    assert translator("nl")("Colour") == "Kleur"
