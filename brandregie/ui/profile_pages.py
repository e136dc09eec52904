"""The pages of the brand profile, one per part: identity, character and tone, positioning,
vocabulary, visual identity, employer brand and personas.

Pages only lay out bound fields and list editors; every change goes through the edit session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
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
from brandregie.ui.colour_tiles import ColourTiles
from brandregie.ui.fields import Binding, ChoiceBinding, SliderBinding
from brandregie.ui.list_editor import ListEditor, StringListEditor
from brandregie.ui.page import ProfilePage, form_layout, undo_text
from brandregie.ui.session import EditSession
from brandregie.ui.tone import tone_words
from brandregie.ui.visual_cards import FontCards, LogoTiles
from brandregie.ui.visual_widgets import ColourEditor, FontFile, LogoFile

translate = QCoreApplication.translate


def _title(attr: str) -> Any:
    def title(item: Any) -> str:
        return str(getattr(item, attr) or "—")
    return title


def _stacked(*widgets: QWidget) -> QWidget:
    """Widgets one above the other, without margins of their own."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    return box


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
                                 kind=self.tr("value"), title=_title("name"),
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
                                      kind=self.tr("competitor"), title=_title("name"),
                                      new_item=lambda n: {"name": self.tr("New competitor")})
        c = self.competitors
        c.fields.line(c.form, self.tr("Name"), c.item_path("name"))
        c.fields.text(c.form, self.tr("Their position"), c.item_path("positioning"))
        c.fields.text(c.form, self.tr("How we differ"), c.item_path("how_we_differ"))
        self.parts.append(c)
        self.add(c, self.tr("Competitors"))
        self.finish()


