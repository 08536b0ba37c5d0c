"""Workbooks of the import: the empty template and the report of rejected records."""

from __future__ import annotations

from pathlib import Path

from models.intake.headings import heading
from models.intake.readers import template_columns
from models.intake.records import ParsedRecord
from reports.labels import label


def write_rejection_report(rejected: list[ParsedRecord], out: str | Path) -> None:
    """An XLSX with one line per problem: record, portal id, field, message (ru, kk)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rejected")
    no, field, message = (label(k) for k in ("REJECTED_RECORD_NO", "REJECTED_FIELD",
                                              "REJECTED_MESSAGE"))
    ws.append([f"{no.ru} / {no.kk}", "portal_id", f"{field.ru} / {field.kk}", message.ru,
               message.kk])
    for r in rejected:
        if not r.issues:
            ws.append([r.index, r.portal_id, "", "", ""])
        for i in r.issues:
            if i.severity == "error":
                ws.append([r.index, r.portal_id, i.field, _safe(i.ru), _safe(i.kk)])
    tmp = Path(str(out) + ".part")
    wb.save(tmp)
    tmp.replace(out)


def _safe(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_template(out: str | Path) -> None:
    """The empty XLSX import template with Kazakh and Russian headings."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.create_sheet("applications", 0)
    wb.remove(wb.worksheets[1])  # the empty default sheet
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
    tmp = Path(str(out) + ".part")
    wb.save(tmp)
    tmp.replace(out)
