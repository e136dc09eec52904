"""How fast drafts are read, and at what memory: ``.venv/bin/python bench/bench_ingest.py``.

Builds the targets of the issue in a temporary folder (a 5,000-word Word file from
python-docx, a 100-page PDF from ReportLab) plus a 1 MB text, a 1,000-paragraph HTML page and a
2,000 x 2,000 photo-like PNG, then reads each through the public API (with the sandbox) and
in-process (the reader alone), and prints the times, the sandbox's share (the process and the
language detection, both in the reader process) and peak memory of the calling process and of
the reader processes. Target: each document well under a second.
"reader CPU" is the CPU time the reader process used: on a machine busy with other work the
wall-clock figures grow, the CPU figure hardly does.
"""

from __future__ import annotations

import io
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from brandregie.ingest import read_document, warm_up
from brandregie.ingest.limits import DEFAULT_LIMITS
from brandregie.ingest.sandbox import STATS
from brandregie.ingest.sniff import detect_kind
from brandregie.ingest.worker import parse

WORDS = ["bakker", "brood", "vers", "deeg", "oven", "winkel", "klant", "collega", "dienst",
         "ochtend", "team", "stad", "meel", "zuurdesem", "recept", "smaak", "vak", "liefde",
         "werk", "plezier"]
RUNS = 7


def sentence(rng: random.Random, words: int = 12) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_docx(path: Path, words: int = 5_000) -> None:
    import docx
    from docx.shared import RGBColor

    rng = random.Random(1)
    document = docx.Document()
    written = 0
    section = 0
    while written < words:
        if written % 600 == 0:
            section += 1
            document.add_heading(f"Hoofdstuk {section}", level=1)
        para = document.add_paragraph()
        for _ in range(4):
            run = para.add_run(sentence(rng) + " ")
            if rng.random() < 0.1:
                run.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
            written += 12
    document.save(str(path))


def make_pdf(path: Path, pages: int = 100) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    rng = random.Random(2)
    styles = getSampleStyleSheet()
    story: list[object] = []
    for page in range(pages):
        story.append(Paragraph(f"Pagina {page + 1}", styles["Heading1"]))
        for _ in range(6):
            story.append(Paragraph(" ".join(sentence(rng) for _ in range(5)), styles["BodyText"]))
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def make_text(path: Path, size: int = 1_000_000) -> None:
    rng = random.Random(3)
    parts: list[str] = []
    total = 0
    while total < size:
        para = " ".join(sentence(rng) for _ in range(5))
        parts.append(para)
        total += len(para) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")


def make_html(path: Path, paragraphs: int = 1_000) -> None:
    rng = random.Random(4)
    body = "".join(f'<p style="color:#{rng.randrange(0xFFFFFF):06X}">{sentence(rng, 30)}</p>'
                   for _ in range(paragraphs))
    path.write_text(f"<html><head><style>p {{ font-family: 'Open Sans', Arial }}</style>"
                    f"</head><body><h1>Nieuws</h1>{body}</body></html>", encoding="utf-8")


def make_png(path: Path, side: int = 2_000) -> None:
    from PIL import Image

    image = Image.effect_noise((side, side), 64).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    path.write_bytes(out.getvalue())


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "5,000-word Word file": folder / "lang.docx",
            "100-page PDF": folder / "lang.pdf",
            "1 MB text": folder / "lang.txt",
            "1,000-paragraph HTML": folder / "lang.html",
            "2,000 x 2,000 PNG": folder / "groot.png",
        }
        make_docx(files["5,000-word Word file"])
        make_pdf(files["100-page PDF"])
        make_text(files["1 MB text"])
        make_html(files["1,000-paragraph HTML"])
        make_png(files["2,000 x 2,000 PNG"])

        start = time.perf_counter()
        warm_up()
        read_document(files["1 MB text"])  # also loads the language detector
        print(f"first read (reader server start + language detector): "
              f"{time.perf_counter() - start:.3f} s")
        print(f"{'draft':<24}{'size':>9}{'blocks':>8}{'read (median)':>15}{'reader only':>13}"
              f"{'sandbox+lang':>14}{'reader CPU':>12}{'of 1 s':>8}")
        worst = 0.0
        for label, path in files.items():
            data = path.read_bytes()
            kind = detect_kind(data, path.name)
            totals, cpu = [], []
            for _ in range(RUNS):
                totals.append(timed(partial(read_document, path)))
                cpu.append(STATS.last_cpu_seconds)
            inner = [timed(partial(parse, data, path.name, kind, DEFAULT_LIMITS))
                     for _ in range(RUNS)]
            doc = read_document(path)
            total, alone = statistics.median(totals), statistics.median(inner)
            worst = max(worst, total)
            print(f"{label:<24}{len(data) / 1024:>7.0f}kB{len(doc.blocks):>8}"
                  f"{total * 1000:>12.0f} ms{alone * 1000:>10.0f} ms"
                  f"{(total - alone) * 1000:>11.0f} ms{statistics.median(cpu) * 1000:>9.0f} ms"
                  f"{total:>8.0%}")
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = STATS.peak_memory_mb
        print(f"peak memory: calling process {parent:.0f} MB (the in-process reads included), "
              f"largest reader process {children:.0f} MB (the language detector included)")
        print(f"slowest read: {worst * 1000:.0f} ms ({worst:.0%} of the 1 s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
