"""The feedback goes to the agency in one step: the commented file, the decision and its summary
in one e-mail, through the mail setup of Connections, logged as feedback."""

from __future__ import annotations

import email
import email.policy
import threading
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from brandregie import secrets
from brandregie.mail.service import MailService
from brandregie.mail.settings import password_account
from brandregie.models.mail import MailKind, MailStatus
from brandregie.models.review import DecisionOutcome
from brandregie.review import feedback_file
from brandregie.review.checking import run_check
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.review_view import ReviewView
from tests.mail.conftest import PASSWORD, Server
from tests.review.annotated import word_comments
from tests.review.drafts import VERSION_1, word_file
from tests.ui.conftest import click

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def test_the_commented_file_and_the_decision_go_in_one_message(
        qtbot: QtBot, review_store: Store, smtp_server: Server, tmp_path: Path) -> None:
    secrets.forget_session()
    secrets.remember_for_session(password_account(smtp_server.settings), PASSWORD)
    service = ReviewService(review_store, author="Anna")
    agency = service.add_agency("Studio Deeg", "Sanne", "sanne@studiodeeg.test")
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei",
                                     agency_id=agency.id)
    version = service.add_version(news.id, "nieuwsbrief.docx", word_file(VERSION_1))
    run_check(service, version.id, lang="en")
    service.decide(version.id, DecisionOutcome.CHANGES_REQUESTED, "Minder holle woorden.")
    view = ReviewView(service)
    qtbot.addWidget(view)
    view.show_version(version.id)
    assert view.header.send_button.isEnabled()
    view.feedback.mail = MailService(review_store, settings=smtp_server.settings)
    dialog = view.feedback.send_feedback(threaded=False)
    assert dialog is not None
    assert dialog.to.text() == "sanne@studiodeeg.test"
    body = dialog.body.toPlainText()
    assert body.startswith("Hello Sanne,")
    assert "For version 1 we ask for changes.\nMinder holle woorden." in body
    with qtbot.waitSignal(dialog.sent):
        click(dialog.send_button)
    [(_sender, recipients, raw)] = smtp_server.inbox.messages
    assert recipients == ["sanne@studiodeeg.test"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "nieuwsbrief - feedback.docx"
    data = attached.get_content()
    assert isinstance(data, bytes)
    assert "ontzorgen" in {words for words, _text in word_comments(data)}
    [logged] = MailService(review_store).history(assignment_id=news.id)
    assert logged.kind is MailKind.FEEDBACK and logged.status is MailStatus.SENT
    secrets.forget_session()


def test_the_feedback_file_is_made_on_the_send_job_not_when_the_dialog_opens(
        qtbot: QtBot, review_store: Store, smtp_server: Server,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Laying out the file takes a while: the dialog opens at once, the send job makes it."""
    secrets.forget_session()
    secrets.remember_for_session(password_account(smtp_server.settings), PASSWORD)
    threads: list[threading.Thread] = []
    real = feedback_file.feedback_attachment

    def recorded(*args: Any, **kwargs: Any) -> tuple[str, bytes, str]:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(feedback_file, "feedback_attachment", recorded)
    service = ReviewService(review_store, author="Anna")
    agency = service.add_agency("Studio Deeg", "Sanne", "sanne@studiodeeg.test")
    news = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief mei",
                                     agency_id=agency.id)
    version = service.add_version(news.id, "nieuwsbrief.docx", word_file(VERSION_1))
    run_check(service, version.id, lang="en")
    service.decide(version.id, DecisionOutcome.APPROVED, "")
    view = ReviewView(service)
    qtbot.addWidget(view)
    view.show_version(version.id)
    view.feedback.mail = MailService(review_store, settings=smtp_server.settings)
    dialog = view.feedback.send_feedback()
    assert dialog is not None
    assert "Version 1 is approved." in dialog.body.toPlainText()
    assert threads == [], "nothing laid out while the dialog opens"
    with qtbot.waitSignal(dialog.sent, timeout=60_000):
        click(dialog.send_button)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    [(_sender, _recipients, raw)] = smtp_server.inbox.messages
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "nieuwsbrief - feedback.docx"
    assert attached.get_content_type() == "application/vnd.openxmlformats-officedocument." \
        "wordprocessingml.document"
    dialog.close()
    secrets.forget_session()
