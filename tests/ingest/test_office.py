"""Everything the agency wrote in an Office file is read: one small file per kind of trouble
seen in real decks and Word files (Apache POI's test data, bench/bench_corpus.py).

Decks and Word files are made here with python-pptx / python-docx, and changed at the XML level
where those cannot make what PowerPoint or Word write (a linked picture, SmartArt, a slide show,
content controls around table rows). The committed old Office files were made by LibreOffice
from python-pptx / python-docx files (``soffice --convert-to ppt|doc``; the deck gzipped, as
LibreOffice writes 600 kB for one slide); ``wachtwoord.docx`` is a python-docx file encrypted
by msoffcrypto-tool (password "geheim").
"""

from __future__ import annotations

import gzip
import io
import re
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image as PILImage
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from brandregie.ingest import Cancelled, DocumentError, read_bytes, read_document
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.formats.legacy import find_soffice
from brandregie.ingest.worker import read_kind

needs_libreoffice = pytest.mark.skipif(find_soffice() is None,
                                       reason="LibreOffice is not installed")
WORD_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rewrite(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    """The zip with each member passed through ``change`` (``None``: left out)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = change(info.filename, source.read(info))
            if body is not None:
                target.writestr(info.filename, body)
    return out.getvalue()


def _deck(build: Callable[[object], None]) -> bytes:
    deck = Presentation()
    build(deck)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (20, 10), (0, 0x33, 0x66)).save(out, "PNG")
    return out.getvalue()


def _slide_with_text(text: str, notes: str = "") -> bytes:
    def build(deck: object) -> None:
        slide = deck.slides.add_slide(deck.slide_layouts[1])  # type: ignore[attr-defined]
        slide.shapes.title.text = "Voorstel voorjaarscampagne"
        slide.placeholders[1].text_frame.text = text
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    return _deck(build)


# --- PowerPoint ------------------------------------------------------------------------------

def test_a_line_break_inside_a_slide_paragraph_keeps_the_words_apart() -> None:
    doc = read_bytes(_slide_with_text("Math 260\vFoundations of baking\vVers brood"),
                     "deck.pptx")
    assert "Math 260\nFoundations of baking\nVers brood" in doc.text
    assert "260Foundations" not in doc.text


def test_a_linked_picture_is_skipped_with_a_note_and_the_deck_is_read() -> None:
    def build(deck: object) -> None:
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # type: ignore[attr-defined]
        slide.shapes.add_picture(io.BytesIO(_png()), Inches(1), Inches(1))
        box = slide.shapes.add_textbox(Inches(1), Inches(4), Inches(5), Inches(1))
        box.text_frame.text = "Onze bakkers staan om vier uur op."

    def link(name: str, body: bytes) -> bytes:
        if name == "ppt/slides/slide1.xml":
            return body.replace(b"r:embed=", b"r:link=")
        if name == "ppt/slides/_rels/slide1.xml.rels":
            return re.sub(rb'Target="../media/image1.png"',
                          b'Target="https://example.com/foto.png" TargetMode="External"', body)
        return body

    doc = read_bytes(_rewrite(_deck(build), link), "deck.pptx")
    assert "Onze bakkers staan om vier uur op." in doc.text
    assert doc.images == ()
    assert any("linked" in note for note in doc.notes)


@pytest.mark.parametrize(("suffix", "content_type"), [
    (".ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"),
    (".pptx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"),
    (".potx", "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"),
    (".pptm", "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"),
    (".ppsm", "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml"),
])
def test_slide_shows_templates_and_macro_decks_are_read(suffix: str, content_type: str) -> None:
    def retype(name: str, body: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return body.replace(
                b"application/vnd.openxmlformats-officedocument.presentationml.presentation"
                b".main+xml", content_type.encode())
        return body

    data = _rewrite(_slide_with_text("Proef ons nieuwe desembrood."), retype)
    assert content_type.encode() in zipfile.ZipFile(io.BytesIO(data)).read(
        "[Content_Types].xml")
    doc = read_bytes(data, f"voorstel{suffix}")
    assert doc.kind == "pptx"
    assert "Proef ons nieuwe desembrood." in doc.text


def test_chart_title_series_and_categories_are_read() -> None:
    def build(deck: object) -> None:
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # type: ignore[attr-defined]
        data = CategoryChartData()  # type: ignore[no-untyped-call]
        data.categories = ["Voorjaar", "Zomer"]
        data.add_series("Bereik", (1.0, 2.0))  # type: ignore[no-untyped-call]
        data.add_series("Aanmeldingen", (3.0, 4.0))  # type: ignore[no-untyped-call]
        chart = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1),
                                       Inches(6), Inches(4), data).chart
        chart.has_title = True
        chart.chart_title.text_frame.text = "Bereik per seizoen"

    doc = read_bytes(_deck(build), "grafiek.pptx")
    texts = [block.text for block in doc.blocks]
    assert texts == ["Bereik per seizoen", "Bereik", "Aanmeldingen", "Voorjaar", "Zomer"]
    assert all(block.page == 1 for block in doc.blocks)


_DIAGRAM_FRAME = (
    '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<p:nvGraphicFramePr><p:cNvPr id="9" name="Diagram"/><p:cNvGraphicFramePr/><p:nvPr/>'
    '</p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></p:xfrm>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
    '<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic>'
    '</p:graphicFrame>')
_DIAGRAM_DATA = (
    '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
    '<dgm:pt modelId="0" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p/></dgm:t>'
    '</dgm:pt>'
    '<dgm:pt modelId="1"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Kneden'
    '</a:t></a:r></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="2"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>Rijzen'
    '</a:t></a:r></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="3" type="pres"><dgm:prSet/><dgm:spPr/></dgm:pt>'
    '<dgm:pt modelId="4" type="parTrans"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p/>'
    '</dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>')


def test_smartart_node_text_is_read() -> None:
    def add_diagram(name: str, body: bytes) -> bytes:
        if name == "ppt/slides/slide1.xml":
            return body.replace(b"</p:spTree>", _DIAGRAM_FRAME.encode() + b"</p:spTree>")
        if name == "ppt/slides/_rels/slide1.xml.rels":
            return body.replace(b"</Relationships>", (
                b'<Relationship Id="rIdDm" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/diagramData" '
                b'Target="../diagrams/data1.xml"/></Relationships>'))
        if name == "[Content_Types].xml":
            return body.replace(b"</Types>", (
                b'<Override PartName="/ppt/diagrams/data1.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/></Types>'))
        return body

    data = _rewrite(_slide_with_text("Ons proces in twee stappen."), add_diagram)
    data = _add_member(data, "ppt/diagrams/data1.xml", _DIAGRAM_DATA.encode())
    doc = read_bytes(data, "proces.pptx")
    assert [b.text for b in doc.blocks][-2:] == ["Kneden", "Rijzen"]


def _add_member(data: bytes, name: str, body: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr(name, body)
    return out.getvalue()


def test_text_on_the_slide_layout_is_read_once_per_deck() -> None:
    def build(deck: object) -> None:
        layout = deck.slide_layouts[6]  # type: ignore[attr-defined]
        scratch = Presentation()
        label = scratch.slides.add_slide(scratch.slide_layouts[6]).shapes.add_textbox(
            Inches(0.2), Inches(7), Inches(4), Inches(0.4))
        label.text_frame.text = "Vertrouwelijk voorstel"
        layout.shapes._spTree.append(label._element)
        for number in range(3):
            slide = deck.slides.add_slide(layout)  # type: ignore[attr-defined]
            box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(5), Inches(1))
            box.text_frame.text = f"Dia {number + 1} over vers brood."

    doc = read_bytes(_deck(build), "voorstel.pptx")
    assert doc.text.count("Vertrouwelijk voorstel") == 1
    assert "Click to edit" not in doc.text  # the layout's placeholder prompts are no text
    assert [b.page for b in doc.blocks if b.text == "Vertrouwelijk voorstel"] == [1]


def test_speaker_notes_are_read_apart_from_the_deck_text() -> None:
    doc = read_bytes(_slide_with_text("Ons brood is vers.", notes="Vertel hier over de oven."),
                     "deck.pptx")
    assert "oven" not in doc.text
    assert [(n.page, n.text) for n in doc.speaker_notes] == [(1, "Vertel hier over de oven.")]
    assert any("speaker notes" in note for note in doc.notes)


def _emf() -> bytes:
    """The header record of an (empty) Windows enhanced metafile."""
    header = bytearray(108)
    header[0:4] = (1).to_bytes(4, "little")
    header[4:8] = (108).to_bytes(4, "little")
    header[40:44] = b" EMF"
    return bytes(header) + (14).to_bytes(4, "little") + (20).to_bytes(4, "little") + bytes(12)


def test_a_vector_picture_is_not_called_damaged() -> None:
    def build(deck: object) -> None:
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # type: ignore[attr-defined]
        slide.shapes.add_picture(io.BytesIO(_png()), Inches(1), Inches(1))
        slide.shapes.add_textbox(Inches(1), Inches(4), Inches(5), Inches(1)).text_frame.text = \
            "Het logo staat links."

    data = _rewrite(_deck(build), lambda name, body: _emf() if name.startswith("ppt/media/")
                    else body)
    doc = read_bytes(data, "logo.pptx")
    assert "Het logo staat links." in doc.text
    assert not any("damaged" in note for note in doc.notes)
    assert doc.notes == ("vector pictures (EMF, WMF, SVG, PDF): colours not checked",)


# --- Word ------------------------------------------------------------------------------------

def _word(build: Callable[[docx.document.Document], object]) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _wrap_in_content_control(element: object) -> None:
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    element.addprevious(sdt)  # type: ignore[attr-defined]
    sdt[1].append(element)


def test_content_controls_around_table_rows_and_cells_are_read() -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=2, cols=2)
        texts = ["Functie", "Bakker", "Uren", "Vier nachten"]
        for cell, text in zip((c for r in table.rows for c in r.cells), texts, strict=True):
            cell.text = text
        rows = table._tbl.findall(f"{{{WORD_W}}}tr")
        _wrap_in_content_control(rows[0].findall(f"{{{WORD_W}}}tc")[1])
        _wrap_in_content_control(rows[1])

    doc = read_bytes(_word(build), "vacature.docx")
    assert [b.text for b in doc.blocks] == ["Functie", "Bakker", "Uren", "Vier nachten"]


def test_content_controls_around_paragraphs_and_words_are_read() -> None:
    def build(document: docx.document.Document) -> None:
        _wrap_in_content_control(document.add_paragraph("Wij zoeken een bakker.")._p)
        paragraph = document.add_paragraph("Begin om ")
        run = paragraph.add_run("vier uur")
        paragraph.add_run(" in de nacht.")
        _wrap_in_content_control(run._r)

    doc = read_bytes(_word(build), "vacature.docx")
    assert [b.text for b in doc.blocks] == ["Wij zoeken een bakker.",
                                            "Begin om vier uur in de nacht."]


def test_a_text_box_is_read_as_its_own_paragraph_after_its_anchor() -> None:
    box = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
           '<v:textbox><w:txbxContent><w:p><w:r><w:t>Solliciteer voor vrijdag</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>Bel Anna</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
           '</w:pict></w:r>')

    def build(document: docx.document.Document) -> None:
        paragraph = document.add_paragraph("Wij zoeken een bakker.")
        paragraph._p.append(parse_xml(box))
        document.add_paragraph("Tot ziens in de winkel.")

    doc = read_bytes(_word(build), "vacature.docx")
    assert [b.text for b in doc.blocks] == ["Wij zoeken een bakker.", "Solliciteer voor vrijdag",
                                            "Bel Anna", "Tot ziens in de winkel."]


@pytest.mark.parametrize(("suffix", "content_type"), [
    (".dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
])
def test_word_templates_and_macro_files_are_read(suffix: str, content_type: str) -> None:
    def retype(name: str, body: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return body.replace(b"application/vnd.openxmlformats-officedocument."
                                b"wordprocessingml.document.main+xml", content_type.encode())
        return body

    data = _rewrite(_word(lambda d: d.add_paragraph("Wij bakken met liefde.")), retype)
    doc = read_bytes(data, f"sjabloon{suffix}")
    assert doc.text == "Wij bakken met liefde."


# --- protected and old files -----------------------------------------------------------------

def test_a_password_protected_office_file_says_so(drafts: Path) -> None:
    for name in ("wachtwoord.docx", "wachtwoord.doc", "wachtwoord"):
        with pytest.raises(DocumentError) as caught:
            read_bytes((drafts / "wachtwoord.docx").read_bytes(), name)
        assert caught.value.message == (
            f"{name} is password-protected: save an unprotected copy and try again")


@needs_libreoffice
def test_an_old_word_file_is_read_through_libreoffice(drafts: Path) -> None:
    doc = read_document(drafts / "lo-vacature.doc")
    assert doc.kind == "doc"
    assert [b.text for b in doc.blocks] == [
        "Vacature bakker",
        "Wij zoeken een bakker die vroeg op wil staan en van vers brood houdt."]


@needs_libreoffice
def test_an_old_powerpoint_file_is_read_through_libreoffice(drafts: Path) -> None:
    data = gzip.decompress((drafts / "lo-presentatie.ppt.gz").read_bytes())
    doc = read_bytes(data, "presentatie.ppt")
    assert doc.kind == "ppt"
    assert "Verse campagne voor de bakkerij" in doc.text
    assert "Ons brood is elke ochtend vers.\nWe bakken met zuurdesem en liefde." in doc.text
    assert [n.text for n in doc.speaker_notes] == ["Vertel over de oven."]


@needs_libreoffice
def test_a_damaged_old_office_file_is_called_damaged(drafts: Path) -> None:
    data = (drafts / "lo-vacature.doc").read_bytes()
    with pytest.raises(DocumentError) as caught:
        read_bytes(data[:600] + bytes(len(data) - 600), "kapot.doc")
    assert caught.value.message == "kapot.doc is damaged: it is not a valid Word file"


def test_without_libreoffice_an_old_file_gets_a_clear_message(
        drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRANDREGIE_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(DocumentError) as caught:
        read_kind((drafts / "lo-vacature.doc").read_bytes(), ReadContext("oud.doc"), "doc")
    assert "LibreOffice, which is not installed" in caught.value.message


def _converters() -> set[int]:
    """Process ids of running LibreOffice conversions started by a reader."""
    found = set()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"brandregie-convert" in (proc / "cmdline").read_bytes() \
                    and b"soffice" in (proc / "cmdline").read_bytes():
                found.add(int(proc.name))
        except OSError:
            continue
    return found


@needs_libreoffice
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux's /proc")
def test_cancelling_an_old_file_read_stops_libreoffice_too(drafts: Path) -> None:
    data = gzip.decompress((drafts / "lo-presentatie.ppt.gz").read_bytes())
    before = _converters()
    cancel = threading.Event()
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_bytes(data, "presentatie.ppt", cancel=cancel)
        except DocumentError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    for _ in range(600):  # until LibreOffice runs (at most a minute)
        if _converters() - before or not reader.is_alive():
            break
        time.sleep(0.1)
    started = _converters() - before
    cancel.set()
    reader.join(30)
    assert started, "LibreOffice never started"
    assert isinstance(outcome[0], Cancelled)
    for _ in range(100):  # the converter dies with the reader process
        if not started & _converters():
            break
        time.sleep(0.1)
    assert not started & _converters()


def test_a_part_with_a_wrong_checksum_is_left_out_and_the_rest_read() -> None:
    data = bytearray(_word(lambda d: d.add_paragraph("Wij bakken met liefde.")))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        theme = archive.getinfo("word/theme/theme1.xml")
    # the stored CRC of the theme, in its local header (offset 14) and central directory entry
    crc = theme.CRC.to_bytes(4, "little")
    data = bytearray(bytes(data).replace(crc, bytes(b ^ 0xFF for b in crc)))
    doc = read_bytes(bytes(data), "vacature.docx")
    assert doc.text == "Wij bakken met liefde."
