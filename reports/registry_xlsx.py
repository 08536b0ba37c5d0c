"""The registry as an Excel workbook, streamed with openpyxl's write-only mode.

Sheet 1: a title row, a summary row per language, the heading row(s) (Kazakh and Russian in
``both``), then one row per entry; panes frozen under the headings, autofilter, wrapped
text, dates as real dates. Sheet 2 "About": edition, filters, dates, count, fingerprint.

Data rows are rendered here as SpreadsheetML (same values, types and style ids as openpyxl
would write) and go into the sheet as they are, through ``reports.adapters.openpyxl_io``;
everything else goes through openpyxl.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.writer.excel import ExcelWriter

from models.dto import RegistryRow
from reports.adapters.openpyxl_io import (
    RawRow,
    WriteOnlyWorksheet,
    discard_sheet_files,
    stream_raw_rows,
)
from reports.cells import DATE_COLUMNS, NCOLS, NUMBER_COLUMN, row_cells
from reports.labels import Label, column_labels, label, languages
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

DATE_FORMAT = "dd.mm.yyyy"
ABOUT_SHEET = "About"
FORMULA_START = ("=", "+", "-", "@")

#: Column widths (in characters) are fitted to the headings' words and to the first rows.
_SAMPLE_ROWS = 500
_MIN_W = (6, 16, 11, 16, 18, 16, 12, 24, 24, 18, 11)
_MAX_W = (10, 34, 12, 34, 44, 40, 16, 60, 60, 40, 12)

_Value = str | int | dt.date | None


@dataclass(frozen=True, slots=True)
class _Style:
    """A cell style: the attributes that give it, and a cell made with them (which put the
    style's parts into the workbook's tables when the style was made)."""

    attrs: dict[str, object]
    template: Cell

    @property
    def id(self) -> int:
        """The style's index in the workbook's cell styles (the ``s`` of a ``<c>``)."""
        return self.template.style_id

    @classmethod
    def make(cls, ws: WriteOnlyWorksheet, **attrs: object) -> _Style:
        return cls(attrs, cls._dress(WriteOnlyCell(ws), attrs))

    def cell(self, ws: WriteOnlyWorksheet, value: _Value) -> Cell:
        """A cell holding ``value`` in this style."""
        cell = WriteOnlyCell(ws)
        cell.value = value
        return self._dress(cell, self.attrs)

    @staticmethod
    def _dress(cell: Cell, attrs: dict[str, object]) -> Cell:
        for name, part in attrs.items():
            setattr(cell, name, part)
        return cell


class _Styles:
    """The sheet's cell styles."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        top_wrap = Alignment(wrap_text=True, vertical="top")
        thin = Side(style="thin", color="999999")

        def make(**attrs: object) -> _Style:
            return _Style.make(ws, **attrs)

        self.text = make(alignment=top_wrap)
        self.quoted = make(alignment=top_wrap, quotePrefix=True)
        self.date = make(alignment=Alignment(vertical="top"), number_format=DATE_FORMAT)
        self.number = make(alignment=Alignment(vertical="top", horizontal="left"))
        self.heading = make(
            alignment=top_wrap,
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor="E6E6E6"),
            border=Border(left=thin, right=thin, top=thin, bottom=thin),
        )
        self.title = make(font=Font(bold=True, size=14))
        self.plain = make(alignment=Alignment(vertical="top"))
        self.bold = make(font=Font(bold=True), alignment=top_wrap)


def text_cell(ws: WriteOnlyWorksheet, value: str, styles: _Styles) -> Cell:
    """A cell that holds ``value`` as text, never as a formula.

    A value starting with ``=``, ``+``, ``-`` or ``@`` is stored as a string and gets
    Excel's quote prefix, so editing it in Excel keeps it text too.
    """
    if value.startswith(FORMULA_START):
        cell = styles.quoted.cell(ws, value)
        cell.data_type = "s"
        return cell
    return styles.text.cell(ws, value)


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_COLS = [get_column_letter(i + 1) for i in range(NCOLS)]
#: Excel serial numbers of dates (a registry repeats a few thousand dates).
_serial = functools.lru_cache(maxsize=65_536)(to_excel)


def _xml_text(value: str) -> str:
    """``value`` escaped for an XML text node (``str.translate`` with a dict took 30 % of
    the export; most values need no escaping at all)."""
    value = _ILLEGAL.sub("", value)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "")
    return value


