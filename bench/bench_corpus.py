"""How completely real-world Word and PowerPoint files are read, measured against LibreOffice.

Run: ``.venv/bin/python bench/bench_corpus.py [FOLDER ...]`` (or set ``BRANDREGIE_CORPUS`` to
folders separated by ``:``). Every ``.doc .docx .docm .dotx .odt .ppt .pptx .pptm .ppsx .ppsm
.potx`` below the folders is read, plus the sample files of :mod:`bench.office_samples` (made
with python-pptx/python-docx and saved again by LibreOffice, so LibreOffice-made files are in).

The corpus used for the README's figures is Apache POI's test data (Apache-2.0; real documents
and fuzz cases), not kept in this repository. To get it::

    git clone --depth 1 --filter=blob:none --sparse https://github.com/apache/poi
    git -C poi sparse-checkout set test-data/document test-data/slideshow legal
    .venv/bin/python bench/bench_corpus.py poi/test-data

Each file is read the way the app reads it (content sniffing, then the format's reader) in a
capped child process. **crashed** means an error that is not a typed refusal (a bug: the app
would call the file damaged), a dead child or a read past the time limit; **refused** is a typed
refusal with its sentence. The reference is LibreOffice's own text (``soffice --headless``:
Writer files to plain text, presentations to PDF and ``pdftotext``), cached by content hash
under ``~/.cache/brandregie/bench-corpus``. LibreOffice "reads" a file when that text has at
least 20 words. **Recall** is the share of LibreOffice's words (case-folded, counted with
repeats) that the reader also gives. Set aside: numbers-only tokens (slide and page numbers),
list labels ("a.", "iv)", bullets), the words of deleted tracked changes, and embedded objects
in decks (a worksheet shown on a slide; out of the reader's scope, so the reference is made
from a copy without them); a line that repeats on most pages of a PDF (a master's footer, read
once per deck) counts once, and a word ``pdftotext`` split in two counts as one. A refusal
of a file LibreOffice reads counts as recall 0. Percentiles are over files LibreOffice reads,
encrypted ones aside.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brandregie import childproc  # noqa: E402
from brandregie.ingest.errors import DocumentError  # noqa: E402
from brandregie.ingest.limits import DEFAULT_LIMITS  # noqa: E402

WORD_SUFFIXES = (".doc", ".docx", ".docm", ".dotx", ".odt")
SLIDE_SUFFIXES = (".ppt", ".pptx", ".pptm", ".ppsx", ".ppsm", ".potx")
CACHE = Path(os.environ.get("BRANDREGIE_CORPUS_CACHE",
                            Path.home() / ".cache" / "brandregie" / "bench-corpus"))
MIN_WORDS = 20
_TOKEN = re.compile(r"\w+", re.UNICODE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.casefold()) if not t.isdigit() and t != "_"]


# --- the reader, in a child ------------------------------------------------------------------

def read_one(path: str, name: str, progress: Any = None) -> tuple[str, str, tuple[str, ...]]:
    """In the child: ``(status, text or message, notes)`` as the app's reader sees the file,
    without the worker's catch-all (so an untyped error reaches the parent as a crash)."""
    from brandregie.ingest.formats.context import ReadContext
    from brandregie.ingest.sniff import detect_kind
    from brandregie.ingest.worker import _reader

    data = Path(path).read_bytes()
    try:
        kind = detect_kind(data, name, DEFAULT_LIMITS)
        reader = _reader(kind)
        assert reader is not None
        document = reader(data, ReadContext(name, DEFAULT_LIMITS))
    except DocumentError as exc:
        return "refused", exc.message, ()
    return "read", document.text, document.notes


def run_reader(path: Path) -> tuple[str, str, tuple[str, ...]]:
    try:
        result: tuple[str, str, tuple[str, ...]] = childproc.run(
            "bench.bench_corpus:read_one", str(path), path.name,
            timeout=DEFAULT_LIMITS.timeout_seconds, max_memory=DEFAULT_LIMITS.max_memory_bytes,
            passes=(DocumentError,))
        return result
    except childproc.Failed as exc:
        last = exc.details.strip().splitlines()[-1] if exc.details.strip() else exc.kind
        return "crashed", last, ()
    except childproc.ChildError as exc:
        return "crashed", f"{type(exc).__name__}: {exc}", ()


# --- LibreOffice's text ----------------------------------------------------------------------

