"""Reading the portal's JSON and the XLSX template into records, streamed and bounded.

Records are read, validated and handed on one at a time (:func:`iter_records`), so an import
holds one record and the rejected ones, never the file. The limits are in
:mod:`models.intake.limits`; a bad file is a :class:`FileRefused` naming the place.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from models.catalogs import Catalogs
from models.intake.applicant import XLSX_COLUMNS as APPLICANT_COLUMNS
from models.intake.applicant import from_xlsx_row as applicant_from_row
from models.intake.jsonstream import iter_json
from models.intake.limits import (
    MAX_FILE_BYTES,
    MAX_RECORDS,
    MAX_XLSX_SHARED_STRINGS,
    MAX_XLSX_UNCOMPRESSED,
)
from models.intake.records import (
    EDU_FIELDS,
    EMP_FIELDS,
    FileRefused,
    ParsedFile,
    ParsedRecord,
    validate_record,
)
from models.intake.validation import issue

TEMPLATE_GROUPS = 3


def template_columns(groups: int = TEMPLATE_GROUPS) -> list[str]:
    """The machine keys of the XLSX template's columns, in order."""
    cols = ["portal_id", "received_at", "last_name", "first_name", "middle_name", "iin",
            "birth_date", "phone", "email", "region", "settlement", "registration_address",
            "profession", "experience_years", "experience_months"]
    for n in range(1, groups + 1):
        cols += [f"education{n}_{f}" for f in EDU_FIELDS]
    for n in range(1, groups + 1):
        cols += [f"employment{n}_{f}" for f in EMP_FIELDS]
    cols += ["category", "category_assigned_on", "commission", "consent_to_publish"]
    return cols + list(APPLICANT_COLUMNS)  # optional: without them the specialist applies


