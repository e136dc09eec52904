"""Secrets in the OS keyring, a session-only fallback without one, and redaction everywhere."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import keyring.errors
import pytest

from brandregie import secrets

pytestmark = pytest.mark.keyring

PROBE = r"""
import json, sys
from brandregie import secrets
status = secrets.keyring_status()
where = secrets.set_secret("probe-account", sys.argv[1])
print(json.dumps({"available": status.available, "backend": status.backend,
                  "reason": status.reason, "where": str(where),
                  "back": secrets.get_secret("probe-account")}))
"""


def _probe(secret: str, env: dict[str, str], home: Path, prefix: list[str] | None = None
           ) -> dict[str, object]:
    """Run the secrets module in a child process with ``env`` and return what it saw."""
    env = {**env, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    command = [*(prefix or []), sys.executable, "-c", PROBE, secret]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    result: dict[str, object] = json.loads(line)
    return result


def _files_containing(folder: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _env_without_bus() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    return env


def test_the_keyring_keeps_a_password_across_processes(real_keyring: None, account: str) -> None:
    assert secrets.set_secret(account, "Zout&Zuurdesem-42") == secrets.Where.KEYRING
    secrets.forget_session()
    assert secrets.get_secret(account) == "Zout&Zuurdesem-42"
    # another process sees it too: it really is in the keyring, not in our memory
    code = ("from brandregie import secrets; import sys; "
            f"sys.stdout.write(secrets.get_secret({account!r}) or '')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout == "Zout&Zuurdesem-42"
    secrets.delete_secret(account)
    assert secrets.get_secret(account) is None


def test_without_a_keyring_the_password_is_kept_for_this_session_only(tmp_path: Path) -> None:
    secret = f"no-keyring-{uuid.uuid4().hex}"
    seen = _probe(secret, _env_without_bus(), tmp_path)
    assert seen["available"] is False
    assert "no keyring" in str(seen["reason"])
    assert seen["where"] == "session"
    assert seen["back"] == secret
    assert _files_containing(tmp_path, secret) == []  # nothing written to disk


def test_a_locked_keyring_says_so_and_falls_back_to_the_session(tmp_path: Path) -> None:
    runner, daemon = shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")
    if runner is None or daemon is None:
        pytest.skip("dbus-run-session and gnome-keyring are needed (scripts/setup test)")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")}
    # first a session that creates the login keyring with a password and stores a secret ...
    unlocked = [runner, "--", "sh", "-c",
                f"echo -n kluis | {daemon} --unlock --components=secrets >/dev/null 2>&1; "
                'exec "$@"', "sh"]
    assert _probe("eerst", env, tmp_path, unlocked)["where"] == "keyring"
    # ... then a new login where the keyring is there but locked, with no display to prompt on
    locked = [runner, "--", "sh", "-c",
              f'{daemon} --start --components=secrets >/dev/null 2>&1; exec "$@"', "sh"]
    secret = f"locked-{uuid.uuid4().hex}"
    seen = _probe(secret, env, tmp_path, locked)
    assert seen["available"] is False
    assert seen["reason"] == "the keyring is locked and could not be unlocked"
    assert seen["where"] == "session" and seen["back"] == secret
    assert _files_containing(tmp_path, secret) == []


def test_the_reason_is_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.i18n import set_language

    set_language("nl")
    try:
        assert "sleutelbos" in secrets._reason_for(keyring.errors.KeyringLocked())
    finally:
        set_language("en")


def test_secrets_are_blanked_out_of_log_lines_and_tracebacks(
        caplog: pytest.LogCaptureFixture) -> None:
    secrets.install_log_redaction()
    secrets.remember_for_session("smtp:anna@example.nl", "Geheim-Brood-99")
    log = logging.getLogger("brandregie.test")
    with caplog.at_level(logging.INFO, logger="brandregie.test"):
        log.info("connecting with %s", "Geheim-Brood-99")
        try:
            raise RuntimeError("server said: bad password Geheim-Brood-99")
        except RuntimeError:
            log.exception("sending failed")
    text = caplog.text
    assert "Geheim-Brood-99" not in text
    assert secrets.MASK in text
    assert "bad password" in text
    assert secrets.redact("pw=Geheim-Brood-99;") == f"pw={secrets.MASK};"


def test_delete_forgets_the_session_copy_too() -> None:
    secrets.remember_for_session("team:x", "Sessie-Wachtwoord")
    assert secrets.get_secret("team:x") == "Sessie-Wachtwoord"
    secrets.delete_secret("team:x")
    assert secrets.get_secret("team:x") is None
