"""The pages of the brand profile's words: identity, character and tone, positioning and
vocabulary (visual identity: ``visual_page``; employer brand and personas: ``employer_pages``).

Pages only lay out bound fields and list editors; every change goes through the edit session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.schema import POLICIES, READING_LEVELS, Brand
from brandregie.ui.fields import Binding, ChoiceBinding, SliderBinding
from brandregie.ui.list_editor import ListEditor, StringListEditor
from brandregie.ui.page import ProfilePage, form_layout, tab_page, title_of, undo_text
from brandregie.ui.session import EditSession
from brandregie.ui.tone import tone_words

translate = QCoreApplication.translate




class _LanguagesBinding(Binding):
    """The languages the brand writes in, as checkboxes."""

    def __init__(self, session: EditSession, page: str, boxes: dict[str, QCheckBox],
                 container: QWidget, label: str) -> None:
        self.boxes = boxes
        super().__init__(session, container, lambda: ("languages",), label,
                         lambda: undo_text("change %1", label.lower()), page)
        for box in boxes.values():
            box.toggled.connect(self.commit)

    def read(self) -> Any:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def write(self, value: Any) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in (value or ()))
            box.blockSignals(False)


class _AddressBinding(ChoiceBinding):
    """The Dutch address form inside the ``address`` mapping (English is always "you")."""

    def read(self) -> Any:
        address = dict(self.session.brand.character.address)
        address["nl"] = self.widget.currentData()
        return address

    def write(self, value: Any) -> None:
        index = self.widget.findData((value or {}).get("nl", "je"))
        self.widget.setCurrentIndex(max(index, 0))


class IdentityPage(ProfilePage):
    key = "identity"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Identity"),
                         self.tr("Who you are and why you exist: the heart of the brand."),
                         parent)
        form = self.group(self.tr("The brand"))
        self.name = self.fields.line(form, self.tr("Brand name"), ("name",))
        boxes = {"nl": QCheckBox(self.tr("Dutch")), "en": QCheckBox(self.tr("English"))}
        container = QWidget()
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        for box in boxes.values():
            row.addWidget(box)
        row.addStretch(1)
        self.languages = languages = _LanguagesBinding(session, self.key, boxes, container,
                                                       self.tr("Languages"))
        for box in boxes.values():
            box.setAccessibleName(self.tr("Writes in %1").replace("%1", box.text()))
        self.fields._add(form, self.tr("Languages"), languages)
        form = self.group(self.tr("Purpose"))
        self.why = self.fields.text(form, self.tr("Why"), ("identity", "why"),
                                    placeholder=self.tr("Why does the brand exist?"))
        self.mission = self.fields.text(form, self.tr("Mission"), ("identity", "mission"))
        self.vision = self.fields.text(form, self.tr("Vision"), ("identity", "vision"))
        self.story = self.fields.text(form, self.tr("Story"), ("identity", "story"), lines=4)
        self.values = ListEditor(session, self.key, ("identity", "values"),
                                 kind=self.tr("value"), title=title_of("name"),
                                 new_item=lambda n: {"name": self.tr("New value")})
        self.values.fields.line(self.values.form, self.tr("Name"), self.values.item_path("name"))
        self.values.fields.text(self.values.form, self.tr("Meaning"),
                                self.values.item_path("meaning"))
        self.parts.append(self.values)
        self.add(self.values, self.tr("Values"))
        self.finish()


class _ToneSliders(QWidget):
    """The four tone-of-voice dimensions, each a slider from 1 to 5 between its two ends."""

    DIMENSIONS = ("formal", "serious", "respectful", "enthusiastic")

    def __init__(self, page: ProfilePage) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        ends = {
            "formal": (self.tr("casual"), self.tr("formal"), self.tr("Casual or formal")),
            "serious": (self.tr("funny"), self.tr("serious"), self.tr("Funny or serious")),
            "respectful": (self.tr("irreverent"), self.tr("respectful"),
                           self.tr("Irreverent or respectful")),
            "enthusiastic": (self.tr("matter-of-fact"), self.tr("enthusiastic"),
                             self.tr("Matter-of-fact or enthusiastic")),
        }
        self.sliders: dict[str, QSlider] = {}
        self.words: dict[str, QLabel] = {}
        self.ends: dict[str, tuple[str, str]] = {}
        page.parts.append(self)
        for row, dim in enumerate(self.DIMENSIONS):
            low, high, name = ends[dim]
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(1, 5)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setMinimumWidth(220)
            left, right = QLabel(low), QLabel(high)
            left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            left.setBuddy(slider)
            binding = SliderBinding(page.session, slider, lambda d=dim: ("character", "tone", d),
                                    name, lambda n=name: undo_text("change %1", n.lower()),
                                    page.key)
            page.fields.bindings.append(binding)
            words = QLabel()
            words.setProperty("role", "muted")
            words.setMinimumWidth(200)

            self.ends[dim] = (low, high)
            slider.valueChanged.connect(lambda _v, d=dim: self._say(d))
            grid.addWidget(left, row, 0)
            grid.addWidget(binding.box, row, 1)
            grid.addWidget(right, row, 2)
            grid.addWidget(words, row, 3)
            self.words[dim] = words
            self.sliders[dim] = slider
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)

    def _say(self, dim: str) -> None:
        """The slider's level in words beside it ("Rather casual")."""
        low, high = self.ends[dim]
        self.words[dim].setText(tone_words(low, high, self.sliders[dim].value()))

    def refresh(self, _brand: Brand) -> None:
        for dim in self.DIMENSIONS:
            self._say(dim)


