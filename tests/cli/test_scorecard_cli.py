"""``brandregie scorecard``: the year of three agencies as JSON and as a PDF in the brand's look."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from tests.review.year import YEAR, build_year


@pytest.fixture(scope="module")
def year_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The year, built once for this module's tests (they only read it)."""
    db = tmp_path_factory.mktemp("year") / "merk.db"
    with open_store(db) as store:
        ProfileService(store, author="anna").import_snapshot(read_pack(sample_pack()))
        build_year(ReviewService(store, author="anna"))
    return db


def scorecard(db: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", "scorecard", "--db", str(db),
                           "--brand", "Bakkerij Korenaar", "-o", str(out), *extra],
                          cwd=out.parent, capture_output=True, text=True, timeout=180,
                          check=False)


def test_json_and_pdf_show_each_agency_and_its_figures(year_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "scorecard.json"
    result = scorecard(year_db, out, "--lang", "en", "--since", f"{YEAR}-01-01")
    assert result.returncode == 0, result.stderr
    card = json.loads(out.read_text(encoding="utf-8"))
    assert card["brand"] == "Bakkerij Korenaar" and card["since"] == f"{YEAR}-01-01"
    figures = {a["agency"]: (a["on_time_share"], a["average_rounds"], a["overrun"],
                             a["budget_kept"], a["budget_overrun"]) for a in card["agencies"]}
    assert figures == {"Bureau Gelijk": (1.0, 2.0, 0.0, 12, 0),
                       "Reclame Rommel": (0.25, 2.0, 1200.0, 6, 6),
                       "Studio Deeg": (0.75, 1.5, 0.0, 12, 0)}

    pdf = tmp_path / "scorecard.pdf"
    result = scorecard(year_db, pdf, "--lang", "en")
    assert result.returncode == 0, result.stderr
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for name in ("Studio Deeg", "Bureau Gelijk", "Reclame Rommel"):
        assert name in text
    for figure in ("75% (9 of 12)", "100% (12 of 12)", "25% (3 of 12)", "€1,200.00",
                   "6 of 12", "A word the brand never uses", f"{YEAR}-Q4"):
        assert figure in text, figure
    deeg = next(a for a in card["agencies"] if a["agency"] == "Studio Deeg")
    assert f"+{deeg['first_fit_change']:g}" in text


def test_the_pdf_charts_each_agency_with_its_figures_written_on_them(
        year_db: Path, tmp_path: Path) -> None:
    """The overview draws a fit line per agency (named in its legend) and the on-time share
    of each; each agency's page its fit per quarter and its rounds per assignment, the agreed
    rounds dashed. Every figure on a chart is text, so pdftotext reads the charts too."""
    pdf = tmp_path / "scorecard.pdf"
    result = scorecard(year_db, pdf, "--lang", "en", "--since", f"{YEAR}-01-01")
    assert result.returncode == 0, result.stderr
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    quarters = " ".join(f"{YEAR}-Q{n}" for n in (1, 2, 3, 4))
    assert (f"Brand fit of first drafts per quarter Bureau Gelijk Reclame Rommel Studio Deeg "
            f"100 80 60 {quarters}") in text
    assert ("First drafts on time Bureau Gelijk 12 of 12 Reclame Rommel 3 of 12 Studio Deeg "
            "9 of 12") in text
    # Rommel's rounds per assignment (the agreed 2 first), oldest first: it slips
    assert ("Rounds to approval per assignment 2 " + " ".join(["1"] * 3 + ["2"] * 6 + ["3"] * 3)
            + " A bar per assignment, oldest first; dashed: the rounds agreed") in text
    # Deeg's first-draft fit per quarter, written at each point of its line (the chart comes
    # before the table of the same figures)
    deeg = text[text.index("Studio Deeg Assignments"):]
    start = deeg.index("Brand fit of first drafts per quarter")
    chart = deeg[start:deeg.index("Quarter First drafts", start)].split()
    table = re.findall(rf"{YEAR}-Q\d 3 (\d+)", deeg[deeg.index("Quarter First drafts"):])
    assert [int(v) for v in table] == sorted(int(v) for v in table) and table[0] < table[-1]
    assert set(table) <= set(chart) and set(quarters.split()) <= set(chart)


def test_the_dutch_pdf_speaks_dutch(year_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "scorecard.pdf"
    result = scorecard(year_db, pdf, "--agency", "Studio Deeg", "--lang", "nl")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Studio Deeg" in text and "Reclame Rommel" not in text
    assert "75% (9 van 12)" in text or "75 % (9 van 12)" in text, text[:2000]


@pytest.mark.parametrize("extra", [("--agency", "Niemand"), ("--since", "gisteren"),
                                   ("--brand", "Onbekend")])
def test_bad_input_exits_2_with_one_line(year_db: Path, tmp_path: Path,
                                         extra: tuple[str, ...]) -> None:
    result = scorecard(year_db, tmp_path / "out.json", *extra)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_an_output_that_is_neither_json_nor_pdf_is_refused(year_db: Path,
                                                           tmp_path: Path) -> None:
    result = scorecard(year_db, tmp_path / "out.txt")
    assert result.returncode == 2 and ".json or .pdf" in result.stderr
    assert not (tmp_path / "out.txt").exists()
