"""``brandregie check``: text for people, JSON per the contract, --fail-under, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from brandregie.cli import main
from brandregie.paths import resource, sample_pack
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
CLEAN = CORPUS / "nieuwsbrief-schoon.nl.txt"
PLANTED = CORPUS / "nieuwsbrief-afwijkend.nl.txt"
SCHEMA = json.loads(resource("schema", "check-output.schema.json").read_text(encoding="utf-8"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_validates_against_the_contract(capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    code, out, _ = _run(capsys, "--pack", str(sample_pack()), "--format", "json",
                        str(CLEAN), str(PLANTED), str(CORPUS / "nieuwsbrief-kleuren.html"))
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert [d["file"] for d in data] == [str(CLEAN), str(PLANTED),
                                         str(CORPUS / "nieuwsbrief-kleuren.html")]
    assert data[0]["findings"] == [] and data[0]["score"] >= 85
    planted = data[1]
    assert planted["language"] == "nl"
    banned = next(f for f in planted["findings"] if f["rule"] == "terminology.banned")
    assert set(banned) == {"rule", "severity", "message", "excerpt", "suggestion", "location"}
    assert set(banned["location"]) == {"page", "paragraph", "start", "end"}
    text = PLANTED.read_text(encoding="utf-8")
    assert text[banned["location"]["start"]:banned["location"]["end"]] == banned["excerpt"]


def test_schema_rejects_output_that_breaks_the_contract() -> None:
    bad = [{"file": "x", "language": "nl", "score": 101, "findings": []}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
    missing = [{"file": "x", "language": "nl", "score": 50, "findings": [
        {"rule": "tone.cliche", "severity": "error", "message": "m", "excerpt": "e",
         "location": {"page": None, "paragraph": 1, "start": 0, "end": 1}}]}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(missing, SCHEMA)  # no "suggestion"


def test_text_output_groups_findings_with_excerpts_and_suggestions(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--pack", str(sample_pack()), "--lang", "en", str(PLANTED))
    assert code == 0
    assert out.startswith(f"{PLANTED}: ")
    assert "/100 (red)" in out or "/100 (amber)" in out
    assert "\n  Words\n" in out and "\n  Tone of voice\n" in out
    assert "“ontzorgen”" in out and "→ zeg wat we precies doen" in out
    assert "paragraph 3" in out


def test_text_output_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "--pack", str(sample_pack()), "--lang", "nl", str(PLANTED),
                     str(CLEAN))
    assert "fout" in out and "Het merk gebruikt “ontzorgen” niet" in out
    assert "Geen bevindingen: de tekst past bij het merk." in out


def test_fail_under_exits_with_one(capsys: pytest.CaptureFixture[str]) -> None:
    pack = str(sample_pack())
    assert _run(capsys, "--pack", pack, "--fail-under", "80", str(CLEAN))[0] == 0
    assert _run(capsys, "--pack", pack, "--fail-under", "80", str(CLEAN), str(PLANTED))[0] == 1


def test_bad_input_exits_with_two_and_one_line(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    pack = str(sample_pack())
    code, out, err = _run(capsys, "--pack", pack, "--format", "json", str(CLEAN),
                          str(tmp_path / "missing.docx"))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert [d["file"] for d in json.loads(out)] == [str(CLEAN)]  # the readable draft still
    broken = tmp_path / "brand.json"
    broken.write_text("{}", encoding="utf-8")
    assert _run(capsys, "--pack", str(broken), str(CLEAN))[0] == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--pack", pack, "--fail-under", "120", str(CLEAN)])
    assert exit_info.value.code == 2


def test_check_against_a_stored_profile_records_the_revision(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        sample_snapshot: object) -> None:
    db = tmp_path / "brand.db"
    with open_store(db) as store:
        stored = ProfileService(store).import_snapshot(sample_snapshot)  # type: ignore[arg-type]
    code, out, _ = _run(capsys, "--db", str(db), "--brand", "Bakkerij Korenaar",
                        "--format", "json", str(CLEAN))
    assert code == 0
    assert json.loads(out)[0]["revision"] == stored.revision
    _, text, _ = _run(capsys, "--db", str(db), "--brand", "Bakkerij Korenaar", "--lang", "en",
                      str(CLEAN))
    assert f"revision {stored.revision}" in text


def test_vacancy_type_turns_on_the_vacancy_checks(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text("Onze bakkers zijn ambitieus, dominant en competitief.", encoding="utf-8")
    pack = str(sample_pack())
    _, plain, _ = _run(capsys, "--pack", pack, "--format", "json", str(draft))
    _, vacancy, _ = _run(capsys, "--pack", pack, "--format", "json", "--type", "vacancy",
                         str(draft))
    rules_plain = {f["rule"] for f in json.loads(plain)[0]["findings"]}
    rules_vacancy = {f["rule"] for f in json.loads(vacancy)[0]["findings"]}
    assert "employer.gender-coded" not in rules_plain
    assert "employer.gender-coded" in rules_vacancy


def test_a_word_file_is_checked_with_its_fonts(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Nieuws uit de bakkerij", level=1)
    paragraph = word.add_paragraph("Wij ontzorgen je met ")
    run = paragraph.add_run("goedkope broodjes.")
    run.font.name = "Comic Sans MS"
    word.add_paragraph("Elke dag vers, met de hand gebakken, met eerlijk meel uit de regio.")
    path = tmp_path / "nieuwsbrief.docx"
    word.save(str(path))
    code, out, _ = _run(capsys, "--pack", str(sample_pack()), "--format", "json", str(path))
    assert code == 0
    [report] = json.loads(out)
    jsonschema.validate([report], SCHEMA)
    found = {(f["rule"], f["excerpt"]) for f in report["findings"]}
    assert ("terminology.banned", "ontzorgen") in found
    assert ("terminology.banned", "goedkope") in found
    assert any(rule == "visual.font" and "Comic Sans MS" in excerpt for rule, excerpt in found)
    banned = next(f for f in report["findings"] if f["excerpt"] == "ontzorgen")
    assert banned["location"]["paragraph"] == 2


def test_a_habit_folded_into_one_finding_validates_with_its_places(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft = tmp_path / "u-vorm.txt"  # the sample brand says "je"; this text says "u" throughout
    draft.write_text("Heeft u vragen? Dan helpen wij u graag. Belt u ons gerust.\n\n"
                     "Wij sturen u de bestelling. Kunt u morgen langskomen? Wij zien u graag.\n",
                     encoding="utf-8")
    code, out, _ = _run(capsys, "--pack", str(sample_pack()), "--format", "json", str(draft))
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    address = next(f for f in data[0]["findings"] if f["rule"] == "tone.address")
    text = draft.read_text(encoding="utf-8")
    places = [address["location"], *address.get("repeats", [])]
    assert len(places) >= 5
    assert all(text[p["start"]:p["end"]].lower() == "u" for p in places)
