"""Keyring fixtures: each test starts with no session secrets and its own keyring entries."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest

from brandregie import secrets
from tests.databases import skip_or_fail
from tests.mail.conftest import certificate, smtp_server  # noqa: F401  (the SMTP server)


@pytest.fixture(autouse=True)
def _fresh_session() -> Iterator[None]:
    secrets.forget_session()
    yield
    secrets.forget_session()


@pytest.fixture
def account() -> Iterator[str]:
    """A keyring account name no other test uses; removed again afterwards."""
    name = f"test:{uuid.uuid4().hex}"
    yield name
    with contextlib.suppress(secrets.SecretError):
        secrets.delete_secret(name)


@pytest.fixture
def real_keyring() -> None:
    status = secrets.keyring_status()
    if not status.available:
        skip_or_fail(f"no usable keyring here ({status.reason}); scripts/test runs these under "
                    "gnome-keyring in dbus-run-session")
