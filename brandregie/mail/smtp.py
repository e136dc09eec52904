"""Hand a message to the SMTP server (STARTTLS or SSL) and turn every failure into a reason.

Debug output of :mod:`smtplib` is never switched on: it would print the log-in exchange.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from email.message import EmailMessage

from brandregie.i18n import _
from brandregie.mail.errors import Failure, MailError
from brandregie.mail.settings import Security, SmtpSettings

log = logging.getLogger(__name__)


def _context(settings: SmtpSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=settings.ca_file or None)
    except (OSError, ssl.SSLError):
        raise MailError(_("the certificate file {path} cannot be read").format(
            path=settings.ca_file), Failure.SETTINGS) from None


def _connect(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    if settings.security is Security.SSL:
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                context=context)
    return smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)


def check_connection(settings: SmtpSettings, password: str | None) -> None:
    """Connect, secure the connection and log in, without sending: the settings' test button."""
    deliver(settings, password, None)


def deliver(settings: SmtpSettings, password: str | None, message: EmailMessage | None) -> None:
    """Send ``message``; raise :class:`MailError` with the reason if the server did not take it.

    A password is only ever sent over an encrypted connection. ``None`` only logs in.
    """
    settings.validate()
    user = settings.username or settings.sender_address
    needs_login = bool(settings.username) or password is not None
    if needs_login and password is None:
        raise MailError(_("the password for {user} on {host} is needed").format(
            user=user, host=settings.host), Failure.PASSWORD_NEEDED)
    if needs_login and settings.security is Security.NONE:
        raise MailError(_("the password would travel unencrypted; choose STARTTLS or SSL"),
                        Failure.SECURITY)
    context = _context(settings)
    where = f"{settings.host}:{settings.port}"
    try:
        with _connect(settings, context) as smtp:
            smtp.ehlo()
            if settings.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise MailError(_("the mail server {where} does not offer STARTTLS; choose "
                                      "SSL or another port").format(where=where),
                                    Failure.SECURITY)
                smtp.starttls(context=context)
                smtp.ehlo()
            if needs_login:
                assert password is not None
                smtp.login(user, password)
            refused = smtp.send_message(message) if message is not None else {}
            if refused:
                raise MailError(_("the mail server refused {addresses}").format(
                    addresses=", ".join(sorted(refused))), Failure.REFUSED)
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError:
        raise MailError(_("the mail server did not accept the user name or password for "
                          "{user}").format(user=user), Failure.AUTHENTICATION) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(_("the mail server {where} does not allow logging in on this "
                          "connection; check the security setting").format(where=where),
                        Failure.SECURITY) from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(_("the mail server refused {addresses}").format(
            addresses=", ".join(sorted(exc.recipients))), Failure.REFUSED) from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(_("the mail server refused the sender {sender}: {reply}").format(
            sender=exc.sender, reply=_reply(exc.smtp_error)), Failure.REFUSED) from None
    except smtplib.SMTPDataError as exc:
        raise MailError(_("the mail server refused the message: {reply}").format(
            reply=_reply(exc.smtp_error)), Failure.REFUSED) from None
    except smtplib.SMTPServerDisconnected:
        raise MailError(_("the mail server {where} closed the connection; try again").format(
            where=where), Failure.DISCONNECTED) from None
    except smtplib.SMTPResponseException as exc:
        raise MailError(_("the mail server answered: {reply}").format(
            reply=_reply(exc.smtp_error)), Failure.REFUSED) from None
    except smtplib.SMTPException as exc:
        raise MailError(_("sending failed: {reason}").format(reason=type(exc).__name__),
                        Failure.REFUSED) from None
    except ssl.SSLCertVerificationError as exc:
        raise MailError(_("the mail server {where} showed a certificate that is not trusted "
                          "({detail})").format(where=where, detail=exc.verify_message),
                        Failure.SECURITY) from None
    except ssl.SSLError:
        raise MailError(_("no secure connection to {where} could be made; check SSL or "
                          "STARTTLS and the port").format(where=where), Failure.SECURITY) from None
    except socket.gaierror:
        raise MailError(_("the mail server {host} cannot be found; check the name and your "
                          "internet connection").format(host=settings.host),
                        Failure.UNREACHABLE) from None
    except TimeoutError:
        raise MailError(_("the mail server {where} did not answer in time").format(where=where),
                        Failure.UNREACHABLE) from None
    except OSError as exc:
        log.info("smtp connect to %s failed: %s", where, type(exc).__name__)
        raise MailError(_("the mail server {where} cannot be reached ({reason})").format(
            where=where, reason=exc.strerror or type(exc).__name__),
            Failure.UNREACHABLE) from None


def _reply(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    return " ".join(text.split())[:200]
