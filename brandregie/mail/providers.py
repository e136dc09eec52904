"""Mail providers most Dutch small businesses use, so the owner picks a name, not a port.

Each sends through STARTTLS on port 587 and logs in with the full e-mail address (Gmail and
Microsoft 365 with two-step sign-in want an app password).
"""

from __future__ import annotations

from dataclasses import dataclass

from brandregie.mail.settings import Security


@dataclass(frozen=True, slots=True)
class Provider:
    key: str
    name: str
    host: str
    port: int = 587
    security: Security = Security.STARTTLS


PROVIDERS = (
    Provider("microsoft", "Microsoft 365 / Outlook.com", "smtp.office365.com"),
    Provider("gmail", "Gmail / Google Workspace", "smtp.gmail.com"),
    Provider("kpn", "KPN", "smtp.kpnmail.nl"),
    Provider("ziggo", "Ziggo", "smtp.ziggo.nl"),
)


def provider_for(host: str) -> Provider | None:
    """The known provider whose server ``host`` is, if any."""
    wanted = host.strip().lower()
    return next((p for p in PROVIDERS if p.host == wanted), None)