def _tab(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(widget)
    return holder


class VocabularyPage(ProfilePage):
    key = "vocabulary"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Vocabulary"),
                         self.tr("The words the brand uses, avoids and always spells the same."),
                         parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Vocabulary parts"))
        self.names = ListEditor(session, self.key, ("vocabulary", "brand_names"),
                                kind=self.tr("brand name"), title=_title("name"),
                                new_item=lambda n: {"name": self.tr("New name")})
        self.names.fields.line(self.names.form, self.tr("Written as"),
                               self.names.item_path("name"))
        self.names.fields.lines(self.names.form, self.tr("Never as"),
                                self.names.item_path("not_"))
        self.preferred = ListEditor(session, self.key, ("vocabulary", "preferred"),
                                    kind=self.tr("preferred term"), title=_title("use"),
                                    new_item=lambda n: {"use": self.tr("new term")})
        p = self.preferred
        p.fields.line(p.form, self.tr("Use"), p.item_path("use"))
        p.fields.lines(p.form, self.tr("Instead of"), p.item_path("not_"))
        p.fields.text(p.form, self.tr("Why"), p.item_path("why"))
        self.banned = ListEditor(session, self.key, ("vocabulary", "banned"),
                                 kind=self.tr("banned term"), title=_title("term"),
                                 new_item=lambda n: {"term": self.tr("new term")})
        b = self.banned
        b.fields.line(b.form, self.tr("Term"), b.item_path("term"))
        b.fields.text(b.form, self.tr("Why"), b.item_path("why"))
        b.fields.line(b.form, self.tr("Suggest instead"), b.item_path("suggest"), optional=True)
        self.messages = ListEditor(session, self.key, ("vocabulary", "key_messages"),
                                   kind=self.tr("key message"), title=_title("text"),
                                   new_item=lambda n: {"text": self.tr("New key message")})
        k = self.messages
        k.fields.text(k.form, self.tr("Message"), k.item_path("text"))
        k.fields.lines(k.form, self.tr("Keywords"), k.item_path("keywords"))
        cliches = QWidget()
        cl = QVBoxLayout(cliches)
        form = form_layout()
        self.builtin = self.fields.check(form, self.tr("Built-in list"),
                                         self.tr("Flag the usual hollow phrases"),
                                         ("vocabulary", "cliches", "builtin"))
        cl.addLayout(form)
        self.extra = StringListEditor(session, self.key, ("vocabulary", "cliches", "extra"),
                                      kind=self.tr("extra cliché"))
        self.allowed = StringListEditor(session, self.key, ("vocabulary", "cliches", "allowed"),
                                        kind=self.tr("allowed phrase"))
        cl.addWidget(QLabel(self.tr("Also flag:")))
        cl.addWidget(self.extra)
        cl.addWidget(QLabel(self.tr("Never flag:")))
        cl.addWidget(self.allowed)
        cl.addStretch(1)
        for widget, title in ((self.names, self.tr("Brand names")),
                              (self.preferred, self.tr("Preferred terms")),
                              (self.banned, self.tr("Banned terms")),
                              (self.messages, self.tr("Key messages")),
                              (cliches, self.tr("Clichés"))):
            self.tabs.addTab(_tab(widget), title)
        self.parts += [self.names, self.preferred, self.banned, self.messages, self.extra,
                       self.allowed]
        self.body.addWidget(self.tabs)
        self.finish()


class VisualPage(ProfilePage):
    key = "visual"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Visual identity"),
                         self.tr("Colours, fonts, logos and the kind of images the brand uses."),
                         parent)
        roles = [("primary", self.tr("primary")), ("secondary", self.tr("secondary")),
                 ("accent", self.tr("accent")), ("background", self.tr("background")),
                 ("text", self.tr("text"))]
        role_names = dict(roles)
        self.tiles = ColourTiles(lambda: role_names)
        self.tiles.setAccessibleName(self.tr("Colour palette"))
        self.parts.append(self.tiles)
        self.add(self.tiles, self.tr("Palette"))
        self.colours = ListEditor(session, self.key, ("visual", "colours"),
                                  kind=self.tr("colour"), title=_title("name"),
                                  new_item=lambda n: {"name": self.tr("New colour"),
                                                      "hex": "#808080"})
        c = self.colours
        c.fields.line(c.form, self.tr("Name"), c.item_path("name"))
        self.colour = ColourEditor(session, self.key, c.item_path("hex"), c.describe)
        caption = QLabel(self.tr("Colour") + ":")
        caption.setBuddy(self.colour.hex_edit)
        c.form.addRow(caption, self.colour)
        c.parts.append(self.colour)
        c.fields.choice(c.form, self.tr("Role"), c.item_path("role"), roles, editable=True)
        self.parts.append(c)
        self.add(c, self.tr("Colours"))
        self.tiles.chosen.connect(c.select)
        form = self.group(self.tr("Colour matching"))
        self.tolerance = self.fields.decimal(form, self.tr("How strict on colours"),
                                             ("visual", "colour_tolerance"), minimum=0,
                                             maximum=100)
        detail = QLabel(self.tr("How far a colour in a draft may be from a brand colour and "
                                "still count as the same. 2 is strict, 6 is usual, 10 is "
                                "lenient (the ΔE2000 colour difference)."))
        detail.setWordWrap(True)
        detail.setProperty("role", "muted")
        form.addRow("", detail)
        self.tolerance.widget.setToolTip(detail.text())
        self.fonts = ListEditor(session, self.key, ("visual", "fonts"), kind=self.tr("font"),
                                title=self._font_title,
                                new_item=lambda n: {"family": self.tr("New font")})
        f = self.fonts
        family = f.fields.choice(f.form, self.tr("Family"), f.item_path("family"),
                                 [], editable=True)
        family.widget.setToolTip(self.tr("A font installed on this computer, or type a name"))
        self._family_combo = family.widget
        self._fill_families()
        f.fields.choice(f.form, self.tr("Use for"), f.item_path("role"),
                        [("heading", self.tr("headings")), ("body", self.tr("body text")),
                         ("accent", self.tr("accents"))], editable=True)
        self.font_file = FontFile(session, self.key, f.item_path(), f.describe)
        f.form.addRow(QLabel(self.tr("File") + ":"), self.font_file)
        f.parts.append(self.font_file)
        self.parts.append(f)
        font_roles = {"heading": self.tr("headings"), "body": self.tr("body text"),
                      "accent": self.tr("accents")}
        self.font_cards = FontCards(lambda: self.session.files, lambda: font_roles)
        self.font_cards.setAccessibleName(self.tr("Font samples"))
        self.parts.append(self.font_cards)
        self.font_cards.chosen.connect(f.select)
        self.add(_stacked(self.font_cards, f), self.tr("Fonts"))
        self.logos = ListEditor(session, self.key, ("visual", "logos"), kind=self.tr("logo"),
                                title=_title("name"),
                                new_item=lambda n: {"name": self.tr("New logo")})
        lg = self.logos
        lg.fields.line(lg.form, self.tr("Name"), lg.item_path("name"))
        self.logo_file = LogoFile(session, self.key, lg.item_path(), lg.describe)
        lg.form.addRow(QLabel(self.tr("Image") + ":"), self.logo_file)
        lg.parts.append(self.logo_file)
        lg.fields.text(lg.form, self.tr("How to use it"), lg.item_path("use"))
        self.parts.append(lg)
        self.logo_tiles = LogoTiles(lambda: self.session.files, dict)
        self.logo_tiles.setAccessibleName(self.tr("Logos"))
        self.parts.append(self.logo_tiles)
        self.logo_tiles.chosen.connect(lg.select)
        self.add(_stacked(self.logo_tiles, lg), self.tr("Logos"))
        form = self.group(self.tr("Imagery"))
        self.imagery = self.fields.text(form, self.tr("Images and photos"),
                                        ("visual", "imagery"))
        self.finish()

    def _fill_families(self) -> None:
        combo = self._family_combo
        combo.blockSignals(True)
        combo.addItems(QFontDatabase.families())
        combo.setMaxVisibleItems(20)
        combo.blockSignals(False)

    def _font_title(self, item: Any) -> str:
        roles = {"heading": self.tr("headings"), "body": self.tr("body text"),
                 "accent": self.tr("accents")}
        role = roles.get(item.role, item.role)
        return f"{item.family} ({role})" if role else str(item.family)


