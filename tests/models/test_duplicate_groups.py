"""Possible duplicates are stored as groups, one row per member (issue 13): 1,800 records of one
name and birth date made 3.24 million pair links; now they make 1,800 rows, and the worklist,
the review's list and ``show`` read them as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from models.actor import SYSTEM
from models.applications.worklist import WorklistFilter
from models.db.trust_entities import DuplicateGroup, DuplicateMember
from models.services import Services
from tests.factories import application, iin_for
from tests.security.conftest import receive

N = 1800
BIRTH = dt.date(1986, 4, 12)


def _same_person(n: int) -> list[dict[str, Any]]:
    """``n`` applications of one name and birth date, each with its own IIN."""
    return [application(f"P-{i:05d}", iin=iin_for(BIRTH, female=True, serial=5 * i))
            for i in range(1, n + 1)]


def test_identical_records_make_one_group_not_pairs(db: Any, services: Services) -> None:
    receive(services, SYSTEM, _same_person(N))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DuplicateMember)) == N
        assert s.scalar(select(func.count()).select_from(DuplicateGroup)) == 1
    services = Services.on(db)
    detail = services.queries.detail(SYSTEM, "P-00007", audit_view=False)
    assert len(detail.duplicates) == N - 1
    assert {d["reason"] for d in detail.duplicates} == {"name_birth"}
    assert "P-00007" not in {d["portal_id"] for d in detail.duplicates}


def test_reasons_worklist_sort_and_correction_work_as_before(db: Any, services: Services) -> None:
    twin_iin = iin_for(dt.date(1990, 5, 5), serial=42)
    receive(services, SYSTEM, [
        application("A-1"), application("A-2", iin=iin_for(BIRTH, female=True, serial=2)),
        application("A-3", iin=twin_iin, birth_date="1990-05-05", last_name="Другая"),
        application("A-4", iin=twin_iin, birth_date="1990-05-05", last_name="Иная"),
        application("A-5", iin=iin_for(dt.date(1975, 1, 1), serial=9), birth_date="1975-01-01",
                    last_name="Одна")])
    services = Services.on(db)
    d1 = services.queries.detail(SYSTEM, "A-1", audit_view=False)
    assert [(d["portal_id"], d["reason"]) for d in d1.duplicates] == [("A-2", "name_birth")]
    d3 = services.queries.detail(SYSTEM, "A-3", audit_view=False)
    assert [(d["portal_id"], d["reason"]) for d in d3.duplicates] == [("A-4", "iin")]
    assert services.queries.detail(SYSTEM, "A-5", audit_view=False).duplicates == ()
    ids = services.queries.ordered_ids(SYSTEM, WorklistFilter(sort="duplicates"), 0)
    rows = {r.portal_id: r.has_duplicates for r in services.queries.summaries(SYSTEM, ids)}
    assert rows == {"A-1": True, "A-2": True, "A-3": True, "A-4": True, "A-5": False}
    assert [r.portal_id for r in services.queries.summaries(SYSTEM, ids)][0] == "A-5"
    # A-4's IIN was mistyped: corrected, both lose the flag (A-4's group keeps only A-3)
    fixed = application("A-4", iin=iin_for(dt.date(1990, 5, 5), serial=43),
                        birth_date="1990-05-05", last_name="Иная")["specialist"]
    services.review.correct(SYSTEM, "A-4", fixed)
    for pid in ("A-3", "A-4"):
        d = services.queries.detail(SYSTEM, pid, audit_view=False)
        assert d.duplicates == () and not d.summary.has_duplicates, pid


def test_migration_0008_turns_pair_links_into_groups_and_back(db: Any, services: Services) -> None:
    """Down to 0006 the groups become pair links again; up to 0008 the links become groups
    with the same pairs and reasons."""
    from alembic import command
    from sqlalchemy import text

    from models.applications.duplicates import duplicate_pairs
    from models.db.migrate import alembic_config

    test_reasons_worklist_sort_and_correction_work_as_before(db, services)
    receive(services, SYSTEM, _same_person(4))
    with db.read() as s:
        before = set(s.execute(duplicate_pairs()).tuples())
    assert len(before) == 6 * 5  # and the four share a name and birth date
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with db.read() as s:
        links = set(s.execute(text(
            "SELECT application_id, other_id, reason FROM duplicate_links")).tuples())
    assert links == before
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with db.read() as s:
        assert set(s.execute(duplicate_pairs()).tuples()) == before
