"""Sending a brief from the app: filled in from the assignment, a password asked once, reasons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brandregie import models as m
from brandregie import secrets
from brandregie.mail.compose import Attachment
from brandregie.mail.service import MailService
from brandregie.mail.settings import password_account
from brandregie.models.mail import MailKind, MailStatus
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store, open_store
from brandregie.ui.connections import send as send_module
from brandregie.ui.connections.send import SendMailDialog
from tests.mail.conftest import PASSWORD, Server, make_pdf
from tests.ui.conftest import click

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    secrets.forget_session()
    with open_store(tmp_path / "send.db") as opened:
        yield opened
    secrets.forget_session()


@pytest.fixture
def job(store: Store, sample_snapshot: ProfileSnapshot) -> tuple[int, int]:
    """The sample brand and an assignment for an agency with an address: (brand, assignment)."""
    brand = ProfileService(store).create(sample_snapshot.brand)
    assert brand.brand_id is not None
    with store.session() as session:
        agency = m.Agency(name="Reclamebureau Noord", contact="Joost",
                          email="joost@noord.test")
        session.add(agency)
        session.flush()
        assignment = m.Assignment(brand_id=brand.brand_id, agency_id=agency.id,
                                  title="Vacature leerling-bakker")
        session.add(assignment)
        session.flush()
        return brand.brand_id, assignment.id


def _dialog(qtbot: QtBot, store: Store, server: Server, job: tuple[int, int]) -> SendMailDialog:
    dialog = SendMailDialog(MailService(store, settings=server.settings), brand_id=job[0],
                            brand_name="Bakkerij Korenaar", profile_revision=1,
                            attachment=Attachment("brief.pdf", make_pdf("brief")),
                            kind=MailKind.BRIEF, title="Vacature leerling-bakker",
                            assignment_id=job[1], threaded=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_message_is_filled_in_from_the_assignment_and_sent(
        qtbot: QtBot, store: Store, smtp_server: Server, job: tuple[int, int]) -> None:
    secrets.remember_for_session(password_account(smtp_server.settings), PASSWORD)
    dialog = _dialog(qtbot, store, smtp_server, job)
    assert dialog.to.text() == "joost@noord.test"
    assert dialog.subject.text() == "Brief: Vacature leerling-bakker (Bakkerij Korenaar)"
    assert dialog.body.toPlainText().startswith("Hello Joost,")
    with qtbot.waitSignal(dialog.sent):
        click(dialog.send_button)
    assert dialog.state.text() == "Sent to joost@noord.test."
    assert len(smtp_server.inbox.messages) == 1
    [logged] = MailService(store).history(job[0], assignment_id=job[1])
    assert logged.status is MailStatus.SENT and logged.profile_revision == 1


def test_a_missing_password_is_asked_once_and_the_same_message_goes(
        qtbot: QtBot, store: Store, smtp_server: Server, job: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def person(parent: object, account: str, title: str, why: str) -> str:
        asked.append(why)
        return PASSWORD

    monkeypatch.setattr(send_module, "ask_password", person)
    dialog = _dialog(qtbot, store, smtp_server, job)
    click(dialog.send_button)
    assert asked == ["the password for anna@korenaar.test on 127.0.0.1 is needed"]
    assert dialog.state.text() == "Sent to joost@noord.test."
    [logged] = MailService(store).history(job[0])
    assert (logged.status, logged.attempts) == (MailStatus.SENT, 2)


def test_a_server_that_is_away_says_why_and_keeps_the_message(
        qtbot: QtBot, store: Store, smtp_server: Server, job: tuple[int, int]) -> None:
    from tests.mail.conftest import free_port

    secrets.remember_for_session("x", PASSWORD)
    away = Server(smtp_server.host, free_port(), smtp_server.inbox,
                  smtp_server.settings.with_changes(port=free_port(), username=""))
    dialog = _dialog(qtbot, store, away, job)
    click(dialog.send_button)
    assert dialog.state.text().startswith("Not sent: the mail server 127.0.0.1:")
    assert "kept in the sent-mail log" in dialog.state.text()
    assert dialog.subject.isReadOnly()  # what is sent again is what was logged
    assert dialog.send_button.isEnabled()
    [logged] = MailService(store).history(job[0])
    assert logged.status is MailStatus.FAILED