class EmployerPage(ProfilePage):
    key = "employer"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Employer brand"),
                         self.tr("Why people like to work here, whom you want to hire and how "
                                 "a candidate experiences applying."), parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Employer brand parts"))
        self.evp = ListEditor(session, self.key, ("employer", "evp"), kind=self.tr("reason"),
                              title=_title("pillar"),
                              new_item=lambda n: {"pillar": self.tr("New reason")})
        self.evp.fields.line(self.evp.form, self.tr("Reason"), self.evp.item_path("pillar"))
        self.evp.fields.text(self.evp.form, self.tr("How we show it"),
                             self.evp.item_path("proof"))
        evp_detail = QLabel(self.tr("What makes this a good place to work, in a few reasons "
                                    "(marketers call this the EVP, the employer value "
                                    "proposition)."))
        evp_detail.setWordWrap(True)
        evp_detail.setProperty("role", "muted")
        self.evp.form.insertRow(0, evp_detail)
        goal = QWidget()
        gl = QVBoxLayout(goal)
        form = form_layout()
        self.culture = self.fields.text(form, self.tr("Culture"), ("employer", "culture"),
                                        lines=3)
        self.has_goal = QCheckBox(self.tr("We have a hiring goal"))
        self.has_goal.setAccessibleName(self.tr("We have a hiring goal"))
        self.has_goal.toggled.connect(self._toggle_goal)
        form.addRow("", self.has_goal)

        def goal_path(field: str) -> Any:
            return lambda: (("employer", "hiring_goal", field)
                            if self.session.brand.employer.hiring_goal is not None else None)
        self.goal_count = self.fields.number(form, self.tr("People to hire"), goal_path("count"),
                                             minimum=0, maximum=10000)
        self.goal_role = self.fields.line(form, self.tr("Role"), goal_path("role"))
        self.goal_by = self.fields.date(form, self.tr("Hire by"), goal_path("by"))
        gl.addLayout(form)
        gl.addStretch(1)
        self.personas = persona_editor(session, self.key, ("employer", "personas"),
                                       self.tr("candidate persona"))
        self.rivals = ListEditor(session, self.key, ("employer", "labour_competitors"),
                                 kind=self.tr("competing employer"), title=_title("name"),
                                 new_item=lambda n: {"name": self.tr("New employer")})
        r = self.rivals
        r.fields.line(r.form, self.tr("Name"), r.item_path("name"))
        r.fields.text(r.form, self.tr("What they offer"), r.item_path("offer"))
        r.fields.text(r.form, self.tr("How we differ"), r.item_path("how_we_differ"))
        self.journey = ListEditor(session, self.key, ("employer", "candidate_journey"),
                                  kind=self.tr("journey stage"), title=_title("stage"),
                                  new_item=lambda n: {"stage": self.tr("New stage")})
        j = self.journey
        j.fields.line(j.form, self.tr("Stage"), j.item_path("stage"))
        j.fields.line(j.form, self.tr("Touchpoint"), j.item_path("touchpoint"))
        j.fields.number(j.form, self.tr("Experience (1–5)"), j.item_path("experience"),
                        minimum=1, maximum=5)
        j.fields.text(j.form, self.tr("Improvement"), j.item_path("improvement"), optional=True)
        advocacy = QWidget()
        al = QVBoxLayout(advocacy)
        form2 = form_layout()
        self.guidelines = self.fields.text(form2, self.tr("Guidelines"),
                                           ("employer", "advocacy", "guidelines"))
        al.addLayout(form2)
        self.hashtags = StringListEditor(session, self.key, ("employer", "advocacy", "hashtags"),
                                         kind=self.tr("hashtag"))
        self.dos = StringListEditor(session, self.key, ("employer", "advocacy", "dos"),
                                    kind=self.tr("do"))
        self.donts = StringListEditor(session, self.key, ("employer", "advocacy", "donts"),
                                      kind=self.tr("don't"))
        for texts, caption in ((self.hashtags, self.tr("Hashtags")), (self.dos, self.tr("Do")),
                               (self.donts, self.tr("Don't"))):
            al.addWidget(QLabel(caption + ":"))
            al.addWidget(texts)
        for widget, title in ((self.evp, self.tr("Why people want to work here")),
                              (goal, self.tr("Culture and goal")),
                              (self.personas, self.tr("Candidates")),
                              (self.rivals, self.tr("Competing employers")),
                              (self.journey, self.tr("Candidate journey")),
                              (advocacy, self.tr("Advocacy"))):
            self.tabs.addTab(_tab(widget), title)
        self.parts += [self.evp, self.personas, self.rivals, self.journey, self.hashtags,
                       self.dos, self.donts]
        self.body.addWidget(self.tabs)
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        self.has_goal.blockSignals(True)
        self.has_goal.setChecked(self.session.brand.employer.hiring_goal is not None)
        self.has_goal.blockSignals(False)

    def _toggle_goal(self, on: bool) -> None:
        value = {"count": 1, "role": "", "by": None} if on else None
        self.session.change(("employer", "hiring_goal"), value,
                            undo_text("change %1", self.tr("hiring goal")), page=self.key,
                            merge=False)


