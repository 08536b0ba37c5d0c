"""The statistics' SQL: every figure is aggregated in the database.

Two sources give the same rows. Without a profession, the running counts of
``models.statistics.tables`` (kept by a trigger, a few dozen rows a day) answer; with a
profession, the decisions themselves are counted through indexes that lead with it
(``ix_dec_profession``…, migration 0007). Reviewers within one region are counted from the
decisions too (``ix_dec_region_reviewer``). Receipts: every revision is either decided (its
decision keeps its day of receipt) or is an application's current revision awaiting a
decision, so receipts are the decided revisions by day of receipt plus the open applications.
Conditions that must select a partial index are literal SQL: SQLite uses a partial index only
when the query states its condition in the same words.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    and_,
    case,
    cast,
    func,
    select,
    text,
    type_coerce,
)
from sqlalchemy import String as SqlString
from sqlalchemy.orm import Session

from models.db.entities import Application, Decision, RegistryEntry, Status
from models.statistics.dto import StatsQuery
from models.statistics.tables import DecidedCount, ReasonCount, ReceivedCount, ReviewerCount

D = Decision.__table__.c
A = Application.__table__.c
E = RegistryEntry.__table__.c
TD = DecidedCount.__table__.c
TR = ReviewerCount.__table__.c
TX = ReasonCount.__table__.c
TV = ReceivedCount.__table__.c

REGISTERS = text("kind = 'register'")
OPEN = (Status.SUBMITTED.value, Status.RESUBMITTED.value)
Rows = Sequence[Row[Any]]


def counted(q: StatsQuery) -> bool:
    """Whether the running counts answer ``q`` (they have no profession)."""
    return not q.profession


def _n(cond: ColumnElement[bool]) -> Any:
    """How many rows of the group meet ``cond``."""
    return func.sum(case((cond, 1), else_=0))


def _late() -> ColumnElement[bool]:
    return D.decided_on > D.due_date


def _scope(cols: Any, q: StatsQuery, region: bool = True) -> list[ColumnElement[bool]]:
    """The query's region and profession on a table with those columns."""
    out: list[ColumnElement[bool]] = []
    if q.region and region:
        out.append(cols.region_code == q.region)
    if q.profession and hasattr(cols, "profession_code"):
        out.append(cols.profession_code == q.profession)
    return out


def _in(col: Any, q: StatsQuery) -> ColumnElement[bool]:
    return and_(col >= q.start, col <= q.end)


def _sum(col: Any) -> Any:
    return func.coalesce(func.sum(col), 0)


def decided(s: Session, q: StatsQuery) -> Rows:
    """Decisions of the period: (region, kind, decisions, late, with consent, on a 1st,
    2nd, 3rd+ revision)."""
    if counted(q):
        stmt = (select(TD.region_code, TD.kind, _sum(TD.n), _sum(TD.late), _sum(TD.consent),
                       _sum(TD.rev1), _sum(TD.rev2), _sum(TD.rev3))
                .where(_in(TD.decided_on, q), *_scope(TD, q))
                .group_by(TD.region_code, TD.kind))
    else:  # grouped by day first: in the index's order, so it is grouped as it is read
        stmt = (select(D.region_code, D.kind, func.count(), _n(_late()),
                       _n(D.consent.is_(True)), _n(D.revision == 1), _n(D.revision == 2),
                       _n(D.revision >= 3))
                .where(_in(D.decided_on, q), *_scope(D, q))
                .group_by(D.decided_on, D.region_code, D.kind))
    return s.execute(stmt).all()


def registered_by_day(s: Session, q: StatsQuery) -> Rows:
    """Specialists included in the registry in the period: (day, how many)."""
    if counted(q):
        stmt = (select(TD.decided_on, _sum(TD.n))
                .where(TD.kind == "register", _in(TD.decided_on, q), *_scope(TD, q))
                .group_by(TD.decided_on))
    else:
        stmt = (select(D.decided_on, func.count())
                .where(REGISTERS, _in(D.decided_on, q), *_scope(D, q))
                .group_by(D.decided_on))
    return s.execute(stmt).all()


def _decided_pairs(q: StatsQuery) -> Any:
    """The period's decisions as (login, day of receipt, day of decision, how many, late),
    grouped as they are read (the running counts, or a region's or profession's
    decisions in the order of their indexes)."""
    if counted(q) and not q.region:
        return select(TR.user_login.label("login"), TR.received_on.label("received"),
                      TR.decided_on.label("decided"), TR.n.label("n"),
                      TR.late.label("late")).where(_in(TR.decided_on, q)).subquery()
    return (select(D.user_login.label("login"), D.received_on.label("received"),
                   D.decided_on.label("decided"), func.count().label("n"),
                   _n(_late()).label("late"))
            .where(_in(D.decided_on, q), D.received_on.is_not(None), *_scope(D, q))
            .group_by(D.decided_on, D.user_login, D.received_on).subquery())


def day(value: dt.date | str) -> dt.date:
    """A day as :func:`reviewers` gives it."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def first_receipt(s: Session, q: StatsQuery) -> dt.date | None:
    """The earliest day of receipt among the period's decisions."""
    pairs = _decided_pairs(q)
    value = s.execute(select(func.min(pairs.c.received))).scalar()
    return value if value is None or isinstance(value, dt.date) \
        else dt.date.fromisoformat(str(value))


