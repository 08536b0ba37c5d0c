"""The registry workbook, read back with openpyxl."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from conftest import make_row, sample_meta

from models.dto import RegistryRow
from reports import registry_pdf, registry_xlsx
from reports.labels import column_labels, label
from reports.meta import ReportCancelled, ReportMeta


def build(
    tmp_path: Path, rows: list[RegistryRow], lang: str, meta: ReportMeta | None = None, **kw: object
) -> tuple[openpyxl.Workbook, registry_xlsx.ReportResult]:
    out = tmp_path / f"registry-{lang}.xlsx"
    res = registry_xlsx.build(rows, out, lang=lang, meta=meta or sample_meta(), **kw)
    return openpyxl.load_workbook(out), res


def data_rows(ws, first: int) -> list[tuple]:
    return [tuple(c for c in row) for row in ws.iter_rows(min_row=first)]


def test_both_layout_headings_freeze_filter(tmp_path: Path, rows) -> None:
    wb, res = build(tmp_path, rows, "both")
    ws = wb.worksheets[0]
    assert ws["A1"].value == f"{label('REGISTRY').kk} / {label('REGISTRY').ru}"
    assert ws["A2"].value.startswith(label("EDITION").kk)
    assert ws["A3"].value.startswith(label("EDITION").ru)
    kk_heads = [c.value for c in ws[4]]
    ru_heads = [c.value for c in ws[5]]
    assert kk_heads == [h.kk for h in column_labels()]
    assert ru_heads == [h.ru for h in column_labels()]
    assert all(c.font.b and c.alignment.wrap_text for c in ws[4])
    assert ws.freeze_panes == "C6"
    assert ws.auto_filter.ref == f"A5:K{5 + len(rows)}"
    assert ws.max_row == 5 + len(rows)
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJK"]
    assert all(w and 5 <= w <= 60 for w in widths)
    assert widths[7] > widths[2]  # education wider than a date
    assert res.count == len(rows)


def test_values_and_types(tmp_path: Path, rows) -> None:
    wb, _ = build(tmp_path, rows, "ru")
    ws = wb.worksheets[0]
    assert ws.title == label("REGISTRY_SHEET").ru
    first = ws[4]
    assert [c.value for c in ws[3]] == [h.ru for h in column_labels()]
    number, name, birth, contacts, address, prof, exp, edu, emp, qual, incl = first
    assert number.value == 1 and number.data_type == "n"
    assert name.value == "Әбілқайыров Нұрсұлтан Өмірұлы"
    assert isinstance(birth.value, dt.datetime) and birth.value.date() == dt.date(1985, 3, 22)
    assert birth.number_format == "dd.mm.yyyy"
    assert isinstance(incl.value, dt.datetime) and incl.number_format == "dd.mm.yyyy"
    assert contacts.value == "+77011234567\nnursultan@example.kz"
    assert contacts.data_type == "s"
    assert address.value.split("\n") == ["область Абай", "Семей қаласы", "Абай көшесі, 10-үй"]
    assert address.alignment.wrap_text
    assert prof.value == rows[0].profession.ru
    assert exp.value == "7 г. 4 мес."
    assert edu.value.startswith("1) высшее образование, Әл-Фараби атындағы")
    assert "120340005678" in emp.value and label("PRESENT").ru in emp.value
    assert qual.value.split("\n")[0] == "первая квалификационная категория"
    # the BIN stays text: a 12-digit number would lose its leading zeros as a number
    zero = make_row(9)
    zero = dataclasses.replace(
        zero, employment=(dataclasses.replace(zero.employment[0], bin="012345678901"),)
    )
    wb2, _ = build(tmp_path, [zero], "kk")
    assert "012345678901" in wb2.worksheets[0]["I4"].value


def test_formula_looking_values_stay_text(tmp_path: Path, rows) -> None:
    evil = rows[7]
    wb, _ = build(tmp_path, [evil], "kk")
    ws = wb.worksheets[0]
    contacts = ws["D4"]
    assert contacts.value == '=HYPERLINK("http://x")\n@evil'
    assert contacts.data_type == "s"
    assert contacts.quotePrefix
    for start in ("+7701", "-1+2", "@SUM(A1)", "=1+1", "{r} <b>&amp;</b>"):
        row = make_row(1, start, "", "")
        ws2 = build(tmp_path, [row], "ru")[0].worksheets[0]
        assert ws2["B4"].value == start
        assert ws2["B4"].data_type == "s"
    # and in the raw XML there is no formula element at all
    import zipfile

    with zipfile.ZipFile(tmp_path / "registry-kk.xlsx") as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_about_sheet_and_properties(tmp_path: Path, rows) -> None:
    meta = dataclasses.replace(sample_meta(), edition="public", included_from=dt.date(2025, 1, 1))
    wb, res = build(tmp_path, rows, "kk", meta=meta)
    assert wb.sheetnames == [label("REGISTRY_SHEET").kk, "About"]
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    assert about[label("EDITION").kk] == label("EDITION_PUBLIC").kk
    assert label("FILTER_INCLUDED").kk in about[label("FILTERS").kk]
    assert "Абай облысы" in about[label("FILTERS").kk]
    assert about[label("COUNT").kk] == len(rows)
    assert about[label("FINGERPRINT").kk] == res.fingerprint
    assert about[label("AS_OF").kk].date() == dt.date(2025, 6, 1)
    assert wb.properties.title == label("REGISTRY").kk
    # made at 14:30 in Kazakhstan (UTC+5); document properties store UTC
    assert wb.properties.created == dt.datetime(2025, 6, 2, 9, 30)


def test_same_fingerprint_as_pdf(tmp_path: Path, rows) -> None:
    _, x = build(tmp_path, rows, "kk")
    p = registry_pdf.build(rows, tmp_path / "r.pdf", lang="ru", meta=sample_meta())
    assert x.fingerprint == p.fingerprint


def test_many_rows_beyond_width_sample(tmp_path: Path) -> None:
    rows = [make_row(i) for i in range(1, 1201)]
    calls: list[tuple[int, int]] = []
    meta = dataclasses.replace(sample_meta(), count=1200)
    wb, res = build(tmp_path, rows, "ru", meta=meta, progress=lambda d, t: calls.append((d, t)))
    ws = wb.worksheets[0]
    assert res.count == 1200 and ws.max_row == 3 + 1200
    assert [c.value for c in ws[3 + 1200]][0] == 1200
    assert calls[-1] == (1200, 1200)


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    import glob
    import tempfile

    before = set(glob.glob(str(Path(tempfile.gettempdir()) / "openpyxl.*")))
    polls = iter(range(10**6))
    with pytest.raises(ReportCancelled):
        build(
            tmp_path,
            (make_row(i) for i in range(1, 3000)),
            "both",
            is_cancelled=lambda: next(polls) >= 3,
        )
    assert list(tmp_path.iterdir()) == []
    after = set(glob.glob(str(Path(tempfile.gettempdir()) / "openpyxl.*")))
    assert after <= before  # openpyxl's temporary sheet files removed too


def test_public_edition_refuses_row_without_consent(tmp_path: Path) -> None:
    meta = dataclasses.replace(sample_meta(), edition="public")
    with pytest.raises(ValueError, match="consent"):
        build(tmp_path, [make_row(1), make_row(2, consent=False)], "ru", meta=meta)
    assert list(tmp_path.iterdir()) == []