def persona_editor(session: EditSession, page: str, path: tuple[str, ...], kind: str
                   ) -> ListEditor:
    """Personas (customers or candidates): name, role, motivations, frustrations, channels."""
    editor = ListEditor(session, page, path, kind=kind, title=_title("name"),
                        new_item=lambda n: {"name": translate("Personas", "New persona")})
    editor.fields.line(editor.form, translate("Personas", "Name"), editor.item_path("name"))
    editor.fields.line(editor.form, translate("Personas", "Role"), editor.item_path("role"))
    editor.fields.lines(editor.form, translate("Personas", "Motivations"),
                        editor.item_path("motivations"))
    editor.fields.lines(editor.form, translate("Personas", "Frustrations"),
                        editor.item_path("frustrations"))
    editor.fields.lines(editor.form, translate("Personas", "Channels"),
                        editor.item_path("channels"))
    return editor



class PersonasPage(ProfilePage):
    key = "personas"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Personas"),
                         self.tr("The customers the brand speaks to, as real people."), parent)
        self.personas = persona_editor(session, self.key, ("personas",), self.tr("persona"))
        self.parts.append(self.personas)
        self.add(self.personas, self.tr("Customer personas"))
        self.finish()


PROFILE_PAGES: tuple[type[ProfilePage], ...] = (
    IdentityPage, CharacterPage, PositioningPage, VocabularyPage, VisualPage, EmployerPage,
    PersonasPage)
