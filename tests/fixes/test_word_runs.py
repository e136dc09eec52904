"""Tracked changes where Word split the words: across runs, in links, beside old revisions."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree

from brandregie.fixes.docx import W, WordDraft
from brandregie.fixes.propose import propose
from brandregie.profile.snapshot import ProfileSnapshot


def _members(document: docx.document.Document) -> dict[str, bytes]:
    out = io.BytesIO()
    document.save(out)
    with zipfile.ZipFile(out) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _accepted_texts(data: bytes) -> list[str]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    for deletion in list(root.iter(f"{{{W}}}del")):
        deletion.getparent().remove(deletion)
    texts = []
    for p in root.iter(f"{{{W}}}p"):
        texts.append("".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
    return texts


def _fix(document: docx.document.Document, snapshot: ProfileSnapshot
         ) -> tuple[bytes, list[str], WordDraft]:
    word = WordDraft(_members(document), "d.docx")
    fixes, _ = propose(word.document, snapshot)
    safe = [f for f in fixes if f.safe]
    data, applied = word.write(safe, [], "Anna")
    assert applied == safe
    return data, word.corrected_paragraphs(safe), word


def test_a_word_split_over_runs_is_replaced_whole_and_keeps_its_format(
        sample_snapshot: ProfileSnapshot) -> None:
    document = docx.Document()
    p = document.add_paragraph("Onze ")
    p.add_run("brood").bold = True
    p.add_run("specialisten bakken voor ")
    p.add_run("u").italic = True
    p.add_run(".")
    data, corrected, _ = _fix(document, sample_snapshot)
    assert _accepted_texts(data)[0] == corrected[0] == "Onze bakkers bakken voor jou."
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    inserted = list(root.iter(f"{{{W}}}ins"))
    # the brand's word takes the format of the first deleted piece (bold), "jou" stays italic
    assert [i.find(f"{{{W}}}r/{{{W}}}rPr/{{{W}}}b") is not None for i in inserted] == [
        True, False]
    assert inserted[1].find(f"{{{W}}}r/{{{W}}}rPr/{{{W}}}i") is not None
    deleted = "".join(t.text or "" for t in root.iter(f"{{{W}}}delText"))
    assert deleted == "broodspecialistenu"


def test_words_in_a_link_are_fixed_inside_the_link(sample_snapshot: ProfileSnapshot) -> None:
    document = docx.Document()
    p = document.add_paragraph("Lees meer over onze ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "team")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "broodspecialisten"
    run.append(text)
    link.append(run)
    p._p.append(link)
    p.add_run(".")
    data, corrected, _ = _fix(document, sample_snapshot)
    assert _accepted_texts(data)[0] == corrected[0] == "Lees meer over onze bakkers."
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    hyperlink = next(root.iter(f"{{{W}}}hyperlink"))
    assert hyperlink.find(f"{{{W}}}ins") is not None and hyperlink.find(f"{{{W}}}del") is not None


def test_an_agencys_own_insertion_is_left_alone(sample_snapshot: ProfileSnapshot) -> None:
    document = docx.Document()
    p = document.add_paragraph("Kunt u ")
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "7")
    insertion.set(qn("w:author"), "Bureau")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "broodspecialisten"
    run.append(text)
    insertion.append(run)
    p._p.append(insertion)
    p.add_run(" bellen?")
    word = WordDraft(_members(document), "d.docx")
    fixes, _ = propose(word.document, sample_snapshot)
    data, applied = word.write([f for f in fixes if f.safe], [], "Anna")
    assert {f.after for f in applied} == {"Kun je"}  # the agency's insertion is theirs
    assert b'w:author="Bureau"' in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_a_fix_that_cannot_be_placed_is_listed_to_check(sample_snapshot: ProfileSnapshot,
                                                        tmp_path: Path) -> None:
    from brandregie.fixes.files import NOTE_NOT_PLACED, fix_file
    from brandregie.fixes.model import KINDS

    document = docx.Document()
    p = document.add_paragraph("Onze ")
    insertion = OxmlElement("w:ins")
    insertion.set(qn("w:id"), "7")
    insertion.set(qn("w:author"), "Bureau")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "broodspecialisten"
    run.append(text)
    insertion.append(run)
    p._p.append(insertion)
    p.add_run(" bakken.")
    draft = tmp_path / "d.docx"
    document.save(str(draft))
    outcome = fix_file(draft, tmp_path / "out.docx", sample_snapshot, frozenset(KINDS))
    assert [(f.before, f.after, f.note) for f in outcome.to_check] == [
        ("broodspecialisten", "bakkers", NOTE_NOT_PLACED)]
    assert outcome.applied == []
