"""Bounded memory for big reportlab documents.

reportlab keeps every page until ``save()`` and then formats the whole file as one bytes
object in memory (for 100,000 registry entries: ~40,000 pages, a 200 MB file, close to 1 GB
of peak memory). Two changes keep memory small:

* :func:`spill_last_page` moves a finished page's content stream, compressed, into a
  temporary spill file; only its offset stays in memory, and it is read back when the
  page object is written;
* :func:`streaming_save` has the document written straight to the output file object as
  it is formatted, instead of collected in memory first.

Both use reportlab's public object model (``PDFStream``, ``PDFFile``); the second swaps the
``PDFFile`` collector that ``PDFDocument.format`` creates, only while our own save runs.
"""

from __future__ import annotations

import contextlib
import contextvars
import tempfile
import threading
import zlib
from collections.abc import Iterator
from typing import IO, Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

_sink: contextvars.ContextVar[IO[bytes] | None] = contextvars.ContextVar("pdf_sink", default=None)
_install_lock = threading.Lock()
_ORIGINAL_PDFFILE = pdfdoc.PDFFile


class _SpoolingPDFFile(_ORIGINAL_PDFFILE):
    """A ``PDFFile`` that writes to the output file as it goes (offsets still tracked)."""

    def __init__(self, pdfVersion: Any = pdfdoc.PDF_VERSION_DEFAULT) -> None:  # noqa: N803
        sink = _sink.get()
        if sink is None:
            raise RuntimeError("no output for a spooling PDF file")
        super().__init__(pdfVersion)  # collects the header line in self.strings
        for chunk in self.strings:
            sink.write(chunk)
        self.strings = []
        self.write = sink.write

    def format(self, document: Any) -> bytes:
        return b""


def _pdffile_factory(*args: Any, **kw: Any) -> Any:
    if _sink.get() is not None:
        return _SpoolingPDFFile(*args, **kw)
    return _ORIGINAL_PDFFILE(*args, **kw)


def _install() -> None:
    with _install_lock:
        if pdfdoc.PDFFile is not _pdffile_factory:
            pdfdoc.PDFFile = _pdffile_factory  # type: ignore[misc,assignment]


class _SpilledStream(pdfdoc.PDFStream):
    """A page content stream whose (compressed) bytes wait in the spill file."""

    def __init__(self, spill: IO[bytes], offset: int, length: int) -> None:
        super().__init__()
        self.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        self._spill = spill
        self._offset = offset
        self._length = length
        self.content = b""

    def format(self, document: Any) -> bytes:
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
        page = canvas._doc.Pages.pages[-1]
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


@contextlib.contextmanager
def streaming_save(out: IO[bytes]) -> Iterator[None]:
    """While active, a reportlab document being saved is written straight to ``out``."""
    _install()
    token = _sink.set(out)
    try:
        yield
    finally:
        _sink.reset(token)
