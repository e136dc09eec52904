"""The real PDF tools (poppler, qpdf) as test helpers: what an agency's viewer would see."""

from __future__ import annotations

import subprocess
from pathlib import Path


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, f"{args[0]} failed: {done.stderr or done.stdout}"
    return done.stdout


def qpdf_check(path: Path) -> str:
    """``qpdf --check``; fails the test on any error or warning."""
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors found" in done.stdout, done.stdout
    return done.stdout


def text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    return _run("pdftotext", "-enc", "UTF-8", "-layout", *pages, str(path), "-")


def plain_text(path: Path) -> str:
    """Text without layout, lines as ReportLab wrote them (better for whole sentences)."""
    return _run("pdftotext", "-enc", "UTF-8", str(path), "-")


def fonts(path: Path) -> dict[str, bool]:
    """Font name (subset prefix removed) -> embedded, from ``pdffonts``."""
    found: dict[str, bool] = {}
    for line in _run("pdffonts", str(path)).splitlines()[2:]:
        parts = line.split()
        name = parts[0].split("+", 1)[-1]
        emb = parts[-5] if len(parts) >= 7 else "no"
        found[name] = emb == "yes"
    return found


def page_count(path: Path) -> int:
    for line in _run("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo shows no page count")


def images_on_page(path: Path, page: int) -> int:
    rows = _run("pdfimages", "-list", "-f", str(page), "-l", str(page), str(path)).splitlines()[2:]
    return sum(1 for row in rows if row.split()[2] == "image")


def render_page(path: Path, page: int, dest: Path, dpi: int = 70) -> Path:
    """Page ``page`` as a PNG at ``dest`` (``pdftoppm``)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    stem = dest.with_suffix("")
    _run("pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(path), str(stem))
    return stem.with_suffix(".png")
