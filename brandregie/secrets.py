"""Passwords live in the operating system's keyring, never in BrandRegie's files.

Where no keyring works (a headless Linux without a Secret Service, a locked keyring, a refused
unlock), :func:`keyring_status` says why in one sentence and the caller asks the person for the
password *for this session only*: :func:`remember_for_session` keeps it in this process's memory
and nowhere else. Every secret that passes through here is also registered for redaction, so
:func:`redact` and the logging filter from :func:`install_log_redaction` blank it out of log
lines and error reports.

Accounts are plain strings chosen by the caller (``smtp:anna@mail.example.nl``); all entries
share the keyring service name :data:`SERVICE`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from brandregie.i18n import _

if TYPE_CHECKING:
    import keyring.backend

# keyring (and the metadata machinery it loads) is imported where a secret is needed, not when
# the app starts: most sessions never touch a password.

SERVICE = "BrandRegie"
MASK = "••••••"

log = logging.getLogger(__name__)

_lock = threading.Lock()
_session: dict[tuple[str, str], str] = {}
_known: set[str] = set()
#: Secrets shorter than this are not redacted from text (they would blank ordinary words).
_MIN_REDACT = 4


class Where(StrEnum):
    """Where a secret was put."""

    KEYRING = "keyring"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether the keyring can be used, which backend it is, and if not, why (one sentence)."""

    available: bool
    backend: str
    reason: str = ""


class SecretError(Exception):
    """A keyring call failed; ``reason`` is the sentence for the person (no secret in it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _backend() -> keyring.backend.KeyringBackend:
    import keyring

    return keyring.get_keyring()


def _is_fail(backend: keyring.backend.KeyringBackend) -> bool:
    """True for keyring's stand-in backend that means "this system has no keyring"."""
    from keyring.backends import fail

    return isinstance(backend, fail.Keyring)


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _reason_for(exc: BaseException) -> str:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return _("the keyring is locked and could not be unlocked")
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _("this system has no keyring (no Secret Service, Keychain or Credential "
                 "Manager was found)")
    if isinstance(exc, keyring.errors.InitError):
        return _("the keyring could not be opened (it may not be set up for this user)")
    return _("the keyring did not answer ({kind})").format(kind=type(exc).__name__)


def _call(what: str, func: Any, *args: str) -> Any:
    """Run one keyring call; any failure becomes a :class:`SecretError` with a clear reason.

    Keyring backends raise more than ``KeyringError`` (D-Bus and SecretStorage errors leak
    through), so everything is caught here, at the boundary to the operating system. Only the
    exception's type is logged: its text might quote what was passed in.
    """
    try:
        return func(*args)
    except Exception as exc:
        log.warning("keyring %s failed: %s", what, type(exc).__name__)
        raise SecretError(_reason_for(exc)) from None


def reset() -> None:
    """Forget the chosen backend (and nothing else), e.g. after the keyring was unlocked."""
    import keyring.core

    keyring.core.init_backend()


def keyring_status() -> KeyringStatus:
    """Probe the keyring with a harmless read; ``available`` only if that read worked."""
    backend = _backend()
    name = _backend_name(backend)
    if _is_fail(backend):
        import keyring.errors

        return KeyringStatus(False, name, _reason_for(keyring.errors.NoKeyringError()))
    try:
        _call("probe", backend.get_password, SERVICE, "probe")
    except SecretError as exc:
        return KeyringStatus(False, name, exc.reason)
    return KeyringStatus(True, name)


def keyring_available() -> bool:
    return keyring_status().available


def _register(secret: str) -> None:
    if len(secret) >= _MIN_REDACT:
        _known.add(secret)


def get_secret(account: str, service: str = SERVICE) -> str | None:
    """The secret for ``account``: from this session's memory, else the keyring, else None.

    A keyring that cannot be read counts as "not known": the caller then asks the person and
    :func:`keyring_status` tells them why it was not remembered.
    """
    with _lock:
        if (service, account) in _session:
            return _session[(service, account)]
    try:
        value: str | None = _call("read", _backend().get_password, service, account)
    except SecretError:
        return None
    if value is not None:
        with _lock:
            _register(value)
    return value


def remember_for_session(account: str, secret: str, service: str = SERVICE) -> None:
    """Keep ``secret`` in memory until BrandRegie quits; it is never written anywhere."""
    with _lock:
        _session[(service, account)] = secret
        _register(secret)


def set_secret(account: str, secret: str, service: str = SERVICE) -> Where:
    """Store ``secret`` in the keyring; when that is impossible, for this session only.

    Returns where it went, so the settings dialog can say "kept until you quit" when it was
    not saved in the keyring.
    """
    remember_for_session(account, secret, service)
    backend = _backend()
    if _is_fail(backend):
        return Where.SESSION
    try:
        _call("write", backend.set_password, service, account, secret)
    except SecretError:
        return Where.SESSION
    with _lock:
        # The keyring holds it now; drop the copy so a later change in the keyring wins.
        _session.pop((service, account), None)
    return Where.KEYRING


def delete_secret(account: str, service: str = SERVICE) -> None:
    """Forget the secret everywhere: this session's memory and the keyring (if it has one)."""
    with _lock:
        _session.pop((service, account), None)
    backend = _backend()
    if _is_fail(backend):
        return
    import keyring.errors

    try:
        backend.delete_password(service, account)
    except keyring.errors.PasswordDeleteError:
        return  # there was none
    except Exception as exc:
        log.warning("keyring delete failed: %s", type(exc).__name__)
        raise SecretError(_reason_for(exc)) from None


def forget_session() -> None:
    """Drop every session-only secret (the app does this when it quits, tests between runs)."""
    with _lock:
        _session.clear()


def redact(text: str) -> str:
    """``text`` with every secret BrandRegie has handled in this process blanked out."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that blanks known secrets out of the formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _known:
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(text)
        return True


_factory_installed = False


def install_log_redaction() -> None:
    """Redact secrets from every log record made in this process, whatever its handler.

    A handler filter would miss handlers added later; the record factory sees every record.
    """
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()
    redactor = RedactingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redactor.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


# Any process that handles a secret imports this module: from then on no log line carries one.
install_log_redaction()
