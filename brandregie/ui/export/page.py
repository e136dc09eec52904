"""The "Briefs" page (job 3 of DESIGN.md, "Brief the agency"): make, preview, save and send.

Left: what to make (a brief, the brand guide, the advocacy kit, the employer-branding plan), the
brief's form, and the files for the agency's tools (design tokens, a Vale style). Right: the
PDF itself in a QtPdf view. Preview lays the PDF out in a child process (a worker thread waits
on it) with progress and Cancel; Save and Send use the previewed bytes, and make them first
when the form has changed since. Everything goes through :mod:`brandregie.export` and
:mod:`brandregie.mail`; a :class:`~brandregie.errors.BrandRegieError` is shown as a message,
never a crash.

The widgets are :mod:`~brandregie.ui.export.view`'s; saving files is
:mod:`~brandregie.ui.export.saving`, sending :mod:`~brandregie.ui.export.sending`; the PDF is
made by a :class:`~brandregie.ui.jobs.Runner` job.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.export.brief import BriefRequest
from brandregie.export.documents import (
    DEFAULT_RENDER_LIMITS,
    DocumentKind,
    Rendered,
    render_in_child,
)
from brandregie.export.text import document_language
from brandregie.mail.errors import MailError
from brandregie.mail.service import MailService, SentMailInfo
from brandregie.mail.settings import load_settings
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.agreement import Agreement
from brandregie.review.records import AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.export import saving, sending
from brandregie.ui.export.sent import SentMailDialog
from brandregie.ui.export.view import BriefsView
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.session import EditSession
from brandregie.ui.settings import app_settings


class BriefsPage(BriefsView):
    """Briefs and other documents for the agency, from the open brand's profile."""

    # (text) a short report for the window's status bar
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, synchronous: bool = False,
                 today: date | None = None, in_steps: bool = False) -> None:
        super().__init__(parent, today=today, in_steps=in_steps)
        self.store = store
        self.settings = settings if settings is not None else app_settings()
        self.reviews = ReviewService(store)
        self.mail = MailService(store)
        self.session: EditSession | None = None
        self.rendered: Rendered | None = None
        self._rendered_key: object = None
        self._then: Callable[[], None] | None = None
        self._pending_key: object = None
        # Time and memory a PDF may take in its child process (see render_in_child).
        self.render_limits = DEFAULT_RENDER_LIMITS
        self.runner = Runner(self, synchronous=synchronous)
        self.runner.started.connect(self._busy_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_rendered)
        self.runner.failed.connect(self._on_render_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        # The open assignments, read on a worker when the page shows (on a store of years,
        # hundreds of them: the read held the window on every visit).
        self.reader = Runner(self, synchronous=synchronous)
        self.reader.finished.connect(self._assignments_read)
        self.form.lang = self.document_lang
        self.last_sent: SentMailInfo | None = None
        self.send_dialog: QDialog | None = None
        self._connect()
        self.set_session(None)

    def _connect(self) -> None:
        """What the view's choices, buttons and shortcuts do."""
        self.make.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._mark_stale())
        self.form.changed.connect(self._mark_stale)
        self.tokens_button.clicked.connect(self.export_tokens)
        self.vale_button.clicked.connect(self.export_vale)
        self.sent_button.clicked.connect(self.show_sent)
        self.cancel_button.clicked.connect(self.cancel)
        for act, slot in ((self.preview_action, self.preview_now),
                          (self.save_action, self.save_pdf), (self.send_action, self.send),
                          (self.cancel_action, self.cancel)):
            act.triggered.connect(lambda _checked=False, slot=slot: slot())

    # -- the open brand ----------------------------------------------------------------------------

    def set_session(self, session: EditSession | None) -> None:
        """Follow the brand open in the window (``None``: no brand open)."""
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.changed.disconnect(self._brand_edited)
        self.runner.cancel()
        if (session.brand_id if session else None) != (self.session.brand_id if self.session
                                                       else None):
            self.form.clear()  # a title or budget of one brand is no default for another
            self.form.set_assignments([])  # nor its assignments, until they are read
        self.session = session
        self.rendered, self._rendered_key = None, None
        self.warnings.hide()
        if session is not None:
            session.changed.connect(self._brand_edited)
            lang = document_language(self._memory_snapshot(session), None)
            self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.form.set_brand(session.brand if session is not None else None)
        self._load_defaults()
        if self.isVisible():  # else showEvent reads them, once
            self.refresh_assignments_later()
        self._enable()
        self._kind_changed()

    def _brand_edited(self, _state: object) -> None:
        if self.session is not None:
            self.form.set_brand(self.session.brand)
        self._mark_stale()

    def _load_defaults(self) -> None:
        """Sign-off and contact default to the sender in the e-mail settings."""
        mail = load_settings()
        if mail.sender_name and not self.form.sign_off.text():
            self.form.sign_off.setText(mail.sender_name)
        if mail.sender_address and not self.form.contact.text():
            contact = " · ".join(p for p in (mail.sender_name, mail.sender_address) if p)
            self.form.contact.setText(contact)

    def refresh_assignments(self) -> None:
        """The open brand's assignments, not yet approved, read now (they change on another
        page); a read still running on the worker is dropped, its list being older."""
        self.reader.cancel()
        self.form.set_assignments(*self._read_assignments(self._brand_id()))

    def refresh_assignments_later(self) -> None:
        """The same, read on a worker: the form's list follows when the read is done."""
        brand_id = self._brand_id()
        if brand_id is None:
            self.reader.cancel()
            self.form.set_assignments([])
            return
        self.reader.start(lambda _progress: self._read_assignments(brand_id), key=brand_id)

    def _brand_id(self) -> int | None:
        return self.session.brand_id if self.session is not None else None

    def _read_assignments(self, brand_id: int | None
                          ) -> tuple[list[AssignmentInfo], dict[int, Agreement]]:
        """(The brand's open assignments, what was agreed on each); none when unreadable."""
        if brand_id is None:
            return [], {}
        try:
            found = self.reviews.assignments(brand_id, include_approved=False)
            return found, self.reviews.agreements([a.id for a in found])
        except BrandRegieError:
            return [], {}

    def _assignments_read(self, task: Task, result: object) -> None:
        if task.key == self._brand_id():  # not meanwhile another brand
            found, agreed = cast(tuple[list[AssignmentInfo], dict[int, Agreement]], result)
            self.form.set_assignments(found, agreed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_assignments_later()

    def _enable(self) -> None:
        has_brand = self.session is not None
        for widget in (self.make, self.language, self.form, self.tokens_button,
                       self.vale_button, self.preview_button, self.save_button,
                       self.send_button, self.sent_button):
            widget.setEnabled(has_brand)
        for act in (self.preview_action, self.save_action, self.send_action):
            act.setEnabled(has_brand)

    def _memory_snapshot(self, session: EditSession) -> ProfileSnapshot:
        return ProfileSnapshot(session.brand, session.base_revision, session.brand_id,
                               session.files)

    def snapshot(self) -> ProfileSnapshot:
        """The open brand as saved now (the footer of every page names this revision)."""
        session = self.session
        if session is None:
            raise BrandRegieError(self.tr("Open a brand first."))
        saved = session.flush()
        snap = self._memory_snapshot(session)
        if not saved:  # the last edits are not stored: do not claim a revision for them
            snap = ProfileSnapshot(snap.brand, None, snap.brand_id, snap.files)
        else:  # the document names this revision: later edits must not merge into it
            session.service.keep(session.brand_id, session.base_revision)
        return snap

    # -- what to make ------------------------------------------------------------------------------

    def kind(self) -> DocumentKind:
        return DocumentKind(str(self.make.currentData()))

    def set_kind(self, kind: DocumentKind) -> None:
        self.make.setCurrentIndex(self.make.findData(kind.value))

    def document_lang(self) -> str:
        return str(self.language.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.form.setVisible(kind is DocumentKind.BRIEF)
        texts = {
            DocumentKind.BRIEF: "",
            DocumentKind.GUIDE: self.tr("The whole profile as one document the agency can "
                                        "keep beside its work: who you are, tone of voice, "
                                        "words, positioning, customers, the visual identity "
                                        "and the employer brand."),
            DocumentKind.ADVOCACY: self.tr("For everyone who works here and posts about it: "
                                           "what to share, what not, the hashtags and example "
                                           "posts."),
            DocumentKind.EMPLOYER: self.tr("For HR and marketing together: the hiring goal, "
                                           "why people like to work here, candidate personas, "
                                           "competing employers and the candidate journey."),
        }
        self.about.setText(texts[kind])
        self.about.setVisible(bool(texts[kind]))
        self._mark_stale()

    def _key(self) -> tuple[object, ...]:
        """What the preview depends on: the document, its language, the form, the profile."""
        session = self.session
        request = self.form.request() if self.kind() is DocumentKind.BRIEF else None
        return (self.kind(), self.document_lang(), request,
                id(session.state) if session is not None else None)

    def is_current(self) -> bool:
        """True when the preview shows what the form and the profile say now."""
        try:
            return self.rendered is not None and self._key() == self._rendered_key
        except BrandRegieError:
            return False

    def _mark_stale(self) -> None:
        if self.session is None:
            self.preview.show_note(self.tr("Open a brand to make briefs and guides."))
            self.status.setText("")
            return
        if self.rendered is None:
            self.preview.show_note(self.tr("Press Preview (F5) to see the PDF here."))
            self.status.setText("")
        elif not self.is_current():
            self.status.setText(self.tr("Changed since this preview: press Preview (F5) to "
                                        "see the new version."))

    # -- preview -----------------------------------------------------------------------------------

    def preview_now(self) -> None:
        """Lay out the chosen document again and show it (F5)."""
        self._render(None)

    def _render(self, then: Callable[[], None] | None) -> None:
        try:
            snapshot = self.snapshot()
            kind, lang = self.kind(), self.document_lang()
            request: BriefRequest | None = (self.form.request() if kind is DocumentKind.BRIEF
                                            else None)
            key = self._key()
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self._then = then
        self._pending_key = key

        limits = self.render_limits

        def job(progress: Progress) -> Rendered:
            return render_in_child(kind, snapshot, request, lang, progress=progress,
                                   cancel=progress.cancel, limits=limits)

        self.runner.start(job)

    def _when_current(self, action: Callable[[], None]) -> None:
        """Run ``action`` on a preview of what the form says now (making it first if needed)."""
        if self.session is None:
            return
        if self.is_current() and not self.runner.busy:
            action()
        else:
            self._render(action)

    def _busy_started(self, _task: Task) -> None:
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.busy_row.show()
        self.cancel_action.setEnabled(True)
        self.status.setText(self.tr("Making the PDF…"))

    def _on_progress(self, _task: Task, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_rendered(self, _task: Task, rendered: object) -> None:
        assert isinstance(rendered, Rendered)
        self._idle()
        self.rendered, self._rendered_key = rendered, self._pending_key
        pages = self.preview.show_pdf(rendered.data)
        revision = (self.tr("profile revision %1").replace("%1", str(rendered.revision))
                    if rendered.revision is not None else self.tr("unsaved profile"))
        count = self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1",
                                                                                 str(pages))
        self.status.setText(f"{rendered.title} · {count} · {revision}")
        if rendered.result.warnings:
            self.warnings.setText(self.tr("Made, with a warning: %1")
                                  .replace("%1", " ".join(rendered.result.warnings)))
            self.warnings.show()
        else:
            self.warnings.hide()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _on_render_failed(self, _task: Task, failure: Failure) -> None:
        self._idle()
        self._then = None
        self.status.setText(self.tr("No PDF: %1").replace("%1", failure.message))
        self._problem(failure.message)

    def _on_cancelled(self, _task: Task) -> None:
        self._idle()
        self._then = None
        self.status.setText(self.tr("Preview cancelled."))
        if self.rendered is not None:
            self._mark_stale()

    def _idle(self) -> None:
        self.busy_row.hide()
        self.cancel_action.setEnabled(False)

    def cancel(self) -> None:
        """Stop making the PDF (the Cancel button; Escape while it runs)."""
        self.runner.cancel()

    # -- save --------------------------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Ask where, and write the previewed PDF there (Ctrl+Shift+S)."""
        self._when_current(self._save_rendered)

    def _save_rendered(self) -> None:
        rendered = self.rendered
        if rendered is not None:
            self._saved(lambda: saving.save_pdf(self, self.settings, rendered))

    def export_tokens(self) -> None:
        """Write the design tokens (JSON and CSS) into a folder the person picks."""
        if self.session is not None:
            self._saved(lambda: saving.save_tokens(self, self.settings, self.snapshot))

    def export_vale(self) -> None:
        """Write the Vale style package into a folder the person picks."""
        if self.session is not None:
            self._saved(lambda: saving.save_vale(self, self.settings, self.snapshot,
                                                 self.document_lang()))

    def _saved(self, save: Callable[[], str | None]) -> None:
        """Run ``save``; say what it saved, or what went wrong."""
        try:
            done = save()
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        if done is not None:
            self._report(done)

    # -- send --------------------------------------------------------------------------------------

    def send(self) -> None:
        """Confirm the recipient and send the previewed PDF to the agency (Ctrl+Shift+M)."""
        settings = load_settings()
        try:
            settings.validate()
        except MailError as exc:
            self._no_mail_server(exc.message)
            return
        self._when_current(self._open_send_dialog)

    def _open_send_dialog(self) -> None:
        """The shared "Send to the agency" dialog with this PDF, the assignment's agency in To."""
        rendered, session = self.rendered, self.session
        if rendered is None or session is None:
            return
        assignment = self.form.current_assignment()
        self.send_dialog = sending.send_dialog(
            self, self.mail, session, rendered, assignment.id if assignment else None,
            threaded=not self.runner.synchronous)
        self.send_dialog.sent.connect(self._on_sent)

    def _on_sent(self, info: object) -> None:
        assert isinstance(info, SentMailInfo)
        self.last_sent = info
        self._report(self.tr("Sent %1 to %2. It is listed under Sent mail….")
                     .replace("%1", info.attachment_name).replace("%2", info.recipient))

    def show_sent(self) -> SentMailDialog | None:
        """The open brand's sent-mail log, with "Send again" for what did not go out."""
        if self.session is None:
            return None
        dialog = SentMailDialog(self, self.mail, self.session.brand_id,
                                synchronous=self.runner.synchronous)
        dialog.open()
        return dialog

    def _no_mail_server(self, reason: str) -> None:
        sending.offer_mail_setup(self._message(
            QMessageBox.Icon.Information, self.tr("E-mail server"),
            self.tr("To send from BrandRegie, set up your e-mail server first (%1).")
            .replace("%1", reason)))

    # -- telling the person ------------------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.status.setText(text)
        self.status_message.emit(text)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal message (the window keeps running; tests find it by object name)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("briefs-message")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _problem(self, message: str) -> None:
        self._message(QMessageBox.Icon.Warning, self.tr("BrandRegie"), message)

