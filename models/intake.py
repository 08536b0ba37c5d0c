"""Import of applications from the portal's JSON export or the XLSX template.

Two steps, so a screen can preview before anything is written: :func:`parse_file` reads and
validates without touching the database; :meth:`ImportService.import_parsed` writes the valid
records in one transaction (existing portal ids are skipped, so a second import adds nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from models.access import deny
from models.actor import Actor
from models.applications import (
    NewApplication,
    existing_portal_ids,
    load_calendar,
    receive_many,
    require_region,
    with_retries,
)
from models.catalogs import Catalogs
from models.db import Database
from models.entities import Role
from models.errors import Conflict, DomainError
from models.validation import Issue, issue, validate_portal_id, validate_specialist
from models.workcalendar import KZ_TZ, local_day

log = logging.getLogger(__name__)

FORMAT_TAG = "tizilim.applications"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_XLSX_UNCOMPRESSED = 1024 * 1024 * 1024
EDU_FIELDS = ("level", "institution", "start", "end", "document")
EMP_FIELDS = ("organization", "bin", "position", "start", "end")
TEMPLATE_GROUPS = 3


class FileRefused(DomainError):
    """The file is not what it claims to be; nothing was written."""


# --- records ---------------------------------------------------------------------------------


@dataclass
class ParsedRecord:
    index: int  # 1-based record number in the file
    portal_id: str
    received_at: dt.datetime | None
    data: dict[str, Any] | None  # None when rejected
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.data is not None and self.received_at is not None

    @property
    def full_name(self) -> str:
        if not self.data:
            return ""
        return " ".join(p for p in (self.data["last_name"], self.data["first_name"],
                                    self.data["middle_name"]) if p)


@dataclass
class ParsedFile:
    path: str
    kind: str  # json | xlsx
    records: list[ParsedRecord]

    @property
    def accepted(self) -> list[ParsedRecord]:
        return [r for r in self.records if r.ok]

    @property
    def rejected(self) -> list[ParsedRecord]:
        return [r for r in self.records if not r.ok]


@dataclass
class ImportReport:
    total: int
    imported: int
    already_present: int
    rejected: list[ParsedRecord]

    @property
    def exit_code(self) -> int:
        return 3 if self.rejected else 0


def _refuse(ru: str, kk: str) -> FileRefused:
    return FileRefused(ru, kk)


def parse_received_at(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=KZ_TZ)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(9, 0), KZ_TZ)
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=KZ_TZ)


def validate_record(index: int, raw: Any, catalogs: Catalogs,
                    now: dt.datetime | None = None) -> ParsedRecord:
    """One application object of the import format, validated."""
    if not isinstance(raw, dict):
        return ParsedRecord(index, "", None, None, [issue("application", "not_object")])
    portal_id = raw.get("portal_id")
    issues: list[Issue] = []
    pid_issue = validate_portal_id(portal_id)
    if pid_issue:
        issues.append(pid_issue)
    received = parse_received_at(raw.get("received_at"))
    now = now or dt.datetime.now(dt.UTC)
    if received is None:
        issues.append(issue("received_at", "datetime_format"))
    elif received > now + dt.timedelta(minutes=5):
        issues.append(issue("received_at", "date_future"))
    received_on = local_day(received) if received else local_day(now)
    data, spec_issues = validate_specialist(raw.get("specialist"), catalogs, received_on)
    issues.extend(spec_issues)
    has_error = any(i.severity == "error" for i in issues)
    return ParsedRecord(index, portal_id if isinstance(portal_id, str) else "",
                        received, None if has_error else data, issues)


# --- JSON -------------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(f"Файл не найден или недоступен: {path}",
                      f"Файл табылмады немесе қолжетімсіз: {path}") from exc
    if size > MAX_FILE_BYTES:
        raise _refuse("Файл слишком большой для импорта", "Импорт үшін файл тым үлкен")
    return path.read_bytes()


def _json_records(path: Path) -> list[Any]:
    blob = _read_bytes(path)
    try:
        doc = json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _refuse(f"Файл не является корректным JSON ({exc.__class__.__name__})",
                      f"Файл дұрыс JSON емес ({exc.__class__.__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_TAG:
        raise _refuse(f"Неверный формат файла: ожидается «{FORMAT_TAG}»",
                      f"Файл форматы қате: «{FORMAT_TAG}» күтіледі")
    if doc.get("version") != FORMAT_VERSION:
        raise _refuse(f"Неподдерживаемая версия формата: {doc.get('version')!r}",
                      f"Формат нұсқасына қолдау жоқ: {doc.get('version')!r}")
    apps = doc.get("applications")
    if not isinstance(apps, list):
        raise _refuse("В файле нет списка «applications»",
                      "Файлда «applications» тізімі жоқ")
    return apps


# --- XLSX ------------------------------------------------------------------------------------


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
    return cols


def _xlsx_value(v: Any) -> Any:
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _date_value(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _xlsx_row_to_record(keys: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
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
    return {
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
        raise _refuse(f"Файл не является книгой Excel ({exc.__class__.__name__})",
                      f"Файл Excel кітабы емес ({exc.__class__.__name__})") from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header: list[Any] = []
        for _ in range(HEADER_ROWS):
            header = list(next(rows, ()))
        keys = [str(k).strip() if k is not None else "" for k in header]
        while keys and not keys[-1]:
            keys.pop()
        base = set(template_columns(0))
        allowed = base | {f"education{n}_{f}" for n in range(1, 51) for f in EDU_FIELDS} | \
            {f"employment{n}_{f}" for n in range(1, 51) for f in EMP_FIELDS}
        if not base <= set(keys) or not set(keys) <= allowed:
            raise _refuse("Столбцы файла не совпадают с шаблоном (tizilim template)",
                          "Файл бағандары үлгіге сәйкес келмейді (tizilim template)")
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
                raise _refuse("Файл слишком большой после распаковки",
                              "Файл ашылғаннан кейін тым үлкен")
            if "xl/workbook.xml" not in zf.namelist():
                raise _refuse("Файл не является книгой Excel", "Файл Excel кітабы емес")
    except zipfile.BadZipFile:
        raise _refuse("Файл не является книгой Excel (повреждён или обрезан)",
                      "Файл Excel кітабы емес (бүлінген немесе қысқартылған)") from None


def _read_bytes_size_only(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(f"Файл не найден или недоступен: {path}",
                      f"Файл табылмады немесе қолжетімсіз: {path}") from exc
    if size > MAX_FILE_BYTES:
        raise _refuse("Файл слишком большой для импорта", "Импорт үшін файл тым үлкен")


def detect_kind(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise _refuse(f"Файл не найден или недоступен: {path}",
                      f"Файл табылмады немесе қолжетімсіз: {path}") from exc
    if head.startswith(b"PK"):
        return "xlsx"
    if path.suffix.lower() == ".xlsx":
        raise _refuse("Файл не является книгой Excel", "Файл Excel кітабы емес")
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
            raise _refuse("Импорт отменён", "Импорт тоқтатылды")
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


class ImportService:
    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def import_parsed(self, actor: Actor, parsed: ParsedFile,
                      progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Write every accepted record in one transaction; existing portal ids are skipped."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "Импорт недоступен для этой роли",
                       "Бұл рөл үшін импорт қолжетімсіз", "import", Path(parsed.path).name,
                       what="import")
        accepted = parsed.accepted
        rejected = list(parsed.rejected)
        if actor.role is Role.MIO:
            mine = []
            for r in accepted:
                assert r.data is not None
                if r.data["region"] != actor.region:
                    r.issues.append(issue("address.region", "foreign_region"))
                    rejected.append(r)
                else:
                    mine.append(r)
            accepted = mine

        def write() -> list[NewApplication]:
            with self.db.write() as s:
                present = existing_portal_ids(s, [r.portal_id for r in accepted])
                new = [NewApplication(r.portal_id, r.received_at, r.data)  # type: ignore[arg-type]
                       for r in accepted if r.portal_id not in present]
                for n in new:
                    require_region(actor, n.data["region"], what=n.portal_id)
                receive_many(s, actor, new, load_calendar(s), progress=progress)
                return new

        new = self._write_once(write)
        rejected.sort(key=lambda r: r.index)
        return ImportReport(len(parsed.records), len(new), len(accepted) - len(new), rejected)

    @staticmethod
    def _write_once(write: Callable[[], list[NewApplication]]) -> list[NewApplication]:
        """Run the import transaction; serialization failures and deadlocks are retried.

        Another import committing the same portal ids first (PostgreSQL: a unique violation
        once it commits) costs one more try, which finds them present and skips them; a
        second clash is reported as a :class:`Conflict`, never as a raw database error.
        """
        for attempt in range(2):
            try:
                return with_retries(write)
            except IntegrityError as exc:
                if "portal_id" not in str(exc.orig):
                    raise
                log.info("import clashed with another import on a portal id (try %d)",
                         attempt + 1)
        raise Conflict("Эти заявки одновременно импортирует другой пользователь; ничего не "
                       "сохранено, повторите импорт",
                       "Бұл өтінімдерді бір мезетте басқа пайдаланушы импорттауда; ештеңе "
                       "сақталмады, импортты қайталаңыз")

    def import_file(self, actor: Actor, path: str | Path,
                    progress: Callable[[int, int], None] | None = None) -> ImportReport:
        return self.import_parsed(actor, parse_file(path, self.catalogs), progress)


def write_rejection_report(rejected: list[ParsedRecord], out: str | Path) -> None:
    """An XLSX with one line per problem: record, portal id, field, message (ru, kk)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rejected")
    ws.append(["№ записи / жазба №", "portal_id", "поле / өріс", "сообщение", "хабарлама"])
    for r in rejected:
        for i in r.issues or [Issue("", "", "", "")]:
            if i.severity != "error":
                continue
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

    from models.import_headings import heading

    wb = Workbook()
    ws = wb.active
    ws.title = "applications"
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
