"""Workbooks of the import: the empty template and the report of rejected records."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from models.intake.headings import heading
from models.intake.readers import template_columns
from models.intake.records import ParsedRecord
from reports.labels import label
from reports.output import atomic_path

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from reports.adapters.openpyxl_io import WriteOnlyWorksheet


def write_rejection_report(rejected: Iterable[ParsedRecord], out: str | Path) -> None:
    """An XLSX with one line per problem: record, portal id, field, message (ru, kk).

    Every text goes in as a string cell: a portal id like ``=HYPERLINK(…)`` from the file stays
    text and never becomes a formula. Written next to ``out`` and renamed into place, so a
    full disk leaves no half-written report.
    """
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rejected")
    no, field, message = (label(k) for k in ("REJECTED_RECORD_NO", "REJECTED_FIELD",
                                              "REJECTED_MESSAGE"))
    ws.append(_row(ws, [f"{no.ru} / {no.kk}", "portal_id", f"{field.ru} / {field.kk}",
                        message.ru, message.kk]))
    for r in rejected:
        if not r.issues:
            ws.append(_row(ws, [r.index, r.portal_id, "", "", ""]))
        for i in r.issues:
            if i.severity == "error":
                ws.append(_row(ws, [r.index, r.portal_id, i.field, i.ru, i.kk]))
    with atomic_path(out) as tmp:
        wb.save(tmp)


def _row(ws: WriteOnlyWorksheet, values: list[object]) -> list[object]:
    """Texts as string cells (never formulas), anything else as it is."""
    from openpyxl.cell import WriteOnlyCell

    out: list[object] = []
    for v in values:
        if isinstance(v, str):
            cell = WriteOnlyCell(ws, value=v)
            cell.data_type = "s"
            out.append(cell)
        else:
            out.append(v)
    return out


def write_template(out: str | Path) -> None:
    """The empty XLSX import template with Kazakh and Russian headings (no example row;
    ``reports.intake_template`` writes the one users get)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    write_headings(ws)
    with atomic_path(out) as tmp:
        wb.save(tmp)


def write_headings(ws: Worksheet) -> list[str]:
    """The three heading rows (Kazakh, Russian, machine keys) into ``ws``, which is named
    «Өтінімдер — Заявки» (the import reads the first sheet, whatever its name); returns the
    column keys."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.title = " — ".join(heading("template:applications"))
    keys = template_columns()
    bold = Font(bold=True)
    grey = Font(color="808080", size=8)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col, key in enumerate(keys, 1):
        kk, ru = heading(key)
        for row, val, font in ((1, kk, bold), (2, ru, bold), (3, key, grey)):
            c = ws.cell(row=row, column=col, value=val)
            c.font = font
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if row < 3:
                c.fill = fill
        ws.column_dimensions[c.column_letter].width = 22
    ws.freeze_panes = "C4"
    return keys
