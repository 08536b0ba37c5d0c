"""What reports/adapters rely on in openpyxl and reportlab: fails, naming it, when an upgrade
changes it. On a failure: adapt the adapter, re-run tests/reports and bench/bench_reports.py,
then move the pin in pyproject.toml and the version constant together."""

from __future__ import annotations

import datetime as dt
import glob
import io
import re
import tempfile
import tomllib
from importlib.metadata import version
from pathlib import Path

import openpyxl
import pypdf
import pytest
from conftest import make_row
from openpyxl import Workbook, load_workbook
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reports.adapters import openpyxl_io, reportlab_io
from reports.cells import row_cells
from reports.fonts import KAZAKH_LETTERS, REGULAR, new_canvas
from reports.meta import ReportMeta
from reports.registry_xlsx import _SheetWriter

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
PINNED = {
    "openpyxl": openpyxl_io.OPENPYXL_VERSION,
    "et_xmlfile": openpyxl_io.ET_XMLFILE_VERSION,
    "reportlab": reportlab_io.REPORTLAB_VERSION,
}


# -- versions ------------------------------------------------------------------------------
@pytest.mark.parametrize("package", sorted(PINNED))
def test_installed_version_is_the_tested_one(package: str) -> None:
    installed = version(package)
    assert installed == PINNED[package], (
        f"{package} {installed} is installed; reports/adapters was tested with "
        f"{PINNED[package]}: check it against {package} {installed}, then update both"
    )


@pytest.mark.parametrize("package", sorted(PINNED))
def test_pyproject_pins_the_tested_version(package: str) -> None:
    deps = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in deps if re.match(rf"{package}\s*[=<>~!]", d)]
    assert pins == [f"{package}=={PINNED[package]}"], f"pyproject.toml pins {pins}"


# -- openpyxl ------------------------------------------------------------------------------
def _sheet() -> tuple[Workbook, openpyxl_io.WriteOnlyWorksheet]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    assert type(ws) is openpyxl_io.WriteOnlyWorksheet, (
        f"write-only sheets are now {type(ws).__module__}.{type(ws).__qualname__}"
    )
    return wb, ws


def test_openpyxl_writes_sheets_with_et_xmlfile() -> None:
    assert openpyxl.LXML is False, "openpyxl now writes through lxml: no raw _file writes"


def test_openpyxl_write_only_internals_exist() -> None:
    wb, ws = _sheet()
    assert getattr(ws, "_writer", "missing") is None, "WriteOnlyWorksheet._writer changed"
    assert callable(getattr(ws, "_values_to_row", None)), "WriteOnlyWorksheet._values_to_row gone"
    ws.append(["x"])
    writer = getattr(ws, "_writer", None)
    assert writer is not None, "no WriteOnlyWorksheet._writer after the first append"
    assert callable(getattr(writer, "write_row", None)), "WorksheetWriter.write_row gone"
    assert callable(getattr(writer, "cleanup", None)), "WorksheetWriter.cleanup gone"
    openpyxl_io.discard_sheet_files(wb)


def _temp_sheet_files() -> set[str]:
    return set(glob.glob(str(Path(tempfile.gettempdir()) / "openpyxl.*")))


_RAW = '<row r="2"><c r="A2" t="inlineStr"><is><t>raw</t></is></c><c r="B2"><v>7</v></c></row>'


