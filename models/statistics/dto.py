"""The figures of the statistics (issue 16) as frozen values, and their JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: the decision kinds as the figures name them (the statuses they lead to)
DECISION_KEYS = {"register": "registered", "return": "returned", "refuse": "refused"}


@dataclass(frozen=True, slots=True)
class StatsQuery:
    """A period of Kazakhstan days (both ends included), optionally one region (KATO) and
    one profession."""

    start: dt.date
    end: dt.date
    region: str | None = None
    profession: str | None = None


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` as a fraction (None when there is no whole)."""
    return part / whole if whole else None


@dataclass(frozen=True, slots=True)
class RegionFigures:
    """One region's line of the table the Center sends to the Ministry."""

    region: str
    received: int
    decided: int
    decided_on_time: int
    pending: int
    overdue_now: int

    @property
    def on_time_share(self) -> float | None:
        return share(self.decided_on_time, self.decided)

    def as_json(self) -> dict[str, Any]:
        return {"region": self.region, "received": self.received, "decided": self.decided,
                "decided_on_time": self.decided_on_time, "on_time_share": self.on_time_share,
                "pending": self.pending, "overdue_now": self.overdue_now}


@dataclass(frozen=True, slots=True)
class ReviewerFigures:
    """One reviewer's decisions in the period."""

    login: str
    decided: int
    decided_on_time: int
    median_days: float | None  # working days from receipt to decision

    @property
    def on_time_share(self) -> float | None:
        return share(self.decided_on_time, self.decided)

    def as_json(self) -> dict[str, Any]:
        return {"login": self.login, "decided": self.decided,
                "decided_on_time": self.decided_on_time, "on_time_share": self.on_time_share,
                "median_working_days": self.median_days}


@dataclass(frozen=True, slots=True)
class LoopFigures:
    """Returns for revision: ``times`` 1, 2 or 3 (three or more). ``returned``: returns made
    in the period that were an application's ``times``-th; ``resubmitted``: applications that
    came back in the period after their ``times``-th return."""

    times: int
    returned: int
    resubmitted: int

    def as_json(self) -> dict[str, Any]:
        return {"times": self.times, "returned": self.returned,
                "resubmitted": self.resubmitted}


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """The registry in one month of the period (``month``: its first day)."""

    month: dt.date
    entries: int  # specialists included
    exclusions: int

    def as_json(self) -> dict[str, Any]:
        return {"month": self.month.strftime("%Y-%m"), "entries": self.entries,
                "exclusions": self.exclusions}


@dataclass(frozen=True, slots=True)
class LateDecision:
    """A decision made after its due date, with the cause the reviewer gave (None: not
    given)."""

    portal_id: str
    region: str
    login: str
    kind: str
    received_on: dt.date
    due_date: dt.date
    decided_on: dt.date
    days_late: int  # working days after the due date
    cause: str | None

    def as_json(self) -> dict[str, Any]:
        return {"portal_id": self.portal_id, "region": self.region, "login": self.login,
                "decision": DECISION_KEYS[self.kind], "received_on": self.received_on.isoformat(),
                "due_date": self.due_date.isoformat(), "decided_on": self.decided_on.isoformat(),
                "working_days_late": self.days_late, "cause": self.cause}


@dataclass(frozen=True)
class Statistics:
    """Everything the statistics show for one query.

    Counts of the period are of decisions made and revisions received within it, by the day
    in Kazakhstan time (a resubmission is a new receipt, p.10); "on time" is by the due date
    of the revision decided; ``pending``, ``overdue_now`` and ``due_today`` are as of
    ``today``; the registry's sizes as of the period's end.
    """

    query: StatsQuery
    today: dt.date
    received: int
    received_resubmitted: int  # of ``received``: revisions after a return
    decided: int
    decided_on_time: int
    pending: int
    overdue_now: int
    due_today: int
    median_days: float | None
    p90_days: float | None
    by_decision: dict[str, int]  # registered / returned / refused
    by_reason: dict[str, int]  # every reason code of the catalog
    by_region: tuple[RegionFigures, ...]
    by_reviewer: tuple[ReviewerFigures, ...]
    loops: tuple[LoopFigures, ...]
    growth: tuple[MonthFigures, ...]
    registry_size: int  # entries in the registry at the period's end
    public_size: int  # of those, with consent to publication (the public edition)
    late: tuple[LateDecision, ...] = ()  # the newest late decisions (at most LATE_LIST)
    days_histogram: dict[int, int] = field(default_factory=dict)  # working days → decisions

    @property
    def decided_late(self) -> int:
        return self.decided - self.decided_on_time

    @property
    def on_time_share(self) -> float | None:
        return share(self.decided_on_time, self.decided)

    def as_json(self) -> dict[str, Any]:
        """The figures under the names ``tizilim stats --json`` prints."""
        q = self.query
        return {
            "from": q.start.isoformat(), "to": q.end.isoformat(), "region": q.region,
            "profession": q.profession, "as_of": self.today.isoformat(),
            "received": self.received, "received_resubmitted": self.received_resubmitted,
            "decided": self.decided, "decided_on_time": self.decided_on_time,
            "decided_late": self.decided_late, "on_time_share": self.on_time_share,
            "pending": self.pending, "overdue_now": self.overdue_now,
            "due_today": self.due_today,
            "median_working_days": self.median_days, "p90_working_days": self.p90_days,
            "by_decision": dict(self.by_decision), "by_reason": dict(self.by_reason),
            "by_region": [r.as_json() for r in self.by_region],
            "by_reviewer": [r.as_json() for r in self.by_reviewer],
            "resubmission_loops": [x.as_json() for x in self.loops],
            "registry": {"by_month": [m.as_json() for m in self.growth],
                         "size": self.registry_size, "public_edition": self.public_size},
            "late_decisions": [x.as_json() for x in self.late],
        }


@dataclass(frozen=True)
class StatsSnapshot:
    """What one file of the statistics prints: the figures, when they were made (Kazakhstan
    local time), the audit log's head right after the file was recorded, and the catalogs
    that name the codes."""

    figures: Statistics
    generated_at: dt.datetime
    audit_head: str
    catalogs: Any  # models.catalogs.Catalogs
