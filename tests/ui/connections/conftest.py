"""The SMTP server and team database fixtures, for the connection dialogs' tests."""

from tests.mail.conftest import certificate, smtp_server  # noqa: F401
