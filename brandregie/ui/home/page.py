"""Home: the brand at a glance, the first page after start.

Name, promise and why; the colours as swatches, the fonts in their own face, the logos, the tone
of voice in words; the open assignments with their due dates; and how close each agency's
drafts came to the brand, and to the owner's own voice, over time. Everything here is
read-only: each card says where to change it. The profile comes from the edit session;
assignments and scores from the review service, read on the job runner's worker each time the
page is shown (the page paints at once; the cards fill in when the figures are read).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.schema import Brand
from brandregie.review.fit import AgencyFit, fit_history
from brandregie.ui import theme
from brandregie.ui.dates import show_date
from brandregie.ui.home.agency_lines import latest_lines, shown_note
from brandregie.ui.home.chart import FitChart
from brandregie.ui.home.voice_chart import VoiceTrend
from brandregie.ui.jobs import Runner, Task
from brandregie.ui.session import EditSession
from brandregie.ui.tone import tone_words
from brandregie.ui.visual_widgets import is_installed, load_font_file

if TYPE_CHECKING:
    from brandregie.review.records import AssignmentInfo
    from brandregie.store.database import Store


@dataclass(frozen=True)
class Work:
    """What the home page shows of the work: each agency's scores and the open assignments."""

    fits: list[AgencyFit]
    open_assignments: list[AssignmentInfo]


def read_work(store: Store, brand_id: int) -> Work:
    """The home page's figures from the database (a job: off the GUI thread)."""
    from brandregie.review.service import ReviewService

    return Work(fit_history(store, brand_id),
                ReviewService(store).assignments(brand_id, include_approved=False))


