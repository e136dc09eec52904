"""Sample Word and PowerPoint files with what agencies put in them, for the corpus benchmark.

A deck with a chart (title, series, categories), a table, a group, line breaks inside a
paragraph, speaker notes and a text box on the slide layout; a Word file with a table whose
cells and rows sit in content controls, a text box and a tracked change. Each is made with
python-pptx / python-docx and then saved again by LibreOffice (``.pptx``, ``.ppt``, ``.docx``,
``.doc``, ``.odt``), so LibreOffice-made files are measured too. Files are made once per
folder and reused.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import tempfile
from pathlib import Path

WORDS = ["bakker", "brood", "vers", "deeg", "oven", "winkel", "klant", "collega", "dienst",
         "ochtend", "team", "stad", "meel", "zuurdesem", "recept", "smaak", "vak", "liefde",
         "werk", "plezier", "korenaar", "tarwe", "rogge", "spelt"]


def _sentence(seed: int, length: int = 9) -> str:
    words = [WORDS[(seed * 7 + i * 5) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def make_deck(path: Path) -> None:
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches, Pt

    deck = Presentation()
    layout = deck.slide_layouts[1]
    box = deck.slide_layouts[6].shapes  # blank layout: a fixed label shown on its slides
    template = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    label = template.shapes.add_textbox(Inches(0.2), Inches(7), Inches(4), Inches(0.4))
    label.text_frame.text = "Vertrouwelijk voorstel korenaar"
    box._spTree.append(copy.deepcopy(label._element))
    for number in range(1, 4):
        slide = deck.slides.add_slide(layout)
        slide.shapes.title.text = f"Campagne {number}: {_sentence(number, 3)}"
        body = slide.placeholders[1].text_frame
        body.text = f"Math 260\vFoundations {_sentence(number)}\v{_sentence(number + 1)}"
        body.add_paragraph().text = _sentence(number + 2)
        slide.notes_slide.notes_text_frame.text = f"Spreker: {_sentence(number + 3)}"
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    data = CategoryChartData()  # type: ignore[no-untyped-call]
    data.categories = ["Voorjaar", "Zomer", "Najaar"]
    data.add_series("Bereik", (1.0, 2.0, 3.0))  # type: ignore[no-untyped-call]
    data.add_series("Aanmeldingen", (2.0, 1.0, 4.0))  # type: ignore[no-untyped-call]
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1),
                                   Inches(6), Inches(4), data)
    frame.chart.has_title = True
    frame.chart.chart_title.text_frame.text = "Bereik per seizoen"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(5.5), Inches(6), Inches(1)).table
    for i, cell in enumerate(c for row in table.rows for c in row.cells):
        cell.text = _sentence(10 + i, 4)
    group = slide.shapes.add_group_shape()
    inner = group.shapes.add_textbox(Inches(7), Inches(1), Inches(2), Inches(1))
    inner.text_frame.text = _sentence(20, 6)
    inner.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
    deck.save(str(path))


def make_word(path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("Vacature bakker", level=1)
    for i in range(3):
        document.add_paragraph(_sentence(30 + i, 12))
    table = document.add_table(rows=3, cols=2)
    for i, cell in enumerate(c for row in table.rows for c in row.cells):
        cell.text = _sentence(40 + i, 5)
    rows = table._tbl.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr")
    for row in rows[1:]:  # rows two and three, and a cell of row one, in content controls
        sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
        row.addprevious(sdt)
        sdt[1].append(row)
    cell = rows[0][-1]
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    cell.addprevious(sdt)
    sdt[1].append(cell)
    paragraph = document.add_paragraph(_sentence(50, 8) + " ")
    paragraph._p.append(parse_xml(
        f"<w:del {nsdecls('w')} w:id=\"1\" w:author=\"a\"><w:r><w:delText>weggehaald "
        "oud woord</w:delText></w:r></w:del>"))
    document.add_paragraph(_sentence(60, 10))
    document.save(str(path))


def make_samples(folder: Path) -> list[Path]:
    """The sample files in ``folder`` (made when missing); LibreOffice's copies when it is
    installed."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {"deck.pptx": make_deck, "vacature.docx": make_word}
    files = []
    for name, maker in made.items():
        path = folder / name
        if not path.exists():
            maker(path)
        files.append(path)
    soffice = shutil.which("soffice")
    if soffice is None:
        return files
    targets = {"deck.pptx": ("ppt", "pptx"), "vacature.docx": ("doc", "docx", "odt")}
    for name, suffixes in targets.items():
        for suffix in suffixes:
            out = folder / f"lo-{Path(name).stem}.{suffix}"
            if not out.exists():
                with tempfile.TemporaryDirectory() as tmp:
                    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/p",
                                    "--headless", "--convert-to", suffix, "--outdir", tmp,
                                    str(folder / name)], capture_output=True, timeout=180,
                                   check=False)
                    produced = Path(tmp) / f"{Path(name).stem}.{suffix}"
                    if produced.exists():
                        shutil.move(produced, out)
            if out.exists():
                files.append(out)
    return files
