"""The Briefs page driven as the owner does: fill in a vacancy brief, preview, save, send.

Real parts throughout: the sample bakery in a SQLite file, the PDF laid out by ReportLab on a
worker thread, shown by QtPdf, read back with poppler's pdftotext, and sent through aiosmtpd on
127.0.0.1 with STARTTLS and a password.
"""

from __future__ import annotations

import email
import email.policy
import io
import threading
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from brandregie.export.brief import BriefType, build_brief
from brandregie.export.documents import DocumentKind, Rendered, RenderLimits
from brandregie.i18n import translator
from brandregie.mail.service import MailService
from brandregie.models.mail import MailKind, MailStatus
from brandregie.models.review import AssignmentKind
from brandregie.profile.pack import read_pack
from brandregie.review.service import ReviewService
from brandregie.ui.connections import SendMailDialog
from brandregie.ui.connections import send as send_module
from brandregie.ui.export.page import BriefsPage
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.export.saving import FOLDER_KEY
from brandregie.ui.export.sent import SentMailDialog
from brandregie.ui.main_window import MainWindow
from tests.export.long_guide import with_many_banned_words
from tests.export.pdftools import plain_text, qpdf_check
from tests.mail.conftest import PASSWORD, Server
from tests.processes import grandchildren
from tests.ui.conftest import (
    HeldJob,
    WindowFactory,
    choose,
    click,
    deliver_what_the_worker_sent,
    key,
    replace_text,
    type_text,
)
from tests.ui.export.conftest import (
    RENDER_TIMEOUT,
    FileChoices,
    iter_inputs,
    messages,
    wait_message,
)
from tests.ui.review.conftest import open_dialog

VONK = Path(__file__).resolve().parents[2] / "fixtures" / "brands" / "vonk"
TITLE = "Vacature één leerling-bakker"


