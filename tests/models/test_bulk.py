"""Bulk work in models: each application decided in its own transaction, reported row by row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.actor import SYSTEM, Actor
from models.applications.bulk import MAX_BULK, BulkItem
from models.db.entities import Application, AuditEvent, Decision, Status
from models.db.notification_entities import LetterRecord
from models.errors import InvalidInput, PermissionDenied
from models.services import Services
from tests.factories import many, signing_admin
from tests.models.test_workflow import receive


@pytest.fixture
def admin(db: Any) -> Actor:
    return signing_admin(db)


def items(services: Services, actor: Actor, pids: list[str]) -> list[BulkItem]:
    out = []
    for pid in pids:
        d = services.queries.detail(actor, pid, audit_view=False)
        out.append(BulkItem(pid, d.summary.revision, d.summary.full_name))
    return out


def test_bulk_return_each_gets_its_decision_and_letter_and_a_row_decided_meanwhile_is_reported(
    db: Any, services: Services, admin: Actor
) -> None:
    receive(services, admin, many(4))
    pids = [f"P-2026-{i:06d}" for i in range(1, 5)]
    checked = items(services, admin, pids)
    # another reviewer decides the third one between the selection and the action
    services.users.add(SYSTEM, "other", "correct horse battery staple", "admin", None,
                       "Басқа Әкімші", "Бас маман")
    other = services.users.authenticate("other", "correct horse battery staple")
    services.review.decide(other, pids[2], "register")
    seen: list[tuple[int, int]] = []
    report = services.bulk.decide(admin, checked, "return", ["RET-DOCUMENTS"], "Құжаттар жоқ",
                                  progress=lambda d, t: seen.append((d, t)))
    assert [r.outcome for r in report.rows] == ["done", "done", "conflict", "done"]
    assert report.rows[2].error is not None and report.rows[2].error.key == "decision.already_made"
    assert seen[-1] == (4, 4)
    with db.read() as s:
        st = dict(s.execute(select(Application.portal_id, Application.status)).all())
        assert [st[p] for p in pids] == [Status.RETURNED, Status.RETURNED, Status.REGISTERED,
                                         Status.RETURNED]
        decisions = s.scalars(select(Decision).order_by(Decision.id)).all()
        assert len(decisions) == 4  # one by the other reviewer, three of the bulk return
        assert all(d.reason_codes == ["RET-DOCUMENTS"] and d.comment == "Құжаттар жоқ"
                   for d in decisions[1:])
        assert s.scalar(select(func.count()).select_from(LetterRecord)) == 4
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "application.return")) == 3


def test_bulk_register_checks_each_revision_and_cancel_stops_before_the_next(
    db: Any, services: Services, admin: Actor
) -> None:
    receive(services, admin, many(3))
    pids = [f"P-2026-{i:06d}" for i in range(1, 4)]
    checked = items(services, admin, pids)
    stale = [BulkItem(checked[0].portal_id, checked[0].revision + 1), *checked[1:]]
    calls = 0

    def cancel_after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    report = services.bulk.decide(admin, stale, "register", is_cancelled=cancel_after_two)
    assert [r.outcome for r in report.rows] == ["conflict", "done", "not_done"]
    assert report.cancelled
    assert report.rows[0].error is not None
    assert report.rows[0].error.key == "decision.revision_changed"
    assert report.rows[1].decision is not None and report.rows[1].decision.registry_number
    with db.read() as s:
        st = dict(s.execute(select(Application.portal_id, Application.status)).all())
    assert [st[p] for p in pids] == [Status.SUBMITTED, Status.REGISTERED, Status.SUBMITTED]


def test_bulk_refuses_a_viewer_and_bad_input_before_anything(
    db: Any, services: Services, admin: Actor
) -> None:
    receive(services, admin, many(2))
    checked = items(services, admin, ["P-2026-000001", "P-2026-000002"])
    with pytest.raises(InvalidInput):
        services.bulk.decide(admin, checked, "return", [])  # a return needs a ground
    with pytest.raises(InvalidInput):
        services.bulk.decide(admin, [], "register")
    with pytest.raises(InvalidInput):
        services.bulk.decide(admin, [BulkItem(f"X{i}") for i in range(MAX_BULK + 1)], "register")
    services.users.add(SYSTEM, "clerk", "correct horse battery staple", "mio", "100000000",
                       "Клерк", "Маман")
    clerk = services.users.authenticate("clerk", "correct horse battery staple")
    with pytest.raises(PermissionDenied):
        services.bulk.decide(clerk, checked, "register")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0


def test_a_user_who_cannot_sign_stops_at_the_first_row(db: Any, services: Services) -> None:
    services.users.add(SYSTEM, "unnamed", "correct horse battery staple", "admin", None, "", "")
    unnamed = services.users.authenticate("unnamed", "correct horse battery staple")
    receive(services, unnamed, many(3))
    report = services.bulk.decide(unnamed, [BulkItem(f"P-2026-00000{i}") for i in (1, 2, 3)],
                                  "register")
    assert [r.outcome for r in report.rows] == ["cannot_sign", "not_done", "not_done"]
    assert not report.cancelled


def test_bulk_take_release_and_letters_file(db: Any, services: Services, admin: Actor,
                                            tmp_path: Path) -> None:
    receive(services, admin, many(3))
    pids = [f"P-2026-{i:06d}" for i in range(1, 4)]
    report = services.bulk.take(admin, [BulkItem(p) for p in pids])
    assert report.done == 3
    assert services.holds.held_by_me(admin) == pids
    assert services.bulk.release(admin, [BulkItem(p) for p in pids]).done == 3
    assert services.holds.held_by_me(admin) == []
    services.bulk.decide(admin, [BulkItem(p) for p in pids[:2]], "refuse", ["REF-EMIGRATION"])
    written: list[tuple[int, Path]] = []
    out = tmp_path / "letters.pdf"
    report = services.bulk.letters_file(admin, [BulkItem(p) for p in pids], out,
                                        lambda ls, path, _p, _c: written.append((len(ls), path)))
    assert [r.outcome for r in report.rows] == ["done", "done", "not_found"]
    assert written == [(2, out)]
