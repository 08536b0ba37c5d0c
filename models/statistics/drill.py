"""The applications behind one figure of the statistics, for the worklist to list.

The worklist's own filter knows an application's current state (status, current region,
day of receipt of its current revision). A figure of the statistics is about events: the
decisions made in a period (of a kind, with a reason, late, by a reviewer, a first or later
return) or the revisions received in it. :class:`Drill` names such a set;
``WorklistFilter.drill`` narrows the worklist to the applications it holds, so clicking a
bar lists exactly the applications counted there (an application with two such events in
the period is listed once).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, cast, or_, select, text
from sqlalchemy import String as SqlString

from models.db.entities import Application, Decision, DecisionKind, Status

D = Decision.__table__.c
A = Application.__table__.c


@dataclass(frozen=True)
class Drill:
    """``event`` ``"decided"`` or ``"received"`` within ``start``–``end`` (Kazakhstan days),
    in ``region`` and of ``profession`` when given. Decisions may be narrowed to a ``kind``,
    a ``reason`` code, ``late`` (True: late only, False: on time only) and a reviewer's
    ``login``; ``times`` is the return's ordinal (1, 2, 3 = third or later) for returns, or
    for receipts the return the revision answers (1: the second revision…; 0: first
    revisions only)."""

    event: str
    start: dt.date
    end: dt.date
    region: str | None = None
    profession: str | None = None
    kind: str | None = None
    reason: str | None = None
    late: bool | None = None
    login: str | None = None
    times: int | None = None


def _revision(col: ColumnElement[int], first: int, times: int) -> ColumnElement[bool]:
    """``col`` is revision ``first + times`` (``times`` 3: that or later)."""
    return col >= first + times if times >= 3 else col == first + times


def _where(cols: Any, d: Drill) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if d.region:
        out.append(cols.region_code == d.region)
    if d.profession:
        out.append(cols.profession_code == d.profession)
    return out


def drill_ids(d: Drill) -> Select[Any] | CompoundSelect[Any]:
    """The ids of the applications in ``d``."""
    if d.event == "received":
        decided = [D.received_on >= d.start, D.received_on <= d.end, *_where(D, d)]
        waiting = [A.status.in_((Status.SUBMITTED, Status.RESUBMITTED)),
                   A.received_on >= d.start, A.received_on <= d.end, *_where(A, d)]
        if d.times is not None:
            decided.append(_revision(D.revision, 1, d.times))
            waiting.append(_revision(A.revision, 1, d.times))
        return (select(D.application_id).where(*decided)
                .union(select(A.id).where(*waiting)))
    if d.event != "decided":
        raise ValueError(f"event must be 'decided' or 'received', not {d.event!r}")
    cond = [D.decided_on >= d.start, D.decided_on <= d.end, *_where(D, d)]
    if d.kind:
        cond.append(D.kind == DecisionKind(d.kind))
    if d.reason:
        quoted = '%"' + d.reason.replace("\\", "\\\\").replace("%", "\\%") \
            .replace("_", "\\_") + '"%'
        cond.append(cast(D.reason_codes, SqlString).like(quoted, escape="\\"))
    if d.late is True:
        cond.append(D.decided_on > D.due_date)
    elif d.late is False:
        cond.append(or_(D.due_date.is_(None), D.decided_on <= D.due_date))
    if d.login:
        cond.append(D.user_login == d.login)
    if d.times is not None:
        cond.append(and_(text("kind = 'return'"), _revision(D.revision, 0, d.times)))
    return select(D.application_id).where(*cond)