def _label(text: str = "", *, role: str = "", scale: float = theme.TYPE_BODY,
           bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    if scale != theme.TYPE_BODY or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A white, rounded panel with a small title: how the home page groups things."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_L)
        self.body.setSpacing(theme.SPACE_S)
        self.title = _label(title.upper(), role="overline", scale=theme.TYPE_SMALL, wrap=False)
        self.body.addWidget(self.title)

    def clear(self) -> None:
        """Drop everything below the title (the card is filled anew)."""
        while self.body.count() > 1:
            item = self.body.takeAt(1)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone now, deleted once the event loop is back
                widget.deleteLater()
            elif item.layout() is not None:
                _drop_layout(item.layout())


def _drop_layout(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())


class Swatch(QWidget):
    """One brand colour: a tile of it, its name and its hex code."""

    def __init__(self, name: str, hex_colour: str, role: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_XS)
        self.tile = QFrame()
        self.tile.setFixedSize(84, 48)
        self.tile.setStyleSheet(f"background: {hex_colour}; border-radius: 8px;"
                                f" border: 1px solid {theme.colours().line};")
        self.tile.setAccessibleName(f"{name} {hex_colour}")
        layout.addWidget(self.tile)
        layout.addWidget(_label(name, bold=True, wrap=False))
        layout.addWidget(_label(hex_colour, role="muted", scale=theme.TYPE_SMALL, wrap=False))
        if role:
            self.setToolTip(role)


class HomePage(QWidget):
    """The brand at a glance (a brand page: it follows the open brand's edit session)."""

    key = "home"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fits: list[AgencyFit] = []
        self.all_fits = 0  # agencies with a score; the chart shows the latest few
        self.shown_brand: Brand | None = None  # what the cards show (rebuilt when it changes)
        self.reader = Runner(self)
        self.reader.finished.connect(self._work_read)
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("homeBody")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(theme.SPACE_XL, theme.SPACE_L, theme.SPACE_XL, theme.SPACE_XL)
        grid.setHorizontalSpacing(theme.SPACE_L)
        grid.setVerticalSpacing(theme.SPACE_L)
        self.header = self._header()
        grid.addWidget(self.header, 0, 0, 1, 3)
        self.colours = Card(self.tr("Colours"))
        self.fonts = Card(self.tr("Fonts"))
        self.tone = Card(self.tr("Tone of voice"))
        grid.addWidget(self.colours, 1, 0)
        grid.addWidget(self.fonts, 1, 1)
        grid.addWidget(self.tone, 1, 2)
        self.fit = Card(self.tr("Brand fit over time"))
        self.chart = FitChart()
        self.fit_note = _label(role="muted", scale=theme.TYPE_SMALL)
        self.legend = QHBoxLayout()
        self.legend.setSpacing(theme.SPACE_L)
        self.fit.body.addWidget(self.fit_note)
        self.fit.body.addLayout(self.legend)
        self.fit.body.addWidget(self.chart, 1)
        grid.addWidget(self.fit, 2, 0, 1, 2)
        self.voice = Card(self.tr("Sounds like you, over time"))
        self.voice_trend = VoiceTrend()
        self.voice.body.addWidget(self.voice_trend, 1)
        grid.addWidget(self.voice, 3, 0, 1, 2)
        self.work = Card(self.tr("Open assignments"))
        grid.addWidget(self.work, 2, 2, 2, 1)
        self.logos = Card(self.tr("Logos"))
        grid.addWidget(self.logos, 4, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(5, 1)
        session.changed.connect(lambda _state: self._profile_changed())
        self.show_brand(session.brand)

    # -- the profile ---------------------------------------------------------------------------

    def _header(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QHBoxLayout(card)
        layout.setContentsMargins(0, 0, theme.SPACE_XL, 0)
        layout.setSpacing(theme.SPACE_L)
        self.rule = QFrame()
        self.rule.setFixedWidth(6)
        layout.addWidget(self.rule)
        text = QVBoxLayout()
        text.setContentsMargins(0, theme.SPACE_M, 0, theme.SPACE_M)
        text.setSpacing(theme.SPACE_XS)
        self.overline = _label(self.tr("YOUR BRAND AT A GLANCE"), role="overline",
                               scale=theme.TYPE_SMALL)
        self.name = _label(scale=theme.TYPE_DISPLAY, bold=True)
        self.promise = _label(scale=theme.TYPE_SECTION)
        self.why = _label(role="muted")
        self.values = _label(role="muted", scale=theme.TYPE_SMALL)
        for widget in (self.overline, self.name, self.promise, self.why, self.values):
            text.addWidget(widget)
        layout.addLayout(text, 1)
        return card

    def _profile_changed(self) -> None:
        if self.isVisible():
            self.show_brand(self.session.brand)

    def show_brand(self, brand: Brand) -> None:
        self.shown_brand = brand
        accent = theme.brand_accent([c.hex for c in brand.visual.colours
                                     if c.role in ("accent", "primary")]
                                    + [c.hex for c in brand.visual.colours])
        self.rule.setStyleSheet(f"background: {accent}; border: none;"
                                " border-top-left-radius: 10px; border-bottom-left-radius: 10px;")
        self.name.setText(brand.name)
        promise = brand.positioning.promise or brand.identity.mission
        self.promise.setText(promise)
        self.promise.setVisible(bool(promise))
        self.why.setText(self.tr("Why we exist: %1").replace("%1", brand.identity.why)
                         if brand.identity.why else "")
        self.why.setVisible(bool(brand.identity.why))
        names = " · ".join(v.name for v in brand.identity.values)
        self.values.setText(self.tr("Values: %1").replace("%1", names) if names else "")
        self.values.setVisible(bool(names))
        self._show_colours(brand)
        self._show_fonts(brand)
        self._show_tone(brand)
        self._show_logos(brand)

    def _empty(self, card: Card, text: str) -> None:
        card.body.addWidget(_label(text, role="muted"))
        card.body.addStretch(1)

    def _show_colours(self, brand: Brand) -> None:
        self.colours.clear()
        if not brand.visual.colours:
            self._empty(self.colours, self.tr("No colours yet: add them under Visual identity."))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.SPACE_M)
        grid.setVerticalSpacing(theme.SPACE_M)
        roles = self._role_names()
        for n, colour in enumerate(brand.visual.colours):
            swatch = Swatch(colour.name, colour.hex, roles.get(colour.role, colour.role))
            grid.addWidget(swatch, n // 4, n % 4, Qt.AlignmentFlag.AlignLeft)
        self.colours.body.addLayout(grid)
        self.colours.body.addStretch(1)

    def _role_names(self) -> dict[str, str]:
        return {"primary": self.tr("main colour"), "secondary": self.tr("second colour"),
                "accent": self.tr("accent"), "background": self.tr("background"),
                "text": self.tr("text"), "heading": self.tr("headings"),
                "body": self.tr("body text")}

    def _show_fonts(self, brand: Brand) -> None:
        self.fonts.clear()
        if not brand.visual.fonts:
            self._empty(self.fonts, self.tr("No fonts yet: add them under Visual identity."))
            return
        roles = self._role_names()
        for font in brand.visual.fonts:
            if font.file and font.file in self.session.files:
                load_font_file(self.session.files[font.file])
            face = QFont(font.family)
            face.setPointSizeF(self.font().pointSizeF() * theme.TYPE_TITLE)
            specimen = QLabel(f"Aa {font.family}")
            specimen.setFont(face)
            specimen.setAccessibleName(font.family)
            self.fonts.body.addWidget(specimen)
            role = roles.get(font.role, font.role)
            notes = [self.tr("for %1").replace("%1", role)] if role else []
            if not font.file and not is_installed(font.family):
                notes.append(self.tr("not on this computer: shown in a stand-in"))
            self.fonts.body.addWidget(_label(" · ".join(notes), role="muted",
                                             scale=theme.TYPE_SMALL))
        self.fonts.body.addStretch(1)

    def _show_tone(self, brand: Brand) -> None:
        self.tone.clear()
        tone = brand.character.tone
        ends = ((self.tr("casual"), self.tr("formal"), tone.formal),
                (self.tr("funny"), self.tr("serious"), tone.serious),
                (self.tr("irreverent"), self.tr("respectful"), tone.respectful),
                (self.tr("matter-of-fact"), self.tr("enthusiastic"), tone.enthusiastic))
        c = theme.colours()
        for low, high, level in ends:
            row = QHBoxLayout()
            row.setSpacing(theme.SPACE_S)
            dots = QLabel("".join(
                f"<span style='color:{c.accent if n == level else c.line}'>●</span>"
                for n in range(1, 6)))
            dots.setTextFormat(Qt.TextFormat.RichText)
            dots.setAccessibleName(f"{level} / 5")
            row.addWidget(dots)
            row.addWidget(_label(tone_words(low, high, level)), 1)
            self.tone.body.addLayout(row)
        traits = [t.is_ for t in brand.character.traits]
        if traits:
            self.tone.body.addWidget(_label(self.tr("We are: %1").replace("%1", ", ".join(traits)),
                                            role="muted", scale=theme.TYPE_SMALL))
        self.tone.body.addStretch(1)

    def _show_logos(self, brand: Brand) -> None:
        self.logos.clear()
        row = QHBoxLayout()
        row.setSpacing(theme.SPACE_L)
        shown = 0
        for logo in brand.visual.logos:
            data = self.session.files.get(logo.file) if logo.file else None
            pixmap = QPixmap()
            if data is None or not pixmap.loadFromData(data):
                continue
            tile = QVBoxLayout()
            image = QLabel()
            image.setFixedSize(180, 96)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setStyleSheet(f"background: #FFFFFF; border: 1px solid {theme.colours().line};"
                                " border-radius: 8px;")
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(int(160 * ratio), int(80 * ratio),
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            image.setPixmap(scaled)
            image.setAccessibleName(logo.name)
            tile.addWidget(image)
            tile.addWidget(_label(logo.name, scale=theme.TYPE_SMALL, wrap=False))
            row.addLayout(tile)
            shown += 1
        if shown == 0:
            self._empty(self.logos, self.tr("No logo images yet: add them under Visual "
                                            "identity."))
            return
        row.addStretch(1)
        self.logos.body.addLayout(row)

    # -- the work ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.shown_brand is not self.session.brand:
            self.show_brand(self.session.brand)
        QTimer.singleShot(0, self._read_work_later)  # the page paints first

    def _read_work_later(self) -> None:
        """Read the figures again on a worker; the cards fill in when they are read."""
        store, brand_id = self.session.service.store, self.session.brand_id
        self.reader.start(lambda _progress: read_work(store, brand_id), key=brand_id)
        self.voice_trend.load(store, brand_id, own_texts=bool(self.session.brand.voice.texts))

    def reload_work(self) -> None:
        """Read the open assignments and every agency's scores again, now."""
        store = self.session.service.store
        self.show_work(read_work(store, self.session.brand_id))
        self.voice_trend.load(store, self.session.brand_id,
                              own_texts=bool(self.session.brand.voice.texts))

    def _work_read(self, task: Task, work: Work) -> None:
        if task.key == self.session.brand_id:
            self.show_work(work)

    def show_work(self, work: Work) -> None:
        """Show the scores and the open assignments."""
        self.fits, self.all_fits = latest_lines(work.fits), len(work.fits)
        self.chart.set_fits(self.fits)
        self._show_legend()
        self._show_assignments(work.open_assignments)

    def _show_legend(self) -> None:
        _drop_layout(self.legend)
        if not self.fits:
            self.fit_note.setText(self.tr("How close each agency's drafts come to the brand, "
                                          "per delivered version."))
            return
        self.fit_note.setText(self.tr("Score per delivered version (100: fits the brand "
                                      "fully).") + shown_note(len(self.fits), self.all_fits))
        for index, fit in enumerate(self.fits):
            colour = self.chart.colour(index).name()
            name = fit.agency or self.tr("No agency")
            if len(fit.points) < 2:
                trend = self.tr("one version so far")
            elif fit.change >= 5:
                trend = self.tr("getting closer to the brand")
            elif fit.change <= -5:
                trend = self.tr("drifting away from the brand")
            else:
                trend = self.tr("steady")
            label = QLabel(f"<span style='color:{colour}'>●</span>&nbsp;<b>{_html(name)}</b>"
                           f" {fit.latest}<br><span style='color:{theme.colours().muted}'>"
                           f"{_html(trend)}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(trend)
            self.legend.addWidget(label)
        self.legend.addStretch(1)

    def _show_assignments(self, open_ones: list[AssignmentInfo]) -> None:
        self.work.clear()
        if not open_ones:
            self._empty(self.work, self.tr("No open assignments."))
            return
        today = date.today()
        for assignment in open_ones[:6]:
            row = QVBoxLayout()
            row.setSpacing(0)
            row.addWidget(_label(assignment.title, bold=True))
            parts = [assignment.agency_name] if assignment.agency_name else []
            if assignment.due is not None:
                due = self.tr("due %1").replace("%1", show_date(assignment.due))
                if assignment.due < today:
                    due = self.tr("overdue since %1").replace("%1", show_date(assignment.due))
                parts.append(due)
            row.addWidget(_label(" · ".join(parts), role="muted", scale=theme.TYPE_SMALL))
            self.work.body.addLayout(row)
        if len(open_ones) > 6:
            self.work.body.addWidget(_label(self.tr("and %1 more under Assignments and reviews")
                                            .replace("%1", str(len(open_ones) - 6)),
                                            role="muted", scale=theme.TYPE_SMALL))
        self.work.body.addStretch(1)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



