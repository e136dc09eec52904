"""The installable bundle, built from a clean clone with the README's one command, runs.

Slow (a PyInstaller build): clones the repository's committed state into a temp folder, runs
``scripts/build-bundle`` there with this test run's virtual environment, then runs the bundle:
``--version``, the window opening offscreen and quitting, ``check`` on a sample draft,
``pack import``/``export`` (migrations inside the bundle) and a PDF brief (fonts inside the
bundle), and registering it with the desktop. Prints the build time and size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The bundle must stay lean: PySide6 (essentials + QtPdf) and the Dutch/English language data
#: come to about 345 MB; WebEngine or QML would add hundreds.
MAX_BUNDLE_MB = 420
UNUSED_QT = ("libQt6WebEngine", "libQt6Qml", "libQt6Quick", "libQt63D", "libQt6Multimedia",
             "libQt6Designer")


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
               ) / 1e6


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    clone = tmp_path_factory.mktemp("clone") / "brandregie"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(clone)],
                   check=True, timeout=120)
    env = dict(os.environ, BRANDREGIE_VENV=sys.prefix)
    started = time.monotonic()
    built = subprocess.run([str(clone / "scripts" / "build-bundle")], cwd=clone, env=env,
                           capture_output=True, text=True, timeout=1200, check=False)
    seconds = time.monotonic() - started
    assert built.returncode == 0, built.stdout + built.stderr
    folder = clone / "dist" / "BrandRegie"
    print(f"\nbundle built from a clean clone in {seconds:.0f} s: {_size_mb(folder):.0f} MB")
    # The bundle holds the clone's code, not the developer's working tree.
    toc = next((clone / "build" / "pyinstaller" / "build").glob("PYZ-*.toc")).read_text()
    assert f"{clone}/brandregie/cli/__init__.py" in toc
    assert f"{ROOT}/brandregie/" not in toc
    return folder


def _run(bundle: Path, *args: str | Path, cwd: Path,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(bundle / "brandregie"), *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.slow
def test_the_bundle_is_lean(bundle: Path) -> None:
    size = _size_mb(bundle)
    assert size < MAX_BUNDLE_MB, f"the bundle grew to {size:.0f} MB"
    names = [p.name for p in bundle.rglob("*")]
    assert not [n for n in names if n.startswith(UNUSED_QT)]
    assert not [n for n in names if n.startswith(("pytest", "mypy", "hypothesis"))]


@pytest.mark.slow
def test_the_bundle_starts_its_window_offscreen_and_quits(bundle: Path, tmp_path: Path) -> None:
    assert _run(bundle, "--version", cwd=tmp_path).stdout.startswith("brandregie 0.")
    started = time.monotonic()
    shown = _run(bundle, "--quit-after-paint", cwd=tmp_path, timeout=60)
    assert shown.returncode == 0, shown.stderr
    print(f"\nwindow painted and quit in {time.monotonic() - started:.1f} s")
    # A double-clicked pack (brandregie.desktop runs `brandregie %f`) lands in the app's data.
    pack = bundle / "_internal" / "resources" / "sample" / "korenaar.json"
    opened = _run(bundle, pack, "--quit-after-paint", cwd=tmp_path, timeout=60)
    assert opened.returncode == 0, opened.stderr
    exported = _run(bundle, "pack", "export", "Bakkerij Korenaar", "-o", "k.json", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr


@pytest.mark.slow
@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_the_bundle_opens_its_window_on_a_real_x_display(bundle: Path, tmp_path: Path) -> None:
    """The X11 platform plugin and the libraries it needs are all in the bundle."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                            "WAYLAND_DISPLAY")}
    shown = subprocess.run(["xvfb-run", "-a", str(bundle / "brandregie"), "--quit-after-paint"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                           check=False)
    assert shown.returncode == 0, shown.stderr
    assert "could not load the Qt platform plugin" not in shown.stderr.lower()


@pytest.mark.slow
def test_the_bundle_checks_a_draft_from_its_command_line(bundle: Path, tmp_path: Path) -> None:
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text("Geachte klant, wij ontzorgen u graag!!! Wij zijn de beste bakker van "
                     "Nederland en bieden synergie en een unieke beleving. 🎉🎉\n",
                     encoding="utf-8")
    pack = bundle / "_internal" / "resources" / "sample" / "korenaar.json"
    done = _run(bundle, "check", "--pack", pack, draft, "--format", "json", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    reports = json.loads(done.stdout)
    rules = {f["rule"] for f in reports[0]["findings"]}
    assert "terminology.banned" in rules and "tone.address" in rules, rules
    text = _run(bundle, "check", "--pack", pack, draft, cwd=tmp_path)
    assert "ontzorgen" in text.stdout
    # Real documents go through the ingest sandbox's worker processes, inside the bundle too.
    drafts = bundle.parents[1] / "tests" / "fixtures" / "drafts"
    files = [drafts / "vacature.docx", drafts / "nieuwsbrief.html", drafts / "lo-vacature.pdf"]
    done = _run(bundle, "check", "--pack", pack, *files, "--format", "json", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    reports = json.loads(done.stdout)
    assert [Path(r["file"]).name for r in reports] == [f.name for f in files]
    assert all(r["language"] == "nl" and r["findings"] for r in reports)


@pytest.mark.slow
def test_the_bundle_stores_packs_and_writes_pdfs(bundle: Path, tmp_path: Path) -> None:
    pack = bundle / "_internal" / "resources" / "sample" / "korenaar.json"
    db = tmp_path / "brand.db"
    imported = _run(bundle, "pack", "import", pack, "--db", db, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    exported = _run(bundle, "pack", "export", "Bakkerij Korenaar", "-o", "k.brandpack",
                    "--db", db, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(tmp_path / "k.brandpack") as zf:
        assert "brand.json" in zf.namelist()
    brief = _run(bundle, "brief", "--pack", pack, "--type", "newsletter", "-o", "brief.pdf",
                 cwd=tmp_path)
    assert brief.returncode == 0, brief.stderr
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    backed = _run(bundle, "backup", "create", "--db", db, cwd=tmp_path)
    assert backed.returncode == 0, backed.stderr


@pytest.mark.slow
def test_the_bundle_registers_with_the_desktop(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), BRANDREGIE_BIN_DIR=str(tmp_path / "bin"))
    done = subprocess.run([str(bundle / "install-desktop.sh")], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    entry = (tmp_path / "data" / "applications" / "brandregie.desktop").read_text()
    assert f'Exec="{bundle}/brandregie" %f' in entry
    version = subprocess.run([str(tmp_path / "bin" / "brandregie"), "--version"],
                             capture_output=True, text=True, timeout=60, check=False)
    assert version.stdout.startswith("brandregie 0.")  # through the link on the PATH
