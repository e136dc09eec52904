"""A real window under Xvfb: a screenshot of every page in both languages, none cut off.

The PNGs land in ``artifacts/screenshots/`` (git ignores ``artifacts/``) for a person to look at;
the test checks they are all there, are real pictures of the window, and that no label or
button was drawn narrower than its text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "artifacts" / "screenshots"


@pytest.fixture
def display() -> Iterator[str]:
    """A private X display: Xvfb started on a free number (``-displayfd`` picks it)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb): no real window to shoot")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.xvfb
@pytest.mark.slow
def test_every_page_in_both_languages_is_shot_and_nothing_is_cut_off(display: str) -> None:
    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-m", "brandregie.ui.screenshots", str(FOLDER)],
                            env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"screenshots in {report['folder']}")
    assert report["cut_off"] == []
    names = {p.stem for p in FOLDER.glob("*.png")}
    for lang in ("en", "nl"):
        assert f"{lang}-00-start" in names
        for key in (*BRAND_PAGES, *WORK_PAGES):
            assert any(n.startswith(f"{lang}-") and n.split("-", 2)[2].startswith(key)
                       for n in names), f"no screenshot of {key} in {lang}"
    for png in FOLDER.glob("*.png"):
        image = QImage(str(png))
        assert (image.width(), image.height()) == (1366, 768), png.name
        # a real picture of the window, not an empty frame: many different colours
        colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
        assert len(colours) > 8, png.name
