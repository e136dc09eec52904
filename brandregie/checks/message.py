"""A finding's sentence that can be said again in another language.

Rules write ``ctx.tr("The brand does not use “{term}”.").format(term=...)``. The context's ``tr``
returns a :class:`Message`: the sentence in the check's language (a plain ``str`` to every
caller) that also remembers its English msgid and format arguments. The review keeps both
(:mod:`brandregie.review.codec`), so the window and a report in another language render it anew
with :func:`render` instead of quoting the language the check happened to run in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from brandregie.i18n import translator

#: Argument types whose values a made sentence is kept under (a nested Message is not: two with
#: the same text may say different things again).
_PLAIN = frozenset({str, int, float})
_MADE_KEPT = 10_000


class Message(str):
    """Translated text plus the msgid and arguments it was made from."""

    msgid: str
    args: dict[str, Any]
    _made: dict[tuple[object, ...], Message]

    def __new__(cls, text: str, msgid: str = "", args: dict[str, Any] | None = None
                ) -> Message:
        made = super().__new__(cls, text)
        made.msgid = msgid
        made.args = dict(args or {})
        return made

    def format(self, *args: object, **kwargs: Any) -> str:
        if args or not self.msgid:
            return str.format(self, *args, **kwargs)  # positional fields: nothing to say again
        # A long draft says the same sentence thousands of times: made once per set of plain
        # values (a value's type is part of the key, as 1 and True format apart).
        types = tuple(map(type, kwargs.values()))
        plain = all(kind in _PLAIN for kind in types)
        key = (*kwargs.items(), *types)
        try:
            kept = self._made
        except AttributeError:  # the first time this sentence is filled in
            kept = self._made = {}
        made = kept.get(key) if plain else None
        if made is None:
            made = Message(str.format(self, **kwargs), self.msgid, {**self.args, **kwargs})
            if plain and len(kept) < _MADE_KEPT:
                kept[key] = made
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (str(self), self.msgid, self.args))


def remembering(tr: Callable[[str], str]) -> Callable[[str], str]:
    """``tr`` whose results remember their msgid (idempotent)."""
    if getattr(tr, "remembers", False):
        return tr

    said: dict[str, Message] = {}  # one per sentence: a long draft repeats them thousands of times

    def translate(msgid: str) -> str:
        found = said.get(msgid)
        if found is None:
            found = said[msgid] = Message(tr(msgid), msgid)
        return found

    translate.remembers = True  # type: ignore[attr-defined]
    return translate


def render(text: str | None, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default the current language); text without a msgid as it is."""
    if text is None:
        return ""
    if not isinstance(text, Message) or not text.msgid:
        return str(text)
    args = {k: render(v, lang) if isinstance(v, Message) else v for k, v in text.args.items()}
    try:
        return translator(lang)(text.msgid).format(**args)
    except (KeyError, IndexError, ValueError):
        return str(text)


def _value_json(value: Any) -> Any:
    if isinstance(value, Message):
        return message_json(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def message_json(text: str | None) -> dict[str, Any] | None:
    """What :func:`message_from_json` needs to rebuild ``text`` (``None``: nothing to keep)."""
    if not isinstance(text, Message) or not text.msgid:
        return None
    return {"text": str(text), "msgid": text.msgid,
            "args": {k: _value_json(v) for k, v in text.args.items()}}


def message_from_json(text: str | None, data: Any) -> str | None:
    """``text`` as a :class:`Message` again when ``data`` holds its msgid."""
    if text is None or not isinstance(data, dict) or not isinstance(data.get("msgid"), str):
        return text
    raw = data.get("args")
    args = {str(k): message_from_json(str(v.get("text", "")), v) if isinstance(v, dict) else v
            for k, v in (raw.items() if isinstance(raw, dict) else ())}
    return Message(text, data["msgid"], args)
