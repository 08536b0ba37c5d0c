"""Simultaneous wrong passwords for one account (SQLite, and PostgreSQL with
TIZILIM_TEST_PG_URL): every attempt is counted, audited and answered with a sign-in error."""

from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import select

from models.actor import SYSTEM
from models.db.engine import Database
from models.db.entities import AuditEvent, User
from models.errors import AuthError
from models.services import Services
from tests.security.conftest import PW

N = 8


def test_threads_guessing_at_once_lock_the_account_after_five(db: Database,
                                                              services: Services) -> None:
    us = services.users
    us.add(SYSTEM, "clerk", PW, "viewer")
    start = threading.Barrier(N)
    results: list[Any] = []
    guard = threading.Lock()

    def guess(i: int) -> None:
        start.wait(30)
        try:
            us.authenticate("clerk", f"wrong password {i:02d}", workstation=f"WS-{i}")
            outcome: Any = "signed in"
        except AuthError as exc:
            outcome = exc
        except Exception as exc:  # noqa: BLE001 - any raw database error fails the test
            outcome = repr(exc)
        with guard:
            results.append(outcome)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(results) == N and all(isinstance(r, AuthError) for r in results), results
    messages = sorted(r.ru for r in results)
    assert messages.count("Неверный логин или пароль") == 5
    assert messages.count("Учётная запись временно заблокирована после неудачных попыток") \
        == N - 5

    with db.read() as s:
        events = [json.loads(a) for a in s.scalars(
            select(AuditEvent.after).where(AuditEvent.action == "login.failed",
                                           AuditEvent.user_login == "clerk")
            .order_by(AuditEvent.id))]
        workstations = set(s.scalars(select(AuditEvent.workstation).where(
            AuditEvent.action == "login.failed")))
        locked_until, failed = s.execute(select(User.locked_until, User.failed_attempts)
                                         .where(User.login == "clerk")).one()
    assert len(events) == N  # every attempt audited, none rolled back
    assert workstations == {f"WS-{i}" for i in range(N)}
    password = [e for e in events if e["reason"] == "password"]
    assert [e["attempt"] for e in password] == [1, 2, 3, 4, 5]  # counted exactly, in order
    assert [e["locked"] for e in password] == [False] * 4 + [True]
    assert [e["reason"] for e in events[5:]] == ["locked"] * (N - 5)
    assert locked_until is not None and failed == 0
    try:
        us.authenticate("clerk", PW)
        raise AssertionError("a locked account signed in")
    except AuthError as exc:
        assert "заблокирована" in exc.ru and "бұғатталды" in exc.kk
