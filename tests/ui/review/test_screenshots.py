"""Screenshots of the review view under Xvfb, in a real window: a Word draft and an image.

They are saved in ``build/screenshots/`` for people to look at; the test checks that they show
what the owner needs: the highlighted draft with its findings, and the image with its colours.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from brandregie.checks.model import Severity
from brandregie.ui.review.text_view import SEVERITY_COLOURS

ROOT = Path(__file__).resolve().parents[3]
SAVED = ROOT / "build" / "screenshots"


def _has_colour(path: Path, hex_value: str, tolerance: int = 12) -> bool:
    target = tuple(int(hex_value[i:i + 2], 16) for i in (1, 3, 5))
    with Image.open(path) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20) or []
    return any(isinstance(rgb, tuple)
               and all(abs(c - t) <= tolerance for c, t in zip(rgb, target, strict=True))
               for _count, rgb in colours)


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_screenshots_of_the_review_view_in_a_real_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    subprocess.run(["xvfb-run", "-a", "--server-args=-screen 0 1600x1000x24",
                    sys.executable, "-m", "tests.ui.review.screenshots", str(tmp_path)],
                   cwd=ROOT, env=env, check=True, timeout=240)
    word, image = tmp_path / "review-word.png", tmp_path / "review-image.png"
    for shot in (word, image):
        with Image.open(shot) as img:
            assert img.size[0] >= 1200 and img.size[1] >= 800
            assert len(img.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50
    # The Word draft: words to change highlighted, the score badge amber or red.
    assert _has_colour(word, SEVERITY_COLOURS[Severity.ERROR])
    # The image: shown itself, with its colours beside the brand palette.
    assert _has_colour(image, "#E7B04B", tolerance=6)
    assert _has_colour(image, "#E8B64C", tolerance=3)  # the Korenblond swatch
    SAVED.mkdir(parents=True, exist_ok=True)
    for shot in (word, image):
        shutil.copy(shot, SAVED / shot.name)
