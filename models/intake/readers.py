"""Reading the portal's JSON and the XLSX template into records, with size limits."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from models.catalogs import Catalogs
from models.intake.applicant import XLSX_COLUMNS as APPLICANT_COLUMNS
from models.intake.applicant import from_xlsx_row as applicant_from_row
from models.intake.records import (
    EDU_FIELDS,
    EMP_FIELDS,
    FORMAT_TAG,
    FORMAT_VERSION,
    FileRefused,
    ParsedFile,
    ParsedRecord,
    validate_record,
)
from models.intake.validation import issue

MAX_FILE_BYTES = 256 * 1024 * 1024


MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024


TEMPLATE_GROUPS = 3


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileRefused("import.unreadable", path=path) from exc
    if size > MAX_FILE_BYTES:
        raise FileRefused("import.too_large")
    return path.read_bytes()


def _json_records(path: Path) -> list[object]:
    blob = _read_bytes(path)
    try:
        doc = json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FileRefused("import.bad_json", error=exc.__class__.__name__) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_TAG:
        raise FileRefused("import.wrong_format", format=FORMAT_TAG)
    if doc.get("version") != FORMAT_VERSION:
        raise FileRefused("import.unsupported_version", version=repr(doc.get("version")))
    apps = doc.get("applications")
    if not isinstance(apps, list):
        raise FileRefused("import.no_applications")
    return apps


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

    _read_check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on junk
        raise FileRefused("import.not_excel_error", error=exc.__class__.__name__) from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header: list[Any] = []
        for _ in range(HEADER_ROWS):
            header = list(next(rows, ()))
        keys = [str(k).strip() if k is not None else "" for k in header]
        while keys and not keys[-1]:
            keys.pop()
        base = set(template_columns(0)) - set(APPLICANT_COLUMNS)
        allowed = base | set(APPLICANT_COLUMNS) | \
            {f"education{n}_{f}" for n in range(1, 51) for f in EDU_FIELDS} | \
            {f"employment{n}_{f}" for n in range(1, 51) for f in EMP_FIELDS}
        if not base <= set(keys) or not set(keys) <= allowed:
            raise FileRefused("import.wrong_columns")
        for row in rows:
            if row is None or all(v is None or (isinstance(v, str) and not v.strip())
                                  for v in row):
                continue
            yield _xlsx_row_to_record(keys, row)
    finally:
        wb.close()


def _read_check_zip(path: Path) -> None:
    _read_bytes_size_only(path)
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(i.file_size for i in zf.infolist())
            if total > MAX_XLSX_UNCOMPRESSED:
                raise FileRefused("import.too_large_unpacked")
            if "xl/workbook.xml" not in zf.namelist():
                raise FileRefused("import.not_excel")
    except zipfile.BadZipFile:
        raise FileRefused("import.damaged_excel") from None


def _read_bytes_size_only(path: Path) -> None:
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


def parse_file(path: str | Path, catalogs: Catalogs | None = None,
               progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> ParsedFile:
    """Read and validate a JSON or XLSX file; raises :class:`FileRefused` for a bad file."""
    path = Path(path)
    catalogs = catalogs or Catalogs.shipped()
    kind = detect_kind(path)
    raw = _json_records(path) if kind == "json" else list(_xlsx_records(path))
    now = dt.datetime.now(dt.UTC)
    records: list[ParsedRecord] = []
    seen: set[str] = set()
    for i, item in enumerate(raw, 1):
        if is_cancelled and is_cancelled():
            raise FileRefused("import.cancelled")
        rec = validate_record(i, item, catalogs, now)
        if rec.portal_id and rec.portal_id in seen:
            rec.issues.append(issue("portal_id", "duplicate_in_file"))
            rec.data = None
        seen.add(rec.portal_id)
        records.append(rec)
        if progress and i % 1000 == 0:
            progress(i, len(raw))
    if progress:
        progress(len(raw), len(raw))
    return ParsedFile(str(path), kind, records)
