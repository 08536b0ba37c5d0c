"""The registry as a PDF: A4 landscape, the appendix's columns, drawn on a reportlab canvas.

One pass over the rows. Cells are wrapped with a cheap width-based wrapper and drawn as
plain text lines (no platypus). Things known only at the end — the number of pages, the
number of rows and the fingerprint — are PDF form XObjects that every page refers to and
that are defined after the last row ("page N of M" without a second pass). Each finished
page's content goes, compressed, to a spill file, and the document is written straight to
the output when saved (``reports.adapters.reportlab_io``), so memory stays small as the
registry grows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.dto import RegistryRow
from reports.adapters.reportlab_io import PageSpill, streaming_save
from reports.cells import NCOLS, row_cells
from reports.fonts import BOLD, REGULAR, new_canvas, register_fonts
from reports.labels import column_labels, label, languages
from reports.meta import (
    Cancelled,
    Fingerprint,
    Progress,
    ReportMeta,
    ReportResult,
    check_row,
    fmt_date,
)
from reports.output import ProgressTicker, atomic_path
from reports.pdftext import FastText
from reports.wrap import Wrapper

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 10 * mm
TABLE_W = PAGE_W - 2 * MARGIN

BODY_SIZE = 6.5
HEAD_SIZE = 6.0
LEADING = 1.18  # line step as a multiple of the font size (DejaVu ascent+descent = 1.164)
ASCENT = 0.93
PAD_X = 2.0
PAD_Y = 1.8
FOOTER_SIZE = 6.5
FOOTER_H = 16.0
RUNNING_SIZE = 7.0

#: Relative widths of the eleven columns (№, name, birth date, contacts, address,
#: profession, experience, education, employment, qualification, inclusion date).
_WEIGHTS = (26, 66, 40, 74, 80, 84, 56, 112, 122, 88, 40)
_scale = TABLE_W / sum(_WEIGHTS)
COL_W: tuple[float, ...] = tuple(w * _scale for w in _WEIGHTS)
COL_X: tuple[float, ...] = tuple(MARGIN + sum(COL_W[:i]) for i in range(NCOLS + 1))

_FORM_PAGES = "tzPages_{lang}"
_FORM_COUNT = "tzCount"
_FORM_FP = "tzFingerprint"


@dataclass(slots=True)
class _Block:
    """A laid-out row (or heading row): lines per column and their fonts."""

    lines: list[list[str]]
    size: float
    font: str

    @property
    def nlines(self) -> int:
        return max((len(c) for c in self.lines), default=0)

    def height(self, nlines: int | None = None) -> float:
        n = self.nlines if nlines is None else nlines
        return 2 * PAD_Y + n * self.size * LEADING


class _Writer:
    """Draws pages: title block, heading row, rows, footer."""

    def __init__(
        self, canvas: Canvas, lang: str, meta: ReportMeta, spill: PageSpill | None
    ) -> None:
        self.c = canvas
        self.lang = lang
        self.langs = languages(lang)
        self.meta = meta
        self.spill = spill
        self.body = Wrapper(REGULAR, BODY_SIZE)
        self.head = Wrapper(BOLD, HEAD_SIZE)
        self.foot = Wrapper(REGULAR, FOOTER_SIZE)
        self.page = 0
        self.y = 0.0
        self.bottom = MARGIN + FOOTER_H
        self.row_lines: list[float] = []
        self.heading = self._layout(
            [list(lbl.texts(lang)) for lbl in column_labels()], self.head, BOLD, HEAD_SIZE
        )
        self.continued = label("CONTINUED").texts(lang)
        self.fast = {REGULAR: FastText(canvas, REGULAR), BOLD: FastText(canvas, BOLD)}
        self._heading_cache: dict[float, str] = {}
        self._footer_cache: tuple[list[str], float] | None = None

    # -- layout -------------------------------------------------------------------------
    @staticmethod
    def _layout(cells: list[list[str]], wrapper: Wrapper, font: str, size: float) -> _Block:
        lines: list[list[str]] = []
        for col, paragraphs in enumerate(cells):
            width = COL_W[col] - 2 * PAD_X
            out: list[str] = []
            for p in paragraphs:
                out.extend(wrapper.wrap(p, width))
            lines.append(out)
        return _Block(lines, size, font)

    # -- pages --------------------------------------------------------------------------
    def _text(self, x: float, y: float, s: str, font: str, size: float) -> None:
        self.fast[font].draw([(x, y, [s])], size, size * LEADING)

    def _form_at(self, name: str, x: float, y: float) -> None:
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm(name)
        self.c.restoreState()

    def start_page(self) -> None:
        self.page += 1
        y = PAGE_H - MARGIN
        if self.page == 1:
            y = self._title_block(y)
        else:
            title = " / ".join(label("REGISTRY").texts(self.lang))
            as_of = fmt_date(self.meta.as_of_date())
            y -= RUNNING_SIZE * ASCENT
            self._text(MARGIN, y, f"{title} — {as_of}", REGULAR, RUNNING_SIZE)
            y -= RUNNING_SIZE * (LEADING - ASCENT) + 3
        self.table_top = y
        self.row_lines = [y]
        self._fill(y, self.heading.height())
        key = round(y, 3)
        text = self._heading_cache.get(key)
        if text is None:  # the same on every page but the first: laid out once
            n = self.heading.nlines
            text = self._heading_cache[key] = self._block_text(self.heading, y, 0, n)
        self.c.addLiteral(text)
        self.y = y - self.heading.height()
        self.row_lines.append(self.y)

    def _title_block(self, y: float) -> float:
        c = self.c
        size = 12.0
        for t in label("REGISTRY").texts(self.lang):
            y -= size * ASCENT
            c.setFont(BOLD, size)
            c.drawCentredString(PAGE_W / 2, y, t)
            y -= size * (LEADING - ASCENT)
        y -= 4
        meta = self.meta
        size = 7.0
        wrapper = Wrapper(REGULAR, size)
        for lg in self.langs:
            parts = [
                f"{label('EDITION').text(lg)}: {meta.edition_label().text(lg)}",
                f"{label('FILTERS').text(lg)}: {meta.filters_label().text(lg)}",
                f"{label('AS_OF').text(lg)}: {fmt_date(meta.as_of_date())}",
                f"{label('GENERATED_AT').text(lg)}: {meta.generated_text()}",
            ]
            for line in wrapper.wrap(" · ".join(parts), TABLE_W):
                y -= size * LEADING
                self._text(MARGIN, y + size * (LEADING - ASCENT), line, REGULAR, size)
        y -= size * LEADING
        base = y + size * (LEADING - ASCENT)
        count = " / ".join(label("COUNT").texts(self.lang)) + ": "
        self._text(MARGIN, base, count, REGULAR, size)
        self._form_at(_FORM_COUNT, MARGIN + wrapper.width(count), base)
        fp = " / ".join(label("FINGERPRINT").texts(self.lang)) + ": "
        x = MARGIN + TABLE_W / 3
        self._text(x, base, fp, REGULAR, size)
        self._form_at(_FORM_FP, x + wrapper.width(fp), base)
        if meta.audit_head:  # a line of its own: in both languages it is long
            y -= size * LEADING
            self._text(MARGIN, y + size * (LEADING - ASCENT), meta.audit_head_text(self.lang),
                       REGULAR, size)
        return y - 5

    def _fill(self, top: float, height: float) -> None:
        c = self.c
        c.saveState()
        c.setFillGray(0.9)
        c.rect(MARGIN, top - height, TABLE_W, height, stroke=0, fill=1)
        c.restoreState()

    @staticmethod
    def _columns(
        block: _Block, top: float, first: int, last: int
    ) -> list[tuple[float, float, list[str]]]:
        y0 = top - PAD_Y - block.size * ASCENT
        return [
            (COL_X[col] + PAD_X, y0, lines[first:last]) for col, lines in enumerate(block.lines)
        ]

    def _block_text(self, block: _Block, top: float, first: int, last: int) -> str:
        columns = self._columns(block, top, first, last)
        return self.fast[block.font].block(columns, block.size, block.size * LEADING)

    def _draw_block(self, block: _Block, top: float, first: int, last: int) -> None:
        columns = self._columns(block, top, first, last)
        self.fast[block.font].draw(columns, block.size, block.size * LEADING)

    def end_page(self) -> None:
        c = self.c
        c.setLineWidth(0.4)
        top, bottom = self.row_lines[0], self.row_lines[-1]
        segs = [(x, top, x, bottom) for x in COL_X]
        segs += [(MARGIN, y, MARGIN + TABLE_W, y) for y in self.row_lines]
        c.lines(segs)
        self._footer()
        c.showPage()
        if self.spill is not None:
            self.spill.spill_last_page(c)

    def _footer(self) -> None:
        y = MARGIN + 2
        x = MARGIN
        for lg in self.langs:
            tmpl = label("PAGE_OF").text(lg)
            prefix = tmpl.split("{m}")[0].format(n=self.page)
            self._text(x, y, prefix, REGULAR, FOOTER_SIZE)
            self._form_at(_FORM_PAGES.format(lang=lg), x + self.foot.width(prefix), y)
            x += 110
        if self._footer_cache is None:  # the same on every page: laid out once
            gen = " / ".join(label("GENERATED_AT").texts(self.lang))
            fp = " / ".join(label("FINGERPRINT").texts(self.lang)) + ": "
            fp_w = self.foot.width(fp) + _fingerprint_width(self.foot)
            fx = PAGE_W - MARGIN - fp_w
            fast = self.fast[REGULAR]
            lines = [
                fast.block([(x + 20, y, [f"{gen}: {self.meta.generated_text()}"])],
                           FOOTER_SIZE, FOOTER_SIZE * LEADING),
                fast.block([(fx, y, [fp])], FOOTER_SIZE, FOOTER_SIZE * LEADING),
            ]
            self._footer_cache = (lines, fx + self.foot.width(fp))
        lines, form_x = self._footer_cache
        for text in lines:
            self.c.addLiteral(text)
        self._form_at(_FORM_FP, form_x, y)

    # -- rows ---------------------------------------------------------------------------
    def add_row(self, row: RegistryRow) -> None:
        block = self._layout(row_cells(row, self.lang), self.body, REGULAR, BODY_SIZE)
        head = [block.lines[0], block.lines[1]]
        total = block.nlines
        step = BODY_SIZE * LEADING
        first = 0
        while True:
            room = int((self.y - self.bottom - 2 * PAD_Y) // step)
            rest = total - first
            if rest <= room:
                self._place(block, first, total)
                return
            fits_page = rest <= self._page_room(step)
            if fits_page or room < 3:
                self.end_page()
                self.start_page()
                if first:
                    block = self._continuation(block, first, head)
                    total, first = block.nlines, 0
                continue
            # taller than a whole page: fill this page, continue on the next one
            self._place(block, first, first + room)
            first += room
            self.end_page()
            self.start_page()
            block = self._continuation(block, first, head)
            total, first = block.nlines, 0

    def _page_room(self, step: float) -> int:
        top = PAGE_H - MARGIN - RUNNING_SIZE * LEADING - 3 - self.heading.height()
        return int((top - self.bottom - 2 * PAD_Y) // step)

    def _continuation(self, block: _Block, first: int, head: list[list[str]]) -> _Block:
        """The rest of a split row: number and name (``head``) repeated, marked as continued."""
        lines = [col[first:] for col in block.lines]
        marker = [w for t in self.continued for w in self.body.wrap(t, COL_W[1] - 2 * PAD_X)]
        lines[0] = head[0]
        lines[1] = head[1] + marker
        return _Block(lines, block.size, block.font)

    def _place(self, block: _Block, first: int, last: int) -> None:
        self._draw_block(block, self.y, first, last)
        self.y -= block.height(last - first)
        self.row_lines.append(self.y)

    # -- forms known only at the end ----------------------------------------------------
    def define_forms(self, pages: int, count: int, fp: str) -> None:
        for lg in self.langs:
            tail = "{m}" + label("PAGE_OF").text(lg).split("{m}", 1)[1]
            self._form(_FORM_PAGES.format(lang=lg), tail.format(m=pages), FOOTER_SIZE)
        self._form(_FORM_COUNT, str(count), 7.0)
        self._form(_FORM_FP, fp, FOOTER_SIZE)

    def _form(self, name: str, text: str, size: float) -> None:
        c = self.c
        # the stubs type the bounding box's lower corner as int; reportlab takes any number
        c.beginForm(name, lowerx=0, lowery=-size, upperx=400, uppery=size * 1.5)  # type: ignore[arg-type]
        self._text(0, 0, text, REGULAR, size)
        c.endForm()


def _fingerprint_width(w: Wrapper) -> float:
    widest = max(w.width(ch) for ch in "0123456789abcdef")
    return 16 * widest + 3 * w.width("-") + 1


def build(
    rows: Iterable[RegistryRow],
    out: str | os.PathLike[str],
    *,
    lang: str,
    meta: ReportMeta,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    spill: bool = True,
) -> ReportResult:
    """Write the registry ``rows`` (already ordered) as a PDF to ``out``.

    ``lang`` is ``kk``, ``ru`` or ``both`` (Kazakh above Russian). ``progress(done, total)``
    is called now and then (``total`` is ``meta.count`` when known) and finally with
    ``(count, count)``; when ``is_cancelled()`` turns true the build stops with
    ``ReportCancelled`` and no file is left at ``out``.
    """
    register_fonts()
    languages(lang)
    ticker = ProgressTicker(progress, is_cancelled, meta.count)
    fp = Fingerprint()
    with atomic_path(out) as tmp, open(tmp, "wb") as fh:
        canvas = new_canvas(fh, (PAGE_W, PAGE_H))
        title = " / ".join(label("REGISTRY").texts(lang))
        canvas.setTitle(title)
        canvas.setSubject(f"{fmt_date(meta.as_of_date())}; {meta.generated_text()}")
        spiller = PageSpill() if spill else None
        try:
            w = _Writer(canvas, lang, meta, spiller)
            ticker.check()
            w.start_page()
            for row in rows:
                check_row(row, meta)
                fp.add(row)
                w.add_row(row)
                ticker.tick()
            w.end_page()
            ticker.check()
            w.define_forms(w.page, fp.count, fp.hexdigest())
            with streaming_save(fh):
                canvas.save()
        finally:
            if spiller is not None:
                spiller.close()
        ticker.finish()
    return ReportResult(path=Path(out), count=fp.count, fingerprint=fp.hexdigest(), pages=w.page)
