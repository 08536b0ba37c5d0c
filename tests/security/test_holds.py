"""The work queue: take, hold, expire, release with a reason, and decisions by the holder."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update

from models.actor import Actor
from models.db.entities import Application
from models.errors import Conflict, InvalidInput, PermissionDenied
from models.services import Services
from tests.security.conftest import PW


@pytest.fixture
def reviewers(services: Services, people: dict[str, Actor]) -> tuple[Actor, Actor]:
    us = services.users
    us.add(people["admin"], "rev1", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    us.add(people["admin"], "rev2", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    return us.authenticate("rev1", PW), us.authenticate("rev2", PW)


def test_take_next_in_due_order_never_twice(services: Services, apps: dict[str, list[str]],
                                            reviewers: tuple[Actor, Actor]) -> None:
    r1, r2 = reviewers
    hs = services.holds
    taken = [hs.take_next(r1 if i % 2 else r2) for i in range(5)]
    assert sorted(taken) == sorted(apps["abai"] + apps["almaty"])  # type: ignore[type-var]
    assert hs.take_next(r1) is None  # everything is held
    s = services.queries.detail(r1, taken[0]).summary  # type: ignore[arg-type]
    assert s.held_by == "rev2" and s.held_since is not None
    assert hs.held_by_me(r1) == sorted(taken[1::2])  # type: ignore[type-var]


def test_clerk_queue_is_scoped_viewer_has_none(services: Services, people: dict[str, Actor],
                                               apps: dict[str, list[str]]) -> None:
    hs = services.holds
    got = {hs.take_next(people["abai"]) for _ in range(4)}
    assert got == set(apps["abai"]) | {None}
    with pytest.raises(PermissionDenied):
        hs.take_next(people["viewer"])
    with pytest.raises(PermissionDenied):
        hs.take(people["abai"], apps["almaty"][0])


def test_decision_by_someone_else_than_the_holder_is_refused(
        services: Services, apps: dict[str, list[str]], reviewers: tuple[Actor, Actor]) -> None:
    r1, r2 = reviewers
    hs, rv = services.holds, services.review
    pid = hs.take_next(r1)
    assert pid is not None
    with pytest.raises(Conflict) as err:
        rv.decide(r2, pid, "register")
    assert "rev1" in err.value.ru and "rev1" in err.value.kk
    with pytest.raises(Conflict):
        hs.take(r2, pid)
    assert rv.decide(r1, pid, "register").registry_number == 1
    assert services.queries.detail(r1, pid).summary.held_by is None  # a decision ends the hold


def test_hold_expires_when_idle_and_touch_extends_it(
        db: Any, services: Services, people: dict[str, Actor], apps: dict[str, list[str]],
        reviewers: tuple[Actor, Actor]) -> None:
    r1, r2 = reviewers
    hs = services.holds
    services.security.update(people["admin"], hold_expiry_minutes=30)
    pid = hs.take_next(r1)
    assert pid is not None

    def idle(minutes: int) -> None:
        with db.write() as s:
            since = s.scalar(select(Application.held_since).where(
                Application.portal_id == pid))
            s.execute(update(Application).where(Application.portal_id == pid).values(
                held_since=since - dt.timedelta(minutes=minutes))
                .execution_options(synchronize_session=False))

    idle(20)
    hs.touch(r1, pid)  # still mine: the idle clock starts again
    idle(20)
    with pytest.raises(Conflict):
        hs.take(r2, pid)  # 20 idle minutes < 30
    idle(15)
    assert services.queries.detail(r2, pid).summary.held_by is None  # expired
    hs.take(r2, pid)
    with pytest.raises(Conflict, match="rev2"):
        hs.touch(r1, pid)  # it expired and someone else took it


def test_admin_releases_with_reason_and_the_holder_is_told(
        services: Services, people: dict[str, Actor], apps: dict[str, list[str]],
        reviewers: tuple[Actor, Actor]) -> None:
    r1, r2 = reviewers
    hs, rv = services.holds, services.review
    clerk = people["abai"]
    pid = apps["abai"][0]
    hs.take(clerk, pid)
    with pytest.raises(PermissionDenied):
        hs.release(people["almaty"], pid, "x")  # another region
    with pytest.raises(InvalidInput):
        hs.release(people["admin"], pid)  # someone else's hold: a reason is required
    hs.take(r1, apps["abai"][1])
    assert hs.release(people["admin"], apps["abai"][1], "ушёл в отпуск")
    with pytest.raises(Conflict) as err:
        rv.decide(r1, apps["abai"][1], "register")
    assert "admin" in err.value.ru and "ушёл в отпуск" in err.value.ru and err.value.kk
    # told once; the next attempt goes through
    assert rv.decide(r1, apps["abai"][1], "register").registry_number == 1
    # a clerk may not release someone else's hold; the holder may release their own
    hs.take(r2, apps["abai"][2])
    with pytest.raises(PermissionDenied):
        hs.release(clerk, apps["abai"][2], "мне нужно")
    assert hs.release(r2, apps["abai"][2])
    assert not hs.release(r2, apps["abai"][2])
    # notices for the UI
    hs.take(r2, apps["almaty"][0])
    hs.release(people["admin"], apps["almaty"][0], "перераспределение")
    notes = hs.pending_notices(r2)
    assert [(n.portal_id, n.released_by, n.reason) for n in notes] == [
        (apps["almaty"][0], "admin", "перераспределение")]
    assert hs.pending_notices(r2) == []
