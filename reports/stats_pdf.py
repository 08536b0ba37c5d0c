"""The statistics as a PDF (A4 landscape): every section's table and its chart
(reportlab.graphics), with the period, the filters, the time made and the audit head on
every page — the document the Center attaches to its monthly report.

The document is laid out twice: the first pass counts the pages, so every page can say
"page N of M".
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reports.fonts import BOLD, REGULAR, register_fonts
from reports.labels import label
from reports.output import atomic_path
from reports.stats_doc import Cell, Chart, Document, Section, Share

PAGE = landscape(A4)
MARGIN = 14 * mm
TOP = 26 * mm  # the page's heading stands above the frame
BOTTOM = 16 * mm
WIDTH = PAGE[0] - 2 * MARGIN
PALETTE = (colors.HexColor("#2f6db5"), colors.HexColor("#e08a2c"), colors.HexColor("#c0392b"))
HEAD_BG = colors.HexColor("#dde4ee")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=9.6)
    return {"cell": base,
            "head": ParagraphStyle("head", parent=base, fontName=BOLD),
            "num": ParagraphStyle("num", parent=base, alignment=2),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=11,
                                    leading=14, spaceBefore=2, spaceAfter=4),
            "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10,
                                   textColor=colors.HexColor("#444444"))}


def build(doc: Document, out: str | Path) -> Path:
    """Write ``doc`` to ``out`` (atomically)."""
    pages = _render(doc, io.BytesIO(), 0)
    with atomic_path(out) as tmp:
        _render(doc, str(tmp), pages)
    return Path(out)


def _render(doc: Document, target: Any, total: int) -> int:
    styles = _styles()
    story: list[Flowable] = []
    for i, s in enumerate(doc.sections):
        story += _section(s, styles, i == 0)
    count = [0]

    def page(canvas: Canvas, _doc: Any) -> None:
        count[0] += 1
        _decorate(canvas, doc, count[0], total)

    template = SimpleDocTemplate(target, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=TOP, bottomMargin=BOTTOM, title=doc.title,
                                 author="Tizilim", creator="Tizilim")
    template.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=_canvas)
    return count[0]


def _canvas(*args: Any, **kw: Any) -> Canvas:
    """A canvas whose initial font is the bundled one (no unembedded standard font)."""
    kw.setdefault("initialFontName", REGULAR)
    return Canvas(*args, **kw)


def _decorate(c: Canvas, doc: Document, n: int, total: int) -> None:
    """The page's heading (title, period, filters) and footer (time made, audit head, page)."""
    c.saveState()
    w, h = PAGE
    c.setFont(BOLD, 10.5)
    c.drawString(MARGIN, h - 12 * mm, doc.title)
    c.setFont(REGULAR, 8.5)
    for i, line in enumerate(doc.heading):
        c.drawString(MARGIN, h - (17 + 4.2 * i) * mm, line)
    c.setStrokeColor(colors.HexColor("#8899aa"))
    c.line(MARGIN, h - 24 * mm, w - MARGIN, h - 24 * mm)
    c.line(MARGIN, 12 * mm, w - MARGIN, 12 * mm)
    c.setFont(REGULAR, 7.5)
    c.drawString(MARGIN, 8 * mm, doc.made)
    if total:
        page = label("PAGE_OF").format(n=n, m=total)
        text = page.kk if page.kk == page.ru else f"{page.kk} / {page.ru}"
        c.drawRightString(w - MARGIN, 8 * mm, text)
    c.restoreState()


