"""Why a send failed, in one sentence the person can act on."""

from __future__ import annotations

from enum import StrEnum

from brandregie.errors import BrandRegieError


class Failure(StrEnum):
    """What kind of failure, so the app can offer the right next step."""

    PASSWORD_NEEDED = "password-needed"  # no password known: ask for one
    AUTHENTICATION = "authentication"  # wrong user name or password
    UNREACHABLE = "unreachable"  # no such host, refused, timed out
    SECURITY = "security"  # TLS could not be set up, or would send a password in the clear
    REFUSED = "refused"  # the server refused sender, recipient or message
    SETTINGS = "settings"  # incomplete or invalid settings
    DISCONNECTED = "disconnected"  # the connection dropped mid-way


class MailError(BrandRegieError):
    """A message was not sent; ``failure`` says what kind of problem, the text says why."""

    def __init__(self, message: str, failure: Failure) -> None:
        super().__init__(message)
        self.failure = failure
        #: The sent-mail log entry that keeps the unsent message, for a retry (None: not logged).
        self.entry_id: int | None = None
