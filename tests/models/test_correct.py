"""Correcting an undecided (paper) application: validated, scoped, versioned, audited."""

from __future__ import annotations

import copy
import datetime as dt
import json
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from models.actor import SYSTEM, Actor
from models.applications.duplicates import duplicate_pairs
from models.db.entities import Application, AuditEvent, Revision
from models.errors import Conflict, InvalidInput, PermissionDenied
from models.services import Services
from tests.factories import application, iin_for, many
from tests.security.conftest import ALMATY, PW, in_region, receive


@pytest.fixture
def who(services: Services) -> dict[str, Actor]:
    us = services.users
    us.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    admin = us.authenticate("admin", PW)
    us.add(admin, "abai", PW, "mio", "100000000")
    us.add(admin, "almaty", PW, "mio", ALMATY)
    us.add(admin, "viewer", PW, "viewer")
    return {n: us.authenticate(n, PW) for n in ("admin", "abai", "almaty", "viewer")}


def app_row(db: Any, pid: str) -> SimpleNamespace:
    """The application's columns as they are now (a plain snapshot)."""
    with db.read() as s:
        a = s.scalars(select(Application).where(Application.portal_id == pid)).one()
        return SimpleNamespace(**{c.key: getattr(a, c.key)
                                  for c in Application.__table__.columns})


def last_event(db: Any) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    with db.read() as s:
        e = s.execute(select(AuditEvent.action, AuditEvent.user_login, AuditEvent.before,
                             AuditEvent.after).order_by(AuditEvent.id.desc()).limit(1)).one()
    return e[0], e[1], json.loads(e[2] or "null"), json.loads(e[3] or "null")


def test_clerk_corrects_a_typo_in_own_region(db: Any, services: Services, who: dict[str,
                                             Actor]) -> None:
    receive(services, who["admin"], [application()])
    a = app_row(db, "P-2026-000001")
    fixed = application(last_name="Әбілқайырова-Сейітова")["specialist"]
    v = services.review.correct(who["abai"], "P-2026-000001", fixed,
                                  expected_version=a.version)
    assert v == a.version + 1
    b = app_row(db, "P-2026-000001")
    assert b.version == v and b.last_name == "Әбілқайырова-Сейітова"
    assert b.revision == 1 and b.received_at == a.received_at and b.due_date == a.due_date
    assert "әбілқайырова-сейітова" in b.search_text
    with db.read() as s:
        assert s.scalar(select(Revision.data).where(Revision.application_id == b.id)
                        )["last_name"] == "Әбілқайырова-Сейітова"
    action, user, before, after = last_event(db)
    assert (action, user) == ("application.correct", "abai")
    assert before == {"last_name": a.last_name, "version": a.version}
    assert after == {"last_name": "Әбілқайырова-Сейітова", "version": v, "revision": 1}
    # nothing changed: no new version, no event
    assert services.review.correct(who["admin"], "P-2026-000001", fixed) == v
    assert last_event(db)[0] == "application.correct"
    assert services.queries.detail(who["admin"], "P-2026-000001").summary.full_name.startswith(
        "Әбілқайырова-Сейітова")


def test_a_whole_record_may_move_the_receipt_and_the_deadline(db: Any, services: Services,
                                                              who: dict[str, Actor]) -> None:
    receive(services, who["admin"], [application(received_at="2026-11-02T10:00:00+05:00")])
    assert app_row(db, "P-2026-000001").due_date == dt.date(2026, 11, 9)
    rec = application(received_at="2026-11-03T10:00:00+05:00")
    services.review.correct(who["admin"], "P-2026-000001", rec)
    b = app_row(db, "P-2026-000001")
    assert b.received_on == dt.date(2026, 11, 3) and b.due_date == dt.date(2026, 11, 10)
    _, _, before, after = last_event(db)
    assert before["due_date"] == "2026-11-09" and after["due_date"] == "2026-11-10"
    assert after["received_at"].startswith("2026-11-03T05:00")
    with pytest.raises(InvalidInput, match="Номер заявки"):
        services.review.correct(who["admin"], "P-2026-000001", application("P-2026-000009"))