def _section(s: Section, st: dict[str, ParagraphStyle], first: bool) -> list[Flowable]:
    """A section on a new page: its title, its table, and its chart beside a narrow table
    (up to four columns) or below a wide one."""
    beside = s.chart is not None and bool(s.chart.categories) and len(s.headers) <= 4
    table_w = WIDTH * 0.56 if beside else WIDTH
    out: list[Flowable] = [] if first else [PageBreak()]
    out.append(Paragraph(_html(s.title.replace("\n", " / ")), st["title"]))
    table = _table(s, st, table_w)
    if beside and s.chart is not None:
        chart_w = WIDTH - table_w - 6 * mm
        pair = Table([[table, _chart(s.chart, chart_w)]], colWidths=[table_w + 6 * mm, chart_w])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)]))
        out.append(pair)
    else:
        out.append(table)
    out += [Paragraph(_html(n), st["note"]) for n in s.notes]
    if not beside and s.chart is not None and s.chart.categories:
        out += [Spacer(1, 4 * mm), _chart(s.chart, WIDTH)]
    return out


def _table(s: Section, st: dict[str, ParagraphStyle], width: float) -> Table:
    total = sum(s.widths)
    head = [Paragraph(_html(h), st["head"]) for h in s.headers]
    body = [[_cell(v, st) for v in row] for row in s.rows]
    table = Table([head, *body], colWidths=[width * x / total for x in s.widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("\n", "<br/>")


def _cell(v: Cell, st: dict[str, ParagraphStyle]) -> Paragraph:
    if v is None:
        return Paragraph("", st["cell"])
    if isinstance(v, Share):
        return Paragraph(f"{v * 100:.1f} %", st["num"])
    if isinstance(v, float):
        return Paragraph(f"{v:.1f}", st["num"])
    if isinstance(v, int):
        return Paragraph(f"{v:,}".replace(",", "\u00a0"), st["num"])
    return Paragraph(_html(v), st["cell"])


def _chart(chart: Chart, width: float) -> Drawing:
    """A bar chart of ``chart``, ``width`` wide, with a legend when it has more than one
    series; horizontal bars leave room on the left for the longest category name."""
    n = len(chart.categories)
    series = len(chart.series)
    legend_h = 14 * series if series > 1 else 0
    if chart.horizontal:
        names = max((stringWidth(c, REGULAR, 7) for c in chart.categories), default=0.0)
        left = min(width * 0.45, names + 10)
        height = float(n * (4 * series + 7) + 30 + legend_h)
        bc: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        bc.x, bc.y = int(left), 16
        bc.width, bc.height = int(width - left - 30), int(height - 24 - legend_h)
        bc.categoryAxis.reverseDirection = 1
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = -3
    else:
        height = 62 * mm + legend_h
        bc = VerticalBarChart()
        bc.x, bc.y = 34, 30
        bc.width = int(min(width - 50, max(120, 40 * n * max(1, series) / 1.5)))
        bc.height = int(height - 44 - legend_h)
        if n > 8 or max((len(c) for c in chart.categories), default=0) * n > 70:
            bc.categoryAxis.labels.angle = 35
            bc.categoryAxis.labels.boxAnchor = "ne"
    d = Drawing(width, height)
    bc.data = [tuple(values) for _name, values in chart.series]
    bc.categoryAxis.categoryNames = list(chart.categories)
    for axis in (bc.categoryAxis, bc.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
    top = max((max(values, default=0.0) for _n, values in chart.series), default=0.0)
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = max(1.0, top * 1.12)
    bc.valueAxis.labelTextFormat = "%d"
    for i in range(series):
        bc.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        bc.bars[i].strokeColor = None
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = REGULAR
    bc.barLabels.fontSize = 6.5
    if chart.horizontal:  # the number just past the bar's end
        bc.barLabels.boxAnchor = "w"
        bc.barLabels.nudge = 2
    else:
        bc.barLabels.nudge = 7
    d.add(bc)
    if series > 1:
        legend = Legend()
        legend.fontName = REGULAR
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltay = 12
        legend.x = int(bc.x)
        legend.y = int(height - 4)
        legend.dx = legend.dy = 7
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name)
                                 for i, (name, _v) in enumerate(chart.series)]
        legend.columnMaximum = 1
        legend.dxTextSpace = 4
        legend.variColumn = 1
        d.add(legend)
    return d
