"""The entry form's values as an import record, and an application's record as form values.

Plain functions (no widgets): the form reads its fields through a ``text(key)`` callable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime

from ui.text import fmt_date

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.errors import Issue

EDU_COLS = ("level", "institution", "start", "end", "document")
EMP_COLS = ("organization", "bin", "position", "start", "end")
#: the columns of each group of rows (education, employment), by the group's key
GROUP_COLS = {"education": EDU_COLS, "employment": EMP_COLS}
_DATE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DIGITS_RE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # ddmmyyyy, typed without dots
_ROW_RE = re.compile(r"^(education|employment)\[(\d+)\]")
#: one record of the import format (JSON)
Record = dict[str, Any]


def kz_now() -> QDateTime:
    """Now on Kazakhstan's clock (the form's times are Kazakhstan time), minute precision."""
    from models.calendar.workdays import KZ_TZ

    return local_minute(dt.datetime.now(KZ_TZ))


def local_minute(moment: dt.datetime) -> QDateTime:
    """``moment`` (already in local time) to the minute, as the form's date-time field."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def py_datetime(q: QDateTime) -> dt.datetime:
    """The form's date-time field's value (local, naive) as Python's."""
    value = q.toPython()
    assert isinstance(value, dt.datetime)
    return value


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """Day, month, year of ``dd.mm.yyyy`` (``d.m.yyyy``) or ``ddmmyyyy``, else None."""
    t = text.strip()
    m = _DATE_RE.match(t) or _DIGITS_RE.match(t)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def parse_date(text: str) -> str | None:
    """dd.mm.yyyy or ddmmyyyy → ISO; empty → None; anything else (not a date: 31.02.1990,
    31021990, "1990") passes through unchanged for the validator to refuse."""
    t = text.strip()
    if not t:
        return None
    parts = _date_parts(t)
    if parts is None:
        return t
    day, month, year = parts
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return t


@dataclass(frozen=True)
class DateProblem:
    """What is wrong with a typed date: ``format`` (not dd.mm.yyyy), ``month`` (no such
    month) or ``day`` (the month has ``days`` days)."""

    kind: str
    days: int = 0


def date_problem(text: str) -> DateProblem | None:
    """None for an empty field or a real date."""
    t = text.strip()
    if not t:
        return None
    parts = _date_parts(t)
    if parts is None:
        return DateProblem("format")
    day, month, year = parts
    if not 1 <= month <= 12:
        return DateProblem("month")
    if year < 1:
        return DateProblem("format")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return DateProblem("day", days)
    return None


def form_record(
    text: Callable[[str], str | None],
    rows: Mapping[str, int],
    received: dt.datetime,
    experience: tuple[int, int],
    consent: bool,
) -> Record:
    """The form as one record of the import format: ``text(key)`` is a field's value,
    ``rows`` the number of education / employment rows, ``received`` local (naive)."""
    from models.calendar.workdays import KZ_TZ

    def group(key: str) -> list[dict[str, str | None]]:
        out = []
        for n in range(1, rows[key] + 1):
            rec = {c: text(f"{key}[{n}].{c}") for c in GROUP_COLS[key]}
            if any(v for v in rec.values()):
                for c in ("start", "end"):
                    rec[c] = parse_date(rec[c] or "")
                out.append(rec)
        return out

    years, months = experience
    return {
        "portal_id": text("portal_id"),
        "received_at": received.replace(tzinfo=KZ_TZ).isoformat(),
        "specialist": {
            "last_name": text("last_name"),
            "first_name": text("first_name"),
            "middle_name": text("middle_name"),
            "iin": text("iin"),
            "birth_date": parse_date(text("birth_date") or ""),
            "phone": text("phone"),
            "email": text("email"),
            "address": {
                "region": text("address.region"),
                "settlement": text("address.settlement"),
                "registration_address": text("address.registration_address"),
            },
            "profession": text("profession"),
            "experience": {"years": years, "months": months},
            "education": group("education"),
            "employment": group("employment"),
            "qualification": {
                "category": text("qualification.category"),
                "assigned_on": parse_date(text("qualification.assigned_on") or ""),
                "commission": text("qualification.commission"),
            },
            "consent_to_publish": consent,
        },
    }


def message_key(issue: Issue) -> str:
    """The field (or row) whose message line shows ``issue``."""
    key = issue.field
    m = _ROW_RE.match(key)
    if m:
        return f"{m[1]}[{m[2]}]"
    if key == "contact" or (key == "phone" and issue.code == "contact_required"):
        return "phone"
    if key == "qualification":
        return "qualification.category"
    if key in ("experience.years", "experience.months"):
        return "experience"
    return key


@dataclass(frozen=True)
class Correction:
    """An undecided application as the form shows it for a correction."""

    portal_id: str
    version: int | None
    received: QDateTime  # local, to the minute
    values: dict[str, object]  # field key → value (codes, text, dates as dd.MM.yyyy)
    rows: dict[str, int]  # education / employment rows to show
    experience: tuple[int, int]  # years, months
    consent: bool


def correction(detail: ApplicationDetail) -> Correction:
    """What the form shows to correct ``detail`` (an undecided application)."""
    from models.calendar.workdays import as_local

    d, s = detail.data, detail.summary
    values: dict[str, object] = {"portal_id": s.portal_id}
    for key in ("last_name", "first_name", "middle_name", "iin", "phone", "email"):
        values[key] = d.get(key)
    values["birth_date"] = fmt_date(d.get("birth_date"))
    values["address.region"] = d.get("region")
    values["address.settlement"] = d.get("settlement")
    values["address.registration_address"] = d.get("registration_address")
    values["profession"] = d.get("profession")
    rows = {}
    for key, cols in GROUP_COLS.items():
        items = d.get(key) or []
        rows[key] = max(1, len(items))
        for n, item in enumerate(items, 1):
            for c in cols:
                v = item.get(c)
                values[f"{key}[{n}].{c}"] = fmt_date(v) if c in ("start", "end") else v
    q = d.get("qualification") or {}
    values["qualification.category"] = q.get("category")
    values["qualification.assigned_on"] = fmt_date(q.get("assigned_on"))
    values["qualification.commission"] = q.get("commission")
    exp = d.get("experience") or {}
    return Correction(
        portal_id=s.portal_id,
        version=detail.version,
        received=local_minute(as_local(s.received_at)),
        values=values,
        rows=rows,
        experience=(int(exp.get("years") or 0), int(exp.get("months") or 0)),
        consent=bool(d.get("consent_to_publish")),
    )
