"""Migration 0010: every worklist sort order is read from an index in that order, over all
applications and over the open ones (the default list), on SQLite and PostgreSQL; the
migrated indexes are the ones ``models/db/sort_indexes.py`` declares; and the open list read
through them is the same list, in the same order, as before (plain ``status IN``)."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, inspect, select, update

from models.actor import SYSTEM, Actor
from models.applications.queries import _order
from models.applications.transitions import OPEN_FOR_DECISION
from models.applications.worklist import SORT_COLUMNS, SPLIT_SORTS, WorklistFilter
from models.db.entities import Application, Base, Status
from models.db.sort_indexes import FULL, OPEN, SORT_INDEXES
from models.services import Services
from tests.factories import many
from tests.security.conftest import PW, receive

OPEN_STATUSES = (Status.SUBMITTED, Status.RESUBMITTED)
NAMES = set(FULL) | set(OPEN)


@pytest.fixture
def admin(services: Services) -> Actor:
    services.users.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест", "Басшы")
    return services.users.authenticate("admin", PW)


def test_the_migration_makes_the_declared_indexes(db: Any) -> None:
    have = {i["name"] for i in inspect(db.engine).get_indexes("applications")}
    assert NAMES <= have
    assert {i.name for i in SORT_INDEXES} == NAMES
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)

    def ours(d: Any) -> bool:
        item = d if isinstance(d, tuple) else d[0]
        return item[0] in ("add_index", "remove_index") and item[1].name in NAMES

    assert [d for d in diffs if ours(d)] == []


def _decide_most(db: Any) -> None:
    """Three applications of four decided (no due date), as on a working registry."""
    with db.write() as s:
        s.execute(update(Application).where(Application.id % 4 != 0)
                  .values(status=Status.REGISTERED, due_date=None))
        s.execute(update(Application).where(Application.id % 8 == 0)
                  .values(status=Status.RESUBMITTED, revision=2))
    with db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE applications" if db.dialect == "postgresql" else "ANALYZE")


def _plan(db: Any, services: Services, actor: Actor, f: WorklistFilter) -> str:
    """The plan of the ids query of ``f``'s first page, as the database plans the very
    statement and parameters it is sent (PostgreSQL with sorting and full scans priced out:
    the question is whether an index gives the order, not what a tiny table prefers)."""
    plans: list[str] = []

    def explain(_conn: Any, cursor: Any, statement: str, params: Any, context: Any,
                _many: bool) -> None:
        if context is not None and context.execution_options.get("explain"):
            if db.dialect == "postgresql":
                cursor.execute("SET LOCAL enable_sort = off")
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute("SET LOCAL enable_bitmapscan = off")
            prefix = "EXPLAIN QUERY PLAN " if db.dialect == "sqlite" else "EXPLAIN "
            cursor.execute(prefix + statement, params)
            plans.append("\n".join(str(r[-1]) for r in cursor.fetchall()))

    q = services.queries
    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        with db.read() as s:
            stmt = q._scoped(actor, f, select(Application.id), None)
            stmt = stmt.order_by(*_order(f)).limit(200)
            s.execute(stmt.execution_options(explain=True)).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
    return plans[0]


def test_every_sort_order_is_read_from_an_index(db: Any, services: Services,
                                                admin: Actor) -> None:
    receive(services, admin, many(400))
    _decide_most(db)
    report, bad = [], []
    for sort in SORT_COLUMNS:
        if sort in SPLIT_SORTS:
            continue  # read in two parts (tests/security/test_worklist_sort.py)
        for statuses in (OPEN_STATUSES, ()):
            for desc in (False, True):
                f = WorklistFilter(statuses=statuses, sort=sort, descending=desc)
                plan = _plan(db, services, admin, f)
                report.append(f"{sort} open={bool(statuses)} desc={desc}: {plan}")
                # portal ids are unique: PostgreSQL "sorts" groups of one row by id
                trivial = sort == "portal_id" and "Presorted Key: portal_id" in plan
                sorts = "TEMP B-TREE" in plan.upper() or ("Sort" in plan and not trivial)
                # the open list walks no closed application: a partial index, or (PostgreSQL)
                # an index whose range holds the open statuses, with no rows filtered out
                walks = bool(statuses) and "ix_app_open_" not in plan and not (
                    db.dialect == "postgresql" and "Filter" not in plan)
                if sorts or walks:
                    bad.append(report[-1])
    print("\n".join(report))
    assert bad == []


def test_the_open_list_is_the_same_in_every_order(db: Any, services: Services,
                                                  admin: Actor) -> None:
    """Read through the partial indexes, the open list has exactly the open applications in
    the order a plain sort of them gives, from either end."""
    receive(services, admin, many(60))
    _decide_most(db)
    with db.read() as s:
        rows = s.execute(select(Application.id, Application.status)).all()
    ids = {i for i, st in rows if st in OPEN_FOR_DECISION}
    assert 0 < len(ids) < len(rows)
    q = services.queries
    for sort in SORT_COLUMNS:
        if sort in SPLIT_SORTS:
            continue
        for desc in (False, True):
            f = WorklistFilter(statuses=OPEN_STATUSES, sort=sort, descending=desc)
            got = [r.id for r in q.page(admin, f, 0, 1000)]
            plain = q.ordered_ids(admin, WorklistFilter(statuses=(Status.SUBMITTED,
                                                                  Status.RESUBMITTED,
                                                                  Status.REFUSED),
                                                        sort=sort, descending=desc))
            assert got == [i for i in plain if i in ids], (sort, desc)
            assert q.count(admin, f) == len(ids)
            assert [r.id for r in q.page(admin, f, 5, 7)] == got[5:12]


def test_a_search_counted_up_to_a_limit(db: Any, services: Services, admin: Actor) -> None:
    """The count that stops early (SQLite: the search index's matches streamed and looked up
    one by one) agrees with the exact count, with and without filters."""
    receive(services, admin, many(40))
    _decide_most(db)
    q = services.queries
    for f in (WorklistFilter(statuses=OPEN_STATUSES, search="ерлан"),
              WorklistFilter(statuses=(Status.REGISTERED,), search="тестов"),
              WorklistFilter(statuses=OPEN_STATUSES, search="тестова"),
              WorklistFilter(search="ерлан", profession="PSYCHOLOGIST")):
        exact = q.count(admin, f)
        for cap in (1, 3, 1000):
            assert q.count(admin, f, at_most=cap) == min(exact, cap), (f, cap)
    assert q.count(admin, WorklistFilter(statuses=OPEN_STATUSES, search="ерлан")) == 10
