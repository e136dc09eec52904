"""A real SMTP server on 127.0.0.1 (aiosmtpd) with STARTTLS or SSL and a password.

The certificate is made here, self-signed for 127.0.0.1; the client trusts it through the
settings' ``ca_file`` exactly as a company with its own mail server would set it up.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from reportlab.pdfgen.canvas import Canvas

from brandregie import secrets
from brandregie.mail.settings import Security, SmtpSettings
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store, open_store

USER = "anna@korenaar.test"
PASSWORD = "Desem&Rogge-2027"


@dataclass
class Certificate:
    cert: Path
    key: Path


@dataclass
class Inbox:
    """What the server received: one (envelope sender, recipients, raw bytes) per message."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                                  bytes(envelope.original_content or envelope.content)))
        return "250 Message accepted for delivery"


@dataclass
class Server:
    host: str
    port: int
    inbox: Inbox
    settings: SmtpSettings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("cert"))


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and its key, written into ``folder``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    paths = Certificate(folder / "server.pem", folder / "server.key")
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                            serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return paths


def _server_context(certificate: Certificate) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificate.cert, certificate.key)
    return context


def _authenticator(inbox: Inbox) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and data.login.decode() == USER
              and data.password.decode() == PASSWORD)
        if ok:
            inbox.logins.append(USER)
        return AuthResult(success=ok, handled=False)
    return check


def start_server(certificate: Certificate, security: Security) -> Generator[Server]:
    """Run an aiosmtpd server on 127.0.0.1 until the generator is resumed or closed."""
    inbox = Inbox()
    port = free_port()
    kwargs: dict[str, Any] = {"authenticator": _authenticator(inbox), "auth_required": True}
    if security is Security.SSL:
        kwargs["ssl_context"] = _server_context(certificate)
        kwargs["auth_require_tls"] = False  # the whole connection is TLS already
    elif security is Security.STARTTLS:
        kwargs["tls_context"] = _server_context(certificate)
        kwargs["require_starttls"] = True
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield Server("127.0.0.1", port, inbox, SmtpSettings(
            host="127.0.0.1", port=port, security=security, username=USER,
            sender_address="anna@korenaar.test", sender_name="Anna de Wit",
            ca_file=str(certificate.cert), timeout=10.0))
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(certificate: Certificate) -> Iterator[Server]:
    """An SMTP server on 127.0.0.1 that insists on STARTTLS and a log-in."""
    yield from start_server(certificate, Security.STARTTLS)


@pytest.fixture
def smtps_server(certificate: Certificate) -> Iterator[Server]:
    """An SMTP server on 127.0.0.1 speaking TLS from the first byte (port-465 style)."""
    yield from start_server(certificate, Security.SSL)


@pytest.fixture
def plain_server(certificate: Certificate) -> Iterator[Server]:
    """An old server that offers no TLS at all."""
    yield from start_server(certificate, Security.NONE)


@pytest.fixture(autouse=True)
def _no_session_secrets() -> Iterator[None]:
    secrets.forget_session()
    yield
    secrets.forget_session()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "mail.db") as opened:
        yield opened


@pytest.fixture
def brand(store: Store, sample_snapshot: ProfileSnapshot) -> ProfileSnapshot:
    return ProfileService(store, author="anna").create(sample_snapshot.brand)


def make_pdf(title: str) -> bytes:
    """A small real PDF (one page with ``title``)."""
    import io

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, title)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
