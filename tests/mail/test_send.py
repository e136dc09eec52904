"""Sending a brief to the agency through a real SMTP server on 127.0.0.1, and the log of it."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from brandregie import secrets
from brandregie.i18n import set_language
from brandregie.mail.compose import REVISION_HEADER, Attachment, compose, default_texts
from brandregie.mail.errors import Failure, MailError
from brandregie.mail.service import MailService
from brandregie.mail.settings import (
    Security,
    SmtpSettings,
    load_settings,
    password_account,
    save_settings,
)
from brandregie.models.mail import MailKind, MailStatus
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store
from tests.mail.conftest import PASSWORD, Server, free_port, make_pdf

# aiosmtpd warns about AUTH without STARTTLS on the SSL server, where TLS is on from the start
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def _received(server: Server, index: int = 0) -> EmailMessage:
    raw = server.inbox.messages[index][2]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _send(service: MailService, brand: ProfileSnapshot, pdf: bytes,
          password: str | None = PASSWORD, to: str = "joost@reclamebureau-noord.test"
          ) -> object:
    assert brand.brand_id is not None
    return service.send(brand_id=brand.brand_id, to=to, to_name="Joost Bakker",
                        subject="Brief: Vacature leerling-bakker (Bakkerij Korenaar)",
                        body="Hoi Joost,\n\nDe brief zit in de bijlage.\n\nGroet,\nAnna",
                        attachment=Attachment("brief-vacature.pdf", pdf),
                        kind=MailKind.BRIEF, profile_revision=brand.revision,
                        password=password)


def test_the_brief_arrives_with_the_pdf_attached_and_the_right_headers(
        smtp_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    pdf = make_pdf("Brief: vacature leerling-bakker")
    service = MailService(store, author="anna", settings=smtp_server.settings)
    info = _send(service, brand, pdf)

    assert len(smtp_server.inbox.messages) == 1
    envelope_from, envelope_to, _raw = smtp_server.inbox.messages[0]
    assert envelope_from == "anna@korenaar.test"
    assert envelope_to == ["joost@reclamebureau-noord.test"]
    assert smtp_server.inbox.logins == ["anna@korenaar.test"]
    got = _received(smtp_server)
    assert got["From"] == "Anna de Wit <anna@korenaar.test>"
    assert got["To"] == "Joost Bakker <joost@reclamebureau-noord.test>"
    assert got["Subject"] == "Brief: Vacature leerling-bakker (Bakkerij Korenaar)"
    assert got["Message-ID"].endswith("@korenaar.test>")
    assert got["Date"] is not None
    assert got[REVISION_HEADER] == "1"
    assert got["X-BrandRegie-Brand"] == "Bakkerij Korenaar"
    body = got.get_body(("plain",))
    assert body is not None and "De brief zit in de bijlage." in body.get_content()
    attachments = list(got.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["brief-vacature.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    data = attachments[0].get_content()
    assert data == pdf and data.startswith(b"%PDF")

    assert brand.brand_id is not None
    [logged] = service.history(brand.brand_id)
    assert logged == info
    assert (logged.status, logged.recipient, logged.profile_revision, logged.kind) == (
        MailStatus.SENT, "joost@reclamebureau-noord.test", 1, MailKind.BRIEF)
    assert logged.attachment_name == "brief-vacature.pdf"
    assert logged.attachment_size == len(pdf)
    assert logged.sent_at is not None and logged.author == "anna"
    assert logged.message_id == got["Message-ID"]


def test_ssl_from_the_first_byte_works_too(smtps_server: Server, store: Store,
                                          brand: ProfileSnapshot) -> None:
    service = MailService(store, settings=smtps_server.settings)
    _send(service, brand, make_pdf("SSL"))
    assert len(smtps_server.inbox.messages) == 1


def test_a_real_pdf_brief_from_the_export_goes_out(smtp_server: Server, store: Store,
                                                   brand: ProfileSnapshot) -> None:
    brief = pytest.importorskip("brandregie.export.brief")
    import io

    out = io.BytesIO()
    brief.build_brief(brand, brief.BriefRequest(type="vacancy", title="Leerling-bakker"), out)
    service = MailService(store, settings=smtp_server.settings)
    _send(service, brand, out.getvalue())
    [attachment] = list(_received(smtp_server).iter_attachments())
    assert attachment.get_content() == out.getvalue()


def test_a_wrong_password_says_so_and_the_message_waits_for_a_retry(
        smtp_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    service = MailService(store, settings=smtp_server.settings)
    with pytest.raises(MailError) as caught:
        _send(service, brand, make_pdf("retry"), password="verkeerd-wachtwoord")
    assert caught.value.failure is Failure.AUTHENTICATION
    assert caught.value.message == ("the mail server did not accept the user name or password "
                                    "for anna@korenaar.test")
    assert smtp_server.inbox.messages == []
    assert brand.brand_id is not None
    [failed] = service.history(brand.brand_id)
    assert caught.value.entry_id == failed.id
    assert (failed.status, failed.attempts) == (MailStatus.FAILED, 1)
    assert "did not accept the user name or password" in failed.error

    sent = service.retry(failed.id, password=PASSWORD)
    assert (sent.status, sent.attempts, sent.error) == (MailStatus.SENT, 2, "")
    assert len(smtp_server.inbox.messages) == 1
    assert _received(smtp_server)["Message-ID"] == failed.message_id
    assert len(service.history(brand.brand_id)) == 1  # the same entry, not a second one


def test_an_unreachable_server_says_so_and_loses_nothing(
        smtp_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    nobody = smtp_server.settings.with_changes(port=free_port())
    service = MailService(store, settings=nobody)
    with pytest.raises(MailError) as caught:
        _send(service, brand, make_pdf("unreachable"))
    assert caught.value.failure is Failure.UNREACHABLE
    assert f"127.0.0.1:{nobody.port} cannot be reached" in caught.value.message
    assert brand.brand_id is not None
    [failed] = service.history(brand.brand_id)
    assert failed.status is MailStatus.FAILED
    kept = service.message(failed.id)
    assert [a.get_filename() for a in kept.iter_attachments()] == ["brief-vacature.pdf"]
    # the server is back (the right port): the same message goes out
    service = MailService(store, settings=smtp_server.settings)
    assert service.retry(failed.id, password=PASSWORD).status is MailStatus.SENT
    assert len(smtp_server.inbox.messages) == 1


def test_an_unknown_host_is_named(store: Store, brand: ProfileSnapshot) -> None:
    settings = SmtpSettings(host="mail.does-not-exist.invalid", port=587, username="x",
                            sender_address="anna@korenaar.test", timeout=5)
    with pytest.raises(MailError) as caught:
        _send(MailService(store, settings=settings), brand, make_pdf("x"))
    assert caught.value.failure is Failure.UNREACHABLE
    assert "mail.does-not-exist.invalid cannot be found" in caught.value.message


def test_the_password_comes_from_the_keyring_or_this_session(
        smtp_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    service = MailService(store, settings=smtp_server.settings)
    with pytest.raises(MailError) as caught:
        _send(service, brand, make_pdf("no password"), password=None)
    assert caught.value.failure is Failure.PASSWORD_NEEDED
    secrets.remember_for_session(password_account(smtp_server.settings), PASSWORD)
    _send(service, brand, make_pdf("with password"), password=None)
    assert len(smtp_server.inbox.messages) == 1


def test_an_untrusted_certificate_is_refused(smtp_server: Server, store: Store,
                                             brand: ProfileSnapshot) -> None:
    service = MailService(store, settings=smtp_server.settings.with_changes(ca_file=""))
    with pytest.raises(MailError) as caught:
        _send(service, brand, make_pdf("untrusted"))
    assert caught.value.failure is Failure.SECURITY
    assert "certificate that is not trusted" in caught.value.message
    assert smtp_server.inbox.messages == []


def test_a_server_without_starttls_is_not_sent_a_password(
        plain_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    starttls = plain_server.settings.with_changes(security=Security.STARTTLS)
    with pytest.raises(MailError, match="does not offer STARTTLS") as caught:
        _send(MailService(store, settings=starttls), brand, make_pdf("x"))
    assert caught.value.failure is Failure.SECURITY
    with pytest.raises(MailError, match="would travel unencrypted"):
        _send(MailService(store, settings=plain_server.settings), brand, make_pdf("x"))
    assert plain_server.inbox.messages == []


def test_ssl_against_a_starttls_port_explains_the_mix_up(
        smtp_server: Server, store: Store, brand: ProfileSnapshot) -> None:
    wrong = smtp_server.settings.with_changes(security=Security.SSL)
    with pytest.raises(MailError, match="no secure connection .* check SSL or STARTTLS"):
        _send(MailService(store, settings=wrong), brand, make_pdf("x"))


def test_addresses_and_headers_cannot_be_abused(smtp_server: Server) -> None:
    with pytest.raises(MailError, match="is not an e-mail address"):
        compose(smtp_server.settings, to="joost@example.test\nBcc: spy@evil.test",
                subject="x", body="x")
    with pytest.raises(MailError, match="is not an e-mail address"):
        compose(smtp_server.settings, to="geen adres", subject="x", body="x")
    message = compose(smtp_server.settings, to="joost@example.test",
                      subject="Brief\r\nBcc: spy@evil.test", body="x")
    assert message["Bcc"] is None
    assert message["Subject"] == "Brief Bcc: spy@evil.test"


def test_incomplete_settings_are_named(store: Store, brand: ProfileSnapshot) -> None:
    with pytest.raises(MailError, match="no mail server is set") as caught:
        _send(MailService(store, settings=SmtpSettings()), brand, make_pdf("x"))
    assert caught.value.failure is Failure.SETTINGS


def test_settings_are_saved_without_the_password(tmp_path: Path,
                                                 smtp_server: Server) -> None:
    path = save_settings(smtp_server.settings, tmp_path / "mail.json")
    assert load_settings(path) == smtp_server.settings
    assert PASSWORD not in path.read_text()
    path.write_text("{not json")
    assert load_settings(path) == SmtpSettings()


def test_default_texts_in_dutch() -> None:
    subject, body = default_texts("feedback", brand="Bakkerij Korenaar", title="Nieuwsbrief mei",
                                  contact="Joost", sender_name="Anna", lang="nl")
    assert subject == "Feedback op Nieuwsbrief mei (Bakkerij Korenaar)"
    assert body.startswith("Hallo Joost,")
    assert body.rstrip().endswith("Anna")


def test_failure_reasons_are_translated(store: Store, brand: ProfileSnapshot) -> None:
    set_language("nl")
    try:
        with pytest.raises(MailError, match="geen mailserver ingesteld"):
            _send(MailService(store, settings=SmtpSettings()), brand, make_pdf("x"))
    finally:
        set_language("en")
