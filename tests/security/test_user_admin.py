"""UserService.update: role, region and name changes by an admin, audited, never leaving
the database without an active admin."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from models.actor import Actor
from models.db.entities import AuditEvent, Role
from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.people.signins import SessionEnded
from models.services import Services
from tests.security.conftest import ABAI, ALMATY, PW


def _events(db: Any, action: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    with db.read() as s:
        return [(u, json.loads(b) if b else {}, json.loads(a) if a else {})
                for u, b, a in s.execute(select(AuditEvent.user_login, AuditEvent.before,
                                                AuditEvent.after)
                                         .where(AuditEvent.action == action)
                                         .order_by(AuditEvent.id))]


def test_admin_changes_role_region_and_name_audited(db: Any, services: Services, people: dict[str,
                                                    Actor]) -> None:
    us, admin = services.users, people["admin"]
    us.update(admin, "abai", region=ALMATY, full_name="  Асель   Нурлановна ")
    info = {u.login: u for u in us.list(admin)}["abai"]
    assert (info.role, info.region, info.full_name) == (Role.MIO, ALMATY, "Асель Нурлановна")
    assert _events(db, "user.update")[-1] == (
        "admin", {"role": "mio", "region": ABAI, "full_name": "", "position": ""},
        {"role": "mio", "region": ALMATY, "full_name": "Асель Нурлановна", "position": ""})
    assert us.authenticate("abai", PW).region == ALMATY

    us.update(admin, "viewer", role="mio", region=ABAI)
    us.update(admin, "almaty", role="viewer")  # a region means nothing for a viewer
    roles = {u.login: (u.role, u.region) for u in us.list(admin)}
    assert roles["viewer"] == (Role.MIO, ABAI) and roles["almaty"] == (Role.VIEWER, None)
    n = len(_events(db, "user.update"))
    us.update(admin, "almaty", role="viewer")  # nothing changes: nothing audited
    assert len(_events(db, "user.update")) == n


def test_update_validates_and_refuses(db: Any, services: Services, people: dict[str,
                                      Actor]) -> None:
    us, admin = services.users, people["admin"]
    with pytest.raises(InvalidInput, match="регион"):
        us.update(admin, "viewer", role="mio")  # a clerk needs a region
    with pytest.raises(InvalidInput, match="регион"):
        us.update(admin, "abai", region="999999999")  # not a KATO code of the catalog
    with pytest.raises(ValueError):
        us.update(admin, "abai", role="superuser")
    with pytest.raises(NotFound):
        us.update(admin, "nobody", full_name="X")
    with pytest.raises(PermissionDenied):
        us.update(people["abai"], "abai", role="admin")
    assert {u.login: u.role for u in us.list(admin)}["abai"] is Role.MIO
    denied = _events(db, "access.denied")
    assert denied[-1][0] == "abai" and denied[-1][2]["what"] == "user.update"


def test_last_active_admin_is_never_demoted_or_deactivated(
        services: Services, people: dict[str, Actor]) -> None:
    us, admin = services.users, people["admin"]
    for change in (lambda: us.update(admin, "admin", role="viewer"),
                   lambda: us.update(admin, "admin", role="mio", region=ABAI),
                   lambda: us.set_active(admin, "admin", False)):
        with pytest.raises(Conflict, match="последнего активного администратора"):
            change()
    us.update(admin, "admin", full_name="Главный администратор")  # a name is fine
    us.update(admin, "viewer", role="admin")
    us.set_active(admin, "viewer", False)  # an inactive admin does not count
    with pytest.raises(Conflict):
        us.update(admin, "admin", role="viewer")
    us.set_active(admin, "viewer", True)
    us.update(admin, "admin", role="viewer")  # now another active admin remains
    assert {u.login: u.role for u in us.list(people["admin"])}["admin"] is Role.VIEWER


def test_a_change_of_rights_ends_the_users_sessions(services: Services, people: dict[str,
                                                    Actor]) -> None:
    ss, us = services.sessions, services.users
    sid = ss.start(people["abai"])
    us.update(people["admin"], "abai", full_name="Асель")  # a name: the session goes on
    ss.touch(people["abai"], sid)
    us.update(people["admin"], "abai", role="viewer")
    with pytest.raises(SessionEnded) as err:
        ss.touch(people["abai"], sid)  # the old rights die with the session
    assert err.value.details["reason"] == "admin"
    assert us.authenticate("abai", PW).role is Role.VIEWER
