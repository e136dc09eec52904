"""A PostgreSQL server of one test's own, to stop and restart without disturbing the others.

Set up as ``scripts/services.sh`` does: ``initdb`` and ``pg_ctl`` run as the ``postgres`` user
when the tests run as root, the server listens on 127.0.0.1 only, on a free port.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.databases import skip_or_fail
from tests.mail.conftest import free_port


def _bindir() -> Path | None:
    given = os.environ.get("PG_BINDIR")
    if given and (Path(given) / "pg_ctl").exists():
        return Path(given)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    return found[-1].parent if found else None


class Cluster:
    """``initdb`` in ``folder``; :meth:`start`, :meth:`stop` and :meth:`restart` for real."""

    def __init__(self, folder: Path) -> None:
        bindir = _bindir()
        if bindir is None:
            skip_or_fail("PostgreSQL is not installed (no pg_ctl)")
        self.bindir = bindir
        self.folder = folder
        self.port = free_port()
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as:
            shutil.chown(folder, "postgres")
        self._run("initdb", "-D", str(folder / "data"), "-U", "brandregie", "--auth=trust",
                  "-E", "UTF8")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://brandregie@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as, str(self.bindir / tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def _ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-w", *args)

    def start(self) -> None:
        self._ctl("-o", f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}",
                  "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()
