"""Brand packs, format 1 (a contract): ``brand.json`` or a ``.brandpack`` zip with its files.

Reading validates everything in memory first, so a bad or hostile pack is refused before anything
is written anywhere. Errors name the field and the problem, for example
``brand.visual.colours[0].hex: "#GG3D91" is not a colour (expected #RRGGBB)``.
"""

from __future__ import annotations

import dataclasses
import io
import json
import posixpath
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, cast, get_args

from pydantic import BaseModel, ValidationError

from brandregie.errors import PackError
from brandregie.profile.assets import font_problem, logo_problem
from brandregie.profile.plainread import plain_model
from brandregie.profile.schema import PACK_FORMAT, PACK_VERSION, Brand, Font, Logo, Pack
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.shown import is_unsafe, shown

PACK_JSON = "brand.json"
ZIP_SUFFIX = ".brandpack"

#: Limits for packs from outside: generous for a real brand, fatal for a zip bomb.
MAX_PACK_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per member
#: Values that must fit the database (PostgreSQL refuses what SQLite takes) and stay sane.
MAX_NAME_CHARS = 200  # the brands.name column
MAX_TEXT_CHARS = 100_000  # one field: a long brand story is 5,000
MAX_INT = 2**31 - 1  # an INTEGER column
MAX_NUMBER_CHARS = 20
#: Vocabulary entries (terms, their "not" forms, clichés): a real brand has a few hundred;
#: every check of a draft looks for each one, so 100,000 would make each check take seconds.
MAX_TERMS = 5_000
#: "Sounds like us" texts: a few dozen teach the voice; each one is read for every check.
MAX_VOICE_TEXTS = 200


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "brand.json"


_TYPE_WORDS = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "tuple_type": "expected a list",
    "list_type": "expected a list",
    "dict_type": "expected an object",
    "model_type": "expected an object",
    "model_attributes_type": "expected an object",
}


def _describe(error: Mapping[str, Any]) -> str:
    """One readable sentence for one pydantic error."""
    kind = error["type"]
    value = error.get("input")
    shown = json.dumps(value, ensure_ascii=False) if isinstance(value, str | int | float) else None
    if kind == "missing":
        return "is missing"
    if kind == "colour":
        return str(error["msg"])
    if kind.startswith("date"):
        return f"{shown or 'this'} is not a date (expected YYYY-MM-DD)"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{shown or 'this value'} is not allowed (expected {expected})"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{shown} is out of range ({error['msg'].lower()})"
    if kind in ("string_too_short",):
        return "must not be empty"
    if kind in _TYPE_WORDS:
        got = type(value).__name__ if value is not None else "null"
        got = {"str": "text", "int": "a number", "float": "a number", "dict": "an object",
               "list": "a list", "bool": "true/false"}.get(got, got)
        return f"{_TYPE_WORDS[kind]}, got {got}"
    return str(error["msg"])


def unknown_fields(data: object, model: type[BaseModel] = Pack, prefix: str = "") -> list[str]:
    """Fields in ``data`` that format 1 does not know: ignored on import, reported to the user."""
    if not isinstance(data, dict):
        return []
    known: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        known[info.alias or name] = info.annotation
    found: list[str] = []
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if key not in known:
            found.append(path)
            continue
        inner = _model_in(known[key])
        if inner is None:
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                found += unknown_fields(item, inner, f"{path}[{i}]")
        else:
            found += unknown_fields(value, inner, path)
    return found


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``X``, ``X | None`` or ``tuple[X, ...]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        inner = _model_in(arg)
        if inner is not None:
            return inner
    return None


def validate_pack(data: object, *, source: str = PACK_JSON) -> Pack:
    """Validate parsed JSON as a format-1 pack; raise :class:`PackError` naming the field."""
    if not isinstance(data, dict):
        raise PackError(f"{source}: a brand pack is a JSON object, not {type(data).__name__}")
    fmt = data.get("format")
    if fmt != PACK_FORMAT:
        raise PackError(f'{source}: format: expected "{PACK_FORMAT}", got '
                        f"{json.dumps(fmt, ensure_ascii=False)}; is this a BrandRegie pack?")
    if data.get("version") != PACK_VERSION:
        raise PackError(f"{source}: version: this BrandRegie reads pack version {PACK_VERSION}, "
                        f"not {json.dumps(data.get('version'))}")
    plain = plain_model(Pack, data)  # a plainly valid pack needs no validator built
    if plain is not None:
        return cast(Pack, plain)
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = len(exc.errors()) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise PackError(f"{_location(first['loc'])}: {_describe(first)}{tail}") from None