def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(files: list[Path], target: str, out: Path, profile: Path, timeout: float) -> bool:
    command = [soffice() or "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--convert-to", target, "--outdir", str(out),
               *map(str, files)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # LibreOffice and what it started
        process.wait()
        return False


def pdf_text(pdf: Path) -> str:
    """``pdftotext``'s text, pages apart (form feeds)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=False, timeout=120)
    return done.stdout.decode("utf-8", "replace")


def once_per_deck(text: str) -> str:
    """The text with a line that is on most pages (a master's footer) kept once."""
    pages = [page for page in text.split("\f") if page.strip()]
    counts = Counter(line.strip() for page in pages for line in set(page.splitlines())
                     if line.strip())
    repeated = {line for line, n in counts.items() if len(pages) >= 2 and n > len(pages) / 2}
    seen: set[str] = set()
    kept: list[str] = []
    for page in pages:
        for line in page.splitlines():
            key = line.strip()
            if key in repeated:
                if key in seen:
                    continue
                seen.add(key)
            kept.append(line)
    return "\n".join(kept)


def reference_texts(files: list[Path]) -> dict[Path, str | None]:
    """LibreOffice's text of each file (``None``: it could not convert it), cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    result: dict[Path, str | None] = {}
    todo: dict[str, list[Path]] = {}
    digests = {}
    for path in files:
        digest = hashlib.sha1(reference_source(path)[0]).hexdigest()
        digests[path] = digest
        target = "pdf" if path.suffix.lower() in SLIDE_SUFFIXES else "txt"
        cached = CACHE / f"{digest}.{target}.txt"
        if cached.exists():
            result[path] = cached.read_text("utf-8")
        elif (CACHE / f"{digest}.{target}.none").exists():
            result[path] = None
        else:
            todo.setdefault(target, []).append(path)
    if not todo:
        return result
    if soffice() is None:
        sys.exit("LibreOffice is needed for the reference text: apt-get install "
                 "libreoffice-writer-nogui libreoffice-impress-nogui")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        profile = Path(tmp) / "profile"
        for target, paths in todo.items():
            for start in range(0, len(paths), 15):
                batch = paths[start:start + 15]
                print(f"  LibreOffice: {target} {start + len(batch)}/{len(paths)}",
                      file=sys.stderr)
                _reference_batch(batch, target, Path(tmp), profile, digests, result)
    return result


def _reference_batch(batch: list[Path], target: str, tmp: Path, profile: Path,
                     digests: dict[Path, str], result: dict[Path, str | None]) -> None:
    out = tmp / "out"
    # copies named by digest: two files of one name never overwrite each other's output
    inbox = tmp / "in"
    for folder in (out, inbox):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    copies = []
    for path in batch:
        data, suffix = reference_source(path)
        copy = inbox / f"{digests[path]}{suffix}"
        copy.write_bytes(data)
        copies.append(copy)
    filter_ = "txt:Text (encoded):UTF8" if target == "txt" else "pdf"
    if not _convert(copies, filter_, out, profile, 60 + 10 * len(batch)) and len(batch) > 1:
        for one in batch:  # a file that stalls LibreOffice: find it, one at a time
            _reference_batch([one], target, tmp, profile, digests, result)
        return
    for path in batch:
        digest = digests[path]
        produced = out / f"{digest}.{target}"
        text: str | None = None
        if produced.exists():
            text = pdf_text(produced) if target == "pdf" else \
                produced.read_text("utf-8", "replace")
        if text is None:
            (CACHE / f"{digest}.{target}.none").write_text("")
        else:
            (CACHE / f"{digest}.{target}.txt").write_text(text, "utf-8")
        result[path] = text


# --- comparing -------------------------------------------------------------------------------

def deleted_words(path: Path) -> Counter[str]:
    """Words of deleted tracked changes in a Word or OpenDocument file (LibreOffice's text
    keeps them)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            part = "word/document.xml" if "word/document.xml" in names else "content.xml"
            xml = archive.read(part).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return Counter()
    deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml)
    for region in re.findall(r"<text:deletion>(.*?)</text:deletion>", xml, re.DOTALL):
        deleted.append(re.sub(r"<office:change-info>.*?</office:change-info>|<[^>]+>", " ",
                              region, flags=re.DOTALL))
    return Counter(tokens(" ".join(deleted)))


_LIST_LABEL = re.compile(r"^\s*(?:[•◦▪‣·○■□–-]|[\w.]{1,12}[.)])\s", re.MULTILINE)


def without_list_labels(text: str) -> str:
    """A Writer text with the labels of its list items ("a.", "iv)", "1.2.", bullets) taken
    off: the reader gives a list item's words, its number is the list's, not the author's."""
    return _LIST_LABEL.sub(" ", text)


_OLE_FRAME = re.compile(rb"<p:graphicFrame\b(?:(?!</p:graphicFrame>).)*?presentationml/2006/ole"
                        rb"(?:(?!</p:graphicFrame>).)*</p:graphicFrame>", re.DOTALL)


_VML_REL = re.compile(rb"<Relationship [^>]*/(?:vmlDrawing|oleObject)\"[^>]*/>")


def without_embedded_objects(data: bytes, suffix: str) -> bytes:
    """The deck without its embedded objects (a worksheet, a document) nor their pictures in
    the legacy VML drawings: LibreOffice shows their content, which is out of the reader's
    scope. The same bytes when it has none."""
    if suffix not in SLIDE_SUFFIXES or not data.startswith(b"PK"):
        return data
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            if not any(info.filename.startswith("ppt/slides/slide")
                       and b"2006/ole" in source.read(info) for info in source.infolist()):
                return data
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    body = source.read(info)
                    if info.filename.startswith("ppt/slides/slide"):
                        body = _OLE_FRAME.sub(b"", body)
                    elif info.filename.startswith("ppt/drawings/vmlDrawing"):
                        body = b"<xml></xml>"
                    elif info.filename.startswith("ppt/slides/_rels/"):
                        body = _VML_REL.sub(b"", body)
                    target.writestr(info, body)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return data
    return out.getvalue()


_SOURCES: dict[Path, tuple[bytes, str]] = {}


def reference_source(path: Path) -> tuple[bytes, str]:
    """What LibreOffice makes the reference text from, and its suffix: the file without its
    embedded objects. An old ``.ppt`` holding some is first saved as ``.pptx`` by LibreOffice
    (what the reader reads, too), then stripped; the choice is cached under ``sources/``."""
    if path in _SOURCES:
        return _SOURCES[path]
    data, suffix = path.read_bytes(), path.suffix.lower()
    result = (without_embedded_objects(data, suffix), suffix)
    if suffix == ".ppt" and data.startswith(_OLE):
        folder = CACHE / "sources"
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha1(data).hexdigest()
        kept, plain = folder / f"{digest}.pptx", folder / f"{digest}.plain"
        if kept.exists():
            result = (kept.read_bytes(), ".pptx")
        elif not plain.exists():
            from brandregie.ingest.formats.context import ReadContext
            from brandregie.ingest.formats.legacy import convert

            try:
                converted = convert(data, ReadContext(path.name), "ppt")
            except DocumentError:
                converted = b""
            stripped = without_embedded_objects(converted, ".pptx")
            if converted and stripped != converted:
                kept.write_bytes(stripped)
                result = (stripped, ".pptx")
            else:
                plain.write_text("")
    _SOURCES[path] = result
    return result


def encrypted(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(_OLE) and "EncryptedPackage".encode("utf-16-le") in data


def recall(reference: str, ours: str, deleted: Counter[str]) -> tuple[float, int, list[str]]:
    """``(recall, reference words, a few missing words)``.

    A word that ``pdftotext`` split in two ("statem ent": spaced or hyphenated letters) counts
    as the one word when the reader gives that word."""
    got = Counter(tokens(ours))
    sequence = tokens(reference)
    ref: Counter[str] = Counter()
    index = 0
    while index < len(sequence):
        word = sequence[index]
        joined = word + sequence[index + 1] if index + 1 < len(sequence) else ""
        if got[word] <= ref[word] and joined and got[joined] > ref[joined]:
            word = joined
            index += 1
        ref[word] += 1
        index += 1
    ref -= deleted
    total = sum(ref.values())
    if total == 0:
        return 1.0, 0, []
    found = sum(min(n, got[word]) for word, n in ref.items())
    missing = [word for word, n in ref.most_common() if got[word] < n][:6]
    return found / total, total, missing


@dataclass
class Row:
    path: Path
    status: str
    detail: str
    lo_words: int = 0
    recall: float | None = None
    missing: list[str] = field(default_factory=list)
    encrypted: bool = False


def family(path: Path) -> str:
    return "Word" if path.suffix.lower() in WORD_SUFFIXES else "PowerPoint"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def collect(folders: list[Path]) -> list[Path]:
    files = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in WORD_SUFFIXES + SLIDE_SUFFIXES:
                files.append(path)
    return files


def measure(files: list[Path]) -> list[Row]:
    references = reference_texts(files)
    rows = []
    for number, path in enumerate(files, 1):
        if number % 50 == 0:
            print(f"  reading {number}/{len(files)}", file=sys.stderr)
        status, detail, _notes = run_reader(path)
        row = Row(path, status, detail, encrypted=encrypted(path))
        reference = references.get(path)
        if reference is not None:
            deleted = deleted_words(path) if path.suffix.lower() != ".doc" else Counter()
            ours = detail if status == "read" else ""
            reference = without_list_labels(reference) if family(path) == "Word" else \
                once_per_deck(reference)
            row.recall, row.lo_words, row.missing = recall(reference, ours, deleted)
        rows.append(row)
    return rows


def _recalls(rows: list[Row]) -> list[float]:
    """Recall of the files LibreOffice reads (20 words or more), encrypted ones aside."""
    return [r.recall for r in rows if r.lo_words >= MIN_WORDS and not r.encrypted
            and r.recall is not None]


def _figures(values: list[float]) -> str:
    if not values:
        return f"{'-':>7}{'-':>7}"
    return f"{statistics.median(values):>7.3f}{percentile(values, 0.10):>7.3f}"


FAMILIES = {
    "Word (.docx .docm .dotx .odt)": (".docx", ".docm", ".dotx", ".odt"),
    "Word (old .doc)": (".doc",),
    "Word (all)": WORD_SUFFIXES,
    "PowerPoint (.pptx .pptm .ppsx .ppsm .potx)": (".pptx", ".pptm", ".ppsx", ".ppsm", ".potx"),
    "PowerPoint (old .ppt)": (".ppt",),
    "PowerPoint (all)": SLIDE_SUFFIXES,
}


def report(rows: list[Row], worst: int) -> None:
    print(f"{'format':<8}{'files':>6}{'read':>6}{'refused':>8}{'crashed':>8}"
          f"{'LO reads':>9}{'refused*':>9}{'median':>7}{'p10':>7}")
    for suffix in WORD_SUFFIXES + SLIDE_SUFFIXES:
        group = [r for r in rows if r.path.suffix.lower() == suffix]
        if not group:
            continue
        count = Counter(r.status for r in group)
        lo = [r for r in group if r.lo_words >= MIN_WORDS]
        refused_lo = [r for r in lo if r.status != "read" and not r.encrypted]
        print(f"{suffix:<8}{len(group):>6}{count['read']:>6}{count['refused']:>8}"
              f"{count['crashed']:>8}{len(lo):>9}{len(refused_lo):>9}"
              f"{_figures(_recalls(group))}")
    print("refused* = refused or crashed although LibreOffice reads 20 words or more "
          "(encrypted files aside);\nmedian, p10 = word recall against LibreOffice's text "
          "over the files LibreOffice reads\n")
    for name, suffixes in FAMILIES.items():
        values = _recalls([r for r in rows if r.path.suffix.lower() in suffixes])
        if values:
            print(f"{name:<44} {len(values):>4} files  median {statistics.median(values):.3f}"
                  f"  10th percentile {percentile(values, 0.10):.3f}"
                  f"  mean {statistics.fmean(values):.3f}")
    for name in ("Word", "PowerPoint"):
        group = [r for r in rows if family(r.path) == name and r.lo_words >= MIN_WORDS
                 and not r.encrypted and r.recall is not None]
        print(f"\n{name}, lowest recall (words LibreOffice gives that the reader does not):")
        for row in sorted(group, key=lambda r: r.recall or 0.0)[:worst]:
            why = " ".join(row.missing)[:60] if row.status == "read" else row.detail[:80]
            print(f"   {row.recall:.3f} {row.lo_words:>6} words  {row.path.name:<40.40} "
                  f"{row.status:<8} {why}")
    print("\nrefusals and crashes (* LibreOffice reads 20 words or more, not encrypted):")
    for row in rows:
        if row.status != "read":
            flag = "*" if row.lo_words >= MIN_WORDS and not row.encrypted else " "
            print(f" {flag} {row.status:<8} {row.path.name:<40.40} {row.lo_words:>6}  "
                  f"{row.detail[:110]}")


def save(rows: list[Row], path: Path) -> None:
    path.write_text(json.dumps([{**dataclasses.asdict(row), "path": str(row.path)}
                                for row in rows], indent=1), "utf-8")


def load(path: Path) -> list[Row]:
    return [Row(**{**item, "path": Path(item["path"])})
            for item in json.loads(path.read_text("utf-8"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--worst", type=int, default=12)
    parser.add_argument("--no-samples", action="store_true",
                        help="leave out the generated sample files")
    parser.add_argument("--only", nargs="+", metavar="SUFFIX",
                        help="measure only these formats (.pptx .ppsx ...)")
    parser.add_argument("--save", type=Path, help="also write the rows to this JSON file")
    parser.add_argument("--load", type=Path, help="report the rows of an earlier --save")
    args = parser.parse_args()
    if args.load:
        report(load(args.load), args.worst)
        return
    folders = list(args.folders) or [Path(p) for p in
                                     os.environ.get("BRANDREGIE_CORPUS", "").split(":") if p]
    files = collect(folders)
    if not args.no_samples:
        from bench.office_samples import make_samples

        sample_dir = CACHE / "samples"
        files += make_samples(sample_dir)
    if args.only:
        files = [f for f in files if f.suffix.lower() in {s.lower() for s in args.only}]
    if not files:
        sys.exit(__doc__)
    childproc.warm_up()
    rows = measure(files)
    if args.save:
        save(rows, args.save)
    report(rows, args.worst)


if __name__ == "__main__":
    main()
