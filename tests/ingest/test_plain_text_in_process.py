"""The command line reads a plain-text draft in its own process (issue #16): the same document,
or the same refusal, as the reader process gives, and no reader process, no multiprocessing.

Each case is read twice: here, through the sandboxed reader (the app's way), and by a fresh
interpreter that is the command line (``childproc.fork_per_run``, as ``brandregie`` sets it).
"""

from __future__ import annotations

import base64
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from brandregie.ingest import DocumentError, read_document
from brandregie.ingest.limits import MB

#: A fresh command-line process: reads each path, prints each outcome pickled, and which of
#: the reader's modules it loaded.
READER = """
import base64, json, pickle, sys
from brandregie import childproc
from brandregie.ingest import DocumentError, read_document
childproc.fork_per_run()
outcomes = []
for path in sys.argv[1:]:
    try:
        outcomes.append(read_document(path))
    except DocumentError as exc:
        outcomes.append((type(exc).__name__, str(exc)))
print(json.dumps({"outcomes": base64.b64encode(pickle.dumps(outcomes)).decode(),
                  "multiprocessing": "multiprocessing" in sys.modules}))
"""

DUTCH = ("Bij Bakkerij Korenaar bakken we elke ochtend vers brood met meel van de molen om de "
         "hoek. Wij ontzorgen u graag met onze unieke broodbeleving!")


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return make


#: Plain texts, texts that are something else, and texts to refuse; each by what it tests.
CASES: dict[str, Callable[[Path], Path]] = {
    "paragraph": _write("para.txt", DUTCH.encode()),
    "no suffix": _write("README", (DUTCH + "\n\nTweede alinea.\n").encode()),
    "bullets, boilerplate, CRLF": _write("list.txt", (
        "Terug naar overzicht\r\n\r\n- vers brood\r\n- spelt\r\n\r\n" + DUTCH).encode()),
    "UTF-8 with BOM": _write("bom.txt", b"\xef\xbb\xbf" + DUTCH.encode()),
    "UTF-16": _write("utf16.txt", DUTCH.encode("utf-16")),
    "Windows-1252": _write("cp1252.txt", "Caf\u00e9 \u2013 \u20ac 3 per brood".encode("cp1252")),
    "unclear language": _write("names.txt", b"Korenaar Molenaar Spelt Rogge Zuurdesem"),
    "over the text budget": _write("long.txt", ("woord " * 500_000).encode()),
    "a web page named .txt": _write("page.txt", b"<!DOCTYPE html><p>" + DUTCH.encode()),
    "a mail without suffix": _write("message", b"From: a@b.nl\nSubject: brood\n\n"
                                    + DUTCH.encode()),
    "binary named .txt": _write("nul.txt", b"abc\x00\x01\x02" * 100),
    "Rich Text named .txt": _write("rich.txt", b"{\\rtf1\\ansi " + DUTCH.encode() + b"}"),
    "only white space": _write("blank.txt", b" \n\t\n "),
    "over the size limit": _write("huge.txt", b"a" * (10 * MB + 1)),
}


def _here(path: Path) -> object:
    try:
        return read_document(path)
    except DocumentError as exc:
        return (type(exc).__name__, str(exc))


def _as_the_command_line(paths: list[Path]) -> tuple[list[object], bool]:
    result = subprocess.run([sys.executable, "-c", READER, *map(str, paths)],
                            capture_output=True, text=True, timeout=300, check=True)
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    outcomes: list[object] = pickle.loads(base64.b64decode(answer["outcomes"]))
    return outcomes, bool(answer["multiprocessing"])


@pytest.mark.slow
def test_the_command_line_reads_every_text_as_the_reader_process_does(tmp_path: Path) -> None:
    paths = [make(tmp_path) for make in CASES.values()]
    outcomes, _loaded = _as_the_command_line(paths)
    for name, path, outcome in zip(CASES, paths, outcomes, strict=True):
        assert outcome == _here(path), name


def test_a_plain_text_draft_starts_no_reader_process(tmp_path: Path) -> None:
    path = CASES["paragraph"](tmp_path)
    outcomes, loaded = _as_the_command_line([path])
    assert outcomes == [_here(path)]
    assert not loaded  # no child process was started for it


def test_a_web_page_named_txt_is_still_read_by_the_reader_process(tmp_path: Path) -> None:
    path = CASES["a web page named .txt"](tmp_path)
    outcomes, loaded = _as_the_command_line([path])
    assert outcomes == [_here(path)]
    assert loaded


def test_a_text_whose_read_could_pass_the_memory_cap_is_read_by_the_reader_process(
        tmp_path: Path) -> None:
    # Nothing caps this process's memory: one-letter paragraphs take about 95 bytes per byte to
    # read, so 10 MB of them filled 926 MB here while the reader process refused the file at its
    # cap. A text just past the in-process bound goes to the reader process, under its cap.
    from brandregie.ingest.limits import DEFAULT_LIMITS
    from brandregie.ingest.reader import in_process_bytes

    bound = in_process_bytes(DEFAULT_LIMITS)
    assert bound * 95 < DEFAULT_LIMITS.max_memory_bytes // 4
    text = (DUTCH + "\n\n").encode() * (bound // len(DUTCH))
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(text[:bound])
    large.write_bytes(text[:bound + 1])
    outcomes, loaded = _as_the_command_line([small])
    assert outcomes == [_here(small)] and not loaded
    outcomes, loaded = _as_the_command_line([large])
    assert outcomes == [_here(large)] and loaded
