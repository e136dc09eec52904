"""Brand packs: the round trip and every kind of bad pack, refused with a clear message."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from brandregie.errors import PackError
from brandregie.paths import resource
from brandregie.profile.pack import (
    MAX_MEMBERS,
    load_pack,
    pack_json,
    read_pack,
    unusable_files,
    write_pack,
)
from brandregie.profile.snapshot import ProfileSnapshot

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082")


def _sample_data(sample_pack_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sample_pack_path.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: object, name: str = "brand.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_sample_json_round_trip_gives_the_same_json(sample_pack_path: Path,
                                                    tmp_path: Path) -> None:
    snapshot = read_pack(sample_pack_path)
    out = write_pack(snapshot, tmp_path / "out.json")
    assert json.loads(out.read_text(encoding="utf-8")) == _sample_data(sample_pack_path)
    again = write_pack(read_pack(out), tmp_path / "again.json")
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_brandpack_zip_carries_logo_and_font_files(sample_snapshot: ProfileSnapshot,
                                                   tmp_path: Path) -> None:
    visual = sample_snapshot.brand.visual
    fonts = (visual.fonts[0].model_copy(update={"file": "/home/anna/Merriweather.ttf"}),
             *visual.fonts[1:])
    logos = (visual.logos[0].model_copy(update={"file": "logo kleur.png"}),)
    brand = sample_snapshot.brand.model_copy(update={"visual": visual.model_copy(
        update={"fonts": fonts, "logos": logos})})
    font = resource("fonts", "DejaVuSans.ttf").read_bytes()
    snapshot = ProfileSnapshot(brand, files={"/home/anna/Merriweather.ttf": font,
                                             "logo kleur.png": PNG_1PX})
    pack = write_pack(snapshot, tmp_path / "korenaar.brandpack")
    with zipfile.ZipFile(pack) as archive:
        assert sorted(archive.namelist()) == ["brand.json", "fonts/Merriweather.ttf",
                                              "logos/logo kleur.png"]
    back = read_pack(pack)
    assert back.brand.visual.fonts[0].file == "fonts/Merriweather.ttf"
    assert back.file("fonts/Merriweather.ttf") == font
    assert back.file("logos/logo kleur.png") == PNG_1PX
    again = write_pack(back, tmp_path / "again.brandpack")
    with zipfile.ZipFile(pack) as a, zipfile.ZipFile(again) as b:
        assert a.read("brand.json") == b.read("brand.json")


def test_export_leaves_out_a_stored_file_that_is_no_image(sample_snapshot: ProfileSnapshot,
                                                           tmp_path: Path) -> None:
    """A logo stored before packs were checked by content does not travel on as logo.png."""
    visual = sample_snapshot.brand.visual
    logos = (visual.logos[0].model_copy(update={"file": "logo.png"}),)
    brand = sample_snapshot.brand.model_copy(update={"visual": visual.model_copy(
        update={"logos": logos})})
    snapshot = ProfileSnapshot(brand, files={"logo.png": b"\x7fELF" + bytes(100)})
    assert "not an image" in unusable_files(snapshot)["logo.png"]
    pack = write_pack(snapshot, tmp_path / "k.brandpack")
    with zipfile.ZipFile(pack) as archive:
        assert archive.namelist() == ["brand.json"]
    assert read_pack(pack).brand.visual.logos[0].file is None


def test_a_bare_json_names_no_files(sample_pack_path: Path, tmp_path: Path) -> None:
    data = _sample_data(sample_pack_path)
    data["brand"]["visual"]["logos"][0]["file"] = "logos/logo.png"
    snapshot = read_pack(_write(tmp_path, data))
    assert snapshot.brand.visual.logos[0].file is None


def test_unknown_fields_do_not_crash_the_import(sample_pack_path: Path, tmp_path: Path) -> None:
    data = _sample_data(sample_pack_path)
    data["brand"]["mascot"] = {"name": "Korrel"}
    data["brand"]["visual"]["colours"][0]["pantone"] = "7406 C"
    snapshot = read_pack(_write(tmp_path, data))
    assert snapshot.brand.visual.colours[0].hex == "#E8B64C"


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["brand"]["visual"]["colours"][0].update(hex="#GG3D91"),
     'brand.visual.colours[0].hex: "#GG3D91" is not a colour (expected #RRGGBB)'),
    (lambda d: d["brand"].pop("name"), "brand.name: is missing"),
    (lambda d: d["brand"]["vocabulary"]["banned"][1].pop("term"),
     "brand.vocabulary.banned[1].term: is missing"),
    (lambda d: d["brand"]["character"]["tone"].update(formal="high"),
     "brand.character.tone.formal: expected a whole number, got text"),
    (lambda d: d["brand"]["character"]["tone"].update(serious=9),
     "brand.character.tone.serious: 9 is out of range"),
    (lambda d: d["brand"]["employer"]["hiring_goal"].update(by="2027-13-45"),
     'brand.employer.hiring_goal.by: "2027-13-45" is not a date (expected YYYY-MM-DD)'),
    (lambda d: d["brand"]["character"].update(reading_level="D9"),
     'brand.character.reading_level: "D9" is not allowed'),
    (lambda d: d["brand"]["identity"].update(values="all of them"),
     "brand.identity.values: expected a list, got text"),
    (lambda d: d.update(version=7), "version: this BrandRegie reads pack version 1, not 7"),
    (lambda d: d.update(format="something-else"), 'format: expected "brandregie-pack"'),
])
def test_a_bad_pack_names_the_field_and_the_problem(sample_pack_path: Path, tmp_path: Path,
                                                    mutate: Any, message: str) -> None:
    data = _sample_data(sample_pack_path)
    mutate(data)
    with pytest.raises(PackError) as caught:
        read_pack(_write(tmp_path, data))
    assert message in caught.value.message
    assert "\n" not in caught.value.message


def test_not_json_is_refused_with_where_it_breaks(tmp_path: Path) -> None:
    path = tmp_path / "brand.json"
    path.write_text('{"format": "brandregie-pack", "version": 1,\n "brand": {"name": }', "utf-8")
    with pytest.raises(PackError, match=r"brand.json is not valid JSON: .* line 2"):
        read_pack(path)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="does not exist"):
        read_pack(tmp_path / "nothing.brandpack")
    with pytest.raises(PackError, match="is a folder"):
        read_pack(tmp_path)


def _zip(path: Path, members: dict[str, bytes], brand_json: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if brand_json is not None:
            archive.writestr("brand.json", brand_json)
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("evil", ["../evil.txt", "/etc/evil", "logos/../../evil.png",
                                  "C:/evil.png", "logos\\..\\evil.png"])
def test_zip_slip_names_are_refused_before_anything_is_written(
        sample_pack_path: Path, tmp_path: Path, evil: str) -> None:
    pack = _zip(tmp_path / "evil.brandpack", {evil: b"x"}, sample_pack_path.read_bytes())
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    with pytest.raises(PackError, match="file name"):
        read_pack(pack)
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before


def test_a_zip_bomb_is_refused_without_unpacking_it(sample_pack_path: Path,
                                                    tmp_path: Path) -> None:
    pack = _zip(tmp_path / "bomb.brandpack", {"logos/bomb.png": b"\0" * (60 * 1024 * 1024)},
                sample_pack_path.read_bytes())
    assert pack.stat().st_size < 1024 * 1024
    with pytest.raises(PackError, match="too large|zip bomb"):
        read_pack(pack)


def test_a_member_that_lies_about_its_size_is_refused(sample_pack_path: Path,
                                                      tmp_path: Path) -> None:
    data = _sample_data(sample_pack_path)
    data["brand"]["visual"]["logos"][0]["file"] = "logos/logo.png"
    pack = _zip(tmp_path / "liar.brandpack", {"logos/logo.png": b"A" * 4096},
                json.dumps(data).encode())
    raw = bytearray(pack.read_bytes())
    # Shrink the declared size of the logo (local header and central directory) to 16 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := raw.find(signature, start)) >= 0:
            name_len = int.from_bytes(raw[at + (26 if signature == b"PK\x03\x04" else 28):][:2],
                                      "little")
            header = 30 if signature == b"PK\x03\x04" else 46
            if raw[at + header:at + header + name_len] == b"logos/logo.png":
                raw[at + offset:at + offset + 4] = (16).to_bytes(4, "little")
            start = at + 4
    pack.write_bytes(bytes(raw))
    with pytest.raises(PackError, match="larger than it claims|damaged"):
        read_pack(pack)


def test_too_many_files_are_refused(sample_pack_path: Path, tmp_path: Path) -> None:
    members = {f"logos/{i}.png": b"" for i in range(MAX_MEMBERS + 1)}
    pack = _zip(tmp_path / "many.brandpack", members, sample_pack_path.read_bytes())
    with pytest.raises(PackError, match="holds .* files"):
        read_pack(pack)


def test_a_zip_without_brand_json_or_with_a_missing_logo_is_refused(
        sample_pack_path: Path, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="has no brand.json"):
        read_pack(_zip(tmp_path / "empty.brandpack", {"readme.txt": b"hi"}))
    data = _sample_data(sample_pack_path)
    data["brand"]["visual"]["logos"][0]["file"] = "logos/logo.png"
    with pytest.raises(PackError, match=r"brand.visual.logos\[0\].file: the pack has no file"):
        read_pack(_zip(tmp_path / "nologo.brandpack", {}, json.dumps(data).encode()))


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.brandpack"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(PackError, match="damaged"):
        read_pack(path)


def test_pack_json_keeps_dutch_characters_readable(sample_snapshot: ProfileSnapshot) -> None:
    text = pack_json(sample_snapshot.brand)
    assert "ingrediënten" in text and "\\u00eb" not in text


def test_unknown_fields_are_named_so_the_user_knows_they_were_ignored(
        sample_pack_path: Path, tmp_path: Path) -> None:
    data = _sample_data(sample_pack_path)
    data["brand"]["mascot"] = {"name": "Korrel"}
    data["brand"]["visual"]["colours"][2]["pantone"] = "7406 C"
    loaded = load_pack(_write(tmp_path, data))
    assert loaded.ignored == ("brand.visual.colours[2].pantone", "brand.mascot")
    assert load_pack(sample_pack_path).ignored == ()


def test_a_snapshot_pickles_whole_for_a_child_process(sample_snapshot: ProfileSnapshot) -> None:
    import pickle

    snapshot = ProfileSnapshot(sample_snapshot.brand, revision=7, brand_id=3,
                               files={"logos/k.svg": b"<svg/>"})
    back = pickle.loads(pickle.dumps(snapshot))
    assert back == snapshot
    assert dict(back.files) == {"logos/k.svg": b"<svg/>"}
    with pytest.raises(TypeError):
        back.files["logos/k.svg"] = b"changed"  # type: ignore[index,unused-ignore]