def test_stale_version_invalid_data_and_decided_applications_are_refused(
        db: Any, services: Services, who: dict[str, Actor]) -> None:
    receive(services, who["admin"], many(3))
    rv = services.review
    a = app_row(db, "P-2026-000001")
    spec = copy.deepcopy(many(1)[0]["specialist"])
    spec["first_name"] = "Гүлнар"
    rv.correct(who["admin"], "P-2026-000001", spec, expected_version=a.version)
    with pytest.raises(Conflict, match="изменена другим пользователем"):
        rv.correct(who["admin"], "P-2026-000001", spec, expected_version=a.version)
    bad = copy.deepcopy(spec)
    bad["iin"] = "123456789012"
    with pytest.raises(InvalidInput) as err:
        rv.correct(who["admin"], "P-2026-000001", bad)
    assert "iin" in err.value.ru and err.value.kk and err.value.issues[0].field == "iin"
    assert err.value.key == "correction.invalid_field" and err.value.details["field"] == "iin"
    assert app_row(db, "P-2026-000001").iin == a.iin
    with pytest.raises(InvalidInput):
        rv.correct(who["admin"], "P-2026-000001", ["not", "an", "object"])  # type: ignore[arg-type]
    rv.decide(who["admin"], "P-2026-000002", "register")
    rv.decide(who["admin"], "P-2026-000003", "return", ["RET-DOCUMENTS"])
    for pid in ("P-2026-000002", "P-2026-000003"):
        before = app_row(db, pid)
        with pytest.raises(Conflict, match="решение ещё не принято") as c:
            rv.correct(who["admin"], pid, many(1)[0]["specialist"])
        assert "шешім қабылданбаған" in c.value.kk
        assert app_row(db, pid).version == before.version


def test_only_own_region_clerks_and_admins_correct(db: Any, services: Services, who: dict[str,
                                                   Actor]) -> None:
    receive(services, who["admin"], many(1))
    receive(services, who["admin"], in_region(many(1, start=2), "город Алматы"))
    rv = services.review
    spec = many(1)[0]["specialist"]
    for actor, pid in ((who["almaty"], "P-2026-000001"), (who["viewer"], "P-2026-000001"),
                       (who["abai"], "P-2026-000002")):
        with pytest.raises(PermissionDenied):
            rv.correct(actor, pid, spec)
        assert last_event(db)[:2] == ("access.denied", actor.login)
    moved = copy.deepcopy(spec)
    moved["address"]["region"] = ALMATY  # a clerk cannot hand it to another region
    with pytest.raises(PermissionDenied):
        rv.correct(who["abai"], "P-2026-000001", moved)
    assert app_row(db, "P-2026-000001").region_code == "100000000"
    rv.correct(who["admin"], "P-2026-000001", moved)
    assert app_row(db, "P-2026-000001").region_code == ALMATY


def links(db: Any) -> set[tuple[str, str, str]]:
    with db.read() as s:
        ids = {i: p for i, p in s.execute(select(Application.id, Application.portal_id))}
        rows = s.execute(duplicate_pairs()).all()
        return {(ids[a], ids[b], why) for a, b, why in rows}


def test_duplicates_are_flagged_afresh(db: Any, services: Services, who: dict[str, Actor]) -> None:
    birth = dt.date(1986, 4, 12)
    receive(services, who["admin"], [
        application("P-1"), application("P-2", phone="+7 702 000 00 00"),  # same IIN
        application("P-3", iin=iin_for(dt.date(1990, 1, 1)), birth_date="1990-01-01",
                    last_name="Другая")])
    assert links(db) == {("P-1", "P-2", "iin"), ("P-2", "P-1", "iin")}
    # P-2's IIN was mistyped on paper: the false duplicate goes away on both sides
    fixed = application("P-2", iin=iin_for(birth, female=True, serial=777),
                        last_name="Иная")["specialist"]
    services.review.correct(who["admin"], "P-2", fixed)
    assert links(db) == set()
    assert not app_row(db, "P-1").has_duplicates and not app_row(db, "P-2").has_duplicates
    # now P-3 is corrected to P-1's name and birth date: flagged with P-1
    same = application("P-3", iin=iin_for(birth, female=True, serial=555))["specialist"]
    services.review.correct(who["admin"], "P-3", same)
    assert links(db) == {("P-1", "P-3", "name_birth"), ("P-3", "P-1", "name_birth")}
    assert app_row(db, "P-1").has_duplicates and app_row(db, "P-3").has_duplicates
