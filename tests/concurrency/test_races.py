"""Races on one database: threads and processes deciding one application, a queue drained by
many workers, and retried serialization failures. They run on SQLite by default and on
PostgreSQL when TIZILIM_TEST_PG_URL is set (.ci/run does both)."""

from __future__ import annotations

import multiprocessing as mp
import threading
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import OperationalError

from models.actor import Actor
from models.audit.verify import verify
from models.db.engine import Database
from models.db.entities import Application, AuditEvent, Decision, Status
from models.db.retries import Busy
from models.errors import Conflict
from models.services import Services
from tests.security.conftest import PW, receive

N = 8


@pytest.fixture
def admin(services: Services) -> Actor:
    from models.actor import SYSTEM

    services.users.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест",
                        "Тізілім бөлімінің басшысы")
    return services.users.authenticate("admin", PW)


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _decide_in_process(url: str, actor: Actor, i: int, start: Any, out: Any) -> None:
    own = Services.open(url)
    try:
        start.wait(60)
        kind, codes = ("register", []) if i % 2 else ("refuse", ["REF-EMIGRATION"])
        own.review.decide(actor, "P-2026-000001", kind, codes)
        out.put(("ok", ""))
    except Conflict as exc:
        out.put(("conflict", f"{exc.ru}|{exc.kk}"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a failure
        out.put(("error", repr(exc)))
    finally:
        own.close()


def _one_decision(db: Database) -> None:
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        n = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action.in_(
            ["application.register", "application.refuse"])))
        assert n == 1
        assert verify(s).ok


def test_processes_race_to_decide_one_application(db: Database, services: Services,
                                                  admin: Actor) -> None:
    from tests.factories import many

    receive(services, admin, many(1))
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_decide_in_process, args=(_url(db), admin, i, start, out))
             for i in range(N)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    kinds = sorted(k for k, _ in results)
    assert kinds == ["conflict"] * (N - 1) + ["ok"], results
    for kind, message in results:
        if kind == "conflict":  # bilingual and clear
            ru, kk = message.split("|")
            assert "уже принято" in ru and "қабылданып қойған" in kk
    _one_decision(db)


def test_threads_race_to_decide_one_application(db: Database, services: Services,
                                                admin: Actor) -> None:
    from tests.factories import many

    receive(services, admin, many(1))
    results: list[str] = []
    barrier = threading.Barrier(N)

    def worker(i: int) -> None:
        own = Services.open(_url(db))
        try:
            barrier.wait()
            own.review.decide(admin, "P-2026-000001", "register")
            results.append("ok")
        except Conflict:
            results.append("conflict")
        finally:
            own.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(results) == ["conflict"] * (N - 1) + ["ok"]
    _one_decision(db)


def bulk_open_applications(db: Database, n: int) -> None:
    """``n`` open applications straight into the table (the queue needs only these columns)."""
    import datetime as dt

    now = dt.datetime(2026, 3, 2, 9, 0)
    rows = [{
        "portal_id": f"Q-{i:06d}", "status": Status.SUBMITTED if i % 3 else Status.RESUBMITTED,
        "revision": 1, "received_at": now, "received_on": now.date(),
        "due_date": now.date() + dt.timedelta(days=i % 40), "last_name": "Тестов",
        "first_name": f"Ерлан{i}", "middle_name": "", "name_key": f"тестов ерлан{i}",
        "search_text": f"тестов ерлан{i} | | q-{i:06d}", "iin": f"{i:012d}",
        "birth_date": dt.date(1980, 1, 1), "phone": "", "email": "", "region_code": "100000000",
        "settlement": "Семей", "registration_address": "-", "profession_code": "SOCIAL_WORKER",
        "experience_years": 1, "experience_months": 0, "education": [], "employment": [],
        "category_code": None, "category_assigned_on": None, "commission": "",
        "consent": True, "has_duplicates": False, "created_at": now, "updated_at": now,
        "version": 1} for i in range(n)]
    with db.write() as s:
        for start in range(0, n, 2000):
            s.execute(insert(Application.__table__), rows[start:start + 2000])


