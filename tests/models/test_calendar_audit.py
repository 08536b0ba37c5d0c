"""Calendar changes: every re-dated application is audited, and rows are locked before the log."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from typing import Any

import pytest
from sqlalchemy import select, text

from models.actor import SYSTEM
from models.audit import chain
from models.audit.chain import _PG_LOCK_KEY, record_many
from models.audit.verify import verify
from models.db.entities import Application, AuditEvent
from models.services import Services
from tests.conftest import PG_URL
from tests.factories import application, iin_for, signing_admin
from tests.models.test_workflow import receive

NOV2 = "2026-11-02T10:00:00+05:00"  # a Monday: due 9 November


def three_open_applications(services: Services) -> None:
    apps = [application(f"P-{i}", received_at=NOV2,
                        iin=iin_for(dt.date(1980, 1, i), serial=i), birth_date=f"1980-01-0{i}",
                        last_name=f"Тестова{'абв'[i - 1]}")
            for i in (1, 2, 3)]
    apps[2]["received_at"] = "2026-11-05T10:00:00+05:00"  # after the day: not moved
    apps[1]["specialist"]["address"]["region"] = "750000000"
    receive(services, SYSTEM, apps)


def events(db: Any, action: str) -> list[tuple[str, str | None, dict[str, Any], dict[str, Any]]]:
    with db.read() as s:
        rows = s.execute(select(AuditEvent.entity_id, AuditEvent.region_code, AuditEvent.before,
                                AuditEvent.after).where(AuditEvent.action == action)
                         .order_by(AuditEvent.id)).all()
    return [(r[0], r[1], json.loads(r[2] or "null"), json.loads(r[3] or "null")) for r in rows]


def test_day_off_records_every_redated_application(db: Any, services: Services) -> None:
    three_open_applications(services)
    cs = services.calendar
    assert cs.set_day(SYSTEM, dt.date(2026, 11, 4), working=False, note="перенос") == 2
    [(day, _, before, after)] = events(db, "calendar.set")
    assert day == "2026-11-04" and before is None
    assert after == {"working": False, "note": "перенос", "redated": 2}
    assert events(db, "application.redate") == [
        ("P-1", "100000000", {"due_date": "2026-11-09"},
         {"due_date": "2026-11-10", "calendar_day": "2026-11-04"}),
        ("P-2", "750000000", {"due_date": "2026-11-09"},
         {"due_date": "2026-11-10", "calendar_day": "2026-11-04"}),
    ]
    with db.read() as s:
        ids = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(3)).all()
        assert ids == ["application.redate", "application.redate", "calendar.set"]
        assert verify(s).ok
    # removing the override moves them back, audited the same way
    assert cs.remove_day(SYSTEM, dt.date(2026, 11, 4)) == 2
    [(_, _, before, after)] = events(db, "calendar.remove")
    assert before == {"working": False, "note": "перенос"} and after == {"redated": 2}
    back = events(db, "application.redate")[2:]
    assert [(pid, b["due_date"], a["due_date"]) for pid, _, b, a in back] == [
        ("P-1", "2026-11-10", "2026-11-09"), ("P-2", "2026-11-10", "2026-11-09")]
    with db.read() as s:
        assert set(s.scalars(select(Application.due_date))) == {dt.date(2026, 11, 9),
                                                                 dt.date(2026, 11, 12)}


def test_a_day_that_moves_nothing_writes_only_the_calendar_event(db: Any,
                                                                 services: Services) -> None:
    three_open_applications(services)
    assert services.calendar.set_day(SYSTEM, dt.date(2026, 12, 28), working=False) == 0
    assert events(db, "application.redate") == []
    assert events(db, "calendar.set")[0][3]["redated"] == 0


@pytest.mark.skipif(not PG_URL, reason="row locks and advisory locks: PostgreSQL only "
                    "(runs with TIZILIM_TEST_PG_URL)")
def test_calendar_locks_rows_before_the_audit_chain(db: Any, services: Services) -> None:
    """A decision holds an application row and then appends to the audit chain; a calendar
    change waiting for that row must not be holding the chain's lock (that would be a cycle)."""
    three_open_applications(services)
    result: list[Any] = []
    with db.write() as a:  # plays the decision: the row first…
        a.execute(select(Application.id).where(Application.portal_id == "P-1")
                  .with_for_update())

        def change() -> None:
            try:
                result.append(services.calendar.set_day(SYSTEM, dt.date(2026, 11, 4), False))
            except Exception as exc:  # reported below
                result.append(exc)

        t = threading.Thread(target=change)
        t.start()
        waiting = False
        for _ in range(600):  # until the calendar change waits for the row lock
            with db.read() as s:
                waiting = bool(s.scalar(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query ILIKE '%applications%'")))
            if waiting or not t.is_alive():
                break
            time.sleep(0.05)
        assert waiting, result
        # …then the audit chain: free, because the waiting calendar change has not taken it
        assert a.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"),
                        {"k": _PG_LOCK_KEY}) is True
    t.join(60)
    assert result == [2]


class _Deadlock(Exception):
    sqlstate = "40P01"


@pytest.mark.parametrize("service", ["calendar", "exclude", "recommend"])
def test_a_deadlock_victim_is_retried(db: Any, services: Services, monkeypatch: pytest.MonkeyPatch,
                                      service: str) -> None:
    """The database picks this transaction as a deadlock victim once: it is run again."""
    from sqlalchemy.exc import OperationalError

    three_open_applications(services)
    services.review.decide(signing_admin(services.db), "P-3", "register")
    real, calls = record_many, []

    def flaky(session: Any, rows: Any) -> int:
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("SELECT pg_advisory_xact_lock(...)", {}, _Deadlock())
        return real(session, rows)

    monkeypatch.setattr(chain, "record_many", flaky)
    if service == "calendar":
        assert services.calendar.set_day(SYSTEM, dt.date(2026, 11, 4), False) == 2
        assert len(events(db, "application.redate")) == 2
    elif service == "exclude":
        services.registry.exclude(SYSTEM, 1, "выезд на ПМЖ")
        assert len(events(db, "registry.exclude")) == 1
    else:
        services.recommendations.recommend(SYSTEM, "P-1", "register", note="всё верно")
        assert len(events(db, "application.recommend")) == 1
    assert len(calls) == 2
    with db.read() as s:
        assert verify(s).ok