def _xlsx_value(v: object) -> object:
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _date_value(v: object) -> object:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _xlsx_row_to_record(keys: list[str], row: tuple[object, ...]) -> dict[str, Any]:
    r = {k: _xlsx_value(v) for k, v in zip(keys, row, strict=False)}

    def group(prefix: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
        out = []
        n = 1
        while any(f"{prefix}{n}_{f}" in r for f in fields):
            rec = {f: r.get(f"{prefix}{n}_{f}") for f in fields}
            if any(v is not None for v in rec.values()):
                for f in ("start", "end"):
                    rec[f] = _date_value(rec[f])
                out.append(rec)
            n += 1
        return out

    consent = r.get("consent_to_publish")
    if isinstance(consent, str):
        consent = {"да": True, "иә": True, "yes": True, "true": True, "1": True,
                   "нет": False, "жоқ": False, "no": False, "false": False, "0": False,
                   }.get(consent.casefold(), consent)
    elif isinstance(consent, int | float) and not isinstance(consent, bool):
        consent = bool(consent)
    elif consent is None:
        consent = False
    received = r.get("received_at")
    applicant = applicant_from_row(r)
    return {
        **({"applicant": applicant} if applicant is not None else {}),
        "portal_id": str(r["portal_id"]) if r.get("portal_id") is not None else None,
        "received_at": received.isoformat() if isinstance(received, dt.datetime) else received,
        "specialist": {
            "last_name": r.get("last_name"), "first_name": r.get("first_name"),
            "middle_name": r.get("middle_name"),
            "iin": str(r["iin"]) if r.get("iin") is not None else None,
            "birth_date": _date_value(r.get("birth_date")),
            "phone": str(r["phone"]) if r.get("phone") is not None else None,
            "email": r.get("email"),
            "address": {"region": r.get("region"), "settlement": r.get("settlement"),
                        "registration_address": r.get("registration_address")},
            "profession": r.get("profession"),
            "experience": {"years": r.get("experience_years") or 0,
                           "months": r.get("experience_months") or 0},
            "education": group("education", EDU_FIELDS),
            "employment": [dict(e, bin=str(e["bin"]) if e.get("bin") is not None else None)
                           for e in group("employment", EMP_FIELDS)],
            "qualification": {"category": r.get("category"),
                              "assigned_on": _date_value(r.get("category_assigned_on")),
                              "commission": r.get("commission")},
            "consent_to_publish": consent,
        },
    }


HEADER_ROWS = 3  # Kazakh headings, Russian headings, machine keys


def _xlsx_records(path: Path) -> Iterator[dict[str, Any]]:
    from openpyxl import load_workbook

    _check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileRefused:
        raise
    except Exception as exc:  # openpyxl raises many kinds on junk
        raise FileRefused("import.not_excel_error", error=exc.__class__.__name__) from None
    try:
        if not wb.worksheets:
            raise FileRefused("import.no_sheet")
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # never trust the declared <dimension>: read every row
        line = 0
        try:
            rows = ws.iter_rows(values_only=True)
            header: list[Any] = []
            for _ in range(HEADER_ROWS):
                header = list(next(rows, ()))
                line += 1
            keys = [str(k).strip() if k is not None else "" for k in header]
            while keys and not keys[-1]:
                keys.pop()
            base = set(template_columns(0)) - set(APPLICANT_COLUMNS)
            allowed = base | set(APPLICANT_COLUMNS) \
                | {f"education{n}_{f}" for n in range(1, 51) for f in EDU_FIELDS} \
                | {f"employment{n}_{f}" for n in range(1, 51) for f in EMP_FIELDS}
            if not base <= set(keys) or not set(keys) <= allowed:
                raise FileRefused("import.wrong_columns")
            for row in rows:
                line += 1
                if row is None or all(v is None or (isinstance(v, str) and not v.strip())
                                      for v in row):
                    continue
                yield _xlsx_row_to_record(keys, row)
        except (SyntaxError, ValueError, OverflowError, KeyError, EOFError, zlib.error,
                zipfile.BadZipFile) as exc:  # a damaged or cut-off sheet
            where = f"{ws.title}, row {line + 1}"
            pos = getattr(exc, "position", None)
            if isinstance(exc, SyntaxError) and pos:
                where += f", XML line {pos[0]}"
            raise FileRefused("import.damaged_sheet", place=where) from None
    finally:
        wb.close()


def _check_zip(path: Path) -> None:
    """The workbook's parts: sizes within the limits, no XML entity declarations."""
    _size_checked(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise FileRefused("import.not_excel")
            if sum(i.file_size for i in infos) > MAX_XLSX_UNCOMPRESSED or any(
                    i.filename.endswith("sharedStrings.xml")
                    and i.file_size > MAX_XLSX_SHARED_STRINGS for i in infos):
                raise FileRefused("import.too_large_unpacked")
            for i in infos:
                if i.filename.endswith((".xml", ".rels")) and _declares_entities(zf, i):
                    raise FileRefused("import.xml_entities", place=i.filename)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise FileRefused("import.damaged_excel") from None


def _declares_entities(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Does the part have a document type declaration (where entities are declared) before
    its first element? Only the prolog is read."""
    with zf.open(info) as fh:
        head = b""
        while len(head) < 1 << 20:
            block = fh.read(4096)
            if not block:
                break
            head += block
            start = _first_element(head)
            if start is not None:
                head = head[:start]
                break
        return b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper()


def _first_element(text: bytes) -> int | None:
    i = text.find(b"<")
    while i != -1 and i + 1 < len(text):
        if text[i + 1:i + 2] not in (b"?", b"!"):
            return i
        i = text.find(b"<", i + 1)
    return None


def _size_checked(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileRefused("import.unreadable", path=path) from exc
    if size > MAX_FILE_BYTES:
        raise FileRefused("import.too_large")


def detect_kind(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise FileRefused("import.unreadable", path=path) from exc
    if head.startswith(b"PK"):
        return "xlsx"
    if path.suffix.lower() == ".xlsx":
        raise FileRefused("import.not_excel")
    return "json"


def iter_raw(path: Path) -> tuple[str, Iterator[object]]:
    """The kind of file and its raw records (JSON objects, or XLSX rows as objects)."""
    kind = detect_kind(path)
    if kind == "json":
        _size_checked(path)
        return kind, iter_json(path)
    return kind, _counted(_xlsx_records(path))


def _counted(rows: Iterator[dict[str, Any]]) -> Iterator[object]:
    for n, row in enumerate(rows, 1):
        if n > MAX_RECORDS:
            raise FileRefused("import.too_many_records", max=MAX_RECORDS)
        yield row


def iter_records(path: str | Path, catalogs: Catalogs | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> Iterator[ParsedRecord]:
    """Read and validate the file's records one by one (raises :class:`FileRefused` for a
    bad file, possibly after some records were yielded: a caller writes in one transaction)."""
    path = Path(path)
    catalogs = catalogs or Catalogs.shipped()
    _kind, raw = iter_raw(path)
    now = dt.datetime.now(dt.UTC)
    seen: set[str] = set()
    for i, item in enumerate(raw, 1):
        if is_cancelled and is_cancelled():
            raise FileRefused("import.cancelled")
        rec = validate_record(i, item, catalogs, now)
        if rec.portal_id and rec.portal_id in seen:
            rec.issues.append(issue("portal_id", "duplicate_in_file"))
            rec.data = None
        seen.add(rec.portal_id)
        yield rec


def parse_file(path: str | Path, catalogs: Catalogs | None = None,
               progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None,
               light: bool = False) -> ParsedFile:
    """Read and validate a JSON or XLSX file; raises :class:`FileRefused` for a bad file.
    ``light``: keep each record without its data (a preview: the import streams the file
    again, :meth:`~models.intake.service.ImportService.import_file`)."""
    path = Path(path)
    kind = detect_kind(path)
    records: list[ParsedRecord] = []
    for rec in iter_records(path, catalogs, is_cancelled):
        records.append(rec.light() if light else rec)
        if progress and rec.index % 1000 == 0:
            progress(rec.index, rec.index)
    if progress:
        progress(len(records), len(records))
    return ParsedFile(str(path), kind, records)
