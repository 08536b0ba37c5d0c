"""reportlab internals used by the registry PDF; written and tested against reportlab 5.1.0.

Why: reportlab keeps every page's content until ``save()`` and then formats the whole file
as one bytes object (100,000 entries: ~1 GB peak); and its dynamic-font API needs the
canvas's document, which it does not expose. Measured at 10,000 entries, the public way
(text objects, no spill, ``Canvas.save``) takes 2.3× the CPU time and 1.8× the memory.

What this module relies on (``tests/reports/test_adapters.py`` checks each):

* ``Canvas._doc`` is the canvas's ``PDFDocument``; ``TTFont.splitString`` and
  ``TTFont.getSubsetInternalName`` take it (documented in ``reportlab.pdfbase.ttfonts``);
* ``PDFDocument.Pages.pages`` lists the ``PDFPage`` objects in order; after
  ``Canvas.showPage`` the last one holds its content as ``PDFPage.stream`` (a ``str``) with
  ``Contents`` unset, and ``PDFPage.check_format`` keeps a ``Contents`` that is already set;
* ``PDFDocument.format`` makes its output collector by calling the module global
  ``pdfdoc.PDFFile``; the collector's ``__init__`` puts the header into ``strings``, every
  later piece goes through ``self.write``, and what ``format()`` returns is what
  ``Canvas.save`` writes to the file.
"""

from __future__ import annotations

import contextlib
import contextvars
import tempfile
import threading
import zlib
from collections.abc import Iterator
from typing import IO, Protocol, cast

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

#: The reportlab version this module was tested with (pinned in pyproject.toml).
REPORTLAB_VERSION = "5.1.0"


class _CanvasInternals(Protocol):
    _doc: pdfdoc.PDFDocument


class _DocumentInternals(Protocol):
    Pages: pdfdoc.PDFPages


def pdf_document(canvas: Canvas) -> pdfdoc.PDFDocument:
    """The document ``canvas`` writes to (what reportlab's dynamic-font API takes)."""
    return cast(_CanvasInternals, canvas)._doc


def last_page(canvas: Canvas) -> pdfdoc.PDFPage:
    """The page that ``canvas.showPage()`` finished last."""
    pages: list[pdfdoc.PDFPage] = cast(_DocumentInternals, pdf_document(canvas)).Pages.pages
    return pages[-1]


# -- pages spilled to a temporary file ---------------------------------------------------
class _SpilledStream(pdfdoc.PDFStream):
    """A page content stream whose (compressed) bytes wait in the spill file."""

    def __init__(self, spill: IO[bytes], offset: int, length: int) -> None:
        super().__init__()
        self.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        self._spill = spill
        self._offset = offset
        self._length = length
        self.content = b""

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        self._spill.seek(self._offset)
        self.content = self._spill.read(self._length)
        try:
            return super().format(document)
        finally:
            self.content = b""


class PageSpill:
    """Temporary file holding the compressed content of finished pages."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="tizilim-pdf-")
        self._end = 0

    def spill_last_page(self, canvas: Canvas, level: int = 1) -> None:
        """Compress the page just finished into the spill file; drop its text from memory."""
        page = last_page(canvas)
        if page.stream is None or page.Contents is not None:
            return
        data = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
        packed = zlib.compress(data, level)
        self.file.seek(self._end)
        self.file.write(packed)
        page.Contents = _SpilledStream(self.file, self._end, len(packed))
        page.stream = None
        self._end += len(packed)

    def close(self) -> None:
        self.file.close()


# -- the document written straight to the output as it is formatted ---------------------
_sink: contextvars.ContextVar[IO[bytes] | None] = contextvars.ContextVar("pdf_sink", default=None)
_install_lock = threading.Lock()
_ORIGINAL_PDFFILE = pdfdoc.PDFFile


class _SinkAwarePDFFile(_ORIGINAL_PDFFILE):
    """reportlab's ``PDFFile``; inside :func:`streaming_save` it writes to the output as it
    goes (offsets still tracked) and ``format`` returns nothing more to write."""

    def __init__(self, pdfVersion: tuple[int, int] = pdfdoc.PDF_VERSION_DEFAULT) -> None:  # noqa: N803
        super().__init__(pdfVersion)  # collects the header line in self.strings
        sink = _sink.get()
        self._spooled = sink is not None
        if sink is not None:
            for chunk in self.strings:
                sink.write(chunk)
            self.strings = []

            def write(data: bytes) -> None:
                sink.write(data)

            self.write = write

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return b"" if self._spooled else super().format(document)


def _install() -> None:
    with _install_lock:
        if pdfdoc.PDFFile is not _SinkAwarePDFFile:
            vars(pdfdoc)["PDFFile"] = _SinkAwarePDFFile  # what PDFDocument.format calls


@contextlib.contextmanager
def streaming_save(out: IO[bytes]) -> Iterator[None]:
    """While active, a reportlab document being saved is written straight to ``out``."""
    _install()
    token = _sink.set(out)
    try:
        yield
    finally:
        _sink.reset(token)
