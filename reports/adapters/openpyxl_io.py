"""openpyxl internals used by the registry workbook; written and tested against openpyxl
3.1.5 with et_xmlfile 2.0.0 (and without lxml).

Why: a write-only sheet builds a ``Cell`` and an XML element per value and serialises each
on its own. Measured at 10,000 entries, the public way (a styled ``WriteOnlyCell`` per
value) takes 3.6× the CPU time of rows rendered as SpreadsheetML by
``reports.registry_xlsx`` and written here as they are.

What this module relies on (``tests/reports/test_adapters.py`` checks each):

* ``WriteOnlyWorksheet`` lives in ``openpyxl.worksheet._write_only``;
* ``WriteOnlyWorksheet.append`` passes each row through ``ws._values_to_row(row, row_idx)``
  and then ``ws._writer.write_row(xf, row, row_idx)`` (``_writer``: the sheet's
  ``WorksheetWriter``, made at the first ``append``); both are looked up on the instances
  for every row, so instance attributes replace them;
* ``xf`` is et_xmlfile's incremental writer (``openpyxl.LXML`` is false), whose ``_file``
  writes a string into the sheet's XML unescaped;
* ``Cell.style_id`` is the cell's index in the workbook's ``cellXfs`` (the ``s`` attribute);
* ``WorksheetWriter.cleanup()`` removes the sheet's temporary file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import Protocol, cast

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = [
    "ET_XMLFILE_VERSION",
    "OPENPYXL_VERSION",
    "RawRow",
    "WriteOnlyWorksheet",
    "discard_sheet_files",
    "stream_raw_rows",
]

#: The versions this module was tested with (pinned in pyproject.toml).
OPENPYXL_VERSION = "3.1.5"
ET_XMLFILE_VERSION = "2.0.0"


class _XmlStream(Protocol):
    def _file(self, text: str) -> None: ...


class _SheetWriter(Protocol):
    write_row: Callable[[_XmlStream, Iterable[object], int], None]

    def cleanup(self) -> None: ...


class _WriteOnlyInternals(Protocol):
    _writer: _SheetWriter | None
    _values_to_row: Callable[[Iterable[object], int], Iterable[object]]


class RawRow(list[object]):
    """Sheet row ``row_idx`` already rendered as a SpreadsheetML ``<row>`` element.

    An (empty) list, because ``WriteOnlyWorksheet.append`` only takes sequences.
    """

    def __init__(self, xml: str, row_idx: int) -> None:
        super().__init__()
        self.xml = xml
        self.row_idx = row_idx


def stream_raw_rows(ws: WriteOnlyWorksheet) -> None:
    """From now on, ``ws.append(RawRow(...))`` writes the row's XML as it is.

    Other rows still go through openpyxl. Call after the first ``append`` (the sheet's
    writer exists from then on).
    """
    sheet = cast(_WriteOnlyInternals, ws)
    writer = sheet._writer
    if writer is None:
        raise RuntimeError("append a row through openpyxl before streaming raw rows")
    to_row = sheet._values_to_row
    write_row = writer.write_row

    def values_to_row(values: Iterable[object], row_idx: int) -> Iterable[object]:
        return values if isinstance(values, RawRow) else to_row(values, row_idx)

    def write(xf: _XmlStream, row: Iterable[object], row_idx: int) -> None:
        if isinstance(row, RawRow):
            if row.row_idx != row_idx:
                raise RuntimeError(f"row {row.row_idx} rendered for sheet row {row_idx}")
            xf._file(row.xml)
        else:
            write_row(xf, row, row_idx)

    sheet._values_to_row = values_to_row
    writer.write_row = write


def discard_sheet_files(wb: Workbook) -> None:
    """Close ``wb``'s started write-only sheets and remove their temporary files (after a
    failed or cancelled build); errors on the way are ignored."""
    for ws in wb.worksheets:
        writer = cast(_WriteOnlyInternals, ws)._writer
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            ws.close()  # ends the open row generator, so nothing writes to a closed file later
        with contextlib.suppress(Exception):
            writer.cleanup()