@dataclass(frozen=True, slots=True)
class LoadedPack:
    """A pack as read: the snapshot, and the fields format 1 does not know (ignored)."""

    snapshot: ProfileSnapshot
    ignored: tuple[str, ...] = ()


def parse_pack_json(raw: bytes, *, source: str = PACK_JSON) -> Pack:
    return _parse(raw, source)[0]


def _parse(raw: bytes, source: str) -> tuple[Pack, tuple[str, ...]]:
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_int=_number(int, source),
                          parse_float=_number(float, source),
                          parse_constant=_number(float, source))
    except UnicodeDecodeError:
        raise PackError(f"{source} is not a brand pack: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise PackError(f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                        f"column {exc.colno}") from None
    except RecursionError:
        raise PackError(f"{source} is nested too deeply to be a brand pack: refused") from None
    _check_values(data, source)
    pack = validate_pack(data, source=source)
    _check_fits(pack.brand)
    return pack, tuple(unknown_fields(data))


def _number(kind: type[int] | type[float], source: str) -> Any:
    """A JSON number parser that refuses 5,000-digit numbers, NaN and Infinity."""
    def parse(text: str) -> int | float:
        if len(text) > MAX_NUMBER_CHARS:
            raise PackError(f"{source} holds a number of {len(text)} digits: refused")
        value = kind(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise PackError(f"{source} holds {text}, which is not a number: refused")
        return value
    return parse


def _check_values(data: object, source: str) -> None:
    """Refuse control characters (NUL, ESC), bidi overrides, oversized texts and integers."""
    stack: list[tuple[str, object]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((f"{where}.{key}" if where else str(key), item)
                         for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in enumerate(value))
        elif isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                raise PackError(f"{where or source}: a text of {len(value)} characters; at most "
                                f"{MAX_TEXT_CHARS} fit in one field")
            bad = next((c for c in value if c not in "\t\n\r" and is_unsafe(c)), None)
            if bad is not None:
                raise PackError(f"{where or source}: holds the control character "
                                f"{shown(bad)}: refused")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
            raise PackError(f"{where or source}: {value} is too large a number")


def _check_fits(brand: Brand) -> None:
    """What the database and the checks can hold: a short one-line name, a bounded vocabulary."""
    if len(brand.name) > MAX_NAME_CHARS:
        raise PackError(f"brand.name: a name of {len(brand.name)} characters; at most "
                        f"{MAX_NAME_CHARS}")
    if any(c in brand.name for c in "\t\n\r"):
        raise PackError("brand.name: a name is one line: refused")
    vocabulary = brand.vocabulary
    terms = (sum(1 + len(b.not_) for b in vocabulary.brand_names)
             + sum(1 + len(p.not_) for p in vocabulary.preferred) + len(vocabulary.banned)
             + sum(1 + len(k.keywords) for k in vocabulary.key_messages)
             + len(vocabulary.cliches.extra) + len(vocabulary.cliches.allowed))
    if terms > MAX_TERMS:
        raise PackError(f"brand.vocabulary: {terms} terms; a brand holds at most {MAX_TERMS} "
                        f"(every check looks for each one): refused")
    if len(brand.voice.texts) > MAX_VOICE_TEXTS:
        raise PackError(f"brand.voice.texts: {len(brand.voice.texts)} texts; a brand holds at "
                        f"most {MAX_VOICE_TEXTS}: refused")


def _safe_member_name(name: str) -> str:
    """Refuse names that would leave the folder: absolute, ``..``, drive letters, backslashes."""
    if not name or "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackError(f"the pack holds an unsafe file name: {name!r}")
    normal = posixpath.normpath(name)
    if normal.startswith("..") or PurePosixPath(normal).is_absolute() or "/../" in f"/{name}/":
        raise PackError(f"the pack holds a file name that leaves the pack folder: {name!r}")
    return normal


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one member, counting real bytes: a lying header cannot smuggle in a bomb."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as fh:
        while chunk := fh.read(1024 * 1024):
            total += len(chunk)
            if total > MAX_MEMBER_BYTES or total > info.file_size:
                raise PackError(f"{info.filename} in the pack is larger than it claims or than "
                                f"{MAX_MEMBER_BYTES // (1024 * 1024)} MB: refused")
            chunks.append(chunk)
    return b"".join(chunks)


def _read_zip(path: Path, data: bytes) -> LoadedPack:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise PackError(f"{path.name} is damaged: it is not a valid .brandpack (zip) file"
                        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackError(f"{path.name} holds {len(infos)} files; a pack holds at most "
                            f"{MAX_MEMBERS}: refused")
        members: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            name = _safe_member_name(info.filename)
            if name in members:
                raise PackError(f"the pack holds {name!r} twice: refused")
            if info.flag_bits & 0x1:
                raise PackError(f"{info.filename!r} in the pack is encrypted: refused")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise PackError(f"the pack holds a symbolic link ({info.filename}): refused")
            if info.is_dir():
                continue
            declared += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or declared > MAX_TOTAL_BYTES:
                raise PackError(f"{info.filename} in the pack is too large to unpack: refused")
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
                    and info.file_size > 1024 * 1024:
                raise PackError(f"{info.filename} in the pack looks like a zip bomb "
                                f"(compressed {info.file_size // info.compress_size}:1): refused")
            members[name] = info
        if PACK_JSON not in members:
            raise PackError(f"{path.name} has no {PACK_JSON}: it is not a brand pack")
        try:
            pack, ignored = _parse(_read_member(archive, members[PACK_JSON]), PACK_JSON)
            files: dict[str, bytes] = {}
            for field_name, file_path in _file_fields(pack.brand):
                member = posixpath.normpath(file_path)
                if member not in members:
                    raise PackError(f"{field_name}: the pack has no file {file_path!r}")
                files[file_path] = _read_member(archive, members[member])
                problem = _file_problem(field_name, files[file_path])
                if problem is not None:
                    raise PackError(f"{field_name}: {file_path!r} {problem}: refused")
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise PackError(f"{path.name} is damaged: {exc}") from None
    return LoadedPack(ProfileSnapshot(brand=pack.brand, files=files), ignored)


def _file_problem(field_name: str, data: bytes) -> str | None:
    """Why a file named by ``field_name`` (a font's or a logo's) cannot be used, if it cannot."""
    problem = font_problem(data) if ".fonts[" in field_name else logo_problem(data)
    return None if problem is None else f"cannot be used: {problem}"


def unusable_files(snapshot: ProfileSnapshot) -> dict[str, str]:
    """Files a snapshot holds that are not what they claim (stored before they were checked)."""
    found: dict[str, str] = {}
    for field_name, file_path in _file_fields(snapshot.brand):
        data = snapshot.files.get(file_path)
        if data is not None and file_path not in found:
            problem = _file_problem(field_name, data)
            if problem is not None:
                found[file_path] = problem
    return found


def _file_fields(brand: Brand) -> list[tuple[str, str]]:
    """(field name, pack path) of every file the brand names."""
    fields: list[tuple[str, str]] = []
    for i, font in enumerate(brand.visual.fonts):
        if font.file:
            fields.append((f"brand.visual.fonts[{i}].file", font.file))
    for i, logo in enumerate(brand.visual.logos):
        if logo.file:
            fields.append((f"brand.visual.logos[{i}].file", logo.file))
    return fields


def read_pack(path: str | Path) -> ProfileSnapshot:
    """Read a ``brand.json`` or ``.brandpack`` into a snapshot (no revision: not stored yet)."""
    return load_pack(path).snapshot


def load_pack(path: str | Path) -> LoadedPack:
    """Read a pack and say which fields it has that this version ignores."""
    from brandregie.ingest.errors import DocumentError
    from brandregie.ingest.opening import open_draft

    path = Path(path)
    try:
        # judged on what was opened: a pipe named brand.json would hold the import for ever
        fh, status = open_draft(path, str(path))
    except DocumentError as exc:
        message = exc.message.replace("is a folder, not a file", "is a folder, not a brand pack")
        raise PackError(message) from None
    with fh:
        size = status.st_size
        if size > MAX_PACK_BYTES:
            raise PackError(f"{path.name} is {size // (1024 * 1024)} MB; a pack is at most "
                            f"{MAX_PACK_BYTES // (1024 * 1024)} MB")
        try:
            data = fh.read(MAX_PACK_BYTES + 1)
        except OSError as exc:
            raise PackError(f"{path} cannot be read: {exc.strerror}") from None
    if len(data) > MAX_PACK_BYTES:  # it grew since it was opened
        raise PackError(f"{path.name} is over {MAX_PACK_BYTES // (1024 * 1024)} MB; a pack is "
                        f"at most {MAX_PACK_BYTES // (1024 * 1024)} MB")
    if data.startswith(b"PK"):
        return _read_zip(path, data)
    pack, ignored = _parse(data, path.name)
    brand = pack.brand
    # A bare brand.json carries no files: any path it names has nothing behind it.
    if brand.file_paths():
        brand = _without_files(brand)
    return LoadedPack(ProfileSnapshot(brand=brand), ignored)


def _without_files(brand: Brand) -> Brand:
    visual = brand.visual.model_copy(update={
        "fonts": tuple(f.model_copy(update={"file": None}) for f in brand.visual.fonts),
        "logos": tuple(lg.model_copy(update={"file": None}) for lg in brand.visual.logos),
    })
    return brand.model_copy(update={"visual": visual})


def pack_dict(brand: Brand) -> dict[str, Any]:
    """The pack JSON object of ``brand``, in the contract's field order and names."""
    body = brand.model_dump(mode="json", by_alias=True)
    if not brand.voice.texts:
        del body["voice"]  # optional: a pack without own texts stays what it always was
    return {"format": PACK_FORMAT, "version": PACK_VERSION, "brand": body}


def pack_json(brand: Brand) -> str:
    """Deterministic text of a pack: export, import, export again gives the same JSON."""
    return json.dumps(pack_dict(brand), ensure_ascii=False, indent=2) + "\n"


def write_pack(snapshot: ProfileSnapshot, path: str | Path) -> Path:
    """Write a ``.brandpack`` (zip with files) or, for any other name, a bare ``brand.json``.

    A file that is not a font or image (see :func:`unusable_files`) is left out of the zip.
    """
    path = Path(path)
    bad = unusable_files(snapshot)
    if bad:
        snapshot = dataclasses.replace(
            snapshot, files={k: v for k, v in snapshot.files.items() if k not in bad})
    if path.suffix.lower() != ZIP_SUFFIX:
        path.write_text(pack_json(_without_files(snapshot.brand)), encoding="utf-8")
        return path
    brand = _with_pack_paths(snapshot)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PACK_JSON, pack_json(brand))
        for original, packed in _pack_paths(snapshot).items():
            data = snapshot.files[original]
            archive.writestr(packed, data)
    tmp.replace(path)
    return path


def _pack_paths(snapshot: ProfileSnapshot) -> dict[str, str]:
    """Map each file the snapshot holds to a safe path inside the zip (fonts/, logos/)."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for folder, items in (("fonts", snapshot.brand.visual.fonts),
                          ("logos", snapshot.brand.visual.logos)):
        for item in items:
            if not item.file or item.file not in snapshot.files or item.file in mapping:
                continue
            base = PurePosixPath(item.file).name or "file"
            candidate, n = f"{folder}/{base}", 1
            while candidate in used:
                n += 1
                stem, dot, ext = base.partition(".")
                candidate = f"{folder}/{stem}-{n}{dot}{ext}"
            used.add(candidate)
            mapping[item.file] = candidate
    return mapping


def _with_pack_paths(snapshot: ProfileSnapshot) -> Brand:
    mapping = _pack_paths(snapshot)

    def fix_font(item: Font) -> Font:
        return item.model_copy(update={"file": mapping.get(item.file or "")})

    def fix_logo(item: Logo) -> Logo:
        return item.model_copy(update={"file": mapping.get(item.file or "")})

    brand = snapshot.brand
    visual = brand.visual.model_copy(update={
        "fonts": tuple(fix_font(f) for f in brand.visual.fonts),
        "logos": tuple(fix_logo(lg) for lg in brand.visual.logos),
    })
    return brand.model_copy(update={"visual": visual})
