"""The review view: the draft in the centre, the findings as cards beside it.

Centre (:mod:`~brandregie.ui.review.draft_centre`): the draft as it looks, or, with Compare,
this version beside the previous one. Side (:mod:`~brandregie.ui.review.review_tabs`): the
finding cards (answered on the card, or by key), the colours and fonts, and what changed since
the previous version. Clicking a card scrolls the draft to its words and flashes them; clicking
marked words selects their card. Top (:mod:`~brandregie.ui.review.review_head`): the score after
the owner's answers beside the score as delivered, and the decision. Above the cards: apply all
safe fixes, save the corrected copy. What answers do lives in
:mod:`brandregie.ui.review.actions`, what goes back to the agency in
:mod:`brandregie.ui.review.feedback_actions`; every panel is redrawn from the version on screen.

Opening a version (:meth:`ReviewView.open_version`) holds the window for no long stretch: the
version is read and its fixes worked out on a worker (:mod:`~brandregie.ui.review.review_reading`),
then drawn a part per turn of the event loop (header, draft, cards, tabs), and the cards below
the first screenful follow a few per turn (:mod:`~brandregie.ui.review.cards`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from brandregie.checks.language import loaded
from brandregie.checks.model import Finding
from brandregie.checks.rules.voice import RULE as VOICE_RULE
from brandregie.errors import BrandRegieError
from brandregie.fixes.model import Fix
from brandregie.i18n import translator
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.review.own_texts import own_text_change
from brandregie.review.records import Comparison, ReviewedFinding, VersionReview
from brandregie.review.service import BrandChange, ReviewService
from brandregie.review.voice_bars import VoiceBar, voice_bars
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.memory import give_back_soon
from brandregie.ui.review.actions import ReviewActions
from brandregie.ui.review.draft_centre import DraftCentre
from brandregie.ui.review.feedback_actions import FeedbackActions
from brandregie.ui.review.language_tables import FIX_LANGUAGES, VOICE_LANGUAGES, LanguageTables
from brandregie.ui.review.review_head import ReviewHead
from brandregie.ui.review.review_reading import ReadReview, read_review
from brandregie.ui.review.review_screen import WORD_RULES, problem_box
from brandregie.ui.review.review_tabs import ReviewTabs
from brandregie.ui.review.turns import Turns
from brandregie.ui.settings import app_settings

SPLITTER_KEY = "review/splitter"


class ReviewView(QWidget):
    """One version under review. Emits what the page must act on."""

    #: (brand id) the owner allowed or banned a word: the profile has a new revision
    profile_changed = Signal(int)
    #: (version id) check this version again (after a profile change)
    recheck_requested = Signal(int)
    #: (assignment id) approved or changes requested
    decided = Signal(int)

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.review: VersionReview | None = None
        self.comparison: Comparison | None = None
        #: The fix for each finding of the version on screen that has a mechanical one.
        self.fixes: dict[str, Fix] = {}
        #: The lemma tables the fixes look words up in, loaded off the GUI thread.
        self.tables = LanguageTables(self)
        self.tables.ready.connect(self._tables_in)
        #: What is shown of the version on screen (or being drawn).
        self._read = ReadReview(None)
        #: The version being opened or shown, and the finding to select once it is drawn.
        self._wanted: int | None = None
        self._select_after: str | None = None
        #: Changes drawn at once on the GUI thread (an answer, own texts); a read begun
        #: before the last of them is older than the screen and is read again.
        self._drawn = self._read_from = 0
        self.reader = Runner(self)  # reads the version to open off the GUI thread
        self.reader.finished.connect(self._read_in)
        self.reader.failed.connect(self._read_failed)
        self.turns = Turns(self)  # draws it a part per turn
        self._build()
        self.answers = ReviewActions(self)
        self.feedback = FeedbackActions(self)
        self._wire()
        self.show_version(None)

    @property
    def brand_editor(self) -> Callable[[BrandChange], bool] | None:
        return self.answers.brand_editor

    @brand_editor.setter
    def brand_editor(self, editor: Callable[[BrandChange], bool] | None) -> None:
        self.answers.brand_editor = editor

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.head = ReviewHead()
        self.header, self.status, self.own_text = \
            self.head.header, self.head.status, self.head.own_text
        self.badge, self.approve_button = self.header.badge, self.header.approve_button
        self.changes_button = self.header.changes_button
        outer.addWidget(self.head)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.centre = DraftCentre(self.service)
        self.text, self.pages = self.centre.text, self.centre.pages
        self.compare, self.empty = self.centre.compare, self.centre.empty
        self.splitter.addWidget(self.centre)

        self.tabs = ReviewTabs()
        self.cards, self.bar, self.fix_bar = self.tabs.cards, self.tabs.bar, self.tabs.fix_bar
        self.findings_page, self.visual = self.tabs.findings_page, self.tabs.visual
        self.colours, self.fonts = self.visual.colours, self.visual.fonts
        self.compare_tree = self.tabs.compare_tree
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        state = app_settings().value(SPLITTER_KEY)
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            self.splitter.setSizes([640, 420])
        outer.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        feedback = self.feedback
        self.header.approve_button.clicked.connect(
            lambda: feedback.decide(DecisionOutcome.APPROVED))
        self.header.changes_button.clicked.connect(
            lambda: feedback.decide(DecisionOutcome.CHANGES_REQUESTED))
        self.header.feedback_button.clicked.connect(lambda: feedback.save_feedback())
        self.header.send_button.clicked.connect(lambda: feedback.send_feedback())
        self.header.compare_button.toggled.connect(self._show_centre)
        self.splitter.splitterMoved.connect(
            lambda _pos, _index: app_settings().setValue(SPLITTER_KEY, self.splitter.saveState()))
        self.cards.selected.connect(lambda key: self.select_finding(key, flash=True))
        self.text.finding_clicked.connect(lambda key: self.select_finding(key, flash=True))
        self.pages.finding_clicked.connect(lambda key: self.select_finding(key, flash=True))
        self.bar.accept.connect(self.answers.accept)
        self.bar.dismiss.connect(self.answers.dismiss)
        self.bar.remark.connect(self.answers.remark)
        self.bar.allow.connect(self.answers.allow_word)
        self.bar.ban.connect(self.answers.ban_word)
        self.bar.fix.connect(self.answers.apply_fix)
        self.fix_bar.apply_all_button.clicked.connect(self.answers.apply_safe_fixes)
        self.own_text.button.clicked.connect(self.add_to_own_texts)
        self.fix_bar.copy_button.clicked.connect(lambda: feedback.save_corrected_copy())
        feedback.saver.saving.connect(self.head.set_saving)
        feedback.saver.saving.connect(self.fix_bar.set_saving)

    # -- showing ---------------------------------------------------------------------------------

    @property
    def building(self) -> bool:
        """A version is being read or drawn (what is on screen is not yet all of it)."""
        return self.reader.busy or self.turns.busy

    def open_version(self, version_id: int | None, *, select: str | None = None) -> None:
        """Show ``version_id`` as :meth:`show_version` does, without holding the window: read
        on a worker, then drawn a part per turn; ``select`` that finding once drawn."""
        if version_id is None:
            self.show_version(None)
            return
        self._wanted, self._select_after = version_id, select
        service, with_fixes = self.service, all(loaded(lang) for lang in FIX_LANGUAGES)

        def read(progress: Progress) -> ReadReview:
            progress(0, 1)  # a newer open replaces this one: it stops here
            return read_review(service, version_id, with_fixes=with_fixes)

        self._read_from = self._drawn
        self.reader.start(read, key=version_id)

    def reopen(self, version_id: int | None = None) -> None:
        """The version on screen (or on its way) again, as stored now, its finding kept;
        ``version_id`` where none is."""
        if self._wanted is None:
            self.open_version(version_id)
        else:
            self.open_version(self._wanted, select=self.current_key())

    def show_version(self, version_id: int | None) -> None:
        """Show ``version_id`` (None: nothing) as it is stored now, at once; no panel keeps the
        last one."""
        self.reader.cancel()
        self._wanted, self._select_after = version_id, None
        self._show(read_review(self.service, version_id, with_fixes=all(
            loaded(lang) for lang in FIX_LANGUAGES)), now=True)

    def _read_in(self, task: Task, read: ReadReview) -> None:
        if task.key != self._wanted:
            return
        if self._read_from != self._drawn:  # an answer was drawn meanwhile: not in this read
            self.reopen()
            return
        self._show(read, now=False)

    def _read_failed(self, task: Task, failure: Failure) -> None:
        """The version went meanwhile (deleted, restored over): nothing, and why."""
        if task.key == self._wanted:
            self._wanted = None
            self._show(ReadReview(None), now=True)
            self.note(failure.message)

    def _show(self, read: ReadReview, *, now: bool) -> None:
        self._read = read
        self.review, self.comparison = read.review, read.comparison
        self.cards.current = None
        steps = [self._render_top, self._render_draft, self._render_findings, self._render_tabs]
        if (key := self._select_after) is not None:
            self._select_after = None
            steps.append(lambda: self.select_finding(key))
        steps.append(give_back_soon)  # the version drawn before may have been a large one
        self.turns.run(steps, now=now)

    def reload(self, keep_selection: bool = True) -> None:
        if self.review is None:
            return
        key = self.current_key() if keep_selection else None
        self.show_version(self.review.version.id)
        if key is not None:
            self.select_finding(key)

    def refresh_answers(self) -> None:
        """After an answer: the score, the cards and the marks, at once (the draft stays)."""
        if self.review is None:
            return
        self.turns.finish()  # the version's parts still to draw: drawn first
        self._drawn += 1
        key = self.current_key()
        self.review = self.service.review(self.review.version.id)
        findings = self.review.findings
        self._render_head()
        self.cards.show_findings(findings, self.review.brand, self._fix_preview,
                                 self._voice_bars)
        self.centre.set_findings(findings)
        if key is not None:
            self.select_finding(key)
        self.cards.setFocus()  # the keys go on working where the answer was given

    def _render_top(self) -> None:
        read, review = self._read, self.review
        self.head.show_buttons(checked=review is not None and review.effective is not None,
                               decided=read.decided, comparable=self.comparison is not None)
        self.own_text.set_state(approved=read.approved, added=read.added)
        self._render_head()

    def _render_draft(self) -> None:
        self.centre.show_draft(self.review, self._read.data)
        self._show_centre()

    def _render_findings(self) -> None:
        review = self.review
        findings = review.findings if review else ()
        focus = QApplication.focusWidget()
        held = focus is not None and self.cards.isAncestorOf(focus)
        self.cards.show_findings(findings, review.brand if review else None,
                                 self._fix_preview, self._voice_bars)
        self.select_finding(None)
        if held:  # the focus was on a card that went: the keys go on working in the panel
            self.cards.setFocus()

    def _render_tabs(self) -> None:
        self.tabs.show_visual(self.review)
        self.tabs.show_comparison(self.comparison)

    def _show_centre(self) -> None:
        self.centre.show_current(self.review, self.comparison,
                                 comparing=self.header.compare_button.isChecked(),
                                 status=self.status.text())

    def toggle_compare(self) -> None:
        if self.header.compare_button.isEnabled():
            self.header.compare_button.toggle()

    def _render_head(self) -> None:
        self.head.show_review(self.review)
        self.fixes = self.fix_bar.show_review(self.review, self.tables, self._read.fixes)

    def _tables_in(self) -> None:
        """The tables are in: the fixes, their previews and the voice charts appear."""
        if (review := self.review) is not None:
            self.turns.finish()
            key = self.current_key()
            self.fixes = self.fix_bar.show_review(review, self.tables)
            if not self.tables.missing():
                self._read = replace(self._read, fixes=self.fixes)
            self.cards.show_findings(review.findings, review.brand, self._fix_preview,
                                     self._voice_bars)
            self.select_finding(key)

    def _fix_preview(self, finding: Finding) -> str | None:
        """The brand's version of the finding's words, where the fix is mechanical."""
        review = self.review
        if review is None or review.draft is None or review.report is None \
                or review.brand is None or self.tables.missing():
            return None
        from brandregie.fixes.preview import preview

        return preview(review.draft.text, review.draft.blocks, review.brand, review.report,
                       finding, translator())

    def add_to_own_texts(self) -> None:
        """The approved version's words join the brand's own texts ("Sounds like us")."""
        review = self.review
        if review is None:
            return
        try:
            change = own_text_change(self.service, review.version.id)
            if self.brand_editor is None or not self.brand_editor(change):
                self.service.save_word_change(change)
        except BrandRegieError as exc:
            self.problem(exc.message)
            return
        self._drawn += 1
        self._read = replace(self._read, added=True)
        self.own_text.set_state(approved=self._read.approved, added=True)
        self.note(self.tr("Added to “Sounds like us”: the voice check now learns from it too."))
        self.profile_changed.emit(change.brand_id)

    def _voice_bars(self, finding: Finding) -> list[VoiceBar]:
        """The voice chart's figures for a voice.drift card (none for other findings)."""
        ready = finding.rule == VOICE_RULE and not self.tables.missing(VOICE_LANGUAGES)
        return voice_bars(self.review, finding) if self.review is not None and ready else []

    def comparison_counts(self) -> tuple[int, int, int] | None:
        """(fixed, new, remaining) against the previous version, as shown."""
        c = self.comparison
        return None if c is None else (len(c.fixed), len(c.new), len(c.remaining))

    # -- selection, both ways --------------------------------------------------------------------

    def current_key(self) -> str | None:
        return self.cards.current

    def current_finding(self) -> ReviewedFinding | None:
        key = self.current_key()
        if self.review is None or key is None:
            return None
        return next((f for f in self.review.findings if f.key == key), None)

    def select_finding(self, key: str | None, *, flash: bool = False) -> None:
        """Make ``key`` the current finding: its card, its words in the draft, the answer bar."""
        if self.review is None or not any(f.key == key for f in self.review.findings):
            key = None
        if key is not None:
            self.tabs.setCurrentWidget(self.findings_page)
        self.cards.select(key, flash=flash)
        self.centre.select_finding(key, flash=flash)
        reviewed = self.current_finding()
        if reviewed is not None:
            finding = reviewed.finding
            fixable = reviewed.key in self.fixes
            self.bar.set_state(can_accept=reviewed.answer is not FindingAnswer.ACCEPTED,
                               word=finding.rule in WORD_RULES and bool(finding.excerpt),
                               reason=reviewed.reason, remark=reviewed.remark,
                               fix=fixable and reviewed.answer is not FindingAnswer.FIXED)

    # -- telling ---------------------------------------------------------------------------------

    def note(self, text: str) -> None:
        """A short line under the header (what just happened)."""
        self.head.note(text)

    def problem(self, message: str) -> None:
        problem_box(self, message)

    def widget(self) -> QWidget:
        return self

    def word_changed(self, brand_id: int, version_id: int) -> None:
        """A word was allowed or banned: the page saves nothing more, it checks again."""
        self.profile_changed.emit(brand_id)
        self.recheck_requested.emit(version_id)

    def was_decided(self, assignment_id: int) -> None:
        self.decided.emit(assignment_id)
        self.reload()

    def save_report(self, path: str) -> None:
        self.feedback.save_report(path)

    def save_feedback(self, path: str | None = None) -> str | None:
        return self.feedback.save_feedback(path)

    def save_corrected_copy(self, path: str | None = None) -> str | None:
        return self.feedback.save_corrected_copy(path)
