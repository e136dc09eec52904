"""Generators of hostile brand packs: each returns the file it wrote (a few kB at most on disk).

One per way a pack from outside went wrong in the probe of issue #20: deep JSON, huge numbers,
control characters in names, oversized fields, too many terms, duplicate and encrypted zip
members, a program posing as a logo.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brandregie.paths import sample_pack


def _sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sample_pack().read_text("utf-8"))
    return data


def _write_json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def deep_json(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text('{"format": "brandregie-pack", "version": 1, "brand": {"name": "X", "x": '
                    + "[" * 100_000 + "]" * 100_000 + "}}", "utf-8")
    return path


def deep_json_in_zip(folder: Path) -> Path:
    path = folder / "deep.brandpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("brand.json", deep_json(folder).read_text("utf-8"))
    return path


def huge_number(folder: Path) -> Path:
    path = folder / "number.json"
    path.write_text('{"format": "brandregie-pack", "version": 1, "brand": {"name": "X", '
                    '"employer": {"hiring_goal": {"count": ' + "9" * 5000 + "}}}}", "utf-8")
    return path


def number_beyond_integer(folder: Path) -> Path:
    data = _sample()
    data["brand"]["employer"]["hiring_goal"] = {"count": 99_999_999_999}
    return _write_json(folder / "count.json", data)


def control_characters_in_name(folder: Path) -> Path:
    data = _sample()
    data["brand"]["name"] = "Evil\x1b[2J\u202egnp.exe\x00"
    return _write_json(folder / "control.json", data)


def ten_megabyte_name(folder: Path) -> Path:
    data = _sample()
    data["brand"]["name"] = "N" * 10_000_000
    path = folder / "long.brandpack"
    with zipfile.ZipFile(path, "w") as archive:  # stored: deflated, it would be a "zip bomb"
        archive.writestr("brand.json", json.dumps(data))
    return path


def name_over_the_column(folder: Path) -> Path:
    data = _sample()
    data["brand"]["name"] = "N" * 201
    return _write_json(folder / "name.json", data)


def hundred_thousand_terms(folder: Path) -> Path:
    data = _sample()
    data["brand"]["vocabulary"]["banned"] = [{"term": f"woord{i}"} for i in range(100_000)]
    path = folder / "terms.brandpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("brand.json", json.dumps(data))
    return path


def duplicate_members(folder: Path) -> Path:
    path = folder / "twice.brandpack"
    first = _sample()
    second = _sample()
    second["brand"]["name"] = "Someone Else"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("brand.json", json.dumps(first))
        with warnings.catch_warnings():  # a second entry of the same name, on purpose
            warnings.simplefilter("ignore", UserWarning)
            archive.writestr("brand.json", json.dumps(second))
    return path


def encrypted_member(folder: Path) -> Path:
    path = folder / "locked.brandpack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("brand.json", json.dumps(_sample()))
    data = bytearray(path.read_bytes())
    data[data.find(b"PK\x03\x04") + 6] |= 1  # general purpose flag bit 0: encrypted
    data[data.find(b"PK\x01\x02") + 8] |= 1
    path.write_bytes(bytes(data))
    return path


def program_as_logo(folder: Path) -> Path:
    data = _sample()
    data["brand"]["visual"]["logos"] = [{"name": "Logo", "file": "logos/logo.png"}]
    path = folder / "elf.brandpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("brand.json", json.dumps(data))
        archive.writestr("logos/logo.png", b"\x7fELF\x02\x01\x01" + bytes(4000))
    return path


def program_as_font(folder: Path) -> Path:
    data = _sample()
    data["brand"]["visual"]["fonts"] = [{"family": "Evil", "file": "fonts/evil.ttf"}]
    path = folder / "font.brandpack"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("brand.json", json.dumps(data))
        archive.writestr("fonts/evil.ttf", b"\x00\x01\x00\x00" + bytes(4000))
    return path


#: Each hostile pack and a part of the one line it must be refused with.
HOSTILE_PACKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "deep json": (deep_json, "nested too deeply"),
    "deep json in a zip": (deep_json_in_zip, "nested too deeply"),
    "5000-digit number": (huge_number, "5000 digits"),
    "number beyond an integer column": (number_beyond_integer, "too large a number"),
    "control characters in the name": (control_characters_in_name, "control character \\x1b"),
    "10 MB name": (ten_megabyte_name, "10000000 characters"),
    "name longer than the column": (name_over_the_column, "at most 200"),
    "100k terms": (hundred_thousand_terms, "at most 5000"),
    "two brand.json members": (duplicate_members, "twice"),
    "encrypted member": (encrypted_member, "encrypted"),
    "program as a logo": (program_as_logo, "not an image"),
    "program as a font": (program_as_font, "not a font"),
}