def test_raw_rows_go_into_the_sheet_as_they_are(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws.append(["head"])
    openpyxl_io.stream_raw_rows(ws)
    ws.append(openpyxl_io.RawRow(_RAW, 2))
    ws.append(["after", 3])
    wb.save(tmp_path / "raw.xlsx")
    back = load_workbook(tmp_path / "raw.xlsx").worksheets[0]
    assert [[c.value for c in row] for row in back.iter_rows()] == [
        ["head", None],
        ["raw", 7],
        ["after", 3],
    ], "WriteOnlyWorksheet no longer looks up _values_to_row / _writer.write_row per row"


def test_raw_row_for_another_row_is_refused() -> None:
    wb, ws = _sheet()
    with pytest.raises(RuntimeError, match="before streaming"):
        openpyxl_io.stream_raw_rows(ws)
    ws.append(["head"])
    openpyxl_io.stream_raw_rows(ws)
    ws.append(["second"])
    with pytest.raises(RuntimeError, match="row 2 rendered for sheet row 3"):
        ws.append(openpyxl_io.RawRow(_RAW, 2))
    openpyxl_io.discard_sheet_files(wb)


def test_raw_rows_read_back_like_openpyxl_cells(tmp_path: Path) -> None:
    """The registry's raw data rows (style ids from ``Cell.style_id``) read back exactly like
    the same rows appended as openpyxl cells: values, types and styles."""
    rows = [
        make_row(1),
        make_row(2, last="=SUM(A1:A2)", address="", phone="+77011234567"),
        make_row(3, address="a < b & c > d\r\nline two", employment=3),
    ]
    meta = ReportMeta(edition="full", generated_at=dt.datetime(2025, 6, 2, 12, 0))

    def workbook(raw: bool) -> Path:
        wb = Workbook(write_only=True)
        sheet = _SheetWriter(wb, "both", meta)
        sheet.write_top()
        if raw:
            openpyxl_io.stream_raw_rows(sheet.ws)
        for i, r in enumerate(rows):
            cells = row_cells(r, "both")
            idx = sheet.first_data_row + i
            sheet.ws.append(sheet.raw(r, cells, idx) if raw else sheet.cells(r, cells))
        out = tmp_path / f"{raw}.xlsx"
        wb.save(out)
        return out

    def read(path: Path) -> list[list[tuple[object, ...]]]:
        ws = load_workbook(path).worksheets[0]
        return [
            [
                (
                    c.value,
                    c.data_type,
                    c.number_format,
                    c.quotePrefix,
                    c.alignment.wrap_text,
                    c.alignment.vertical,
                    c.alignment.horizontal,
                    c.font.b,
                    c.fill.fgColor.rgb,
                )
                for c in row
            ]
            for row in ws.iter_rows()
        ]

    assert read(workbook(True)) == read(workbook(False))


def test_discard_removes_the_temporary_sheet_files() -> None:
    before = _temp_sheet_files()
    wb, ws = _sheet()
    wb.create_sheet("unstarted")  # never appended to: no file, nothing to remove
    ws.append(["x"])
    assert _temp_sheet_files() - before, "the sheet's rows no longer go to a temporary file"
    openpyxl_io.discard_sheet_files(wb)
    assert _temp_sheet_files() <= before


# -- reportlab -----------------------------------------------------------------------------
def _canvas(out: io.BytesIO) -> Canvas:
    return new_canvas(out, (300, 200), invariant=1)


def test_canvas_document() -> None:
    doc = reportlab_io.pdf_document(_canvas(io.BytesIO()))
    assert isinstance(doc, pdfdoc.PDFDocument), "Canvas._doc is no longer the PDFDocument"


def test_finished_page_holds_its_content_as_a_string() -> None:
    c = _canvas(io.BytesIO())
    c.addLiteral("% marker")
    c.showPage()
    page = reportlab_io.last_page(c)
    assert isinstance(page, pdfdoc.PDFPage), "PDFDocument.Pages.pages[-1] is not the page"
    assert isinstance(page.stream, str) and "% marker" in page.stream, "PDFPage.stream changed"
    assert page.Contents is None, "PDFPage.Contents is set before the document is saved"


def _three_pages(spill: bool, streaming: bool) -> bytes:
    out = io.BytesIO()
    c = _canvas(out)
    spiller = reportlab_io.PageSpill() if spill else None
    for n in range(3):
        c.setFont(REGULAR, 10)
        c.drawString(20, 100, f"бет {n + 1} {KAZAKH_LETTERS}")
        c.showPage()
        if spiller is not None:
            spiller.spill_last_page(c)
    if streaming:
        with reportlab_io.streaming_save(out):
            c.save()
    else:
        c.save()
    if spiller is not None:
        spiller.close()
    return out.getvalue()


def test_streaming_save_writes_the_same_file() -> None:
    """The output collector swap: same bytes as ``Canvas.save``, and plain saves after it
    are unchanged (``PDFDocument.format`` calls the module's ``PDFFile``)."""
    plain = _three_pages(spill=False, streaming=False)
    assert _three_pages(spill=False, streaming=True) == plain, "PDFFile / format changed"
    assert pdfdoc.PDFFile is not reportlab_io._ORIGINAL_PDFFILE
    assert _three_pages(spill=False, streaming=False) == plain


def test_spilled_pages_read_back() -> None:
    def texts(pdf: bytes) -> list[str]:
        return [p.extract_text().strip() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]

    spilled = texts(_three_pages(spill=True, streaming=True))
    assert spilled == [f"бет {n} {KAZAKH_LETTERS}" for n in (1, 2, 3)], (
        "a spilled PDFPage.Contents no longer reaches the file"
    )
    assert spilled == texts(_three_pages(spill=False, streaming=False))


def test_subset_codes_stay_as_assigned() -> None:
    """FastText encodes a known character with the code ``TTFont.splitString`` gave it."""
    doc = reportlab_io.pdf_document(_canvas(io.BytesIO()))
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, TTFont)
    line = f"Әбілқайыров {KAZAKH_LETTERS} Иванова 12"
    ((subset, data),) = font.splitString(line, doc)
    assert subset == 0
    singles = [font.splitString(ch, doc) for ch in line]
    assert b"".join(d for ((_, d),) in singles) == data
    assert font.getSubsetInternalName(0, doc).endswith("+0")