class CharacterPage(ProfilePage):
    key = "character"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Character and tone"),
                         self.tr("How the brand behaves and sounds, and what it is not."),
                         parent)
        self.traits = ListEditor(session, self.key, ("character", "traits"),
                                 kind=self.tr("trait"), title=self._trait_title,
                                 new_item=lambda n: {"is_": self.tr("new trait")})
        self.traits.fields.line(self.traits.form, self.tr("We are"), self.traits.item_path("is_"))
        self.traits.fields.line(self.traits.form, self.tr("But not"),
                                self.traits.item_path("is_not"))
        self.traits.fields.text(self.traits.form, self.tr("Explanation"),
                                self.traits.item_path("explanation"))
        self.parts.append(self.traits)
        self.add(self.traits, self.tr("Traits: is / is not"))
        self.tone = _ToneSliders(self)
        self.add(self.tone, self.tr("Tone of voice"))
        form = self.group(self.tr("Writing rules"))
        address = QComboBox()
        self.address = _AddressBinding(
            session, address, lambda: ("character", "address"), self.tr("Address in Dutch"),
            lambda: undo_text("change %1", self.tr("address form")), self.key,
            choices=[("je", self.tr("je (informal)")), ("jij", self.tr("jij (informal)")),
                     ("u", self.tr("u (formal)"))])
        self.fields._add(form, self.tr("Address in Dutch"), self.address)
        self.max_words = self.fields.number(form, self.tr("Longest sentence"),
                                            ("character", "max_sentence_words"), minimum=5,
                                            maximum=100, suffix=self.tr(" words"))
        self.reading = self.fields.choice(form, self.tr("Reading level"),
                                          ("character", "reading_level"),
                                          [(level, self._level_text(level))
                                           for level in READING_LEVELS])
        policies = [(p, self._policy_text(p)) for p in POLICIES]
        self.exclamation = self.fields.choice(form, self.tr("Exclamation marks"),
                                              ("character", "exclamation_marks"), policies)
        self.emoji = self.fields.choice(form, self.tr("Emoji"), ("character", "emoji"),
                                        policies)
        self.finish()

    def _trait_title(self, item: Any) -> str:
        if item.is_not:
            return self.tr("%1, not %2").replace("%1", item.is_).replace("%2", item.is_not)
        return str(item.is_)

    def _level_text(self, level: str) -> str:
        return {"A2": self.tr("A2: very simple"), "B1": self.tr("B1: plain language"),
                "B2": self.tr("B2: somewhat harder"), "C1": self.tr("C1: advanced")}[level]

    def _policy_text(self, policy: str) -> str:
        return {"never": self.tr("never"), "sparingly": self.tr("sparingly"),
                "free": self.tr("freely")}[policy]


class PositioningPage(ProfilePage):
    key = "positioning"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Positioning"),
                         self.tr("For whom the brand is, what it promises and how it differs."),
                         parent)
        form = self.group(self.tr("Position"))
        self.audience = self.fields.text(form, self.tr("Audience"), ("positioning", "audience"))
        self.category = self.fields.line(form, self.tr("Category"), ("positioning", "category"))
        self.promise = self.fields.text(form, self.tr("Promise"), ("positioning", "promise"))
        self.difference = self.fields.text(form, self.tr("Difference"),
                                           ("positioning", "difference"))
        self.proof = StringListEditor(session, self.key, ("positioning", "proof_points"),
                                      kind=self.tr("proof point"))
        self.parts.append(self.proof)
        self.add(self.proof, self.tr("Proof points"))
        self.competitors = ListEditor(session, self.key, ("positioning", "competitors"),
                                      kind=self.tr("competitor"), title=title_of("name"),
                                      new_item=lambda n: {"name": self.tr("New competitor")})
        c = self.competitors
        c.fields.line(c.form, self.tr("Name"), c.item_path("name"))
        c.fields.text(c.form, self.tr("Their position"), c.item_path("positioning"))
        c.fields.text(c.form, self.tr("How we differ"), c.item_path("how_we_differ"))
        self.parts.append(c)
        self.add(c, self.tr("Competitors"))
        self.finish()