def reviewers(s: Session, q: StatsQuery) -> Rows:
    """The period's decisions: (login, day of receipt, day of decision, how many, late);
    on SQLite the days come as the ISO text it stores (turning twenty thousand of them
    into dates took longer than the query)."""
    pairs = _decided_pairs(q)
    days: list[Any] = [pairs.c.received, pairs.c.decided]
    if s.get_bind().dialect.name == "sqlite":
        days = [type_coerce(c, SqlString) for c in days]
    return s.execute(select(pairs.c.login, *days, pairs.c.n, pairs.c.late)).all()


def reasons(s: Session, q: StatsQuery) -> list[tuple[str, int]]:
    """Returns and refusals of the period by reason: (code, decisions)."""
    if counted(q):
        stmt = (select(TX.reason_code, _sum(TX.n))
                .where(_in(TX.decided_on, q), *_scope(TX, q)).group_by(TX.reason_code))
        return [(str(code), int(n)) for code, n in s.execute(stmt)]
    # SQLite groups the stored text as the index holds it; PostgreSQL cannot compare JSON
    sqlite = s.get_bind().dialect.name == "sqlite"
    codes = D.reason_codes if sqlite else cast(D.reason_codes, SqlString)
    stmt = (select(codes, func.count())
            .where(text("kind <> 'register'"), _in(D.decided_on, q), *_scope(D, q))
            .group_by(D.decided_on, D.kind, codes))
    out: dict[str, int] = {}
    for raw, n in s.execute(stmt):
        for code in set(json.loads(raw or "[]") if isinstance(raw, str) else raw or ()):
            out[code] = out.get(code, 0) + int(n)
    return sorted(out.items())


def received_decided(s: Session, q: StatsQuery) -> Rows:
    """Decided revisions received in the period: (region, all, revision 2, 3, 4+)."""
    if counted(q):
        stmt = (select(TV.region_code, _sum(TV.n), _sum(TV.rev2), _sum(TV.rev3), _sum(TV.rev4))
                .where(_in(TV.received_on, q), *_scope(TV, q)).group_by(TV.region_code))
    else:
        stmt = (select(D.region_code, func.count(), _n(D.revision == 2), _n(D.revision == 3),
                       _n(D.revision >= 4))
                .where(_in(D.received_on, q), *_scope(D, q))
                .group_by(D.received_on, D.region_code))
    return s.execute(stmt).all()


def received_open(s: Session, q: StatsQuery) -> Rows:
    """Applications awaiting a decision whose revision was received in the period:
    (region, all, revision 2, 3, 4+)."""
    stmt = (select(A.region_code, func.count(), _n(A.revision == 2), _n(A.revision == 3),
                   _n(A.revision >= 4))
            .where(A.status.in_(OPEN), _in(A.received_on, q), *_scope(A, q))
            .group_by(A.region_code))
    return s.execute(stmt).all()


def pending(s: Session, q: StatsQuery, today: dt.date) -> Rows:
    """Applications awaiting a decision now: (region, all, overdue, due today)."""
    stmt = (select(A.region_code, func.count(), _n(A.due_date < today), _n(A.due_date == today))
            .where(A.status.in_(OPEN), *_scope(A, q))
            .group_by(A.region_code))
    return s.execute(stmt).all()


def registered_until(s: Session, q: StatsQuery) -> tuple[int, int]:
    """Specialists registered up to the period's end: (all, with consent)."""
    if counted(q):
        stmt = (select(_sum(TD.n), _sum(TD.consent))
                .where(TD.kind == "register", TD.decided_on <= q.end, *_scope(TD, q)))
    else:
        stmt = (select(func.count(), _n(D.consent.is_(True)))
                .where(REGISTERS, D.decided_on <= q.end, *_scope(D, q)))
    n, consent = s.execute(stmt).one()
    return int(n or 0), int(consent or 0)


def exclusions_until(s: Session, q: StatsQuery) -> Rows:
    """Exclusions from the registry up to the period's end: (day, with consent)."""
    stmt = (select(E.excluded_on, D.consent)
            .select_from(RegistryEntry.__table__)
            .join(Decision.__table__, and_(D.application_id == E.application_id, REGISTERS))
            .where(E.excluded_on.is_not(None), E.excluded_on <= q.end, *_scope(D, q)))
    return s.execute(stmt).all()


def late_decisions(s: Session, q: StatsQuery, limit: int) -> Rows:
    """The newest late decisions of the period with their causes (at most ``limit``)."""
    stmt = (select(A.portal_id, D.region_code, D.user_login, D.kind, D.received_on,
                   D.due_date, D.decided_on, D.late_cause)
            .select_from(Decision.__table__)
            .join(Application.__table__, A.id == D.application_id)
            .where(_in(D.decided_on, q), _late(), *_scope(D, q))
            .order_by(D.decided_on.desc(), D.id.desc()).limit(limit))
    return s.execute(stmt).all()


def months(start: dt.date, end: dt.date) -> Iterable[dt.date]:
    """The first days of the months from ``start``'s to ``end``'s."""
    m = start.replace(day=1)
    while m <= end:
        yield m
        m = (m + dt.timedelta(days=32)).replace(day=1)
