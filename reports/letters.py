"""Decision letters (registration, return for revision, refusal) to applicants, kk and ru.

A letter arrives laid out as blocks (``models.dto.LetterData``: composed from the template of
its kind when it was signed); here the blocks are wrapped, paginated and drawn: the Kazakh text,
a rule, then the Russian text. One PDF holds any number of letters, each from a new page, each
with its own "page N of M", the application and the outgoing number in the footer.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterable, Sized
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.dto import LetterBlock, LetterData
from reports.fonts import BOLD, REGULAR, new_canvas, register_fonts
from reports.labels import label
from reports.meta import Cancelled, Progress, ReportResult
from reports.output import ProgressTicker, atomic_path
from reports.wrap import Wrapper

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
TEXT_W = PAGE_W - 2 * MARGIN
BODY = 10.0
TITLE = 12.5
SMALL = 8.0
LEADING = 1.3
INDENT = 14.0
GAP = 6.0
LANG_GAP = 16.0  # between the Kazakh and the Russian text (a rule in the middle)
FOOTER_Y = 12 * mm
FOOTER_ROOM = 10 * mm

KINDS = ("register", "return", "refuse")

#: style → (font, size, indent)
_STYLES: dict[str, tuple[str, float, float]] = {
    "small": (REGULAR, SMALL, 0.0), "title": (BOLD, TITLE, 0.0), "bold": (BOLD, BODY, 0.0),
    "para": (REGULAR, BODY, 0.0), "item": (REGULAR, BODY, INDENT), "sign": (REGULAR, BODY, 0.0),
}


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    font: str
    size: float
    x: float
    gap: float = 0.0  # extra space above the line
    hang: str = ""  # drawn left of ``x`` on the same baseline (a list number)
    centred: bool = False
    rule: bool = False  # a horizontal rule instead of text
    keep: bool = False  # kept on the page of the next line (a title, the signature)

    @property
    def height(self) -> float:
        return self.gap + (0.0 if self.rule else self.size * LEADING)


class _Layout:
    """Turns a letter's blocks into lines (text, font, size, indent)."""

    def __init__(self) -> None:
        self._wrappers: dict[tuple[str, float], Wrapper] = {}
        self.lines: list[_Line] = []

    def _wrapper(self, font: str, size: float) -> Wrapper:
        key = (font, size)
        if key not in self._wrappers:
            self._wrappers[key] = Wrapper(font, size)
        return self._wrappers[key]

    def block(self, b: LetterBlock, gap: float) -> None:
        font, size, indent = _STYLES.get(b.style, _STYLES["para"])
        width = TEXT_W - indent
        lines = self._wrapper(font, size).wrap(b.text, width) or [""]
        for i, text in enumerate(lines):
            first = i == 0
            self.lines.append(_Line(text, font, size, indent, gap if first else 0.0,
                                    b.hang if first else "", centred=b.style == "title"))

    def blocks(self, blocks: Iterable[LetterBlock], gap: float = 0.0) -> None:
        pending = gap
        for b in blocks:
            if b.style == "gap":
                pending += GAP
                continue
            if b.style == "sign":  # the signature never stands alone: two lines go with it
                self._keep_last(2)
            start = len(self.lines)
            self.block(b, pending + (GAP if b.style == "sign" else 0.0))
            if b.style in ("title", "sign"):  # a title with its text; position with name
                self._keep_last(len(self.lines) - start)
            pending = 0.0

    def _keep_last(self, n: int) -> None:
        for i in range(max(len(self.lines) - n, 0), len(self.lines)):
            if not self.lines[i].rule:
                self.lines[i] = replace(self.lines[i], keep=True)

    def rule(self, gap: float) -> None:
        self.lines.append(_Line("", REGULAR, BODY, 0.0, gap, rule=True))


def _layout_letter(letter: LetterData, layout: _Layout) -> int:
    """Lay out both halves; returns the index of the rule before the Russian half."""
    if letter.kind not in KINDS:
        raise ValueError(f"letter {letter.portal_id}: kind must be one of {KINDS}")
    layout.blocks(letter.kk)
    half = len(layout.lines)
    layout.rule(LANG_GAP)
    layout.blocks(letter.ru, LANG_GAP)
    return half