class _SheetWriter:
    def __init__(self, wb: Workbook, lang: str, meta: ReportMeta) -> None:
        self.lang = lang
        self.langs = languages(lang)
        self.meta = meta
        self.ws = wb.create_sheet(" - ".join(label("REGISTRY_SHEET").texts(lang)))
        self.styles = _Styles(self.ws)
        st = self.styles
        self.style_ids = {
            "number": st.number.id,
            "date": st.date.id,
            "text": st.text.id,
            "quoted": st.quoted.id,
        }
        self.heading_rows = [[lbl.text(lg) for lbl in column_labels()] for lg in self.langs]
        self.first_heading_row = 2 + len(self.langs)
        self.first_data_row = self.first_heading_row + len(self.heading_rows)

    def fit_widths(self, sample: list[list[list[str]]]) -> None:
        """Set column widths from the headings' longest words and the sampled cells."""
        for col in range(NCOLS):
            words = [len(w) for h in self.heading_rows for w in h[col].split()]
            lines = [len(p) for cells in sample for p in cells[col]]
            want = max(words + lines + [0]) + 2
            width = min(max(want, _MIN_W[col]), _MAX_W[col])
            self.ws.column_dimensions[get_column_letter(col + 1)].width = width

    def write_top(self) -> None:
        ws, st = self.ws, self.styles
        meta = self.meta
        title = " / ".join(label("REGISTRY").texts(self.lang))
        ws.append([st.title.cell(ws, title)])
        for lg in self.langs:
            summary = "; ".join(
                (
                    f"{label('EDITION').text(lg)}: {meta.edition_label().text(lg)}",
                    f"{label('FILTERS').text(lg)}: {meta.filters_label().text(lg)}",
                    f"{label('AS_OF').text(lg)}: {fmt_date(meta.as_of_date())}",
                    f"{label('GENERATED_AT').text(lg)}: {meta.generated_text()}",
                )
            )
            ws.append([st.plain.cell(ws, summary)])
        for heading in self.heading_rows:
            ws.append([st.heading.cell(ws, h) for h in heading])

    def raw(self, row: RegistryRow, paragraphs: list[list[str]], row_idx: int) -> RawRow:
        """Sheet row ``row_idx`` as SpreadsheetML: same values, types and styles as
        :meth:`cells` would give through openpyxl."""
        st = self.style_ids
        out: list[str] = [f'<row r="{row_idx}">']
        for col, paras in enumerate(paragraphs):
            ref = f"{_COLS[col]}{row_idx}"
            if col == NUMBER_COLUMN:
                out.append(f'<c r="{ref}" s="{st["number"]}"><v>{row.registry_number}</v></c>')
            elif col in DATE_COLUMNS:
                value = row.birth_date if col == DATE_COLUMNS[0] else row.included_on
                out.append(f'<c r="{ref}" s="{st["date"]}"><v>{_serial(value)}</v></c>')
            else:
                text = "\n".join(paras)
                if not text:
                    out.append(f'<c r="{ref}" s="{st["text"]}"/>')
                    continue
                style = st["quoted"] if text.startswith(FORMULA_START) else st["text"]
                out.append(
                    f'<c r="{ref}" s="{style}" t="inlineStr"><is>'
                    f'<t xml:space="preserve">{_xml_text(text)}</t></is></c>'
                )
        out.append("</row>")
        return RawRow("".join(out), row_idx)

    def cells(self, row: RegistryRow, paragraphs: list[list[str]]) -> list[Cell]:
        """The data row as openpyxl cells (what :meth:`raw` renders without them)."""
        ws, st = self.ws, self.styles
        out: list[Cell] = []
        for col, paras in enumerate(paragraphs):
            if col == NUMBER_COLUMN:
                out.append(st.number.cell(ws, row.registry_number))
            elif col in DATE_COLUMNS:
                value = row.birth_date if col == DATE_COLUMNS[0] else row.included_on
                out.append(st.date.cell(ws, value))
            else:
                out.append(text_cell(ws, "\n".join(paras), st))
        return out