def _received(server: Server) -> EmailMessage:
    parsed = email.message_from_bytes(server.inbox.messages[0][2], policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _preview(qtbot: QtBot, page: BriefsPage) -> None:
    """Press F5 on the page and wait for the worker to hand back the PDF."""
    target = page.form.title if page.form.isVisible() else page.make
    target.setFocus()
    with qtbot.waitSignal(page.runner.finished, timeout=RENDER_TIMEOUT):
        key(target, Qt.Key.Key_F5)


def test_a_vacancy_brief_is_previewed_saved_and_sent_to_the_agency(
        qtbot: QtBot, window: MainWindow, page: BriefsPage, agency_assignment: int,
        mail_server: Server, choices: FileChoices, tmp_path: Path) -> None:
    form = page.form
    # The assignment fills in its title and agency; the owner makes it a vacancy brief.
    choose(qtbot, form.assignment, agency_assignment)
    assert form.title.text() == "Vacature leerling-bakker"
    assert form.agency.text() == "Studio Deeg"
    choose(qtbot, form.type, BriefType.VACANCY.value)
    choose(qtbot, form.persona, "Ahmed, ervaren bakker")
    choose(qtbot, form.key_message, 1)
    replace_text(qtbot, form.title, TITLE)
    type_text(form.background, "Onze bakkers gaan met pensioen; wij zoeken nieuwe handen.")
    type_text(form.budget, "€ 1.500")
    assert form.title.text() == TITLE

    _preview(qtbot, page)
    assert page.rendered is not None and page.rendered.kind is DocumentKind.BRIEF
    request = form.request()
    assert request.type is BriefType.VACANCY and request.persona == "Ahmed, ervaren bakker"
    assert request.key_message == 1 and request.title == TITLE
    expected = build_brief(page.snapshot(), request, io.BytesIO(), lang="nl").pages
    assert page.preview.document.pageCount() == expected == page.rendered.result.pages
    assert f"{expected} pages" in page.status.text() and page.is_current()

    # Save: Ctrl+Shift+S, into a folder of the owner's choosing.
    out = tmp_path / "opdrachten"
    out.mkdir()
    choices.files.append(out / "vacature")
    key(form.title, Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    saved = out / "vacature.pdf"
    qtbot.waitUntil(saved.exists, timeout=RENDER_TIMEOUT)
    assert choices.asked[-1].endswith("briefing-vacature-een-leerling-bakker.pdf")
    assert page.settings.value(FOLDER_KEY) == str(out)
    qpdf_check(saved)
    words = plain_text(saved)
    t = translator("nl")
    assert TITLE in words
    for heading in ("Key message", "Audience", "Employer brand", "Background and why now",
                    "Checklist for this deliverable"):
        assert t(heading) in words, heading
    assert "Ahmed, ervaren bakker" in words and "Eerlijke ingrediënten uit de regio." in words
    assert "nieuwe handen" in words and "€ 1.500" in words

    # Send: the agency's address is filled in from the assignment; the owner presses Send.
    click(page.send_button)
    dialog = open_dialog(qtbot, page, SendMailDialog)
    assert dialog.to.text() == "sanne@studiodeeg.test"
    assert dialog.to_name.text() == "Sanne de Vries"
    assert TITLE in dialog.subject.text()
    with qtbot.waitSignal(dialog.sent, timeout=RENDER_TIMEOUT):
        click(dialog.send_button)
    assert dialog.state.text() == "Sent to sanne@studiodeeg.test."
    assert "sanne@studiodeeg.test" in page.status.text() and "Sent mail…" in page.status.text()

    assert len(mail_server.inbox.messages) == 1
    _sender, recipients, _raw = mail_server.inbox.messages[0]
    assert recipients == ["sanne@studiodeeg.test"]
    got = _received(mail_server)
    assert TITLE in str(got["Subject"])
    attachments = list(got.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_filename() == "briefing-vacature-een-leerling-bakker.pdf"
    assert attachments[0].get_content() == saved.read_bytes()

    session = window.session
    assert session is not None
    log = MailService(page.store).history(session.brand_id)
    assert len(log) == 1
    entry = log[0]
    assert entry.status is MailStatus.SENT and entry.kind is MailKind.BRIEF
    assert entry.assignment_id == agency_assignment and entry.recipient == "sanne@studiodeeg.test"
    assert entry.profile_revision == session.base_revision
    assert entry.attachment_name == "briefing-vacature-een-leerling-bakker.pdf"


def test_picking_an_assignment_fills_in_type_title_deadline_and_agency(
        qtbot: QtBot, page: BriefsPage) -> None:
    service = ReviewService(page.store)
    agency = service.add_agency("Reclamebureau Noord", "Joost", "joost@noord.test")
    assert page.session is not None
    due = date.today() + timedelta(days=30)
    made = service.create_assignment(page.session.brand_id, "Nieuwsbrief juni",
                                     kind=AssignmentKind.NEWSLETTER, agency_id=agency.id,
                                     due=due, brief="Zomeractie met aardbeientaart.")
    page.refresh_assignments()
    choose(qtbot, page.form.assignment, made.id)
    request = page.form.request()
    assert request.type is BriefType.NEWSLETTER and request.title == "Nieuwsbrief juni"
    assert request.deadline == due and request.agency == "Reclamebureau Noord"
    assert request.background == "Zomeractie met aardbeientaart."


def test_opened_by_the_person_the_page_comes_in_two_turns_and_is_then_whole(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The window shows the place; its page is made in one turn of the event loop and put
    into the window in the next, and then makes a PDF like one built at once."""
    place = window.page("briefs")
    assert isinstance(place, BriefsPlace)
    qtbot.waitUntil(lambda: place.page is not None)
    page = place.page
    assert page is not None and page.session is window.session
    qtbot.waitUntil(lambda: not place.building)
    assert page.preview.isVisible() and page.form.isVisible()
    assert page.preview_button.isEnabled() and page.make.isEnabled()
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    with qtbot.waitSignal(page.runner.finished, timeout=RENDER_TIMEOUT):
        key(page.make, Qt.Key.Key_F5)
    assert page.rendered is not None
    path = tmp_path / "guide.pdf"
    path.write_bytes(page.rendered.data)
    qpdf_check(path)
    assert "Bakkerij" in plain_text(path)


def test_an_assignment_made_on_another_page_is_offered_when_briefs_shows_again(
        qtbot: QtBot, window: MainWindow, page: BriefsPage) -> None:
    """The list is read on a worker each time the page shows; the window answers meanwhile and
    the form is usable once it is in."""
    service = ReviewService(page.store)
    assert page.session is not None
    made = service.create_assignment(page.session.brand_id, "Folder najaar",
                                     kind=AssignmentKind.NEWSLETTER)
    assert page.form.assignment.findData(made.id) < 0  # not read yet: made after the visit
    window.show_page("identity")
    with qtbot.waitSignal(page.reader.finished, timeout=RENDER_TIMEOUT):
        window.show_page("briefs")
    choose(qtbot, page.form.assignment, made.id)
    assert page.form.request().title == "Folder najaar"


def test_the_brand_guide_is_previewed_and_saved_to_a_folder(
        qtbot: QtBot, page: BriefsPage, choices: FileChoices, tmp_path: Path) -> None:
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    assert not page.form.isVisible() and page.about.isVisible()
    _preview(qtbot, page)
    pages = page.preview.document.pageCount()
    assert pages > 3
    folder = tmp_path / "voor het bureau"
    folder.mkdir()
    choices.files.append(folder / "merkgids.pdf")
    click(page.save_button)
    saved = folder / "merkgids.pdf"
    qtbot.waitUntil(saved.exists, timeout=RENDER_TIMEOUT)
    qpdf_check(saved)
    words = plain_text(saved)
    assert "Bakkerij Korenaar" in words and translator("nl")("Brand guide") in words
    assert page.status.text().startswith("Saved") and str(saved) in page.status.text()
    # The next save starts in the same folder.
    choices.files.append(None)
    click(page.save_button)
    assert Path(choices.asked[-1]).parent == folder


def _many_words(window: MainWindow) -> None:
    """A profile with 1,500 words to avoid (saved): its guide of ~100 pages takes seconds."""
    session = window.session
    assert session is not None
    session.replace(with_many_banned_words(session.brand), "add many words")
    assert session.flush()


def _start_long_guide(qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    """Press Preview on the ~100-page guide and wait until its layout is under way."""
    _many_words(window)
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    with qtbot.waitSignal(page.runner.progress, timeout=RENDER_TIMEOUT):
        click(page.preview_button)


def test_the_window_keeps_answering_while_a_100_page_guide_is_made(
        qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    """The guide is made off the GUI thread: held there at its first progress report, the
    window shows that progress and handles its events; released, the pages arrive. (How long
    the window may pause: bench/bench_briefs_page.py.)"""
    _many_words(window)
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    told: list[str] = []
    page.runner.started.connect(lambda _task: told.append("started"))
    page.runner.progress.connect(lambda _task, _done, _total: told.append("progress"))
    page.runner.finished.connect(lambda _task, _result: told.append("finished"))
    held = HeldJob(page.runner)
    click(page.preview_button)
    held.wait_until_held()
    try:
        assert page.busy_row.isVisible() and page.status.text() == "Making the PDF…"
        with qtbot.waitSignal(page.runner.progress, timeout=RENDER_TIMEOUT):
            pass  # the GUI thread delivers the worker's report while the worker waits
        assert page.progress.maximum() > 0, "the bar counts the guide's progress"
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        qtbot.waitUntil(lambda: answered == [True], timeout=RENDER_TIMEOUT)
        assert page.runner.busy and page.rendered is None, "the guide is still being made"
    finally:
        held.release()
    with qtbot.waitSignal(page.runner.finished, timeout=RENDER_TIMEOUT):
        pass
    assert held.threads and threading.main_thread() not in held.threads
    assert told[0] == "started" and told[1] == "progress" and told[-1] == "finished"
    assert told.count("finished") == 1 and set(told[1:-1]) == {"progress"}
    assert not page.busy_row.isVisible()
    assert page.preview.page_count() > 50


def test_a_running_preview_can_be_cancelled(
        qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    _start_long_guide(qtbot, page, window)
    arrived: list[object] = []
    page.runner.finished.connect(lambda _task, result: arrived.append(result))
    assert page.busy_row.isVisible() and page.runner.busy
    with qtbot.waitSignal(page.runner.cancelled, timeout=5000):
        key(page.make, Qt.Key.Key_Escape)
    assert not page.busy_row.isVisible() and not page.runner.busy
    assert page.rendered is None and page.status.text() == "Preview cancelled."
    assert page.runner.wait()
    deliver_what_the_worker_sent()
    assert arrived == [] and page.rendered is None, "the cancelled job's PDF is dropped"
    assert page.preview.page_count() == 0


def test_cancelling_a_long_preview_stops_its_layout_process_at_once(
        qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    _start_long_guide(qtbot, page, window)
    laying_out = grandchildren()
    assert laying_out, "the guide is laid out in a process of its own"
    with qtbot.waitSignal(page.runner.cancelled, timeout=5000):
        key(page.make, Qt.Key.Key_Escape)
    assert page.runner.wait(), "the job ends at its next look at the flag"
    assert not grandchildren() & laying_out, "the job killed its layout process on the way out"
    assert not grandchildren(), "no process is left behind"
    assert page.rendered is None and page.status.text() == "Preview cancelled."


def test_a_new_preview_replaces_the_one_still_being_made(
        qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    _start_long_guide(qtbot, page, window)
    guide = grandchildren()
    arrived: list[object] = []
    page.runner.finished.connect(lambda _task, result: arrived.append(result))
    choose(qtbot, page.make, DocumentKind.BRIEF.value)
    _preview(qtbot, page)
    assert page.runner.wait()
    assert not grandchildren() & guide, "the guide's layout process was killed"
    deliver_what_the_worker_sent()
    assert [r.kind for r in arrived if isinstance(r, Rendered)] == [DocumentKind.BRIEF], \
        "the guide's PDF never arrives"
    assert page.rendered is not None and page.rendered.kind is DocumentKind.BRIEF
    assert page.preview.page_count() == page.rendered.result.pages and page.is_current()


def test_a_preview_over_its_time_is_stopped_and_said_in_a_sentence(
        qtbot: QtBot, page: BriefsPage, window: MainWindow) -> None:
    _many_words(window)
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    page.render_limits = RenderLimits(timeout_seconds=0.3)  # the guide takes over a second
    click(page.preview_button)
    box = wait_message(qtbot, page)
    assert box.text() == "Making the PDF took longer than 0.3 seconds, so it was stopped"
    assert page.status.text() == f"No PDF: {box.text()}"
    assert page.rendered is None and not page.runner.busy and not grandchildren()
    box.close()


def test_design_tokens_and_the_vale_style_go_to_chosen_folders(
        qtbot: QtBot, page: BriefsPage, choices: FileChoices, tmp_path: Path) -> None:
    tokens, vale = tmp_path / "tokens", tmp_path / "vale"
    tokens.mkdir()
    vale.mkdir()
    choices.folders += [tokens, vale]
    click(page.tokens_button)
    data = (tokens / "bakkerij-korenaar.tokens.json").read_text(encoding="utf-8")
    assert '"$value"' in data
    assert "--" in (tokens / "bakkerij-korenaar.css").read_text(encoding="utf-8")
    click(page.vale_button)
    assert (vale / ".vale.ini").is_file()
    assert list((vale / "styles").rglob("*.yml"))
    assert "vale <files>" in page.status.text()
    assert page.settings.value(FOLDER_KEY) == str(vale)


def test_a_brief_that_contradicts_itself_gets_a_message_not_a_crash(
        qtbot: QtBot, page: BriefsPage) -> None:
    form = page.form
    form.deadline.set_value(date(2027, 3, 1))
    form.first_draft.set_value(date(2027, 3, 15))
    click(page.preview_button)
    box = wait_message(qtbot, page)
    assert box.text() == "The first draft is due after the deadline"
    assert page.rendered is None and not page.runner.busy
    box.close()


def test_sending_without_a_mail_server_says_how_to_set_one_up(
        qtbot: QtBot, page: BriefsPage) -> None:
    click(page.send_button)
    box = wait_message(qtbot, page)
    assert "set up your e-mail server" in box.text()
    assert not page.runner.busy and page.rendered is None
    box.close()


def test_a_refused_log_in_is_shown_and_the_message_stays_in_the_log(
        qtbot: QtBot, page: BriefsPage, mail_server: Server,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie import secrets
    from brandregie.mail.settings import password_account

    secrets.remember_for_session(password_account(mail_server.settings), "wrong password")
    asked: list[str] = []
    monkeypatch.setattr(send_module, "ask_password",
                        lambda _parent, account, _title, _why: asked.append(account))
    click(page.send_button)
    dialog = open_dialog(qtbot, page, SendMailDialog)
    assert dialog.to.text() == ""
    type_text(dialog.to, "bureau@example.test")
    click(dialog.send_button)
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Not sent:"), timeout=RENDER_TIMEOUT)
    assert asked == [password_account(mail_server.settings)]  # asked again; the owner cancels
    assert "sent-mail log" in dialog.state.text()
    dialog.close()
    assert mail_server.inbox.messages == []
    assert page.session is not None
    entry = MailService(page.store).history(page.session.brand_id)[0]
    assert entry.status is MailStatus.FAILED and entry.recipient == "bureau@example.test"
    assert page.send_button.isEnabled()

    # The owner fixes the password and sends the same message again from the log.
    secrets.remember_for_session(password_account(mail_server.settings), PASSWORD)
    click(page.sent_button)
    log = open_dialog(qtbot, page, SentMailDialog)
    assert log.list.topLevelItemCount() == 1 and log.again_button.isEnabled()
    assert log.list.topLevelItem(0).text(3) == "Not sent"  # type: ignore[union-attr]
    assert log.reason.text().startswith("Not sent:")
    with qtbot.waitSignal(log.runner.finished, timeout=RENDER_TIMEOUT):
        click(log.again_button)
    assert len(mail_server.inbox.messages) == 1
    assert log.list.topLevelItem(0).text(3) == "Sent"  # type: ignore[union-attr]
    assert not log.again_button.isEnabled()
    again = MailService(page.store).history(page.session.brand_id)
    assert len(again) == 1 and again[0].status is MailStatus.SENT and again[0].attempts == 2


def test_what_is_not_an_address_is_not_sent(
        qtbot: QtBot, page: BriefsPage, mail_server: Server) -> None:
    click(page.send_button)
    dialog = open_dialog(qtbot, page, SendMailDialog)
    type_text(dialog.to, "geen adres")
    click(dialog.send_button)
    qtbot.waitUntil(lambda: "not an e-mail address" in dialog.state.text(),
                    timeout=RENDER_TIMEOUT)
    assert mail_server.inbox.messages == [] and messages(page) == []
    dialog.close()


def test_the_preview_shows_white_pages_on_a_grey_desk(
        qtbot: QtBot, page: BriefsPage) -> None:
    _preview(qtbot, page)
    view = page.preview.view
    qtbot.waitUntil(lambda: view.grab().toImage().pixelColor(view.width() // 2,
                                                              view.height() - 40).name()
                    == "#ffffff", timeout=5000)
    image = view.grab().toImage()
    assert image.pixelColor(3, view.height() // 2).name() == "#8a8d91"


def test_every_input_has_an_accessible_name_and_the_actions_have_shortcuts(
        page: BriefsPage) -> None:
    nameless = [type(w).__name__ for w in iter_inputs(page)
                if not w.accessibleName() and not _labelled(w)]
    assert nameless == []
    assert "F5" in page.preview_button.toolTip()
    shortcuts = {s.toString() for a in page.actions() for s in a.shortcuts()}
    assert {"F5", "Ctrl+Shift+P", "Ctrl+Shift+S", "Ctrl+Shift+M", "Esc"} <= shortcuts


def _labelled(widget: object) -> bool:
    """Buttons and tick boxes are named by their own text."""
    text = getattr(widget, "text", None)
    return callable(text) and bool(text())


def test_the_briefs_place_builds_its_page_when_first_shown(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    place = window.page("briefs")
    assert isinstance(place, BriefsPlace) and place.page is None  # the app starts light
    # "Briefs" chosen in the navigation
    window.navigation.list.setCurrentRow(window.navigation.rows["briefs"])
    assert window.current_page() == "briefs"
    qtbot.waitUntil(lambda: place.page is not None, timeout=RENDER_TIMEOUT)
    assert place.page is not None and place.page.isVisible()
    assert place.page.session is window.session
    assert place.page.form.persona.count() == 1 + 1 + 2  # automatic, a customer, two candidates


def test_the_page_follows_the_open_brand(
        qtbot: QtBot, window: MainWindow, page: BriefsPage) -> None:
    assert page.session is window.session
    type_text(page.form.title, "Nieuwsbrief mei")
    vonk = window.service.import_snapshot(read_pack(VONK / "brand.json"))
    assert vonk.brand_id is not None
    window.open_brand(vonk.brand_id)
    assert page.session is not None and page.session is window.session
    assert page.session.brand.name == vonk.brand.name
    assert page.form.title.text() == "", "another brand starts with an empty brief"
    names = [page.form.persona.itemData(i) for i in range(1, page.form.persona.count())]
    assert names == [p.name for p in (*vonk.brand.personas, *vonk.brand.employer.personas)]
    window.close_session()
    page.set_session(None)
    assert not page.preview_button.isEnabled() and not page.preview_action.isEnabled()
    assert "Open a brand" in page.preview.note.text()


def test_a_damaged_font_is_named_in_a_warning_and_the_pdf_is_still_made(
        qtbot: QtBot, window: MainWindow, page: BriefsPage) -> None:
    session = window.session
    assert session is not None
    brand = session.brand
    fonts = tuple(f.model_copy(update={"file": "fonts/Merriweather-Bold.ttf"})
                  if f.role == "heading" else f for f in brand.visual.fonts)
    session.replace(brand.model_copy(update={"visual": brand.visual.model_copy(
        update={"fonts": fonts})}), "attach a font file",
        files={**session.files, "fonts/Merriweather-Bold.ttf": b"this is no font at all"})
    assert not page.is_current()
    _preview(qtbot, page)
    assert page.rendered is not None and page.rendered.result.warnings
    assert page.warnings.isVisible()
    assert "Merriweather" in page.warnings.text()
    assert page.preview.page_count() == page.rendered.result.pages > 0


def test_saving_after_a_change_saves_what_the_form_says_now(
        qtbot: QtBot, page: BriefsPage, choices: FileChoices, tmp_path: Path) -> None:
    replace_text(qtbot, page.form.title, "Nieuwsbrief mei")
    _preview(qtbot, page)
    replace_text(qtbot, page.form.title, "Nieuwsbrief juni: aardbeiën")
    assert page.status.text().startswith("Changed since this preview")
    choices.files.append(tmp_path / "juni.pdf")
    with qtbot.waitSignal(page.runner.finished, timeout=RENDER_TIMEOUT):
        click(page.save_button)
    qtbot.waitUntil((tmp_path / "juni.pdf").exists, timeout=RENDER_TIMEOUT)
    words = plain_text(tmp_path / "juni.pdf")
    assert "Nieuwsbrief juni: aardbeiën" in words and "Nieuwsbrief mei" not in words
    assert page.is_current() and page.rendered is not None
    assert page.rendered.title == "Nieuwsbrief juni: aardbeiën"  # the preview shows it too


@pytest.mark.parametrize(("kind", "heading"), [
    (DocumentKind.ADVOCACY, "Advocacy kit"), (DocumentKind.EMPLOYER, "Employer-branding plan")])
def test_the_advocacy_kit_and_employer_plan_are_previewed_in_the_chosen_language(
        qtbot: QtBot, page: BriefsPage, choices: FileChoices, tmp_path: Path,
        kind: DocumentKind, heading: str) -> None:
    choose(qtbot, page.make, kind.value)
    choose(qtbot, page.language, "en")
    _preview(qtbot, page)
    assert page.rendered is not None and page.rendered.kind is kind
    assert page.preview.page_count() == page.rendered.result.pages > 0
    choices.files.append(tmp_path / f"{kind.value}.pdf")
    click(page.save_button)
    words = plain_text(tmp_path / f"{kind.value}.pdf")
    assert heading.upper() in words or heading in words
    assert choices.asked[-1].endswith(f"{heading.lower().replace(' ', '-')}-bakkerij-korenaar.pdf")


def test_the_password_is_asked_when_none_is_kept_and_the_mail_goes_out(
        qtbot: QtBot, page: BriefsPage, smtp_server: Server,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.mail.settings import password_account, save_settings

    save_settings(smtp_server.settings)
    asked: list[str] = []

    def ask(_parent: object, account: str, _title: str, why: str) -> str:
        asked.append(account)
        assert smtp_server.settings.host in why
        return PASSWORD

    monkeypatch.setattr(send_module, "ask_password", ask)
    choose(qtbot, page.make, DocumentKind.GUIDE.value)
    click(page.send_button)
    dialog = open_dialog(qtbot, page, SendMailDialog)
    assert dialog.subject.text().endswith("Bakkerij Korenaar")
    type_text(dialog.to, "studio@deeg.test")
    with qtbot.waitSignal(dialog.sent, timeout=RENDER_TIMEOUT):
        click(dialog.send_button)
    assert asked == [password_account(smtp_server.settings)]
    assert len(smtp_server.inbox.messages) == 1
    assert page.last_sent is not None and page.last_sent.kind is MailKind.OTHER
    assert page.last_sent.attempts == 2  # the logged message went out once the password came
