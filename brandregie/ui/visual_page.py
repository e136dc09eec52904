"""The visual identity page: the palette as tiles, fonts and logos as cards, and their editors.

Like every profile page it only lays out bound fields and list editors; every change goes
through the edit session. The palette comes first; colour matching, fonts, logos and imagery
are built in later turns of the event loop (the whole page at once held the window ~125 ms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from brandregie.ui.colour_tiles import ColourTiles
from brandregie.ui.list_editor import ListEditor
from brandregie.ui.page import ProfilePage, stacked, title_of
from brandregie.ui.session import EditSession
from brandregie.ui.visual_cards import FontCards, LogoTiles
from brandregie.ui.visual_widgets import ColourEditor, FontFile, LogoFile

translate = QCoreApplication.translate


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
        self._roles = roles
        self.finish()
        self.build_later(self._build_colours, self._build_matching, self._build_fonts,
                         self._build_logos, self._build_imagery)

    def _build_colours(self) -> None:
        session, roles = self.session, self._roles
        self.colours = ListEditor(session, self.key, ("visual", "colours"),
                                  kind=self.tr("colour"), title=title_of("name"),
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

    def _build_matching(self) -> None:
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

    def _build_fonts(self) -> None:
        session = self.session
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
        self.add(stacked(self.font_cards, f), self.tr("Fonts"))

    def _build_logos(self) -> None:
        session = self.session
        self.logos = ListEditor(session, self.key, ("visual", "logos"), kind=self.tr("logo"),
                                title=title_of("name"),
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
        self.add(stacked(self.logo_tiles, lg), self.tr("Logos"))

    def _build_imagery(self) -> None:
        form = self.group(self.tr("Imagery"))
        self.imagery = self.fields.text(form, self.tr("Images and photos"),
                                        ("visual", "imagery"))

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
