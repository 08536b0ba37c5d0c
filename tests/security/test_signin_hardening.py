"""Sign-in (issue 13): a known and an unknown login cost the same; failed attempts never leave
the registry without an administrator; the last admin's way back in."""

from __future__ import annotations

import statistics
import time
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.cli.main import main
from models.actor import Actor
from models.db.entities import AuditEvent, User
from models.errors import AuthError
from models.services import Services
from tests.security.conftest import PW


def _verifications(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = PasswordHasher.verify

    def counting(self: PasswordHasher, h: Any, password: Any) -> bool:
        calls[0] += 1
        return real(self, h, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    return calls


def test_unknown_and_known_logins_cost_one_argon2_verification_each(
        db: Any, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _verifications(monkeypatch)
    us = Services.on(db).users
    for login in ("nobody-here", "viewer", "admin"):
        before = calls[0]
        with pytest.raises(AuthError, match="Неверный"):
            us.authenticate(login, "not the password")
        assert calls[0] - before == 1, login
    us.set_active(people["admin"], "viewer", False)  # an inactive user too
    before = calls[0]
    with pytest.raises(AuthError):
        us.authenticate("viewer", PW)
    assert calls[0] - before == 1


def test_unknown_and_known_logins_answer_in_about_the_same_time(
        db: Any, people: dict[str, Actor]) -> None:
    """Measured alternately (the machine's load falls on both alike); before, an unknown
    login answered more than ten times faster than a known one."""
    us = Services.on(db).users
    times: dict[str, list[float]] = {"nobody": [], "abai": []}

    def attempt(login: str) -> float:
        t0 = time.perf_counter()
        with pytest.raises(AuthError):
            us.authenticate(login, "not the password")
        return time.perf_counter() - t0

    attempt("nobody")  # warm-up (the dummy hash is made once)
    for _ in range(7):
        for login in times:
            times[login].append(attempt(login))
    unknown, known = (statistics.median(times[k]) for k in ("nobody", "abai"))
    assert 1 / 3 < unknown / known < 3, (unknown, known)


def _lock_status(db: Any, login: str) -> Any:
    with db.read() as s:
        return s.scalar(select(User.locked_until).where(User.login == login))


def test_the_last_admin_is_never_locked_out(db: Any, people: dict[str, Actor]) -> None:
    us = Services.on(db).users
    for _ in range(12):
        with pytest.raises(AuthError, match="Неверный"):
            us.authenticate("admin", "guessing")
    assert _lock_status(db, "admin") is None
    assert us.authenticate("admin", PW).login == "admin"
    with db.read() as s:
        afters = s.scalars(select(AuditEvent.after).where(
            AuditEvent.action == "login.failed", AuditEvent.user_login == "admin")).all()
    assert len(afters) == 12 and sum('"last_admin_not_locked":true' in a for a in afters) == 2


def test_with_two_admins_one_may_be_locked_never_both(db: Any, people: dict[str, Actor]) -> None:
    us = Services.on(db).users
    us.add(people["admin"], "boss", PW, "admin")
    for _ in range(5):
        with pytest.raises(AuthError):
            us.authenticate("boss", "guessing")
    assert _lock_status(db, "boss") is not None  # another admin is still there
    for _ in range(10):
        with pytest.raises(AuthError, match="Неверный"):
            us.authenticate("admin", "guessing")
    assert _lock_status(db, "admin") is None  # the only admin left who is not locked
    assert us.authenticate("admin", PW).login == "admin"
    for _ in range(5):  # clerks are locked as before
        with pytest.raises(AuthError):
            us.authenticate("abai", "guessing")
    assert _lock_status(db, "abai") is not None


def test_recover_gives_the_admin_a_new_password(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin",
               "--name", "Әкімші Тест", "--position", "бас маман")[0] == 0
    new = "a brand new long password"
    monkeypatch.setenv("TIZILIM_PASSWORD", new)
    code, out, err = run("user", "recover", "admin")
    assert code == 0 and "new password set" in out, err
    assert run("user", "list", "--as", "admin")[0] == 0
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    assert run("user", "list", "--as", "admin")[0] == 1
