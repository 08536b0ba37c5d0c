"""Worklist sorted by who holds an application and by duplicates: the exact order, every
window of it, the far half read backwards, and the query plans (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update

from models.actor import Actor
from models.applications.queries import QueryService
from models.applications.worklist import SORT_COLUMNS, WorklistFilter
from models.db.entities import Application
from models.services import Services
from tests.factories import application, many
from tests.security.conftest import PW, receive


@pytest.fixture
def worklist(db: Any, services: Services, people: dict[str, Actor]) -> dict[str, Any]:
    """14 applications: P-…01-12 distinct, P-…13/14 duplicates of each other; held by
    ``zed`` (…02), ``admin`` (…05, …09), and ``bek`` (…07, idle past the expiry)."""
    admin = people["admin"]
    receive(services, admin, many(12))
    receive(services, admin, [application("P-2026-000013"), application("P-2026-000014")])
    us = services.users
    for login in ("zed", "bek"):
        us.add(admin, login, PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    zed, bek = us.authenticate("zed", PW), us.authenticate("bek", PW)
    hs = services.holds
    for actor, n in ((zed, 2), (admin, 5), (admin, 9), (bek, 7)):
        hs.take(actor, f"P-2026-{n:06d}")
    with db.write() as s:  # bek went idle two hours ago: the hold expired on its own
        s.execute(update(Application).where(Application.portal_id == "P-2026-000007")
                  .values(held_since=dt.datetime.now(dt.UTC).replace(tzinfo=None)
                          - dt.timedelta(hours=2)))
    return {"admin": admin}


def _pids(rows: list[Any]) -> list[str]:
    return [r.portal_id for r in rows]


def _n(*nums: int) -> list[str]:
    return [f"P-2026-{n:06d}" for n in nums]


def test_sort_by_holder_held_first_by_login_unheld_last(db: Any, services: Services,
                                                        worklist: dict[str, Any]
                                                        ) -> None:
    q, admin = services.queries, worklist["admin"]
    assert {"holder", "duplicates"} <= set(SORT_COLUMNS)
    asc = q.page(admin, WorklistFilter(sort="holder"), 0, 100)
    unheld = [n for n in range(1, 15) if n not in (2, 5, 9)]
    assert _pids(asc) == _n(5, 9, 2, *unheld)  # admin, admin, zed; bek's hold expired
    assert [r.held_by for r in asc[:4]] == ["admin", "admin", "zed", None]
    desc = q.page(admin, WorklistFilter(sort="holder", descending=True), 0, 100)
    assert _pids(desc) == _pids(asc)[::-1]  # the exact reverse (far pages read backwards)
    _every_window_matches(q, admin, WorklistFilter(sort="holder"), _pids(asc))
    _every_window_matches(q, admin, WorklistFilter(sort="holder", descending=True),
                          _pids(desc))
    assert q.ordered_ids(admin, WorklistFilter(sort="holder"), limit=4) == [
        _id(db, p) for p in _n(5, 9, 2, 1)]


def test_sort_by_duplicates(services: Services, worklist: dict[str, Any]) -> None:
    q, admin = services.queries, worklist["admin"]
    asc = q.page(admin, WorklistFilter(sort="duplicates"), 0, 100)
    assert _pids(asc) == _n(*range(1, 15))  # without duplicates by id, then …13, …14
    assert [r.has_duplicates for r in asc] == [False] * 12 + [True] * 2
    desc = q.page(admin, WorklistFilter(sort="duplicates", descending=True), 0, 100)
    assert _pids(desc) == _n(14, 13, *range(12, 0, -1))
    _every_window_matches(q, admin, WorklistFilter(sort="duplicates", descending=True),
                          _pids(desc))
    # filters and the clerk's region apply to both parts
    only_dups = WorklistFilter(sort="duplicates", search="әбілқайырова")
    assert _pids(q.page(admin, only_dups, 0, 10)) == _n(13, 14)
    assert q.count(admin, only_dups) == 2


def _id(db: Any, pid: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(Application.id).where(Application.portal_id == pid)))


def _every_window_matches(q: QueryService, actor: Actor, f: WorklistFilter,
                          full: list[str]) -> None:
    for size in (1, 3, 5):
        for offset in range(0, len(full) + 2):
            got = _pids(q.page(actor, f, offset, size))
            assert got == full[offset:offset + size], (f, offset, size)
    assert [q.page(actor, f, 0, 100)[i].id for i in range(len(full))] == \
        q.ordered_ids(actor, f)


def _plans(db: Any, f: WorklistFilter, limit: int = 50) -> list[str]:
    """The query plan of the first page of each part of a two-part sort, as the database
    plans the very statement and parameters it is sent."""
    from sqlalchemy import event

    plans: list[str] = []

    def explain(_conn: Any, cursor: Any, statement: str, params: Any, context: Any,
                _many: bool) -> None:
        if context is not None and context.execution_options.get("explain"):
            prefix = "EXPLAIN QUERY PLAN " if db.dialect == "sqlite" else "EXPLAIN "
            cursor.execute(prefix + statement, params)
            plans.append("\n".join(str(r[-1]) for r in cursor.fetchall()))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        with db.read() as s:
            for cond, order in QueryService._parts(s, f):
                stmt = select(Application.id).where(cond).order_by(*order).limit(limit)
                s.execute(stmt.execution_options(explain=True)).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
    return plans


def test_split_sort_parts_go_by_an_index(db: Any, services: Services, people: dict[str,
                                         Actor]) -> None:
    """On a few thousand rows the first page of each part is read in index order (the
    primary key) or from the partial index of held applications: no page sorts the table."""
    receive(services, people["admin"], many(3000))
    services.holds.take(people["admin"], "P-2026-000100")
    with db.write() as s:
        s.execute(update(Application).where(Application.id % 50 == 0)
                  .values(has_duplicates=True))
    if db.dialect == "postgresql":
        with db.engine.begin() as c:
            c.exec_driver_sql("ANALYZE applications")
    else:
        with db.engine.begin() as c:
            c.exec_driver_sql("ANALYZE")
    report = []
    for sort in ("holder", "duplicates"):
        for desc in (False, True):
            plans = _plans(db, WorklistFilter(sort=sort, descending=desc))
            report.append((sort, desc, plans))
            held_first = sort == "holder" and not desc
            for i, plan in enumerate(plans):
                held_part = sort == "holder" and (i == 0) == held_first
                if held_part:  # few rows: found by the partial index, then sorted by login
                    assert "ix_app_queue_held" in plan, plan
                elif sort == "duplicates" and (i == 0) == desc:
                    continue  # with duplicates: no index serves it (see the report)
                else:  # by the primary key, stopping after the page
                    assert "TEMP B-TREE" not in plan.upper(), plan
                    assert "Sort" not in plan, plan
    print("\n".join(f"{s} desc={d}:\n" + "\n--\n".join(p) for s, d, p in report))
