"""A session ended by an admin, or of a deactivated user, cannot go on (the window locks)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from models.actor import Actor
from models.db.entities import AuditEvent
from models.db.security_entities import WorkSession
from models.errors import AuthError, NotFound
from models.people.signins import SessionEnded
from models.services import Services
from tests.security.conftest import PW


def test_session_ended_by_an_admin_is_refused_with_a_clear_message(
        db: Any, services: Services, people: dict[str, Actor]) -> None:
    ss = services.sessions
    clerk = people["abai"]
    sid = ss.start(clerk)
    ss.touch(clerk, sid)
    ss.end(people["admin"], sid, reason="left the office")
    with pytest.raises(SessionEnded) as err:
        ss.touch(clerk, sid)
    assert err.value.details["reason"] == "admin" and err.value.key == "session.admin_ended"
    assert "администратор" in err.value.ru and "әкімші" in err.value.kk
    assert isinstance(err.value, AuthError)
    assert sid not in [x.id for x in ss.list_active(people["admin"])]
    with db.read() as s:
        w = s.get(WorkSession, sid)
        assert w.ended_at is not None and w.end_reason == "admin: left the office"
    # a session of one's own that was signed out says so, without blaming an admin
    own = ss.start(clerk)
    ss.end(clerk, own)
    with pytest.raises(SessionEnded) as err:
        ss.touch(clerk, own)
    assert err.value.details["reason"] == "ended" and "администратор" not in err.value.ru
    with pytest.raises(NotFound):  # somebody else's session id is not touched
        ss.touch(people["almaty"], ss.start(clerk))


def test_deactivated_user_cannot_go_on_and_cannot_sign_in(
        db: Any, services: Services, people: dict[str, Actor]) -> None:
    ss, us = services.sessions, services.users
    clerk = people["abai"]
    sid = ss.start(clerk)
    other = ss.start(clerk)  # signed in on a second workstation too
    us.set_active(people["admin"], "abai", False)
    assert {sid, other}.isdisjoint(x.id for x in ss.list_active(people["admin"]))
    with pytest.raises(SessionEnded) as err:
        ss.touch(clerk, sid)
    assert err.value.details["reason"] == "inactive" and err.value.key == "session.user_disabled"
    assert "отключена" in err.value.ru and "өшірді" in err.value.kk
    with pytest.raises(AuthError):
        us.authenticate("abai", PW)
    with db.read() as s:
        ends = [json.loads(a) for a in s.scalars(select(AuditEvent.after).where(
            AuditEvent.action == "session.end").order_by(AuditEvent.id))]
    assert {e["reason"] for e in ends} == {"admin: deactivated"} and len(ends) == 2
    us.set_active(people["admin"], "abai", True)
    back = us.authenticate("abai", PW)
    fresh = ss.start(back)
    ss.touch(back, fresh)  # a new sign-in works again
    with pytest.raises(SessionEnded):
        ss.touch(back, sid)  # the old session stays ended
