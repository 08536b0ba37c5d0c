"""What the worklist and the review show of an application (frozen DTOs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row

from models.applications.fixes import FixCheck
from models.applications.recommendations import RecommendationInfo
from models.applications.transitions import OPEN_FOR_DECISION
from models.calendar.workdays import utc_now
from models.db.entities import Application, Status
from models.notifications.history import NotificationInfo


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    id: int
    portal_id: str
    status: Status
    revision: int
    received_at: dt.datetime
    due_date: dt.date | None
    overdue: bool
    region: str
    full_name: str
    profession: str
    has_duplicates: bool
    held_by: str | None  # None when nobody holds it or the hold expired
    held_since: dt.datetime | None = None  # UTC, naive: start of the holder's current idle spell

    def as_json(self) -> dict[str, Any]:
        return {
            "portal_id": self.portal_id,
            "status": self.status.value,
            "revision": self.revision,
            "received_at": self.received_at.isoformat() + "Z",
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "overdue": self.overdue,
            "region": self.region,
            "full_name": self.full_name,
            "profession": self.profession,
            "duplicates": self.has_duplicates,
            "held_by": self.held_by,
        }


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    kind: str
    revision: int
    reasons: tuple[str, ...]
    comment: str
    user: str
    decided_at: dt.datetime
    fix_fields: tuple[dict[str, str], ...] = ()  # a return's marked fields, with notes
    letter_number: str = ""  # the outgoing number of its letter
    signer: str = ""  # who signed the letter, and as what
    signer_position: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "revision": self.revision, "reasons": list(self.reasons),
                "comment": self.comment, "user": self.user,
                "time": self.decided_at.isoformat() + "Z",
                "fix_fields": [dict(f) for f in self.fix_fields],
                "letter_number": self.letter_number, "signer": self.signer,
                "signer_position": self.signer_position}


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    number: int
    received_at: dt.datetime
    due_date: dt.date
    data: dict[str, Any]
    created_by: str


@dataclass(frozen=True)
class ApplicationDetail:
    summary: ApplicationSummary
    data: dict[str, Any]  # the current revision as submitted
    decisions: tuple[DecisionInfo, ...]
    revisions: tuple[RevisionInfo, ...]
    registry_number: int | None
    included_on: dt.date | None
    excluded_on: dt.date | None
    duplicates: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    recommendation: RecommendationInfo | None = None  # a clerk's, on the current revision
    version: int | None = None  # the application row's version, for a correction's check
    #: who applied (p.2 2)): ``kind`` specialist | organization, ``name``, ``bin``,
    #: ``licence``, the registered ``phone`` and ``email``, an organisation's
    #: ``consent_to_publish``
    applicant: dict[str, Any] = field(default_factory=dict)
    notifications: tuple[NotificationInfo, ...] = ()  # each decision's, with every attempt
    #: after a resubmission: the fields the last return marked, and whether they changed
    fix_checks: tuple[FixCheck, ...] = ()

    def as_json(self) -> dict[str, Any]:
        out = self.summary.as_json()
        out.update({
            "iin": self.data.get("iin"),
            "data": self.data,
            "decisions": [d.as_json() for d in self.decisions],
            "revisions": [{"number": r.number, "received_at": r.received_at.isoformat() + "Z",
                           "due_date": r.due_date.isoformat()} for r in self.revisions],
            "registry_number": self.registry_number,
            "included_on": self.included_on.isoformat() if self.included_on else None,
            "excluded_on": self.excluded_on.isoformat() if self.excluded_on else None,
            "duplicates": list(self.duplicates),
            "recommendation": self.recommendation.as_json() if self.recommendation else None,
            "applicant": self.applicant,
            "notifications": [n.as_json() for n in self.notifications],
            "fix_checks": [c.as_json() for c in self.fix_checks],
        })
        return out


#: Only what a worklist line shows: loading whole rows (with their JSON records) cost
#: ~0.25 s per 2,000 rows.
SUMMARY_COLUMNS = (
    Application.id, Application.portal_id, Application.status, Application.revision,
    Application.received_at, Application.due_date, Application.region_code,
    Application.last_name, Application.first_name, Application.middle_name,
    Application.profession_code, Application.has_duplicates, Application.held_since,
)


class SummaryRow:
    """A selected row read like an Application by :func:`summary_of`."""

    __slots__ = ("_r",)

    def __init__(self, r: Row[Any]) -> None:
        self._r = r

    def __getattr__(self, name: str) -> Any:
        return getattr(self._r, name)

    @property
    def full_name(self) -> str:
        r = self._r
        return " ".join(p for p in (r.last_name, r.first_name, r.middle_name) if p)


def summary_of(a: Application | SummaryRow, holder: str | None, today: dt.date,
             hold_expiry: dt.timedelta | None = None) -> ApplicationSummary:
    overdue = a.status in OPEN_FOR_DECISION and a.due_date is not None and a.due_date < today
    since = a.held_since if holder else None
    if since is not None and hold_expiry is not None and since + hold_expiry <= utc_now():
        holder = since = None  # the hold expired on its own
    return ApplicationSummary(a.id, a.portal_id, a.status, a.revision, a.received_at,
                              a.due_date, overdue, a.region_code, a.full_name,
                              a.profession_code, a.has_duplicates, holder, since)
