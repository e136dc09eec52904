"""``brandregie fix`` on text and Markdown: the brand's words, the lines one for one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DRAFT = """# Welkom bij Koren aar!!

Heeft u al kennis gemaakt met onze broodspecialisten? Zij bakken elke dag
vers brood 🍞 voor u. Als u vragen heeft, kunt u ons bellen.
Meldt u zich aan voor onze nieuwsbrief!

- Wij zijn niet goedkoop.
- Hij zei: "Heeft u dat gezien?"
"""

FIXED = """# Welkom bij Korenaar!

Heb je al kennis gemaakt met onze bakkers? Zij bakken elke dag
vers brood voor jou. Als je vragen hebt, kun je ons bellen.
Meld je aan voor onze nieuwsbrief!

- Wij zijn niet goedkoop.
- Hij zei: "Heeft u dat gezien?"
"""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)


def test_markdown_gets_the_brands_words_line_for_line(sample_pack_path: Path,
                                                      tmp_path: Path) -> None:
    draft = tmp_path / "nieuwsbrief.md"
    draft.write_text(DRAFT, "utf-8")
    result = run("fix", "--pack", sample_pack_path, draft, "-o", "fixed.md", "--lang", "en",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fixed.md").read_text("utf-8") == FIXED
    assert "line 3: “Heeft u” → “Heb je”" in result.stdout
    assert "line 5: “Meldt u zich” → “Meld je”" in result.stdout
    # the banned word's suggestion is advice: offered, not applied
    assert "To check (not applied):" in result.stdout
    assert "“goedkoop” → “eerlijke prijs”" in result.stdout
    assert draft.read_text("utf-8") == DRAFT  # the agency's file is left as it was


def test_only_fixes_the_kinds_asked_for(sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text("Heeft u onze broodspecialisten al ontmoet!!\n", "utf-8")
    result = run("fix", "--pack", sample_pack_path, draft, "-o", "out.txt", "--only",
                 "terms,exclamation", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.txt").read_text("utf-8") == "Heeft u onze bakkers al ontmoet!\n"


def test_a_stored_brand_works_as_a_pack_does(sample_pack_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run("pack", "import", sample_pack_path, "--db", db, cwd=tmp_path).returncode == 0
    draft = tmp_path / "post.txt"
    draft.write_text("Kunt u morgen komen?\n", "utf-8")
    result = run("fix", "--db", db, "--brand", "Bakkerij Korenaar", draft, "-o", "out.txt",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.txt").read_text("utf-8") == "Kun je morgen komen?\n"


def test_bad_input_exits_2_with_one_line(sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text("Kunt u morgen komen?\n", "utf-8")
    image = tmp_path / "banner.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    cases: list[tuple[tuple[str | Path, ...], str]] = [
        (("fix", "--pack", sample_pack_path, tmp_path / "missing.txt", "-o", "x.txt"),
         "does not exist"),
        (("fix", "--pack", sample_pack_path, draft, "-o", draft), "the draft itself"),
        (("fix", "--pack", sample_pack_path, draft, "-o", "x.txt", "--only", "spelling"),
         "spelling"),
        (("fix", "--pack", sample_pack_path, draft), "-o"),
        (("fix", draft, "-o", "x.txt"), "--pack"),
    ]
    for args, expected in cases:
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


PAGE = """<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws van Koren aar</title><style>p { color: red; }</style></head>
<body>
<h1>Welkom bij Koren aar!!</h1>
<p>Heeft <strong>u</strong> al kennis gemaakt met onze <a href="/team">broodspecialisten</a>?</p>
<ul><li>Kunt u niet komen? Bel ons.</li></ul>
<script>var u = "Heeft u";</script>
</body></html>
"""


def test_a_web_page_keeps_its_markup(sample_pack_path: Path, tmp_path: Path) -> None:
    draft = tmp_path / "nieuws.html"
    draft.write_text(PAGE, "utf-8")
    result = run("fix", "--pack", sample_pack_path, draft, "-o", "fixed.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    fixed = (tmp_path / "fixed.html").read_text("utf-8")
    assert "<h1>Welkom bij Korenaar!</h1>" in fixed
    assert ('<p>Heb <strong>je</strong> al kennis gemaakt met onze '
            '<a href="/team">bakkers</a>?</p>') in fixed
    assert "<li>Kun je niet komen? Bel ons.</li>" in fixed
    assert 'var u = "Heeft u";' in fixed and "<title>Nieuws van Koren aar</title>" in fixed
