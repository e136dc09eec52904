"""The text budget of one draft: beyond it, the rest is not checked, and the draft says so.

Checks cost time per character (and findings per character): a 10 MB text of short lines took
a minute and wrote 57 MB of findings. Readers that can stop early do (a PDF stops reading
pages); whatever a reader returns is cut here, at a block boundary where one is near.
"""

from __future__ import annotations

import dataclasses

from brandregie.i18n import _
from brandregie.ingest.document import Block, Document
from brandregie.ingest.limits import Limits


def within_text_budget(document: Document, limits: Limits) -> Document:
    """``document``, or its first ``limits.max_text_chars`` characters with a note."""
    cut = limits.max_text_chars
    if len(document.text) <= cut:
        return document
    blocks: list[Block] = []
    for block in document.blocks:
        if block.start >= cut:
            break
        if block.end > cut:
            block = dataclasses.replace(block, text=block.text[:cut - block.start], end=cut)
        blocks.append(block)
    end = blocks[-1].end if blocks else 0
    note = _("only the first {n:,} characters of {total:,} were checked; the rest was not "
             "read").format(n=end, total=len(document.text))
    return dataclasses.replace(document, text=document.text[:end], blocks=tuple(blocks),
                               notes=(*document.notes, note), complete=False)


def over_text_budget() -> str:
    """The note of a reader that stopped early: the text so far is all that can be checked."""
    return _("the rest of the text was not read: what came before is already as much as can "
             "be checked")
