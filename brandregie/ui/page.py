"""The frame every profile page shares: a title, a short intro, and forms of bound fields.

A page builds its widgets once per edit session; when the profile changes it refreshes its
bindings only while it is visible (the rest refresh when shown), so typing on one page never
costs the time of repainting the others. A large page builds its first screenful at once and
the rest in later turns of the event loop (``build_later``), or a tab's content the first
time that tab is shown (``build_when_shown``), so its first visit never holds the window for
the whole build.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.editing import Path
from brandregie.profile.schema import Brand
from brandregie.ui.dates import DateField
from brandregie.ui.fields import (
    Binding,
    CheckBinding,
    ChoiceBinding,
    DateBinding,
    FloatBinding,
    IntBinding,
    LineBinding,
    LinesBinding,
    PathFn,
    TextBinding,
)
from brandregie.ui.session import EditSession, State

#: Every undo label pattern, so ``pyside6-lupdate`` finds them (they are passed around by name).
UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "change %1"),
    QT_TRANSLATE_NOOP("Undo", "change %1 %2"),
    QT_TRANSLATE_NOOP("Undo", "add %1"),
    QT_TRANSLATE_NOOP("Undo", "remove %1 %2"),
    QT_TRANSLATE_NOOP("Undo", "move %1 %2 up"),
    QT_TRANSLATE_NOOP("Undo", "move %1 %2 down"),
    QT_TRANSLATE_NOOP("Undo", "restore revision %1"),
)


def undo_text(text: str, *args: str) -> str:
    """An undo label such as "change colour Korenblond", in the interface language."""
    assert text in UNDO_TEXTS, f"add {text!r} to UNDO_TEXTS"
    result = QCoreApplication.translate("Undo", text)
    for n, arg in enumerate(args, start=1):
        result = result.replace(f"%{n}", arg)
    return result


class Refreshable(Protocol):
    def refresh(self, brand: Brand) -> None: ...


def _path_fn(path: Path | PathFn) -> PathFn:
    if callable(path):
        return path
    fixed = tuple(path)
    return lambda: fixed


#: Heading sizes, relative to the body text.
PAGE_TITLE = 1.6
SECTION_TITLE = 1.3


def heading(text: str = "", scale: float = PAGE_TITLE) -> QLabel:
    """A bold label ``scale`` times the size of body text: how every heading is made."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def text_box(lines: int = 3) -> QPlainTextEdit:
    """A plain text box about ``lines`` lines high; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(max(height, 60) + box.fontMetrics().lineSpacing() * 2)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return box


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


class Fields:
    """Makes bound fields for one page; lists and pages share it for their forms."""

    def __init__(self, session: EditSession, page: str, *,
                 describe: Callable[[], str] | None = None) -> None:
        self.session = session
        self.page = page
        self.bindings: list[Binding] = []
        self.default_describe = describe

    def _add(self, form: QFormLayout | None, label: str, binding: Binding) -> Binding:
        self.bindings.append(binding)
        if form is not None:
            caption = QLabel(label + ":")
            caption.setBuddy(binding.widget)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(binding.widget, QPlainTextEdit):
                caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                caption.setContentsMargins(0, 4, 0, 0)
            form.addRow(caption, binding.box)
        return binding

    def _describe(self, label: str, describe: Callable[[], str] | None) -> Callable[[], str]:
        if describe is not None:
            return describe
        if self.default_describe is not None:
            return self.default_describe
        text = label.lower()
        return lambda: undo_text("change %1", text)

    def line(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
             optional: bool = False, describe: Callable[[], str] | None = None,
             placeholder: str = "") -> LineBinding:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        binding = LineBinding(self.session, widget, _path_fn(path), label,
                              self._describe(label, describe), self.page, optional=optional)
        self._add(form, label, binding)
        return binding

    def date(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
             describe: Callable[[], str] | None = None) -> DateBinding:
        widget = DateField()
        binding = DateBinding(self.session, widget, _path_fn(path), label,
                              self._describe(label, describe), self.page)
        self._add(form, label, binding)
        return binding

    def text(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
             lines: int = 3, describe: Callable[[], str] | None = None,
             placeholder: str = "", optional: bool = False) -> TextBinding:
        widget = text_box(lines)
        widget.setPlaceholderText(placeholder)
        binding = TextBinding(self.session, widget, _path_fn(path), label,
                              self._describe(label, describe), self.page, optional=optional)
        self._add(form, label, binding)
        return binding

    def lines(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
              describe: Callable[[], str] | None = None) -> LinesBinding:
        widget = text_box(3)
        widget.setPlaceholderText(QCoreApplication.translate("Fields", "One per line"))
        binding = LinesBinding(self.session, widget, _path_fn(path), label,
                               self._describe(label, describe), self.page)
        self._add(form, label, binding)
        return binding

    def number(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
               minimum: int, maximum: int, suffix: str = "",
               describe: Callable[[], str] | None = None) -> IntBinding:
        widget = QSpinBox()
        widget.setRange(minimum, maximum)
        widget.setSuffix(suffix)
        widget.setMaximumWidth(160)
        binding = IntBinding(self.session, widget, _path_fn(path), label,
                             self._describe(label, describe), self.page)
        self._add(form, label, binding)
        return binding

    def decimal(self, form: QFormLayout | None, label: str, path: Path | PathFn, *,
                minimum: float, maximum: float, describe: Callable[[], str] | None = None
                ) -> FloatBinding:
        widget = QDoubleSpinBox()
        widget.setRange(minimum, maximum)
        widget.setDecimals(1)
        widget.setSingleStep(0.5)
        widget.setMaximumWidth(160)
        binding = FloatBinding(self.session, widget, _path_fn(path), label,
                               self._describe(label, describe), self.page)
        self._add(form, label, binding)
        return binding

    def check(self, form: QFormLayout | None, label: str, text: str, path: Path | PathFn, *,
              describe: Callable[[], str] | None = None) -> CheckBinding:
        widget = QCheckBox(text)
        binding = CheckBinding(self.session, widget, _path_fn(path), label,
                               self._describe(label, describe), self.page)
        self._add(form, label, binding)
        return binding

    def choice(self, form: QFormLayout | None, label: str, path: Path | PathFn,
               choices: Sequence[tuple[str, str]], *, editable: bool = False,
               describe: Callable[[], str] | None = None) -> ChoiceBinding:
        widget = QComboBox()
        widget.setEditable(editable)
        if editable:
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            widget.setMinimumWidth(260)
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        binding = ChoiceBinding(self.session, widget, _path_fn(path), label,
                                self._describe(label, describe), self.page, choices=choices)
        self._add(form, label, binding)
        return binding

    def refresh(self, brand: Brand) -> None:
        for binding in self.bindings:
            binding.refresh(brand)


class ProfilePage(QWidget):
    """One part of the profile: title, intro, then the page's own forms in a scroll area."""

    key = ""
    built = Signal()  # the last part built later is in place

    def __init__(self, session: EditSession, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields = Fields(session, self.key)
        self.parts: list[Refreshable] = [self.fields]
        self._stale = True
        self._later: list[Callable[[], None]] = []
        self._unshown: dict[QWidget, Callable[[], QWidget]] = {}  # tab -> builds its content
        self._finished = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(24, 18, 24, 8)
        self.title = heading(title)
        self.title.setAccessibleName(title)
        head_layout.addWidget(self.title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: palette(placeholder-text);")
        head_layout.addWidget(self.intro)
        outer.addWidget(head)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(24, 8, 24, 24)
        self.body.setSpacing(14)
        self.scroller.setWidget(self.content)
        outer.addWidget(self.scroller)
        session.changed.connect(self._on_changed)

    def group(self, title: str) -> QFormLayout:
        """A titled group holding a form, added to the page."""
        box = QGroupBox(title)
        form = form_layout()
        box.setLayout(form)
        self._append(box)
        return form

    def add(self, widget: QWidget, title: str | None = None) -> QWidget:
        if title is None:
            self._append(widget)
            return widget
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        self._append(box)
        return box

    def _append(self, widget: QWidget) -> None:
        """At the end of the page (above the stretch once the page is finished)."""
        self.body.insertWidget(self.body.count() - 1 if self._finished else -1, widget)

    def finish(self) -> None:
        """Call at the end of building: pushes the forms up and shows the current profile."""
        self.body.addStretch(1)
        self._finished = True
        self.refresh()

    def build_later(self, *steps: Callable[[], None]) -> None:
        """After ``finish``: the parts below the first screenful, each built (and shown with
        the current profile) in its own later turn of the event loop, so no turn holds the
        window long."""
        self._later = list(steps)
        QTimer.singleShot(0, self, self._build_next)

    @property
    def building(self) -> bool:
        """Parts of the page are still to be built."""
        return bool(self._later)

    def build_when_shown(self, tabs: QTabWidget,
                         steps: Sequence[tuple[str, Callable[[], QWidget]]]) -> None:
        """Tabs titled at once whose content (what each step returns) is built, and shown
        with the current profile, the first time the tab is shown: a tab the person never
        opens costs the page's first visit nothing."""
        for title, step in steps:
            holder = tab_page(None)
            tabs.addTab(holder, title)
            self._unshown[holder] = step
        tabs.currentChanged.connect(lambda index: self._build_tab(tabs.widget(index)))

    def _build_tab(self, holder: QWidget | None) -> None:
        step = self._unshown.pop(holder, None) if holder is not None else None
        layout = holder.layout() if holder is not None else None
        if step is not None and layout is not None:
            self._build_part(lambda: _add_shown(layout, step()))

    def build_all(self) -> None:
        """Build what is left at once (where a caller needs every widget now)."""
        while self._later:
            self._build_next()
        for holder in list(self._unshown):
            self._build_tab(holder)

    def _build_next(self) -> None:
        if not self._later:
            return
        self._build_part(self._later.pop(0))
        if self._later:
            QTimer.singleShot(0, self, self._build_next)
        else:
            self.built.emit()

    def _build_part(self, step: Callable[[], object]) -> None:
        """Run ``step`` and show what it built with the current profile."""
        parts, bindings = len(self.parts), len(self.fields.bindings)
        step()
        brand = self.session.brand
        for binding in self.fields.bindings[bindings:]:
            binding.refresh(brand)
        for part in self.parts[parts:]:
            part.refresh(brand)

    def refresh(self) -> None:
        brand = self.session.brand
        for part in self.parts:
            part.refresh(brand)
        self._stale = False

    def _on_changed(self, _state: State) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)


def item_title(value: Any) -> str:
    return str(value) if value else "—"


def title_of(attr: str) -> Any:
    """A list editor's row title: the item's ``attr``, or a dash while it is empty."""
    def title(item: Any) -> str:
        return str(getattr(item, attr) or "—")
    return title


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one above the other, without margins of their own."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _add_shown(layout: QLayout, widget: QWidget) -> None:
    """Add ``widget`` to a tab being shown, and show it now (a layout shows what is added to a
    visible widget only in the next turn of the event loop)."""
    layout.addWidget(widget)
    widget.show()


def tab_page(widget: QWidget | None) -> QWidget:
    """``widget`` inside a tab, with the tab's margins (None: an empty tab, filled later)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    if widget is not None:
        layout.addWidget(widget)
    return holder
