"""The "Briefs" page (job 3 of DESIGN.md, "Brief the agency"): make, preview, save and send.

Left: what to make (a brief, the brand guide, the advocacy kit, the employer-branding plan), the
brief's form, and the files for the agency's tools (design tokens, a Vale style). Right: the
PDF itself in a QtPdf view. Preview lays the PDF out in a child process (a worker thread waits
on it) with progress and Cancel; Save and Send use the previewed bytes, and make them first
when the form has changed since. Everything goes through :mod:`brandregie.export` and
:mod:`brandregie.mail`; a :class:`~brandregie.errors.BrandRegieError` is shown as a message,
never a crash.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.export.brief import BriefRequest
from brandregie.export.documents import (
    DEFAULT_RENDER_LIMITS,
    DocumentKind,
    Rendered,
    render_in_child,
    token_files,
    token_paths,
    write_file,
)
from brandregie.export.text import document_language
from brandregie.export.vale import write_vale_package
from brandregie.mail.compose import Attachment
from brandregie.mail.errors import MailError
from brandregie.mail.service import MailService, SentMailInfo
from brandregie.mail.settings import load_settings
from brandregie.models.mail import MailKind
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui import dialogs
from brandregie.ui.connections import MailSettingsDialog, SendMailDialog
from brandregie.ui.export.form import BriefForm
from brandregie.ui.export.preview import PdfPreview
from brandregie.ui.export.sent import SentMailDialog
from brandregie.ui.export.worker import Progress, Runner
from brandregie.ui.page import form_layout, heading
from brandregie.ui.session import EditSession
from brandregie.ui.settings import app_settings

# Where "Save PDF…" and the folder exports opened last (QSettings key).
FOLDER_KEY = "briefs/folder"

PREVIEW_KEYS = (QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+Shift+P"))
SAVE_KEYS = (QKeySequence("Ctrl+Shift+S"),)
SEND_KEYS = (QKeySequence("Ctrl+Shift+M"),)


def choose_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    """Ask for a folder (tests replace this, as they do :mod:`brandregie.ui.dialogs`)."""
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def kind_labels() -> dict[DocumentKind, str]:
    """The choices of "Make:" (module level, so in the fixed context "Briefs")."""
    return {
        DocumentKind.BRIEF: QCoreApplication.translate("Briefs", "Brief for the agency"),
        DocumentKind.GUIDE: QCoreApplication.translate("Briefs",
                                                       "Brand guide (the whole profile)"),
        DocumentKind.ADVOCACY: QCoreApplication.translate("Briefs", "Advocacy kit for employees"),
        DocumentKind.EMPLOYER: QCoreApplication.translate(
            "Briefs", "Employer-branding plan (HR and marketing)"),
    }


class BriefsPage(QWidget):
    """Briefs and other documents for the agency, from the open brand's profile."""

    # (text) a short report for the window's status bar
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, synchronous: bool = False,
                 today: date | None = None) -> None:
        super().__init__(parent)
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
        self.last_sent: SentMailInfo | None = None
        self.send_dialog: QDialog | None = None
        self._build(today)
        self.set_session(None)

    # -- building ----------------------------------------------------------------------------------

    def _build(self, today: date | None) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.addWidget(heading(self.tr("Briefs")))
        intro = QLabel(self.tr("Pick the deliverable, the persona and the key message; "
                               "BrandRegie fills in the rest from the profile and makes a PDF "
                               "in the brand's own colours and fonts, to save or to send."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._left(today))
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        outer.addWidget(splitter, 1)
        self._actions()

    def _left(self, today: date | None) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What to make, and the brief's details"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)

        what = QGroupBox(self.tr("What to make"))
        form = form_layout()
        self.make = QComboBox()
        self.make.setAccessibleName(self.tr("Document to make"))
        for kind, text in kind_labels().items():
            self.make.addItem(text, kind.value)
        self.make.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.make.setMinimumContentsLength(18)
        label = QLabel(self.tr("&Make:"))
        label.setBuddy(self.make)
        form.addRow(label, self.make)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        what.setLayout(form)
        layout.addWidget(what)

        self.form = BriefForm(today=today)
        layout.addWidget(self.form)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)

        tools = QGroupBox(self.tr("For the agency's tools"))
        tools_layout = QVBoxLayout(tools)
        self.tokens_button = QPushButton(self.tr("C&olours and fonts for web builders…"))
        self.tokens_button.setToolTip(self.tr("The brand's colours and fonts as files web "
                                              "builders and design tools read (design tokens: "
                                              "JSON and CSS)"))
        self.tokens_button.clicked.connect(self.export_tokens)
        self.vale_button = QPushButton(self.tr("Words for the agenc&y's text checker…"))
        self.vale_button.setToolTip(self.tr("The words to use and avoid, so the agency can "
                                            "check its copy before sending it (a Vale style "
                                            "package)"))
        self.vale_button.clicked.connect(self.export_vale)
        for button in (self.tokens_button, self.vale_button):
            tools_layout.addWidget(button)
        layout.addWidget(tools)
        layout.addStretch(1)
        scroll.setWidget(body)

        self.make.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._mark_stale())
        self.form.changed.connect(self._mark_stale)
        return scroll

    def _right(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 0, 0, 0)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.send_button = QPushButton(self.tr("Se&nd to agency…"))
        for button in (self.preview_button, self.save_button, self.send_button):
            row.addWidget(button)
        row.addStretch(1)
        self.sent_button = QPushButton(self.tr("Sent mail…"))
        self.sent_button.setToolTip(self.tr("What went to which agency, and what did not go "
                                            "out (to send again)"))
        self.sent_button.clicked.connect(self.show_sent)
        row.addWidget(self.sent_button)
        layout.addLayout(row)
        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the PDF"))
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the preview"))
        self.cancel_button.clicked.connect(self.cancel)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_row.hide()
        layout.addWidget(self.busy_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Preview status"))
        layout.addWidget(self.status)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setStyleSheet("QLabel { background: #FFF4D6; color: #5B4300; "
                                    "border: 1px solid #E0B23E; border-radius: 4px; "
                                    "padding: 6px; }")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        return right

    def _actions(self) -> None:
        def action(text: str, keys: tuple[QKeySequence, ...], slot: Callable[[], None],
                   button: QPushButton) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(list(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            button.clicked.connect(act.trigger)
            shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
            return act

        self.preview_action = action(self.tr("Preview"), PREVIEW_KEYS, self.preview_now,
                                     self.preview_button)
        self.save_action = action(self.tr("Save PDF…"), SAVE_KEYS, self.save_pdf,
                                  self.save_button)
        self.send_action = action(self.tr("Send to agency…"), SEND_KEYS, self.send,
                                  self.send_button)
        self.cancel_action = QAction(self.tr("Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(lambda _checked=False: self.cancel())
        self.addAction(self.cancel_action)

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
        self.session = session
        self.rendered, self._rendered_key = None, None
        self.warnings.hide()
        if session is not None:
            session.changed.connect(self._brand_edited)
            lang = document_language(self._memory_snapshot(session), None)
            self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.form.set_brand(session.brand if session is not None else None)
        self._load_defaults()
        self.refresh_assignments()
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
        """The open brand's assignments, not yet approved (they change on another page)."""
        if self.session is None:
            self.form.set_assignments([])
            return
        try:
            found = self.reviews.assignments(self.session.brand_id, include_approved=False)
        except BrandRegieError:
            found = []
        self.form.set_assignments(found)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_assignments()

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

    def _busy_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.busy_row.show()
        self.cancel_action.setEnabled(True)
        self.status.setText(self.tr("Making the PDF…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_rendered(self, rendered: object) -> None:
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

    def _on_render_failed(self, message: str) -> None:
        self._idle()
        self._then = None
        self.status.setText(self.tr("No PDF: %1").replace("%1", message))
        self._problem(message)

    def _on_cancelled(self) -> None:
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

    def _folder(self) -> Path:
        saved = self.settings.value(FOLDER_KEY)
        folder = Path(str(saved)) if saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _remember(self, folder: Path) -> None:
        self.settings.setValue(FOLDER_KEY, str(folder))

    def save_pdf(self) -> None:
        """Ask where, and write the previewed PDF there (Ctrl+Shift+S)."""
        self._when_current(self._save_rendered)

    def _save_rendered(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        path = dialogs.save_file(self, self.tr("Save the PDF"),
                                 str(self._folder() / rendered.file_name),
                                 self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file(path, rendered.data)
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self._remember(path.parent)
        self._report(self.tr("Saved %1").replace("%1", str(path)))

    def export_tokens(self) -> None:
        """Write the design tokens (JSON and CSS) into a folder the person picks."""
        folder = self._pick_folder(self.tr("Folder for the design tokens"))
        if folder is None or self.session is None:
            return
        try:
            snapshot = self.snapshot()
            existing = [p.name for p in token_paths(snapshot, folder) if p.exists()]
            if existing and not dialogs.confirm(
                    self, self.tr("Replace files?"),
                    self.tr("%1 already has %2. Replace?").replace("%1", str(folder))
                    .replace("%2", ", ".join(existing))):
                return
            paths = token_files(snapshot, folder)
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self._report(self.tr("Design tokens saved in %1: %2").replace("%1", str(folder))
                     .replace("%2", ", ".join(p.name for p in paths)))

    def export_vale(self) -> None:
        """Write the Vale style package into a folder the person picks."""
        folder = self._pick_folder(self.tr("Folder for the Vale style"))
        if folder is None or self.session is None:
            return
        try:
            ini = write_vale_package(self.snapshot(), folder, lang=self.document_lang())
        except BrandRegieError as exc:
            self._problem(exc.message)
            return
        self._report(self.tr("Vale style saved in %1. The agency checks its copy with: "
                             "vale <files>").replace("%1", str(ini.parent)))

    def _pick_folder(self, title: str) -> Path | None:
        folder = choose_folder(self, title, str(self._folder()))
        if folder is not None:
            self._remember(folder)
        return folder

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
        assignment = self.form.current_assignment() if rendered.kind is DocumentKind.BRIEF \
            else None
        brief = rendered.kind is DocumentKind.BRIEF
        dialog = SendMailDialog(
            self.mail, brand_id=session.brand_id, brand_name=session.brand.name,
            profile_revision=rendered.revision,
            attachment=Attachment(rendered.file_name, rendered.data),
            kind=MailKind.BRIEF if brief else MailKind.OTHER, title=rendered.title,
            assignment_id=assignment.id if assignment else None, parent=self,
            threaded=not self.runner.synchronous)
        if not brief:  # the shared texts speak of a brief; this is the guide, kit or plan
            name = dialog.to_name.text()
            greeting = self.tr("Hello %1,").replace("%1", name) if name else self.tr("Hello,")
            dialog.subject.setText(f"{rendered.title}")
            dialog.body.setPlainText(
                f"{greeting}\n\n" + self.tr("Attached is our %1, for your reference.")
                .replace("%1", rendered.title) + "\n\n" + self.tr("Kind regards,") + "\n"
                + (load_settings().sender_name or session.brand.name) + "\n")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self._on_sent)
        self.send_dialog = dialog
        dialog.open()

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
        box = self._message(QMessageBox.Icon.Information, self.tr("E-mail server"),
                            self.tr("To send from BrandRegie, set up your e-mail server first "
                                    "(%1).").replace("%1", reason))
        setup = box.addButton(self.tr("Set &up…"), QMessageBox.ButtonRole.AcceptRole)

        def chosen() -> None:
            if box.clickedButton() is setup:
                dialog = MailSettingsDialog(self)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()

        box.finished.connect(lambda _r: chosen())

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

