"""Screenshots of the Briefs page with a previewed brief under Xvfb, in English and Dutch.

They are saved in ``build/screenshots/`` for people to look at; the test checks that they show
what the owner needs: the form, and the brief's pages as white paper with the brand's colour.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.ui.review.test_screenshots import _has_colour

ROOT = Path(__file__).resolve().parents[3]
SAVED = ROOT / "build" / "screenshots"
#: The cover band of the sample bakery's brief (its primary colour, Korenblond).
BAND = "#E8B64C"


def _white_share(path: Path, box: tuple[int, int, int, int]) -> float:
    with Image.open(path) as img:
        region = img.convert("RGB").crop(box)
        counts = region.getcolors(maxcolors=1 << 24) or []
    white = sum(n for n, rgb in counts if rgb == (255, 255, 255))
    return white / max(region.width * region.height, 1)


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_screenshots_of_the_briefs_page_with_a_preview_in_both_languages(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    subprocess.run(["xvfb-run", "-a", "--server-args=-screen 0 1600x1000x24",
                    sys.executable, "-m", "tests.ui.export.screenshots", str(tmp_path)],
                   cwd=ROOT, env=env, check=True, timeout=240)
    for lang in ("en", "nl"):
        shot = tmp_path / f"briefs-{lang}.png"
        with Image.open(shot) as img:
            width, height = img.size
            assert width >= 1300 and height >= 850
            assert len(img.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50
        # The previewed brief: its cover band in the brand's colour, its pages white paper.
        assert _has_colour(shot, BAND, tolerance=8), lang
        assert _white_share(shot, (width * 2 // 3, height // 2, width - 40, height - 60)) > 0.5
        dialog = tmp_path / f"briefs-send-{lang}.png"
        with Image.open(dialog) as img:
            assert img.size[0] >= 500
    SAVED.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("*.png"):
        shutil.copy(shot, SAVED / shot.name)
