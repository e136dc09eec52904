"""The limits that keep reading a hostile draft bounded in size, memory and time.

They are far above what a real agency draft needs (a vacancy text is a few kB, a printed
brochure a few MB) and far below what would freeze a laptop. All checks that can be made from
the bytes alone (file size, declared zip sizes, image dimensions) are made before parsing, so an
oversized file is refused at once with a clear sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds for one read. The defaults suit a desktop laptop."""

    #: Plain text, Markdown, HTML: 1 MB is a book; 10 MB is refused before decoding.
    max_text_bytes: int = 10 * MB
    #: E-mail messages, with their attachments.
    max_email_bytes: int = 40 * MB
    #: Office files (docx, odt, pptx) and PDFs, as stored on disk.
    max_file_bytes: int = 100 * MB
    #: Image files.
    max_image_bytes: int = 40 * MB
    #: Pixels of any image decoded (a file, or one embedded): 8,000 x 8,000.
    max_image_pixels: int = 64_000_000
    #: Pixels decoded for one document, all its images together (a dozen 8 MP photos): 60
    #: images of 64 MP each took a minute; beyond the budget the notes say what was skipped.
    max_document_pixels: int = 100_000_000
    #: Characters of text checked per draft (about 1,000 pages, a 2 MB text: the design's
    #: "1 MB of text in about a second" stays whole). A 190 KB PDF whose 2,000 pages repeat
    #: one text stream reads as 13 M characters; beyond this the rest is not checked, and the
    #: report says so.
    max_text_chars: int = 2_000_000
    #: Zip containers: members, total unpacked size, and the largest sane compression ratio.
    max_zip_members: int = 5_000
    max_unzipped_bytes: int = 400 * MB
    max_compression_ratio: int = 200
    #: Images analysed per document (the rest are listed in the notes).
    max_images: int = 60
    #: A PDF's packed streams, images aside (PDFium unpacks a content stream whole before
    #: reading it): one content stream of a 1,000-page text is about 20 MB, an embedded font a
    #: few MB; beyond these the PDF is refused before it is parsed (1 GB in one stream filled
    #: the reader's memory cap).
    max_pdf_stream_bytes: int = 64 * MB
    max_pdf_streams_bytes: int = 512 * MB
    #: Pages read from a PDF or slides from a presentation.
    max_pages: int = 2_000
    #: Parts of one e-mail message (HTML nesting is bounded by libxml2 at 256 levels).
    max_email_parts: int = 500
    #: The sandboxed reader: seconds of its own processor time, and address space (what a
    #: laptop can spare). Processor time, not the clock: on a loaded machine a large draft
    #: waits for a core, and that wait is not the draft's doing. 640 MB still read a 64 MP
    #: photo, a docx of 60 such images and 2 M characters of Word text. At 768 MB a reader
    #: stopped at its cap (a 1 GB stream behind ASCIIHex) left the command line's whole process
    #: tree at 779 MB, and the app's (main window, reader server and reader) at 1,125 MB.
    timeout_seconds: float = 60.0
    max_memory_bytes: int = 768 * MB
    #: Seconds on the clock after which a reader is stopped all the same: one that stalls
    #: without computing (waiting on a file that does not answer) uses no processor time.
    stall_seconds: float = 180.0


DEFAULT_LIMITS = Limits()
