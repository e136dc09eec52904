"""Desktop integration: the menu entry, the .brandpack file type and the installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_opens_brand_packs_in_brandregie() -> None:
    entry = _desktop_entry(PACKAGING / "brandregie.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "BrandRegie"
    assert entry["Exec"] == "brandregie %f"  # a double-clicked pack arrives as the argument
    assert entry["Icon"] == "brandregie" and entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "brandregie"  # = QGuiApplication.desktopFileName
    assert entry["Categories"].endswith(";") and entry["MimeType"] == "application/x-brandpack;"
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]
    if shutil.which("desktop-file-validate"):  # desktop-file-utils, where installed
        checked = subprocess.run(["desktop-file-validate", str(PACKAGING / "brandregie.desktop")],
                                 capture_output=True, text=True, timeout=30, check=False)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_the_brandpack_type_is_a_zip_known_by_its_extension() -> None:
    root = ElementTree.parse(PACKAGING / "brandregie-mime.xml").getroot()
    kind = root.find(f"{MIME_NS}mime-type")
    assert kind is not None and kind.get("type") == "application/x-brandpack"
    assert [g.get("pattern") for g in kind.iter(f"{MIME_NS}glob")] == ["*.brandpack"]
    parent = kind.find(f"{MIME_NS}sub-class-of")
    assert parent is not None and parent.get("type") == "application/zip"
    icon = kind.find(f"{MIME_NS}icon")
    assert icon is not None
    assert (PACKAGING / "icons" / f"{icon.get('name')}.svg").is_file()


def _fake_bundle(folder: Path) -> Path:
    """The layout scripts/build-bundle makes, with a stand-in program."""
    bundle = folder / "Brand Regie"  # a space in the path, as in "~/Mijn programma's"
    (bundle / "share").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "icons").mkdir(parents=True)
    program = bundle / "brandregie"
    program.write_text("#!/bin/sh\necho brandregie \"$@\"\n")
    program.chmod(0o755)
    shutil.copy(ROOT / "resources" / "icons" / "brandregie.svg",
                bundle / "_internal" / "resources" / "icons")
    for name in ("brandregie.desktop", "brandregie-mime.xml", "icons/application-x-brandpack.svg"):
        shutil.copy(PACKAGING / name, bundle / "share")
    shutil.copy(PACKAGING / "install-desktop.sh", bundle)
    return bundle


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="needs shared-mime-info (update-mime-database)")
def test_the_installer_registers_the_app_and_the_file_type_and_uninstalls(
        tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    data, config, bindir = tmp_path / "data", tmp_path / "config", tmp_path / "bin"
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(config),
               BRANDREGIE_BIN_DIR=str(bindir), HOME=str(tmp_path))
    done = subprocess.run([str(bundle / "install-desktop.sh")], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr

    entry = _desktop_entry(data / "applications" / "brandregie.desktop")
    assert entry["Exec"] == f'"{bundle}/brandregie" %f'
    assert entry["TryExec"] == f"{bundle}/brandregie"
    globs = (data / "mime" / "globs2").read_text()
    assert "application/x-brandpack:*.brandpack" in globs
    assert (data / "icons/hicolor/scalable/apps/brandregie.svg").is_file()
    assert (data / "icons/hicolor/scalable/mimetypes/application-x-brandpack.svg").is_file()
    linked = subprocess.run([str(bindir / "brandregie"), "--version"], capture_output=True,
                            text=True, check=True, timeout=30)
    assert linked.stdout.strip() == "brandregie --version"
    if shutil.which("xdg-mime"):
        default = subprocess.run(["xdg-mime", "query", "default", "application/x-brandpack"],
                                 env=env, capture_output=True, text=True, timeout=30)
        assert default.stdout.strip() == "brandregie.desktop"

    undone = subprocess.run([str(bundle / "install-desktop.sh"), "--uninstall"], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert undone.returncode == 0, undone.stderr
    assert not (data / "applications" / "brandregie.desktop").exists()
    assert not (bindir / "brandregie").exists()
    assert "brandpack" not in (data / "mime" / "globs2").read_text()
