"""Parsed import records and the import file's format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from models.calendar.workdays import KZ_TZ, local_day
from models.catalogs import Catalogs
from models.errors import DomainError, Issue
from models.intake.applicant import validate_applicant
from models.intake.limits import scan
from models.intake.validation import issue, validate_portal_id, validate_specialist

FORMAT_TAG = "tizilim.applications"


FORMAT_VERSION = 1


EDU_FIELDS = ("level", "institution", "start", "end", "document")


EMP_FIELDS = ("organization", "bin", "position", "start", "end")


class FileRefused(DomainError):
    """The file is not what it claims to be; nothing was written."""


@dataclass
class ParsedRecord:
    index: int  # 1-based record number in the file
    portal_id: str
    received_at: dt.datetime | None
    data: dict[str, Any] | None  # None when rejected
    issues: list[Issue] = field(default_factory=list)
    name: str = ""  # the name as written in the file (shown for a rejected record too)

    @property
    def ok(self) -> bool:
        return self.data is not None and self.received_at is not None

    @property
    def full_name(self) -> str:
        if not self.data:
            return self.name
        return " ".join(p for p in (self.data["last_name"], self.data["first_name"],
                                    self.data["middle_name"]) if p)

    def light(self) -> ParsedRecord:
        """This record without its data, for a preview of a big file (``ok`` and the name
        are kept; an accepted record's data is read again when it is imported)."""
        return ParsedRecord(self.index, self.portal_id, self.received_at,
                            {} if self.ok else None, self.issues, self.full_name)


def written_name(raw: dict[str, Any]) -> str:
    """The specialist's name as the file writes it, whatever else is wrong (bounded)."""
    spec = raw.get("specialist")
    if not isinstance(spec, dict):
        return ""
    parts = (spec.get(k) for k in ("last_name", "first_name", "middle_name"))
    text = " ".join(" ".join(p.split()) for p in parts if isinstance(p, str) and p.strip())
    return "".join(c for c in text if c.isprintable())[:200]


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


#: a moment of receipt outside these years is refused (it could not be stored, or a deadline
#: counted from it would run past the calendar's end)
RECEIVED_YEARS = (2000, 2100)


def parse_received_at(value: object) -> dt.datetime | None:
    """An aware moment of receipt (naive = Kazakhstan time); None when it is not one."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(9, 0))
    elif isinstance(value, str) and len(value) <= 64:
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=KZ_TZ)


def _received_issue(received: dt.datetime | None, now: dt.datetime) -> Issue | None:
    if received is None:
        return issue("received_at", "datetime_format")
    if not RECEIVED_YEARS[0] <= received.year <= RECEIVED_YEARS[1]:
        return issue("received_at", "date_range")
    if received > now + dt.timedelta(minutes=5):
        return issue("received_at", "received_future")
    return None


def validate_record(index: int, raw: object, catalogs: Catalogs,
                    now: dt.datetime | None = None, *, paper: bool = False) -> ParsedRecord:
    """One application object of the import format, validated. ``paper``: typed in from a
    paper application, whose portal number may be empty (the office numbers it on saving)."""
    if not isinstance(raw, dict):
        return ParsedRecord(index, "", None, None, [issue("application", "not_object")])
    portal_id = raw.get("portal_id")
    pid = portal_id if isinstance(portal_id, str) and len(portal_id) <= 40 \
        and portal_id.isprintable() else ""
    limits = scan(raw)  # text no database can store, records beyond the limits
    if limits:
        return ParsedRecord(index, pid, None, None, limits, written_name(raw))
    issues: list[Issue] = []
    pid_issue = None if paper and portal_id in (None, "") else validate_portal_id(portal_id)
    if pid_issue:
        issues.append(pid_issue)
    received = parse_received_at(raw.get("received_at"))
    now = now or dt.datetime.now(dt.UTC)
    bad_time = _received_issue(received, now)
    if bad_time is not None:
        issues.append(bad_time)
        received = None
    received_on = local_day(received) if received else local_day(now)
    data, spec_issues = validate_specialist(raw.get("specialist"), catalogs, received_on)
    issues.extend(spec_issues)
    applicant, applicant_issues = validate_applicant(raw.get("applicant"), data)
    issues.extend(applicant_issues)
    if data is not None and applicant is not None and raw.get("applicant") is not None:
        data["applicant"] = applicant  # without one, the specialist applies (kept as sent)
    has_error = any(i.severity == "error" for i in issues)
    return ParsedRecord(index, portal_id if isinstance(portal_id, str) else "",
                        received, None if has_error else data, issues, written_name(raw))