def _about(wb: Workbook, lang: str, meta: ReportMeta, count: int, fingerprint: str) -> None:
    ws = wb.create_sheet(ABOUT_SHEET)
    st = _Styles(ws)
    langs = languages(lang)
    for i in range(len(langs) + 1):
        ws.column_dimensions[get_column_letter(i + 1)].width = 40 if i < len(langs) else 70
    items: list[tuple[Label, object]] = [
        (label("REGISTRY"), None),
        (label("EDITION"), meta.edition_label()),
        (label("FILTERS"), meta.filters_label()),
        (label("AS_OF"), meta.as_of_date()),
        (label("GENERATED_AT"), meta.local_generated_at().replace(microsecond=0)),
        (label("COUNT"), count),
        (label("FINGERPRINT"), fingerprint),
    ]
    if meta.audit_head:
        items.append((label("AUDIT_HEAD"), meta.audit_head[:16]))
    for key, value in items:
        heads: list[Cell | None] = [st.bold.cell(ws, t) for t in key.texts(lang)]
        heads += [None] * (len(langs) - len(heads))
        if value is None:
            ws.append(heads)
        elif isinstance(value, Label):
            ws.append(heads + [text_cell(ws, "\n".join(value.texts(lang)), st)])
        elif isinstance(value, dt.datetime):
            cell = st.plain.cell(ws, value)
            cell.number_format = DATE_FORMAT + " hh:mm"
            ws.append(heads + [cell])
        elif isinstance(value, dt.date):
            ws.append(heads + [st.date.cell(ws, value)])
        elif isinstance(value, int):
            ws.append(heads + [st.number.cell(ws, value)])
        else:
            ws.append(heads + [text_cell(ws, str(value), st)])


def _save(wb: Workbook, path: Path) -> None:
    """``Workbook.save`` with fast deflate (level 1): the sheet XML is large and repetitive,
    level 1 compresses it nearly as well in a third of the time."""
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1)
    wb.properties.modified = wb.properties.created
    ExcelWriter(wb, archive).save()


def build(
    rows: Iterable[RegistryRow],
    out: str | os.PathLike[str],
    *,
    lang: str,
    meta: ReportMeta,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ReportResult:
    """Write the registry ``rows`` (already ordered) as an ``.xlsx`` workbook to ``out``.

    Same contract as ``reports.registry_pdf.build``: ``lang`` is ``kk``, ``ru`` or ``both``;
    progress is reported through ``progress(done, total)``; ``is_cancelled()`` stops the
    build with ``ReportCancelled`` and leaves no file behind.
    """
    languages(lang)
    ticker = ProgressTicker(progress, is_cancelled, meta.count)
    fp = Fingerprint()
    wb = Workbook(write_only=True)
    wb.properties.title = " / ".join(label("REGISTRY").texts(lang))
    wb.properties.created = meta.generated_utc()  # stored as UTC ("...Z")
    wb.properties.creator = "Tizilim"
    wb.properties.subject = fmt_date(meta.as_of_date())
    sheet = _SheetWriter(wb, lang, meta)
    it: Iterator[RegistryRow] = iter(rows)
    try:
        with atomic_path(out) as tmp:
            ticker.check()
            head = list(itertools.islice(it, _SAMPLE_ROWS))
            laid = [row_cells(r, lang) for r in head]
            sheet.fit_widths(laid)
            ws = sheet.ws
            ws.freeze_panes = f"C{sheet.first_data_row}"
            ws.print_title_rows = f"{sheet.first_heading_row}:{sheet.first_data_row - 1}"
            ws.page_setup.orientation = "landscape"
            sheet.write_top()
            stream_raw_rows(ws)
            for r, cells in zip(head, laid, strict=True):
                check_row(r, meta)
                fp.add(r)
                ws.append(sheet.raw(r, cells, sheet.first_data_row + fp.count - 1))
                ticker.tick()
            del head, laid
            for r in it:
                check_row(r, meta)
                fp.add(r)
                ws.append(sheet.raw(r, row_cells(r, lang), sheet.first_data_row + fp.count - 1))
                ticker.tick()
            ticker.check()
            last_heading = sheet.first_data_row - 1
            last = last_heading + fp.count
            ws.auto_filter.ref = f"A{last_heading}:{get_column_letter(NCOLS)}{last}"
            _about(wb, lang, meta, fp.count, fp.hexdigest())
            _save(wb, tmp)
            ticker.finish()
    except BaseException:
        discard_sheet_files(wb)
        raise
    return ReportResult(path=Path(out), count=fp.count, fingerprint=fp.hexdigest())
