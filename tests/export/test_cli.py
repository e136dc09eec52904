"""``brandregie brief``, ``guide`` and ``export`` as a user types them (exit codes: DESIGN.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from brandregie.cli import main
from tests.export.pdftools import fonts, plain_text, qpdf_check


def test_brief_command_writes_the_pdf(vonk_pack_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.pdf"
    code = main(["brief", "--pack", str(vonk_pack_path), "--type", "vacancy",
                 "--persona", "Łukasz", "--key-message", "2", "--deadline", "2027-01-15",
                 "--title", "Servicetechnicus gezocht", "--budget", "€ 2.000", "--rounds", "2",
                 "--channel", "Facebook", "--channel", "Werkzoeken.nl", "-o", str(out)])
    assert code == 0
    assert capsys.readouterr().out.strip().startswith(str(out))
    qpdf_check(out)
    body = plain_text(out)
    for expected in ("Servicetechnicus gezocht", "Łukasz, ervaren technicus",
                     "Een vaste prijs vooraf.", "15 januari 2027", "€ 2.000",
                     "Facebook, Werkzoeken.nl"):
        assert expected in body, expected
    assert fonts(out).get("LiberationSans") is True


def test_guide_command_in_english(sample_pack_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    assert main(["guide", "--pack", str(sample_pack_path), "--lang", "en", "-o", str(out)]) == 0
    qpdf_check(out)
    assert "Brand guide".upper() in plain_text(out)


@pytest.mark.parametrize(("args", "words"), [
    (["--deadline", "2027-02-30"], "is not a date"),
    (["--deadline", "morgen"], "is not a date"),
    (["--key-message", "0"], "not 1 or more"),
    (["--key-message", "7"], "Key message 7 does not exist"),
    (["--persona", "Piet"], 'no persona called "Piet"'),
    (["--rounds", "-1"], "is negative"),
])
def test_bad_brief_options_exit_2_with_one_line(args: list[str], words: str,
                                                sample_pack_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.pdf"
    with pytest.raises(SystemExit) as exited:
        code = main(["brief", "--pack", str(sample_pack_path), "--type", "newsletter", *args,
                     "-o", str(out)])
        raise SystemExit(code)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_bad_type_and_damaged_pack_exit_2(sample_pack_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["brief", "--pack", str(sample_pack_path), "--type", "blog", "-o",
              str(tmp_path / "x.pdf")])
    assert exited.value.code == 2
    broken = tmp_path / "broken.brandpack"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["guide", "--pack", str(broken), "-o", str(tmp_path / "g.pdf")]) == 2
    assert main(["guide", "--pack", str(sample_pack_path), "-o",
                 str(tmp_path / "missing" / "g.pdf")]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "cannot be written" in err


def test_export_tokens_and_vale(sample_pack_path: Path, tmp_path: Path) -> None:
    assert main(["export", "tokens", "--pack", str(sample_pack_path), "-o",
                 str(tmp_path / "brand.tokens.json")]) == 0
    tokens = json.loads((tmp_path / "brand.tokens.json").read_text(encoding="utf-8"))
    assert tokens["color"]["palette"]["korenblond"]["$value"]["hex"] == "#e8b64c"
    assert main(["export", "tokens", "--pack", str(sample_pack_path), "-o",
                 str(tmp_path / "brand.css")]) == 0
    assert "--brand-color-primary" in (tmp_path / "brand.css").read_text(encoding="utf-8")
    assert main(["export", "tokens", "--pack", str(sample_pack_path), "-o",
                 str(tmp_path / "brand.txt")]) == 2
    assert main(["export", "vale", "--pack", str(sample_pack_path), "-o",
                 str(tmp_path / "vale")]) == 0
    rule = yaml.safe_load((tmp_path / "vale" / "styles" / "BakkerijKorenaar" / "Banned.yml")
                          .read_text(encoding="utf-8"))
    assert rule["extends"] == "existence"


def test_export_advocacy_and_employer_plan(vonk_pack_path: Path, tmp_path: Path) -> None:
    for kind in ("advocacy", "employer-plan"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["export", kind, "--pack", str(vonk_pack_path), "-o", str(out)]) == 0
        qpdf_check(out)
    assert "#werkenbijvonk" in plain_text(tmp_path / "advocacy.pdf")
    assert "Concurrentieanalyse op de arbeidsmarkt" in plain_text(tmp_path / "employer-plan.pdf")


def test_brief_from_a_stored_profile_names_its_revision(vonk_pack_path: Path,
                                                        tmp_path: Path) -> None:
    db = tmp_path / "brandregie.db"
    assert main(["pack", "import", str(vonk_pack_path), "--db", str(db)]) == 0
    out = tmp_path / "brief.pdf"
    assert main(["brief", "--db", str(db), "--brand", "Vonk Installatietechniek",
                 "--type", "event", "-o", str(out)]) == 0
    body = plain_text(out)
    assert "Vonk Installatietechniek · profielversie 1 ·" in body
    assert fonts(out).get("LiberationSerif-Bold") is True      # the font file came along
