"""SMTP settings: kept in the user's config folder as JSON, without the password.

The password lives in the keyring under :func:`password_account` (see :mod:`brandregie.secrets`).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from brandregie.i18n import _
from brandregie.mail.errors import Failure, MailError
from brandregie.paths import config_dir


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS, usually port 587
    SSL = "ssl"  # TLS from the first byte ("SMTPS"), usually port 465
    NONE = "none"  # no encryption: only for a relay on this computer, never with a password


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and as whom to send. ``ca_file`` trusts an extra certificate (a company server)."""

    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    sender_address: str = ""
    sender_name: str = ""
    ca_file: str = ""
    timeout: float = 20.0

    def validate(self) -> SmtpSettings:
        """These settings if complete, else a :class:`MailError` naming what is missing."""
        if not self.host.strip():
            raise MailError(_("no mail server is set; enter it under File → E-mail server"),
                            Failure.SETTINGS)
        if not 0 < self.port < 65536:
            raise MailError(_("{port} is not a port number").format(port=self.port),
                            Failure.SETTINGS)
        if "@" not in self.sender_address:
            raise MailError(_("no sender address is set; enter it under File → E-mail server"),
                            Failure.SETTINGS)
        return self

    def with_changes(self, **changes: Any) -> SmtpSettings:
        return replace(self, **changes)


def password_account(settings: SmtpSettings) -> str:
    """The keyring account name of this server's password."""
    user = settings.username or settings.sender_address
    return f"smtp:{user}@{settings.host}:{settings.port}"


def settings_path() -> Path:
    return config_dir() / "mail.json"


def load_settings(path: Path | None = None) -> SmtpSettings:
    """The saved settings, or empty defaults when none were saved (or the file is damaged)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SmtpSettings()
    if not isinstance(raw, dict):
        return SmtpSettings()
    def text(key: str) -> str:
        value = raw.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    try:
        return SmtpSettings(
            host=text("host"), port=int(raw.get("port", 587)),
            security=Security(raw.get("security", Security.STARTTLS)),
            username=text("username"), sender_address=text("sender_address"),
            sender_name=text("sender_name"), ca_file=text("ca_file"),
            timeout=float(raw.get("timeout", 20.0)))
    except (TypeError, ValueError):
        return SmtpSettings()


def save_settings(settings: SmtpSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (a crash leaves the old file or the new one, never half)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["security"] = str(settings.security)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".mail-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    Path(tmp).replace(path)
    return path
