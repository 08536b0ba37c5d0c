"""The statistics as an Excel workbook: a sheet per section, its table and a native chart.

Each sheet starts with the title, the period and filters, the time made and the audit head
(and repeats them in the printed page's header and footer); then the table, a small block of
the chart's data to its right, and an openpyxl bar chart drawn from that block.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from reports.output import atomic_path
from reports.stats_doc import Chart, Document, Section, Share

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")
THIN = Side(style="thin", color="8899AA")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CHAR_WIDTH = 11.0  # characters per unit of a section's relative widths
CHART_ROWS = 18


def build(doc: Document, out: str | Path) -> Path:
    """Write ``doc`` to ``out`` (atomically)."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for section in doc.sections:
        _sheet(wb.create_sheet(section.sheet[:31]), doc, section)
    wb.properties.title = doc.title
    wb.properties.creator = "Tizilim"
    with atomic_path(out) as tmp:
        wb.save(tmp)
    return Path(out)


def _sheet(ws: Worksheet, doc: Document, s: Section) -> None:
    ws.cell(1, 1, doc.title).font = TITLE
    for i, line in enumerate([*doc.heading, doc.made], 2):
        ws.cell(i, 1, line)
    ws.cell(6, 1, s.title).font = BOLD
    ws.cell(6, 1).alignment = WRAP
    top = 7
    for c, text in enumerate(s.headers, 1):
        cell = ws.cell(top, c, text)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEAD_FILL, BOX, WRAP
    for r, row in enumerate(s.rows, top + 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(r, c, value)
            cell.border, cell.alignment = BOX, WRAP
            if isinstance(value, Share):
                cell.number_format = "0.0%"
            elif isinstance(value, float):
                cell.number_format = "0.0"
    end = top + len(s.rows)
    for i, note in enumerate(s.notes, end + 2):
        ws.cell(i, 1, note)
    for c, width in enumerate(s.widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = max(8.0, width * CHAR_WIDTH)
    ws.freeze_panes = f"A{top + 1}"
    if s.chart is not None and s.chart.categories:
        _chart(ws, s.chart, len(s.headers) + 2, top, end + len(s.notes) + 3, s.title)
    ws.page_setup.orientation = "landscape" if len(s.headers) > 4 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{top}:{top}"
    header, footer = ws.HeaderFooter.oddHeader, ws.HeaderFooter.oddFooter
    assert header is not None and footer is not None
    header.left.text = _hf(doc.heading[0])
    header.right.text = _hf(doc.heading[1])
    footer.left.text = _hf(doc.made)
    footer.right.text = "&P / &N"


def _hf(text: str) -> str:
    """Text for a page header or footer (``&`` escaped, within Excel's length)."""
    return text.replace("&", "&&").replace("\n", " ")[:120]


def _chart(ws: Worksheet, chart: Chart, col: int, top: int, below: int, title: str) -> None:
    """The chart's data right of the table (categories, then a column per series) and a
    bar chart of it below the table."""
    ws.cell(top, col, "")
    for j, (name, _values) in enumerate(chart.series, 1):
        ws.cell(top, col + j, name).font = BOLD
    for i, category in enumerate(chart.categories, 1):
        ws.cell(top + i, col, category)
        for j, (_name, values) in enumerate(chart.series, 1):
            ws.cell(top + i, col + j, values[i - 1])
    ws.column_dimensions[get_column_letter(col)].width = 24
    bar = BarChart()
    bar.type = "bar" if chart.horizontal else "col"
    bar.title = title.split("\n")[0]
    bar.style = 10
    n = len(chart.categories)
    data = Reference(ws, min_col=col + 1, max_col=col + len(chart.series), min_row=top,
                     max_row=top + n)
    bar.add_data(data, titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=col, min_row=top + 1, max_row=top + n))
    bar.height = max(7.5, 0.55 * n) if chart.horizontal else 7.5
    bar.width = 18
    if len(chart.series) == 1:
        bar.legend = None
    ws.add_chart(bar, ws.cell(below, 1).coordinate)
