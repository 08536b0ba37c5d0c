"""Receive → decide (register / return / refuse) → resubmit → exclude, on the real database."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import func, select, text

from models.actor import SYSTEM, Actor
from models.applications.worklist import WorklistFilter
from models.audit.chain import event_hash, make_row
from models.audit.verify import verify
from models.catalogs import Catalogs
from models.db.entities import Application, AuditEvent, Decision, RegistryEntry, Role, Status
from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.intake.records import ParsedFile, validate_record
from models.services import Services
from tests.factories import application, iin_for, many

ADMIN_PW = "correct horse battery staple"


@pytest.fixture
def admin(services: Services) -> Actor:
    services.users.add(SYSTEM, "admin", ADMIN_PW, "admin", None, "Әкімші Тест",
                       "Тізілім бөлімінің басшысы")
    return services.users.authenticate("admin", ADMIN_PW)


def receive(services: Services, actor: Actor, apps: list[dict[str, Any]]) -> None:
    recs = [validate_record(i, a, services.catalogs) for i, a in enumerate(apps, 1)]
    assert all(r.ok for r in recs), [r.issues for r in recs]
    rep = services.imports.import_parsed(actor, ParsedFile("t", "json", recs))
    assert rep.imported == len(apps)


def status_of(db: Any, pid: str) -> Status:
    with db.read() as s:
        return s.scalar(select(Application.status).where(Application.portal_id == pid))


def test_receive_sets_deadline_revision_and_audit(db: Any, services: Services,
                                                  admin: Actor) -> None:
    receive(services, admin, [application()])
    with db.read() as s:
        a = s.scalar(select(Application))
        assert a.status is Status.SUBMITTED and a.revision == 1
        assert a.received_on == dt.date(2026, 3, 20)
        assert a.due_date == dt.date(2026, 4, 1)  # Nauryz days are not working days
        assert len(a.revisions) == 1 and a.revisions[0].data["iin"] == a.iin
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-1] == "application.receive"


def test_register_assigns_increasing_numbers_never_reused(db: Any, services: Services,
                                                          admin: Actor) -> None:
    receive(services, admin, many(3))
    rv = services.review
    n1 = rv.decide(admin, "P-2026-000001", "register").registry_number
    n2 = rv.decide(admin, "P-2026-000002", "register").registry_number
    assert (n1, n2) == (1, 2)
    services.registry.exclude(admin, n2, "выезд на ПМЖ")
    n3 = rv.decide(admin, "P-2026-000003", "register").registry_number
    assert n3 == 3
    with db.read() as s:
        e = s.scalar(select(RegistryEntry).where(RegistryEntry.registry_number == 2))
        assert e.excluded_on is not None and e.exclusion_reason == "выезд на ПМЖ"
    with pytest.raises(Conflict):
        services.registry.exclude(admin, n2, "again")


def test_return_then_resubmit_new_revision_and_deadline(db: Any, services: Services,
                                                        admin: Actor) -> None:
    receive(services, admin, [application()])
    rv = services.review
    res = rv.decide(admin, "P-2026-000001", "return", ["RET-CATEGORY", "RET-DOCUMENTS"],
                    "приложите сертификат")
    assert res.status is Status.RETURNED
    with db.read() as s:
        assert s.scalar(select(Application.due_date)) is None  # the clock stops
    new = validate_record(1, application(experience={"years": 8, "months": 0}),
                          Catalogs.shipped())
    _backdate_decisions(db, dt.datetime(2026, 10, 30, 12, 0))  # returned on 30 October
    rev = rv.resubmit(admin, "P-2026-000001", new.data or {},
                      dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC))
    assert rev == 2
    with db.read() as s:
        a = s.scalar(select(Application))
        assert a.status is Status.RESUBMITTED
        assert a.experience_years == 8
        assert a.due_date == dt.date(2026, 11, 9)
        assert [r.number for r in a.revisions] == [1, 2]
        assert a.revisions[0].data["experience"]["years"] == 7  # every revision is kept
    assert rv.decide(admin, "P-2026-000001", "register").revision == 2
    d = services.queries.detail(admin, "P-2026-000001")
    assert [(x.kind, x.revision) for x in d.decisions] == [("return", 1), ("register", 2)]
    assert d.decisions[0].reasons == ("RET-CATEGORY", "RET-DOCUMENTS")
    assert d.decisions[0].comment == "приложите сертификат"
    assert d.registry_number == 1


def _backdate_decisions(db: Any, when: dt.datetime) -> None:
    with db.write() as s:
        s.execute(text("UPDATE decisions SET decided_at = :t"), {"t": when})


def test_resubmission_time_follows_the_return_and_is_not_in_the_future(db: Any, services: Services,
                                                                        admin: Actor) -> None:
    receive(services, admin, [application()])
    rv = services.review
    rv.decide(admin, "P-2026-000001", "return", ["RET-DOCUMENTS"])
    _backdate_decisions(db, dt.datetime(2026, 10, 30, 12, 0))
    data = validate_record(1, application(), Catalogs.shipped()).data or {}
    with pytest.raises(InvalidInput) as err:
        rv.resubmit(admin, "P-2026-000001", data, dt.datetime(2026, 10, 30, 11, 0,
                                                              tzinfo=dt.UTC))
    assert "раньше возврата" in err.value.ru and "2026-10-30 12:00" in err.value.ru
    assert "пысықтауға қайтарылған" in err.value.kk
    with pytest.raises(InvalidInput) as err:
        rv.resubmit(admin, "P-2026-000001", data,
                    dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    assert "ещё не наступила" in err.value.ru and "әлі келген жоқ" in err.value.kk
    assert status_of(db, "P-2026-000001") is Status.RETURNED
    with db.read() as s:
        assert s.scalar(select(Application.revision)) == 1
    assert rv.resubmit(admin, "P-2026-000001", data,
                       dt.datetime(2026, 10, 30, 12, 1, tzinfo=dt.UTC)) == 2


def test_a_refusal_closes_the_application(db: Any, services: Services, admin: Actor) -> None:
    """No second decision and no resubmission (p.10); the refusal may still be appealed
    outside the registry (the APPC), which its letter says."""
    receive(services, admin, [application()])
    rv = services.review
    rv.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    for kind, codes in (("register", []), ("return", ["RET-CATEGORY"])):
        with pytest.raises(Conflict):
            rv.decide(admin, "P-2026-000001", kind, codes)
    with pytest.raises(Conflict):
        rv.resubmit(admin, "P-2026-000001", {})
    assert status_of(db, "P-2026-000001") is Status.REFUSED


@pytest.mark.parametrize(("kind", "codes", "needle"), [
    ("return", [], "хотя бы одну"),
    ("return", ["REF-EMIGRATION"], "не подходит"),
    ("refuse", ["RET-CATEGORY"], "не подходит"),
    ("refuse", ["REF-NOPE"], "Неизвестный"),
    ("register", ["RET-CATEGORY"], "не подходит"),
])
def test_wrong_reasons_are_refused_and_change_nothing(db: Any, services: Services, admin: Actor,
                                                      kind: str,
                                                      codes: list[str], needle: str) -> None:
    receive(services, admin, [application()])
    with pytest.raises(InvalidInput) as err:
        services.review.decide(admin, "P-2026-000001", kind, codes)
    assert needle in err.value.ru and err.value.kk
    assert status_of(db, "P-2026-000001") is Status.SUBMITTED
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0


def test_second_decision_on_same_revision_refused(services: Services, admin: Actor) -> None:
    receive(services, admin, [application()])
    rv = services.review
    rv.decide(admin, "P-2026-000001", "return", ["RET-PROFESSION"])
    with pytest.raises(Conflict) as err:
        rv.decide(admin, "P-2026-000001", "refuse", ["REF-INCAPACITY"])
    assert "уже принято" in err.value.ru and err.value.key == "decision.already_made"
    with pytest.raises(NotFound) as missing:
        rv.decide(admin, "P-404", "register")
    assert missing.value.key == "application.not_found"
    assert missing.value.details["portal_id"] == "P-404"


def test_concurrent_decisions_exactly_one_wins(db: Any, services: Services, admin: Actor) -> None:
    """Eight connections decide the same revision at once: one commits, seven conflict."""
    receive(services, admin, [application()])

    results: list[str] = []
    barrier = threading.Barrier(8)

    def worker(i: int) -> None:
        own = Services.open(db.engine.url.render_as_string(hide_password=False))
        try:
            barrier.wait()
            kind, codes = ("register", []) if i % 2 else ("return", ["RET-DOCUMENTS"])
            own.review.decide(admin, "P-2026-000001", kind, codes)
            results.append("ok")
        except Conflict:
            results.append("conflict")
        finally:
            own.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results) == ["conflict"] * 7 + ["ok"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        n = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.in_(["application.register", "application.return"])))
        assert n == 1
        assert verify(s).ok


def test_only_admin_decides_and_clerk_is_scoped(services: Services, admin: Actor) -> None:
    us = services.users
    us.add(admin, "clerk", ADMIN_PW, "mio", "750000000")
    clerk = us.authenticate("clerk", ADMIN_PW)
    receive(services, admin, [application()])  # region Abai (100000000)
    with pytest.raises(PermissionDenied):
        services.review.decide(clerk, "P-2026-000001", "register")
    with pytest.raises(PermissionDenied):
        services.queries.detail(clerk, "P-2026-000001")
    assert services.queries.page(clerk) == []
    assert services.queries.count(admin) == 1
    assert clerk.role is Role.MIO


def test_duplicates_flagged_by_iin_and_by_name_and_birth(services: Services, admin: Actor) -> None:
    a1 = application("P-1")
    a2 = application("P-2", phone="+7 702 000 00 00")  # same IIN
    a3 = application("P-3", iin=iin_for(dt.date(1986, 4, 12), female=True, serial=999),
                     last_name="ӘБІЛҚАЙЫРОВА")  # same name (other case) and birth date
    a4 = application("P-4", iin=iin_for(dt.date(1990, 1, 1)), birth_date="1990-01-01",
                     last_name="Другая")
    receive(services, admin, [a1, a2])
    receive(services, admin, [a3, a4])
    d1 = services.queries.detail(admin, "P-1")
    assert {(x["portal_id"], x["reason"]) for x in d1.duplicates} == {
        ("P-2", "iin"), ("P-3", "name_birth")}
    assert d1.summary.has_duplicates
    assert not services.queries.detail(admin, "P-4").summary.has_duplicates


def test_calendar_override_recomputes_open_deadlines(db: Any, services: Services,
                                                     admin: Actor) -> None:
    receive(services, admin, [application(received_at="2026-11-02T10:00:00+05:00")])
    with db.read() as s:
        assert s.scalar(select(Application.due_date)) == dt.date(2026, 11, 9)
    n = services.calendar.set_day(admin, dt.date(2026, 11, 4), working=False, note="перенос")
    assert n == 1
    with db.read() as s:
        assert s.scalar(select(Application.due_date)) == dt.date(2026, 11, 10)
    with pytest.raises(PermissionDenied):
        services.calendar.set_day(Actor("v", Role.VIEWER), dt.date(2026, 11, 5), False)


def test_worklist_filters_sort_search_and_counts(services: Services, admin: Actor) -> None:
    apps = many(30)
    apps[0]["specialist"]["last_name"] = "Нұрсұлтанов"
    receive(services, admin, apps)
    qs = services.queries
    assert qs.count(admin) == 30
    page = qs.page(admin, WorklistFilter(sort="portal_id", descending=True), 0, 10)
    assert [p.portal_id for p in page][:2] == ["P-2026-000030", "P-2026-000029"]
    assert [p.portal_id for p in qs.page(admin, WorklistFilter(search="НҰРСҰЛТ"))] == [
        "P-2026-000001"]
    assert [p.portal_id for p in qs.page(admin, WorklistFilter(search="2026-000007"))] == [
        "P-2026-000007"]
    services.review.decide(admin, "P-2026-000002", "refuse", ["REF-COURT-SOCIAL"])
    counts = qs.counts_by_status(admin)
    assert counts[Status.SUBMITTED] == 29 and counts[Status.REFUSED] == 1
    overdue = qs.page(admin, WorklistFilter(overdue=True), 0, 100)
    assert len(overdue) == 29 and all(o.overdue for o in overdue)


def test_audit_chain_detects_alteration_and_removal(db: Any, services: Services,
                                                    admin: Actor) -> None:
    receive(services, admin, many(3))
    with db.read() as s:
        res = verify(s)
        assert res.ok and res.count >= 5
        ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
    # the log refuses ordinary updates and deletes
    with pytest.raises(Exception, match="append-only"), db.write() as s:
        s.execute(text("UPDATE audit_events SET action='x' WHERE id=:i"), {"i": ids[2]})
    with pytest.raises(Exception, match="append-only"), db.write() as s:
        s.execute(text("DELETE FROM audit_events WHERE id=:i"), {"i": ids[2]})
    # an attacker with DDL rights removes the guard: verify names the first bad event
    _drop_guard(db)
    with db.write() as s:
        s.execute(text("UPDATE audit_events SET after='{}' WHERE id=:i"), {"i": ids[2]})
    with db.read() as s:
        res = verify(s)
    assert not res.ok and res.first_bad_id == ids[2] and "altered" in res.problem
    with db.write() as s:
        s.execute(text("DELETE FROM audit_events WHERE id=:i"), {"i": ids[2]})
    with db.read() as s:
        res = verify(s)
    # the removed event itself is named, not the one after it
    assert not res.ok and res.first_bad_id == ids[2] and res.kind == "removed"
    assert f"#{ids[2]} was removed" in res.problem


def forge_inserted_event(db: Any, after_id: int) -> int:
    """Shift the events after ``after_id`` up by one and forge a linked event in the gap.

    The forged event has a correct ``prev_hash`` and ``hash``: only its successor shows the
    break. Returns the forged event's id.
    """
    _drop_guard(db)
    with db.write() as s:
        s.execute(text("UPDATE audit_events SET id = id + 1000000 WHERE id > :k"),
                  {"k": after_id})
        s.execute(text("UPDATE audit_events SET id = id - 999999 WHERE id > 1000000"))
        prev = s.scalar(select(AuditEvent.hash).where(AuditEvent.id == after_id))
        row = make_row(Actor("mallory", Role.ADMIN), "application.register",
                             "application", "P-FORGED")
        row.update(id=after_id + 1, prev_hash=prev)
        row["hash"] = event_hash(prev, row)
        s.execute(AuditEvent.__table__.insert(), [row])
        if db.dialect == "postgresql":  # the next real event must not reuse the shifted ids
            s.execute(text("SELECT setval(pg_get_serial_sequence('audit_events', 'id'), "
                           "(SELECT max(id) FROM audit_events))"))
    return after_id + 1


def test_audit_verify_names_an_inserted_event(db: Any, services: Services, admin: Actor) -> None:
    receive(services, admin, many(3))
    with db.read() as s:
        ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
    assert ids == list(range(ids[0], ids[0] + len(ids)))
    forged = forge_inserted_event(db, ids[2])
    with db.read() as s:
        res = verify(s)
    assert not res.ok and res.kind == "inserted" and res.first_bad_id == forged
    assert f"event #{forged} was inserted" in res.problem


def test_audit_verify_names_a_removed_event_and_a_broken_link(db: Any, services: Services,
                                                              admin: Actor) -> None:
    receive(services, admin, many(3))
    with db.read() as s:
        ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
    _drop_guard(db)
    with db.write() as s:
        s.execute(text("DELETE FROM audit_events WHERE id IN (:a, :b)"),
                  {"a": ids[1], "b": ids[2]})
    with db.read() as s:
        res = verify(s)
    assert not res.ok and res.kind == "removed" and res.first_bad_id == ids[1]
    assert f"#{ids[1]}–#{ids[2]} was removed" in res.problem
    with db.write() as s:  # renumber so that no gap is left: only the link tells
        s.execute(text("UPDATE audit_events SET id = id - 2 WHERE id > :b"), {"b": ids[2]})
    with db.read() as s:
        res = verify(s)
    assert not res.ok and res.kind == "link" and res.first_bad_id == ids[1]


def test_audit_verify_from_a_hash_after_archiving(db: Any, services: Services,
                                                  admin: Actor) -> None:
    """Old events archived and removed: the rest verifies from the first kept prev_hash."""
    receive(services, admin, many(4))
    with db.read() as s:
        ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
        kept_from = s.scalar(select(AuditEvent.prev_hash).where(AuditEvent.id == ids[3]))
        head = verify(s).head
    _drop_guard(db)
    with db.write() as s:
        s.execute(text("DELETE FROM audit_events WHERE id < :i"), {"i": ids[3]})
    with db.read() as s:
        assert not verify(s).ok  # from the genesis hash the rest no longer links
        res = verify(s, from_hash=kept_from, known_head=head)
        assert res.ok and res.count == len(ids) - 3 and res.head == head
        wrong = verify(s, from_hash="ab" * 32)
        assert not wrong.ok and wrong.first_bad_id == ids[3]
    with db.write() as s:
        s.execute(text("UPDATE audit_events SET after='{}' WHERE id=:i"), {"i": ids[4]})
    with db.read() as s:
        res = verify(s, from_hash=kept_from)
    assert not res.ok and res.kind == "altered" and res.first_bad_id == ids[4]


def test_audit_truncation_detected_with_saved_head(db: Any, services: Services,
                                                   admin: Actor) -> None:
    receive(services, admin, many(2))
    with db.read() as s:
        head = verify(s).head
    _drop_guard(db)
    with db.write() as s:
        last = s.scalar(select(func.max(AuditEvent.id)))
        s.execute(text("DELETE FROM audit_events WHERE id=:i"), {"i": last})
    with db.read() as s:
        assert verify(s).ok  # the chain itself is consistent…
        res = verify(s, expected_head=head)
    assert not res.ok and "newest" in res.problem  # …but the saved head catches it


def _drop_guard(db: Any) -> None:
    with db.write() as s:
        if db.dialect == "sqlite":
            s.execute(text("DROP TRIGGER audit_events_no_update"))
            s.execute(text("DROP TRIGGER audit_events_no_delete"))
        else:
            s.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))


def test_failed_logins_lock_the_account(db: Any, services: Services) -> None:
    from models.errors import AuthError

    us = services.users
    us.add(SYSTEM, "ana", ADMIN_PW, "viewer")
    for _ in range(5):
        with pytest.raises(AuthError):
            us.authenticate("ana", "wrong password!!")
    with pytest.raises(AuthError) as err:
        us.authenticate("ana", ADMIN_PW)
    assert "заблокирована" in err.value.ru
    with pytest.raises(InvalidInput):
        us.add(SYSTEM, "bob", "short", "viewer")
    with db.read() as s:
        from models.db.entities import User

        h = s.scalar(select(User.password_hash).where(User.login == "ana"))
    assert h.startswith("$argon2id$") and "m=19456,t=2,p=1" in h


def test_status_counts_follow_every_change(db: Any, services: Services, admin: Actor) -> None:
    """The navigation's counters (kept by triggers) always equal a real GROUP BY."""
    apps = many(6)
    apps[5]["specialist"]["address"]["region"] = "750000000"
    receive(services, admin, apps)
    rv = services.review
    rv.decide(admin, "P-2026-000001", "register")
    rv.decide(admin, "P-2026-000002", "return", ["RET-DOCUMENTS"])
    rv.decide(admin, "P-2026-000003", "refuse", ["REF-EMIGRATION"])
    new = validate_record(1, apps[1], Catalogs.shipped())
    rv.resubmit(admin, "P-2026-000002", new.data or {})
    qs = services.queries
    with db.read() as s:
        real = {Status(st): n for st, n in s.execute(
            select(Application.status, func.count()).group_by(Application.status))}
    counts = qs.counts_by_status(admin)
    assert {k: v for k, v in counts.items() if v} == real
    assert counts[Status.SUBMITTED] == 3 and counts[Status.RESUBMITTED] == 1
    almaty = qs.counts_by_status(admin, region="750000000")
    assert almaty[Status.SUBMITTED] == 1 and sum(almaty.values()) == 1
    services.users.add(admin, "clerk2", ADMIN_PW, "mio", "750000000")
    clerk = services.users.authenticate("clerk2", ADMIN_PW)
    assert qs.counts_by_status(clerk) == almaty


