"""The "Sounds like us" page: texts the owner wrote or approved, which the voice check learns
how the business sounds from (``brand.voice.texts``; see :mod:`brandregie.checks.voice`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from brandregie.ui.list_editor import ListEditor
from brandregie.ui.page import ProfilePage
from brandregie.ui.session import EditSession


def _title(item: Any) -> str:
    """A text's title, else its first words: pasted texts often have no title."""
    if item.title:
        return str(item.title)
    words = str(item.text).split()
    return " ".join(words[:6]) + ("…" if len(words) > 6 else "")


class VoicePage(ProfilePage):
    key = "voice"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Sounds like us"),
                         self.tr("Texts you wrote or approved. The checks learn from them how "
                                 "your business sounds, and say where a draft does not. Add "
                                 "three or more, in the language of your drafts; without them "
                                 "the voice check stays silent."), parent)
        self.texts = ListEditor(session, self.key, ("voice", "texts"),
                                kind=self.tr("own text"), title=_title,
                                new_item=lambda n: {"title": "",
                                                    "text": self.tr("Paste a text you wrote.")})
        t = self.texts
        t.fields.line(t.form, self.tr("Title"), t.item_path("title"))
        t.fields.text(t.form, self.tr("Text"), t.item_path("text"))
        t.fields.line(t.form, self.tr("Where it appeared"), t.item_path("source"))
        self.parts.append(self.texts)
        self.add(self.texts, self.tr("Own texts"))
        self.finish()