#: how many applications the takers drain. On SQLite every take is a BEGIN IMMEDIATE
#: transaction, so the takers are serialised by the database and more items add no new
#: interleaving, only the busy handler's sleeps (10 000 took 225-500 s); on PostgreSQL the
#: takers really run at once (FOR UPDATE SKIP LOCKED) and the full 10 000 are drained.
QUEUE_SIZE = {"sqlite": 1_000, "postgresql": 10_000}


def test_workers_drain_a_queue_each_taken_once(db: Database, services: Services,
                                               admin: Actor) -> None:
    total = QUEUE_SIZE[db.dialect]
    bulk_open_applications(db, total)
    us = services.users
    actors = []
    for i in range(N):
        us.add(admin, f"rev{i}", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
        actors.append(us.authenticate(f"rev{i}", PW))
    taken: list[list[str]] = [[] for _ in range(N)]
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        own = Services.open(_url(db), audit_head=None)
        hs = own.holds
        try:
            while (pid := hs.take_next(actors[i])) is not None:
                taken[i].append(pid)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    assert not errors, errors[:3]
    every = [p for part in taken for p in part]
    assert len(every) == total and len(set(every)) == total  # each taken exactly once
    assert sum(1 for part in taken if part) >= 2  # the work was shared
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Application).where(
            Application.held_by.is_(None))) == 0
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "application.take")) == total


class _Serialization(Exception):
    sqlstate = "40001"


def test_serialization_failures_are_retried_three_times_then_a_clear_conflict(
        db: Database, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.applications.review as apps_mod
    from tests.factories import many

    receive(services, admin, many(2))
    real_lock = apps_mod.lock_app
    calls = {"n": 0, "fail": 2}

    def flaky(session: Any, portal_id: str) -> Any:
        calls["n"] += 1
        if calls["n"] <= calls["fail"]:
            raise OperationalError("SELECT … FOR UPDATE", {}, _Serialization("could not "
                                   "serialize access due to concurrent update"))
        return real_lock(session, portal_id)

    monkeypatch.setattr(apps_mod, "lock_app", flaky)
    res = services.review.decide(admin, "P-2026-000001", "register")  # 2 failures, then ok
    assert res.status is Status.REGISTERED and calls["n"] == 3
    calls.update(n=0, fail=100)
    with pytest.raises(Busy) as err:
        services.review.decide(admin, "P-2026-000002", "register")
    assert calls["n"] == 4  # the first attempt and at most 3 retries
    assert "повторите" in err.value.ru and "қайталаңыз" in err.value.kk
    assert err.value.key == "db.busy" and err.value.details["sqlstate"] == "40001"
    assert isinstance(err.value, Conflict) and "40001" not in str(err.value)
    with db.read() as s:
        assert s.scalar(select(Application.status).where(
            Application.portal_id == "P-2026-000002")) is Status.SUBMITTED


@pytest.mark.skipif(not __import__("os").environ.get("TIZILIM_TEST_PG_URL"),
                    reason="a real SERIALIZABLE conflict needs PostgreSQL: set "
                           "TIZILIM_TEST_PG_URL (SQLite serialises writers instead)")
def test_real_serializable_conflict_is_retried(db: Database) -> None:
    from models.db.retries import with_retries

    with db.write() as s:
        s.execute(text("CREATE TABLE t_ser (k int primary key, v int)"))
        s.execute(text("INSERT INTO t_ser VALUES (1, 0)"))
    other = Database.from_url(_url(db), audit_head=None)
    attempts = {"n": 0}
    try:
        def bump() -> None:
            attempts["n"] += 1
            with db.engine.connect() as c:
                c = c.execution_options(isolation_level="SERIALIZABLE")
                with c.begin():
                    c.execute(text("SELECT v FROM t_ser WHERE k=1")).scalar()
                    if attempts["n"] == 1:  # someone else commits in between
                        with other.engine.begin() as c2:
                            c2.execute(text("UPDATE t_ser SET v = v + 10 WHERE k=1"))
                    c.execute(text("UPDATE t_ser SET v = v + 1 WHERE k=1"))

        with_retries(bump)
    finally:
        other.dispose()
    assert attempts["n"] == 2
    with db.read() as s:
        assert s.scalar(text("SELECT v FROM t_ser WHERE k=1")) == 11