def _paginate(lines: list[_Line], half: int | None = None) -> list[list[_Line]]:
    """Lines on pages. A run of ``keep`` lines goes with the line after it; the second half
    (from the rule at ``half``) starts a page when it would not fit below the first but fits
    a page of its own: each language's letter reads whole, its signature included."""
    room = PAGE_H - 2 * MARGIN - FOOTER_ROOM
    pages: list[list[_Line]] = [[]]
    used = 0.0

    def fresh_page_for(need: float) -> None:
        nonlocal used
        if pages[-1] and used + need > room and need <= room:
            pages.append([])
            used = 0.0

    def put(line: _Line) -> None:
        nonlocal used
        if used + line.height > room and pages[-1]:
            pages.append([])
            used = 0.0
        if line.rule and not pages[-1]:
            return  # a rule at the top of a page says nothing
        pages[-1].append(line)
        used += line.height

    i = 0
    while i < len(lines):
        if i == half:
            fresh_page_for(sum(line.height for line in lines[i:]))
        j = i
        while j + 1 < len(lines) and lines[j].keep and j + 1 != half:
            j += 1
        fresh_page_for(sum(line.height for line in lines[i:j + 1]))
        for line in lines[i:j + 1]:
            put(line)
        i = j + 1
    return pages


def _footer(letter: LetterData) -> str:
    number = f"№ {letter.number}" if letter.number else ""
    return "   ".join(p for p in (letter.portal_id, number) if p)


def _draw_letter(c: Canvas, letter: LetterData, pages: list[list[_Line]]) -> None:
    total = len(pages)
    for n, lines in enumerate(pages, 1):
        y = PAGE_H - MARGIN
        for i, line in enumerate(lines):
            y -= (line.gap if i else 0.0) + (0.0 if line.rule else line.size * LEADING)
            if line.rule:
                c.setLineWidth(0.5)
                c.line(MARGIN, y, PAGE_W - MARGIN, y)
                continue
            c.setFont(line.font, line.size)
            if line.hang:  # first: the number reads before its text in the file too
                c.drawString(MARGIN + line.x - INDENT, y, line.hang)
            if line.centred:
                c.drawCentredString(PAGE_W / 2, y, line.text)
            else:
                c.drawString(MARGIN + line.x, y, line.text)
        pages_txt = "   ".join(
            label("PAGE_OF").text(lg).format(n=n, m=total) for lg in ("kk", "ru")
        )
        c.setFont(REGULAR, SMALL)
        c.drawString(MARGIN, FOOTER_Y, _footer(letter))
        c.drawRightString(PAGE_W - MARGIN, FOOTER_Y, pages_txt)
        c.showPage()


def _write(c: Canvas, letters: Iterable[LetterData], ticker: ProgressTicker | None
           ) -> tuple[int, str]:
    """Draw the letters; (pages, fingerprint)."""
    digest = hashlib.blake2b(digest_size=8, person=b"tizilim-letter")
    c.setTitle(" / ".join(label("UI_NOTIFICATION").texts("both")))
    pages = 0
    for letter in letters:
        layout = _Layout()
        half = _layout_letter(letter, layout)
        laid = _paginate(layout.lines, half)
        _draw_letter(c, letter, laid)
        pages += len(laid)
        digest.update(f"{letter.portal_id}\x1f{letter.number}\x1f{letter.kind}\n".encode())
        if ticker is not None:
            ticker.tick()
    if pages == 0:
        c.showPage()
    h = digest.hexdigest()
    return pages, "-".join(h[i : i + 4] for i in range(0, 16, 4))


def build_letters(
    letters: Iterable[LetterData],
    out: str | os.PathLike[str],
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ReportResult:
    """Write the given letters into one PDF at ``out`` (each from a new page)."""
    register_fonts()
    total = len(letters) if isinstance(letters, Sized) else None
    ticker = ProgressTicker(progress, is_cancelled, total, step=1)
    with atomic_path(out) as tmp:
        c = new_canvas(str(tmp), A4)
        ticker.check()
        pages, fingerprint = _write(c, letters, ticker)
        c.save()
        ticker.finish()
    return ReportResult(path=Path(out), count=ticker.done, fingerprint=fingerprint, pages=pages)


def letter_pdf(letter: LetterData) -> bytes:
    """One letter as PDF bytes (the e-mail's attachment)."""
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    _write(c, [letter], None)
    c.save()
    return buf.getvalue()
