"""Every refusal of the service layer is written to the audit log (``access.denied``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from models.actor import Actor
from models.applications.worklist import WorklistFilter
from models.catalogs import Catalogs
from models.db.entities import AuditEvent
from models.errors import PermissionDenied
from models.intake.records import ParsedFile, validate_record
from models.services import Services
from tests.factories import many
from tests.security.conftest import ALMATY, PW


def _denials(db: Any) -> list[tuple[str, str, dict[str, Any]]]:
    with db.read() as s:
        return [(u, e, json.loads(a)) for u, e, a in s.execute(
            select(AuditEvent.user_login, AuditEvent.entity, AuditEvent.after)
            .where(AuditEvent.action == "access.denied").order_by(AuditEvent.id))]


def _refused(db: Any, call: Callable[[], object]) -> tuple[str, str, dict[str, Any]]:
    """Run ``call``, expect a refusal, return the one access.denied event it wrote."""
    before = len(_denials(db))
    with pytest.raises(PermissionDenied) as err:
        call()
    assert err.value.ru and err.value.kk
    events = _denials(db)
    assert len(events) == before + 1, events[before:]
    return events[-1]


def test_viewer_refusals_on_applications_and_import_are_audited(
        db: Any, services: Services, people: dict[str, Actor], apps: dict[str, list[str]]) -> None:
    viewer, q = people["viewer"], services.queries
    ids = q.ordered_ids(people["admin"])
    assert _refused(db, lambda: q.summaries(viewer, ids))[0] == "viewer"
    assert _refused(db, lambda: q.counts_by_status(viewer))[2]["what"] == "statistics"
    assert _refused(db, lambda: q.count(viewer))[2]["what"] == "count"
    recs = [validate_record(1, many(1, start=9)[0], Catalogs.shipped())]
    user, entity, after = _refused(db, lambda: services.imports.import_parsed(
        viewer, ParsedFile("portal.json", "json", recs)))
    assert (user, entity, after["what"]) == ("viewer", "import", "import")
    assert len(q.ordered_ids(people["admin"])) == 5  # nothing was imported


def test_viewer_cannot_find_an_application_by_iin_in_the_worklist(
        db: Any, services: Services, people: dict[str, Actor], apps: dict[str, list[str]]) -> None:
    """The worklist search matches the IIN, so a viewer never reaches it."""
    q = services.queries
    iin = q.detail(people["admin"], apps["abai"][0]).data["iin"]
    assert len(q.page(people["admin"], WorklistFilter(search=iin))) == 1
    for call in (lambda: q.page(people["viewer"], WorklistFilter(search=iin)),
                 lambda: q.count(people["viewer"], WorklistFilter(search=iin)),
                 lambda: q.ordered_ids(people["viewer"], WorklistFilter(search=iin))):
        user, _entity, after = _refused(db, call)
        assert user == "viewer" and after["what"] == "search"
    for _u, _e, after in _denials(db):
        assert iin not in json.dumps(after, ensure_ascii=False)  # the search term is not kept


def test_non_admin_refusals_on_users_settings_and_sessions_are_audited(
        db: Any, services: Services, people: dict[str, Actor]) -> None:
    us, clerk = services.users, people["abai"]
    calls: dict[str, Callable[[], object]] = {
        "user.create": lambda: us.add(clerk, "eve", PW, "admin"),
        "user.list": lambda: us.list(clerk),
        "user.deactivate": lambda: us.set_active(clerk, "almaty", False),
        "user.reset_password": lambda: us.reset_password(clerk, "admin", PW + "!"),
        "user.update": lambda: us.update(clerk, "abai", region=ALMATY),
        "settings.update": lambda: services.security.update(clerk, lockout_minutes=1),
        "session.list": lambda: services.sessions.list_active(clerk),
    }
    for what, call in calls.items():
        user, _entity, after = _refused(db, call)
        assert (user, after["what"]) == ("abai", what)
    ss = services.sessions
    theirs = ss.start(people["almaty"])
    user, entity, after = _refused(db, lambda: ss.end(clerk, theirs))
    assert (user, entity, after["what"]) == ("abai", "session", "session.end")
    assert theirs in [x.id for x in ss.list_active(people["admin"])]  # still open
    with db.read() as s:  # nothing else was written by the refused calls
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.in_(["user.create", "user.update", "settings.update",
                                   "user.deactivate", "user.reset_password"]),
            AuditEvent.user_login == "abai")) == 0
