"""Oversight for the National Center (issue 16): timeliness, workload, reasons, the registry.

:meth:`StatisticsService.figures` reads every figure in one read transaction (a snapshot: one
read transaction on SQLite, REPEATABLE READ on PostgreSQL); the database aggregates
(``models.statistics.queries``), this module adds the groups up and turns receipt and
decision days into working days on the Kazakhstan calendar.

Who sees what: an administrator any region; a clerk only their own (asking for another is
refused and audited); a viewer none. Files of the figures are audited
(:meth:`StatisticsService.audited`) and print the audit log's head.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Row
from sqlalchemy.orm import Session

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.overrides import load_calendar
from models.calendar.workdays import WorkCalendar, as_local, today_local, utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import DecisionKind, Role
from models.errors import InvalidInput
from models.people.access import deny, scope_region
from models.registry.service import check_output
from models.statistics import queries as sql
from models.statistics.dto import (
    DECISION_KEYS,
    LateDecision,
    LoopFigures,
    MonthFigures,
    RegionFigures,
    ReviewerFigures,
    Statistics,
    StatsQuery,
    StatsSnapshot,
)

Progress = Callable[[int, int], None]

#: the languages a file of the statistics is printed in (``both``: Kazakh above Russian)
LANGS = ("kk", "ru", "both")


class StatsWriter(Protocol):
    """Writes the statistics into a file (``reports.stats_writer``)."""

    def __call__(self, snapshot: StatsSnapshot, out: Path, lang: str) -> object: ...

Rows = Sequence[Row[Any]]

#: the newest late decisions listed with their causes
LATE_LIST = 500

#: the longest period one query covers (ten years)
MAX_DAYS = 3660

class WorkingDays:
    """Working days between two days, by a running count over the span they fall in."""

    def __init__(self, calendar: WorkCalendar, first: dt.date, last: dt.date) -> None:
        self.first = first
        self.cum: list[int] = []
        n = 0
        for k in range((last - first).days + 1):
            n += calendar.is_working_day(first + dt.timedelta(days=k))
            self.cum.append(n)
        self.calendar = calendar

    def index(self) -> dict[object, int]:
        """The running count of working days up to each day of the span, by the day and by
        its ISO text."""
        out: dict[object, int] = {}
        for k, n in enumerate(self.cum):
            d = self.first + dt.timedelta(days=k)
            out[d] = out[d.isoformat()] = n
        return out

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end] (negative when end is before start)."""
        i, j = (start - self.first).days, (end - self.first).days
        if 0 <= i < len(self.cum) and 0 <= j < len(self.cum):
            return self.cum[j] - self.cum[i]
        return self.calendar.working_days_between(start, end)


def quantile(histogram: dict[int, int], q: float) -> float | None:
    """The ``q`` quantile of values given as value → count, interpolated between the two
    nearest values (as ``statistics.quantiles(method="inclusive")``); None when empty."""
    total = sum(histogram.values())
    if not total:
        return None
    values = sorted(histogram)
    ends, n = [], 0
    for v in values:
        n += histogram[v]
        ends.append(n)  # positions 0..n-1 hold v up to ends[i] - 1

    def at(pos: int) -> int:
        return values[bisect.bisect_right(ends, pos)]

    pos = (total - 1) * q
    lo = int(pos)
    frac = pos - lo
    low = at(lo)
    return float(low) if frac == 0 else low + (at(min(lo + 1, total - 1)) - low) * frac