def test_worklist_counts_by_status_and_region_equal_a_real_count(db: Any, services: Services,
                                                                 admin: Actor) -> None:
    """Counts that only narrow by status and region come from the counters: always exact."""
    from models.demo.writer import generate

    generate(db, admin, 60, seed=5, today=dt.date(2026, 11, 23))
    qs = services.queries
    filters = [WorklistFilter(), WorklistFilter(statuses=(Status.SUBMITTED,)),
               WorklistFilter(statuses=(Status.SUBMITTED, Status.RESUBMITTED)),
               WorklistFilter(region="750000000"),
               WorklistFilter(statuses=(Status.REGISTERED,), region="100000000")]
    for f in filters:
        with db.read() as s:
            stmt = select(func.count()).select_from(Application)
            if f.statuses:
                stmt = stmt.where(Application.status.in_(f.statuses))
            if f.region:
                stmt = stmt.where(Application.region_code == f.region)
            real = s.scalar(stmt)
        assert qs.count(admin, f) == real, f
    assert qs.count(admin, WorklistFilter(region="750000000")) > 0
    # any other condition is counted row by row, and agrees with the page
    f = WorklistFilter(statuses=(Status.SUBMITTED,), overdue=True)
    assert qs.count(admin, f) == len(qs.page(admin, f, limit=1000))
