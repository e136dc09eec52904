"""Real drafts made by real producers (python-docx, python-pptx, ReportLab, LibreOffice, the
e-mail package) read into exactly the text, locations, fonts and colours they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandregie.ingest import BlockKind, Document, read_bytes, read_document

H, P, L, T, C = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                 BlockKind.TABLE_CELL, BlockKind.CAPTION)
INTRO = "Wij bakken elke nacht vers brood voor onze vier winkels in de stad."
CLOSING = "Solliciteer vandaag nog via onze website."
#: The structured drafts share one text: heading, intro, sub-heading, two bullets, 2x2 table.
STRUCTURED = [
    (H, "Werken bij Bakkerij Korenaar"), (P, INTRO), (H, "Wat wij bieden"),
    (L, "Een vast contract"), (L, "Vroege diensten met ontbijt"),
    (T, "Functie"), (T, "Bakker"), (T, "Uren"), (T, "32 per week"), (P, CLOSING),
]
RED, BLUE, GOLD = "#C8102E", "#003366", "#E8B04B"


def blocks(doc: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def assert_offsets(doc: Document) -> None:
    """Every block points at its own words in the full text, numbered 1, 2, 3..."""
    for number, block in enumerate(doc.blocks, start=1):
        assert doc.text[block.start:block.end] == block.text
        assert block.paragraph == number


def font_paragraphs(doc: Document) -> dict[str, tuple[int, ...]]:
    return {f.family: f.paragraphs for f in doc.fonts}


def colour_at(doc: Document, where: str) -> set[tuple[str, int | None]]:
    return {(c.hex, c.paragraph) for c in doc.colours if c.where == where}


def image_colours(doc: Document) -> list[tuple[str, float | None]]:
    return [(c.hex, c.share) for image in doc.images for c in image.colours]


@pytest.mark.parametrize("name", ["vacature.docx", "lo-vacature.docx"])
def test_word_file_gives_blocks_fonts_colours_and_image(drafts: Path, name: str) -> None:
    doc = read_document(drafts / name)
    assert doc.kind == "docx" and doc.language == "nl"
    assert blocks(doc) == STRUCTURED
    assert_offsets(doc)
    assert all(b.page is None for b in doc.blocks)
    # Open Sans comes from the Normal style, Merriweather is set on the heading's run, and the
    # sub-heading inherits the theme's major font (Calibri) through "Heading 2".
    assert font_paragraphs(doc) == {"Merriweather": (1,), "Open Sans": (2, 4, 5, 6, 7, 8, 9, 10),
                                    "Calibri": (3,)}
    assert colour_at(doc, "Word text colour") == {(RED, 1), (BLUE, 2), ("#4F81BD", 3)}
    assert colour_at(doc, "Word table cell shading") == {(GOLD, 6)}
    assert colour_at(doc, "Word highlight") == {("#FFFF00", 10)}
    assert [(i.width, i.height) for i in doc.images] == [(80, 40)]
    assert image_colours(doc) == [(BLUE, 0.75), (RED, 0.25)]


def test_libreoffice_odt(drafts: Path) -> None:
    doc = read_document(drafts / "lo-vacature.odt")
    assert doc.kind == "odt" and doc.language == "nl"
    assert blocks(doc) == STRUCTURED
    assert_offsets(doc)
    assert font_paragraphs(doc) == {"Merriweather": (1,), "Open Sans": (2, 4, 5, 6, 7, 8, 9, 10),
                                    "Calibri": (3,)}
    assert colour_at(doc, "text colour") == {(RED, 1), (BLUE, 2), ("#4F81BD", 3)}
    assert colour_at(doc, "table cell background") == {(GOLD, 6)}
    assert colour_at(doc, "text background") == {("#FFFF00", 10)}
    assert image_colours(doc) == [(BLUE, 0.75), (RED, 0.25)]


def test_odt_headers_and_footers_follow_the_body(drafts: Path) -> None:
    """LibreOffice keeps them on the master pages in styles.xml; a footer repeated for left
    pages is read once."""
    import io
    import zipfile

    header = '<text:p text:style-name="Header">Bakkerij Korenaar</text:p>'
    footer = ('<text:p text:style-name="Footer">korenaar.example | pagina '
              '<text:page-number text:select-page="current">1</text:page-number></text:p>')
    regions = (f"<style:header>{header}</style:header><style:footer>{footer}</style:footer>"
               f"<style:footer-left>{footer}</style:footer-left>")
    out = io.BytesIO()
    with zipfile.ZipFile(drafts / "lo-vacature.odt") as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "styles.xml":
                text = data.decode("utf-8")
                empty = text.index("<style:master-page ")
                end = text.index("/>", empty)
                assert text.startswith('<style:master-page style:name="Standard"', empty)
                text = f"{text[:end]}>{regions}</style:master-page>{text[end + 2:]}"
                data = text.encode("utf-8")
            target.writestr(item, data)
    doc = read_bytes(out.getvalue(), "kop.odt")
    assert blocks(doc) == [*STRUCTURED, (P, "Bakkerij Korenaar"),
                           (P, "korenaar.example | pagina 1")]
    assert_offsets(doc)


def test_libreoffice_pdf_pages_paragraphs_fonts_and_fills(drafts: Path) -> None:
    doc = read_document(drafts / "lo-vacature.pdf")
    assert doc.kind == "pdf" and doc.pages == 1 and doc.language == "nl"
    # A PDF has no table structure, but a row's columns stand far apart: one cell each.
    assert blocks(doc) == STRUCTURED
    assert_offsets(doc)
    assert {b.page for b in doc.blocks} == {1}
    # LibreOffice here has neither Open Sans nor Merriweather: it embedded its substitute,
    # under a subset prefix that the reader strips.
    assert font_paragraphs(doc)["DejaVuSans"] == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    assert {(c.hex, c.paragraph) for c in doc.colours if c.where == "PDF text colour"} >= {
        (RED, 1), (BLUE, 2), ("#4F81BD", 3)}
    assert {c.hex for c in doc.colours if c.where == "PDF fill"} == {GOLD, "#FFFF00"}
    assert image_colours(doc) == [(BLUE, 0.75), (RED, 0.25)]
    assert doc.images[0].page == 1


def test_reportlab_pdf_two_pages_embedded_subset_font(drafts: Path) -> None:
    doc = read_document(drafts / "reportlab.pdf")
    assert doc.pages == 2
    assert [(b.kind, b.text, b.page, b.paragraph) for b in doc.blocks] == [
        (H, "Werken bij Bakkerij Korenaar", 1, 1),
        (P, "Wij bakken elke nacht vers brood voor onze vier winkels in de stad. "
            "Kom jij ons team versterken?", 1, 2),
        (P, CLOSING, 2, 3)]
    assert_offsets(doc)
    fonts = {f.family: (f.pages, f.paragraphs) for f in doc.fonts}
    assert fonts == {"DejaVuSans": ((1,), (1,)), "Helvetica": ((1, 2), (2, 3))}
    assert {(c.hex, c.page, c.paragraph) for c in doc.colours if c.where == "PDF text colour"} \
        == {(RED, 1, 1), ("#000000", 1, 2), (BLUE, 2, 3)}
    assert {(c.hex, c.page) for c in doc.colours if c.where == "PDF fill"} == {(GOLD, 1)}
    assert [(i.page, i.width, i.height) for i in doc.images] == [(2, 80, 40)]


def test_html_css_colours_font_stacks_and_data_uri_image(drafts: Path) -> None:
    doc = read_document(drafts / "nieuwsbrief.html")
    assert doc.kind == "html" and doc.language == "nl"
    assert blocks(doc) == [*STRUCTURED[:9], (C, "Ons logo"), (P, CLOSING)]
    assert_offsets(doc)
    assert "niet uitvoeren" not in doc.text  # the script is neither run nor read
    assert [(f.family, f.fallback) for f in doc.fonts] == [
        ("Open Sans", False), ("Arial", True), ("Merriweather", False), ("Georgia", True)]
    assert {(c.hex, c.where, c.paragraph) for c in doc.colours if c.share is None} == {
        ("#333333", "CSS rule body (color)", None),
        (RED, "CSS rule h1 (color)", None),
        (GOLD, "CSS rule .knop (background-color)", None),
        ("#000080", "CSS rule .knop (border)", None),
        (BLUE, "style of <strong> (color)", 2),
        ("#FFFFFF", "<td bgcolor>", 9)}
    assert image_colours(doc) == [(BLUE, 0.75), (RED, 0.25)]
    assert doc.notes == ("remote images were not fetched (1), so their colours were not "
                         "checked",)


def test_email_subject_html_body_image_and_docx_attachment(drafts: Path) -> None:
    doc = read_document(drafts / "nieuwsbrief.eml")
    assert doc.kind == "email" and doc.language == "nl"
    assert blocks(doc) == [(H, "Nieuwsbrief november: vers brood"), *STRUCTURED[:9],
                           (C, "Ons logo"), (P, CLOSING),
                           (H, "Attachment: vacature.docx"), *STRUCTURED]
    assert_offsets(doc)
    # the attached Word file keeps its own fonts and colours, renumbered into the mail
    assert font_paragraphs(doc)["Merriweather"] == (14,)
    assert (RED, "vacature.docx: Word text colour", 14) in {
        (c.hex, c.where, c.paragraph) for c in doc.colours}
    assert sorted(i.name for i in doc.images) == ["embedded image 1", "image1.png", "logo.png"]


def test_markdown_markup_removed(drafts: Path) -> None:
    doc = read_document(drafts / "nieuwsbrief.md")
    assert doc.kind == "markdown"
    intro = "Wij bakken elke nacht vers brood voor onze\nvier winkels in de stad."
    assert blocks(doc) == [STRUCTURED[0], (P, intro), *STRUCTURED[2:]]
    assert_offsets(doc)


def test_windows_1252_text_file(drafts: Path) -> None:
    doc = read_document(drafts / "notitie.txt")
    assert doc.kind == "text" and doc.language == "nl"
    assert blocks(doc) == [(P, "Werken bij Bakkerij Korenaar"),
                           (P, INTRO + "\nWij zoeken een bakker."),
                           (L, "Een vast contract"), (L, "Vroege diensten met ontbijt"),
                           (P, CLOSING)]
    assert_offsets(doc)


def test_pptx_slides_are_pages(drafts: Path) -> None:
    doc = read_document(drafts / "presentatie.pptx")
    assert [(b.kind, b.text, b.page) for b in doc.blocks] == [
        (H, "Werken bij Bakkerij Korenaar", 1), (P, INTRO, 1), (P, CLOSING, 2)]
    assert doc.pages == 2
    # the title and the text box have no font of their own: the theme's (Calibri) shows
    assert {f.family: (f.pages, f.paragraphs) for f in doc.fonts} == {
        "Calibri": ((1, 2), (1, 3)), "Open Sans": ((1,), (2,))}
    assert {(c.hex, c.where, c.page) for c in doc.colours if c.share is None} == {
        (BLUE, "slide text colour", 1), (GOLD, "shape fill", 2)}
    assert image_colours(doc) == [(BLUE, 0.75), (RED, 0.25)]


@pytest.mark.parametrize(("name", "expected"), [
    ("logo.png", [(BLUE, 0.75), (RED, 0.25)]),
    ("banner.webp", [(BLUE, 0.5047), (GOLD, 0.4953)]),
])
def test_flat_images_give_their_exact_colours_and_shares(drafts: Path, name: str,
                                                        expected: list[tuple[str, float]]) -> None:
    doc = read_document(drafts / name)
    assert doc.kind == "image" and doc.text == "" and doc.language is None
    assert image_colours(doc) == expected
    assert [(c.hex, c.share) for c in doc.colours] == expected


def test_photo_colours_are_reduced_to_the_dominant_ones(drafts: Path) -> None:
    doc = read_document(drafts / "banner.jpg")
    shares = {c.hex: c.share or 0.0 for c in doc.colours}
    top = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    # JPEG shifts colours by a unit or so; the two halves still dominate
    assert {t[:3] for t in top} == {"#E7", "#00"} or {t[:3] for t in top} == {"#E8", "#00"}
    assert sum(shares[t] for t in top) > 0.9


def test_english_text_is_detected_as_english() -> None:
    doc = read_bytes(b"We are looking for a baker who loves early mornings and fresh bread.",
                     "post.txt")
    assert doc.language == "en"


def test_read_bytes_equals_read_document(drafts: Path) -> None:
    path = drafts / "vacature.docx"
    assert read_bytes(path.read_bytes(), "vacature.docx") == read_document(path)


def test_progress_reaches_the_end(drafts: Path) -> None:
    seen: list[float] = []
    read_document(drafts / "reportlab.pdf", progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


def test_plain_text_email_and_a_given_name() -> None:
    mail = (b"From: Studio Deeg <hallo@studiodeeg.example>\nTo: anna@korenaar.example\n"
            b"Subject: Vacaturetekst\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            b"Content-Transfer-Encoding: quoted-printable\n\nHoi Anna,\n\nHier is de tekst voor "
            b"de vacature. Wij zoeken een bakker die van vroeg opstaan houdt.\n\n- Vast contract\n"
            b"- Ontbijt\n")
    doc = read_bytes(mail, "bericht")
    assert doc.kind == "email" and doc.name == "bericht" and doc.language == "nl"
    assert blocks(doc) == [
        (H, "Vacaturetekst"), (P, "Hoi Anna,"),
        (P, "Hier is de tekst voor de vacature. Wij zoeken een bakker die van vroeg opstaan "
            "houdt."),
        (L, "Vast contract"), (L, "Ontbijt")]
    assert_offsets(doc)


def test_inline_svg_and_css_background_images_give_colours() -> None:
    import base64
    import io

    from PIL import Image as PILImage

    out = io.BytesIO()
    PILImage.new("RGB", (10, 10), (0x12, 0x34, 0x56)).save(out, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()
    page = (f"<html><head><style>.hero {{ background: #FFF url('{uri}') no-repeat; }}</style>"
            "</head><body><p>Een</p><svg viewBox='0 0 9 9'><text>icoon</text>"
            "<circle fill='#C8102E' style='stroke: rgb(0,51,102)'/></svg>"
            f"<p style='background-image:url({uri})'>Twee</p></body></html>")
    doc = read_bytes(page.encode(), "pagina.html")
    assert doc.text == "Een\n\nTwee"  # SVG text is a drawing, not prose
    assert {(c.hex, c.where, c.paragraph, c.share) for c in doc.colours} == {
        ("#FFFFFF", "CSS rule .hero (background)", None, None),
        (RED, "SVG fill", 2, None), (BLUE, "SVG stroke", 2, None),
        ("#123456", "image embedded image 1", None, 1.0),
        ("#123456", "image embedded image 2", 2, 1.0)}


def test_web_page_saved_as_txt_is_read_as_html() -> None:
    doc = read_bytes(b"<!DOCTYPE html><html><body><h1>Kop</h1><p>Tekst hier.</p></body></html>",
                     "pagina.txt")
    assert doc.kind == "html"
    assert blocks(doc) == [(H, "Kop"), (P, "Tekst hier.")]


def test_word_headers_and_footers_follow_the_body(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Tekst van de vacature.")
    document.sections[0].header.paragraphs[0].text = "Bakkerij Korenaar"
    document.sections[0].footer.paragraphs[0].text = "korenaar.example | 010 123 45 67"
    path = tmp_path / "kop.docx"
    document.save(str(path))
    doc = read_document(path)
    assert blocks(doc) == [(P, "Tekst van de vacature."), (P, "Bakkerij Korenaar"),
                           (P, "korenaar.example | 010 123 45 67")]
    assert_offsets(doc)


def test_pdf_table_rows_become_cells_and_justified_prose_stays_whole() -> None:
    """ReportLab lays out a table and a justified paragraph with wide word gaps."""
    import io

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    prose = ("Wij zoeken een bakker die graag vroeg begint en van vakwerk houdt, "
             "met oog voor kwaliteit en een hart voor de buurt waarin wij al jaren bakken.")
    out = io.BytesIO()
    justified = ParagraphStyle("j", fontName="Helvetica", fontSize=11, leading=14,
                               alignment=TA_JUSTIFY)
    SimpleDocTemplate(out, pagesize=A4).build([
        Paragraph(prose, justified),
        Table([["Functie", "Bakker"], ["Uren", "32 per week"]], colWidths=[200, 200]),
    ])
    doc = read_bytes(out.getvalue(), "tabel.pdf")
    assert blocks(doc) == [(P, prose), (T, "Functie"), (T, "Bakker"), (T, "Uren"),
                           (T, "32 per week")]
    assert_offsets(doc)