class VocabularyPage(ProfilePage):
    """The first tab is built at once, each other tab the first time it is shown (the whole
    page at once held the window about 15 ms more on its first visit; built in later turns, it
    cost the first visit 55-70 ms of the GUI thread's CPU in all for one tab looked at)."""

    key = "vocabulary"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Vocabulary"),
                         self.tr("The words the brand uses, avoids and always spells the same."),
                         parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Vocabulary parts"))
        self.names = ListEditor(session, self.key, ("vocabulary", "brand_names"),
                                kind=self.tr("brand name"), title=title_of("name"),
                                new_item=lambda n: {"name": self.tr("New name")})
        self.names.fields.line(self.names.form, self.tr("Written as"),
                               self.names.item_path("name"))
        self.names.fields.lines(self.names.form, self.tr("Never as"),
                                self.names.item_path("not_"))
        self.tabs.addTab(tab_page(self.names), self.tr("Brand names"))
        self.parts.append(self.names)
        self.body.addWidget(self.tabs)
        self.finish()
        self.build_when_shown(self.tabs, (
            (self.tr("Preferred terms"), self._build_preferred),
            (self.tr("Banned terms"), self._build_banned),
            (self.tr("Key messages"), self._build_messages),
            (self.tr("Clichés"), self._build_cliches)))

    def _tab(self, editor: ListEditor) -> QWidget:
        self.parts.append(editor)
        return editor

    def _build_preferred(self) -> QWidget:
        self.preferred = ListEditor(self.session, self.key, ("vocabulary", "preferred"),
                                    kind=self.tr("preferred term"), title=title_of("use"),
                                    new_item=lambda n: {"use": self.tr("new term")})
        p = self.preferred
        p.fields.line(p.form, self.tr("Use"), p.item_path("use"))
        p.fields.lines(p.form, self.tr("Instead of"), p.item_path("not_"))
        p.fields.text(p.form, self.tr("Why"), p.item_path("why"))
        return self._tab(p)

    def _build_banned(self) -> QWidget:
        self.banned = ListEditor(self.session, self.key, ("vocabulary", "banned"),
                                 kind=self.tr("banned term"), title=title_of("term"),
                                 new_item=lambda n: {"term": self.tr("new term")})
        b = self.banned
        b.fields.line(b.form, self.tr("Term"), b.item_path("term"))
        b.fields.text(b.form, self.tr("Why"), b.item_path("why"))
        b.fields.line(b.form, self.tr("Suggest instead"), b.item_path("suggest"), optional=True)
        return self._tab(b)

    def _build_messages(self) -> QWidget:
        self.messages = ListEditor(self.session, self.key, ("vocabulary", "key_messages"),
                                   kind=self.tr("key message"), title=title_of("text"),
                                   new_item=lambda n: {"text": self.tr("New key message")})
        k = self.messages
        k.fields.text(k.form, self.tr("Message"), k.item_path("text"))
        k.fields.lines(k.form, self.tr("Keywords"), k.item_path("keywords"))
        return self._tab(k)

    def _build_cliches(self) -> QWidget:
        cliches = QWidget()
        cl = QVBoxLayout(cliches)
        form = form_layout()
        self.builtin = self.fields.check(form, self.tr("Built-in list"),
                                         self.tr("Flag the usual hollow phrases"),
                                         ("vocabulary", "cliches", "builtin"))
        cl.addLayout(form)
        self.extra = StringListEditor(self.session, self.key, ("vocabulary", "cliches", "extra"),
                                      kind=self.tr("extra cliché"))
        self.allowed = StringListEditor(self.session, self.key,
                                        ("vocabulary", "cliches", "allowed"),
                                        kind=self.tr("allowed phrase"))
        cl.addWidget(QLabel(self.tr("Also flag:")))
        cl.addWidget(self.extra)
        cl.addWidget(QLabel(self.tr("Never flag:")))
        cl.addWidget(self.allowed)
        cl.addStretch(1)
        self.parts += [self.extra, self.allowed]
        return cliches
