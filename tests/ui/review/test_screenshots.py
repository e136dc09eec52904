"""Screenshots of the review view under Xvfb, in a real 1366x768 window: a Word draft, a PDF
page with its highlight boxes, an image and two versions side by side.

They are saved in ``build/screenshots/`` for people to look at; the test checks that they show
what the owner needs: the marked draft with its findings, the PDF's boxes, the image with its
colours, the words taken out and put in.
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
from brandregie.ui.review.compare_view import ADDED, REMOVED
from brandregie.ui.review.pdf_view import BOX_ALPHA
from brandregie.ui.review.text_view import SEVERITY_COLOURS

ROOT = Path(__file__).resolve().parents[3]
SAVED = ROOT / "build" / "screenshots"


def _over_white(hex_value: str, alpha: int) -> str:
    """The colour ``hex_value`` painted at ``alpha`` (0-255) over a white page."""
    mixed = [round(int(hex_value[i:i + 2], 16) * alpha / 255 + 255 * (1 - alpha / 255))
             for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02X}" for c in mixed)


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
    pdf, compare = tmp_path / "review-pdf.png", tmp_path / "review-compare.png"
    shots = (word, pdf, image, compare)
    for shot in shots:
        with Image.open(shot) as img:
            assert img.size == (1366, 768)
            assert len(img.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50
    # The Word draft: words to change highlighted, the score badge amber or red.
    assert _has_colour(word, SEVERITY_COLOURS[Severity.ERROR])
    # The image: shown itself, with its colours beside the brand palette.
    assert _has_colour(image, "#E7B04B", tolerance=6)
    assert _has_colour(image, "#E8B64C", tolerance=3)  # the Korenblond swatch
    # The PDF: its page drawn, with the findings boxed in their severity's colour.
    assert _has_colour(pdf, "#FFFFFF", tolerance=0)
    assert _has_colour(pdf, _over_white(SEVERITY_COLOURS[Severity.ERROR], BOX_ALPHA), 3)
    # The compare: words taken out (red) and put in (green).
    assert _has_colour(compare, REMOVED) and _has_colour(compare, ADDED)
    SAVED.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        shutil.copy(shot, SAVED / shot.name)