class StatisticsService:
    """The figures of the statistics screen, ``tizilim stats`` and its files."""

    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def check(self, q: StatsQuery) -> None:
        """Refuse a query that cannot be answered (reversed or too long a period, unknown
        codes) before anything is read."""
        if q.start > q.end:
            raise InvalidInput("stats.period_reversed", start=f"{q.start:%d.%m.%Y}",
                           end=f"{q.end:%d.%m.%Y}")
        if (q.end - q.start).days > MAX_DAYS:
            raise InvalidInput("stats.period_too_long")
        if q.region and q.region not in self.catalogs.items["regions"]:
            raise InvalidInput("registry.unknown_region", code=q.region)
        if q.profession and q.profession not in self.catalogs.items["professions"]:
            raise InvalidInput("registry.unknown_profession", code=q.profession)

    def scoped(self, actor: Actor, q: StatsQuery) -> StatsQuery:
        """``q`` as ``actor`` may see it: a clerk's own region (another is refused and
        audited); a viewer sees no applications (refused and audited)."""
        self.check(q)
        if actor.role is Role.VIEWER or (actor.role is Role.MIO and not actor.region):
            raise deny(self.db, actor, "access.no_applications", "statistics", what="statistics",
                       region=q.region)
        return replace(q, region=scope_region(self.db, actor, q.region, "statistics",
                                              "statistics"))

    def figures(self, actor: Actor, q: StatsQuery, progress: Progress | None = None,
                today: dt.date | None = None) -> Statistics:
        """Every figure for ``q`` as ``actor`` may see it; ``progress(done, total)`` after
        each step. ``today`` (tests): the day "now" is, in Kazakhstan."""
        q = self.scoped(actor, q)
        today = today or today_local()
        with self.db.read() as s:
            if s.get_bind().dialect.name == "postgresql":
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            return self._figures(s, q, today, progress or (lambda _d, _t: None))

    def export(self, actor: Actor, q: StatsQuery, lang: str, out: str | Path,
               write: StatsWriter, fmt: str, progress: Progress | None = None) -> Statistics:
        """The figures of ``q`` written by ``write`` (``reports.stats_writer``) into ``out``
        in ``kk``, ``ru`` or ``both``; audited, with the audit head printed on every page.
        Everything is checked before anything is read, audited or written."""
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
        path = check_output(out)
        stats = self.figures(actor, q, progress)
        head = self.audited(actor, q, fmt)
        write(StatsSnapshot(stats, as_local(utc_now()).replace(microsecond=0), head,
                            self.catalogs), path, lang)
        return stats

    def audited(self, actor: Actor, q: StatsQuery, what: str) -> str:
        """Record that ``actor`` took the figures of ``q`` out as ``what`` (a file format);
        returns the audit log's head to print on it."""
        q = self.scoped(actor, q)
        with self.db.write() as s:
            audit.record(s, actor, "statistics.export", "statistics", "",
                         after={"from": q.start, "to": q.end, "region": q.region,
                                "profession": q.profession, "format": what},
                         region=q.region)
            return audit.current_head(s)

    # -- the figures ---------------------------------------------------------------------------
    def _figures(self, s: Session, q: StatsQuery, today: dt.date,
                 progress: Progress) -> Statistics:
        steps = 6
        decided = sql.decided(s, q)
        registered = sql.registered_by_day(s, q)
        progress(1, steps)
        first = min(sql.first_receipt(s, q) or q.start, q.start)
        days = WorkingDays(load_calendar(s), first, max(q.end, today))
        reviewer_rows = sql.reviewers(s, q)
        progress(2, steps)
        reasons = sql.reasons(s, q)
        received, received_open = sql.received_decided(s, q), sql.received_open(s, q)
        progress(3, steps)
        waiting = sql.pending(s, q, today)
        size, size_public = sql.registered_until(s, q)
        exclusions = sql.exclusions_until(s, q)
        progress(4, steps)
        late_rows = sql.late_decisions(s, q, LATE_LIST)
        progress(5, steps)

        regions = self._regions(decided, received, received_open, waiting)
        reviewers, histogram = self._reviewers(reviewer_rows, days)
        kinds: Counter[str] = Counter()
        loops = [0, 0, 0]  # returns of a 1st, 2nd, 3rd+ revision
        for _region, kind, n, _late, _consent, *revs in decided:
            kinds[DecisionKind(kind).value] += int(n)
            if DecisionKind(kind) is DecisionKind.RETURN:
                for i in range(3):
                    loops[i] += int(revs[i] or 0)
        back = [0, 0, 0]  # revisions 2, 3, 4+ received: after a 1st, 2nd, 3rd+ return
        for rows in (received, received_open):
            for _region, _n, *revs in rows:
                for i in range(3):
                    back[i] += int(revs[i] or 0)
        entries: Counter[dt.date] = Counter()
        for day, n in registered:
            entries[day.replace(day=1)] += int(n)
        excluded: Counter[dt.date] = Counter()
        gone = gone_public = 0
        for day, consent in exclusions:
            gone += 1
            gone_public += bool(consent)
            if day >= q.start:
                excluded[day.replace(day=1)] += 1
        by_reason = {code: 0 for code in self.catalogs.reasons}
        for code, n in reasons:
            by_reason[code] = by_reason.get(code, 0) + n
        progress(6, steps)
        return Statistics(
            query=q, today=today,
            received=sum(r.received for r in regions),
            received_resubmitted=sum(back),
            decided=sum(r.decided for r in regions),
            decided_on_time=sum(r.decided_on_time for r in regions),
            pending=sum(r.pending for r in regions),
            overdue_now=sum(r.overdue_now for r in regions),
            due_today=sum(int(r[3] or 0) for r in waiting),
            median_days=quantile(histogram, 0.5), p90_days=quantile(histogram, 0.9),
            by_decision={DECISION_KEYS[k.value]: kinds[k.value] for k in DecisionKind},
            by_reason=by_reason,
            by_region=tuple(regions),
            by_reviewer=tuple(reviewers),
            loops=tuple(LoopFigures(t, loops[t - 1], back[t - 1]) for t in (1, 2, 3)),
            growth=tuple(MonthFigures(m, entries[m], excluded[m])
                         for m in sql.months(q.start, q.end)),
            registry_size=size - gone, public_size=size_public - gone_public,
            late=tuple(LateDecision(pid, region or "", login, DecisionKind(kind).value,
                                    received_on, due, decided_on,
                                    days.between(due, decided_on), cause)
                       for pid, region, login, kind, received_on, due, decided_on, cause
                       in late_rows),
            days_histogram=dict(sorted(histogram.items())),
        )

    def _regions(self, decided: Rows, received: Rows, received_open: Rows,
                 waiting: Rows) -> list[RegionFigures]:
        """One line per region with anything to show, in the catalog's order."""
        acc: dict[str, list[int]] = {}  # received, decided, on time, pending, overdue

        def row(region: str | None) -> list[int]:
            return acc.setdefault(region or "", [0, 0, 0, 0, 0])

        for region, _kind, n, late, *_rest in decided:
            r = row(region)
            r[1] += int(n)
            r[2] += int(n) - int(late or 0)
        for rows in (received, received_open):
            for region, n, *_revs in rows:
                row(region)[0] += int(n)
        for region, n, overdue, _today in waiting:
            r = row(region)
            r[3] += int(n)
            r[4] += int(overdue or 0)
        order = {code: i for i, code in enumerate(self.catalogs.items["regions"])}
        return [RegionFigures(code, *acc[code])
                for code in sorted(acc, key=lambda c: (order.get(c, len(order)), c))]

    @staticmethod
    def _reviewers(rows: Rows, days: WorkingDays
                   ) -> tuple[list[ReviewerFigures], dict[int, int]]:
        """Each reviewer's decisions, on time and median working days; and the working
        days of every decision as value → count."""
        index = days.index()
        everyone: Counter[int] = Counter()
        per: dict[str, tuple[list[int], Counter[int]]] = {}
        for login, received, decided, n, late in rows:
            mine = per.get(login)
            if mine is None:
                mine = per[login] = ([0, 0], Counter())
            counts, hist = mine
            counts[0] += n
            counts[1] += n - (late or 0)
            if received in index and decided in index:
                lag = index[decided] - index[received]
            else:
                lag = days.between(sql.day(received), sql.day(decided))
            hist[lag] += n
            everyone[lag] += n
        out = [ReviewerFigures(str(login), int(c[0]), int(c[1]), quantile(dict(h), 0.5))
               for login, (c, h) in per.items()]
        out.sort(key=lambda r: (-r.decided, r.login))
        return out, dict(everyone)
