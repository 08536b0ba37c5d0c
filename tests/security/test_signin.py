"""Sign-in policy from settings, sessions (who is signed in where) and private logs."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from sqlalchemy import select

from models.actor import SYSTEM, Actor
from models.db.entities import AuditEvent, Role
from models.errors import AuthError, InvalidInput, PermissionDenied
from models.people.security_settings import SecuritySettings
from models.privacy_log import PersonalDataFilter, install, mask
from models.services import Services
from tests.security.conftest import PW


def test_lockout_follows_settings_and_is_audited(db: Any, services: Services, people: dict[str,
                                                 Actor]) -> None:
    settings = services.security
    assert settings.get() == SecuritySettings()  # 5 attempts, 15 min, idle 15, holds 30
    with pytest.raises(PermissionDenied):
        settings.update(people["abai"], max_failed_attempts=3)
    with pytest.raises(InvalidInput):
        settings.update(people["admin"], idle_lock_minutes=0)
    new = settings.update(people["admin"], max_failed_attempts=3, lockout_minutes=60,
                          idle_lock_minutes=10)
    assert (new.max_failed_attempts, new.lockout_minutes, new.idle_lock_minutes) == (3, 60, 10)
    us = services.users
    for _ in range(3):
        with pytest.raises(AuthError):
            us.authenticate("viewer", "not the password")
    with pytest.raises(AuthError, match="заблокирована"):
        us.authenticate("viewer", PW)
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.user_login == "viewer").order_by(AuditEvent.id)).all()
        locked_until = s.scalar(select(AuditEvent.after).where(
            AuditEvent.action == "settings.update"))
    assert actions[-4:] == ["login.failed"] * 4 and "login.ok" in actions
    assert '"lockout_minutes":60' in locked_until


def test_lockout_ends_after_its_period(db: Any, services: Services, people: dict[str, Actor],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """With a clock the test controls: locked for ``lockout_minutes``, then counting afresh."""
    import datetime as dt

    services.security.update(people["admin"], max_failed_attempts=3, lockout_minutes=20)
    now = [dt.datetime(2026, 3, 20, 9, 0)]
    us = services.users
    monkeypatch.setattr(us, "clock", lambda: now[0])
    for _ in range(3):
        with pytest.raises(AuthError, match="Неверный"):
            us.authenticate("abai", "not the password")
    now[0] += dt.timedelta(minutes=19, seconds=59)
    with pytest.raises(AuthError, match="заблокирована"):
        us.authenticate("abai", PW)
    now[0] += dt.timedelta(seconds=1)  # 20 minutes after the third failure
    assert us.authenticate("abai", PW).login == "abai"
    for _ in range(2):  # the count started afresh: two more failures do not lock
        with pytest.raises(AuthError, match="Неверный"):
            us.authenticate("abai", "not the password")
    assert us.authenticate("abai", PW).login == "abai"
    with db.read() as s:
        reasons = [json.loads(a)["reason"] for a in s.scalars(
            select(AuditEvent.after).where(AuditEvent.action == "login.failed",
                                           AuditEvent.user_login == "abai")
            .order_by(AuditEvent.id))]
    assert reasons == ["password"] * 3 + ["locked"] + ["password"] * 2


def test_sessions_show_who_is_signed_in_where(services: Services, people: dict[str, Actor]) -> None:
    ss = services.sessions
    us = services.users
    clerk = us.authenticate("abai", PW, workstation="ZHAO-SEMEY-07")
    sid = ss.start(clerk)
    aid = ss.start(people["admin"])
    active = ss.list_active(people["admin"])
    assert {(x.login, x.workstation) for x in active} >= {("abai", "ZHAO-SEMEY-07")}
    ss.touch(clerk, sid)
    with pytest.raises(PermissionDenied):
        ss.list_active(clerk)
    with pytest.raises(PermissionDenied):
        ss.end(clerk, aid)
    ss.end(clerk, sid)
    ss.end(clerk, sid)  # idempotent
    assert [x.id for x in ss.list_active(people["admin"])] == [aid]
    with pytest.raises(Exception, match="завершён"):
        ss.touch(clerk, sid)
    with pytest.raises(PermissionDenied):
        ss.start(SYSTEM)


def test_password_policy_and_argon2_parameters(db: Any, services: Services) -> None:
    us = services.users
    with pytest.raises(InvalidInput):
        us.add(SYSTEM, "short", "elevenchars", Role.VIEWER)
    us.add(SYSTEM, "long", "twelve chars", Role.VIEWER)
    from models.db.entities import User

    with db.read() as s:
        h = s.scalar(select(User.password_hash).where(User.login == "long"))
    assert h.startswith("$argon2id$") and "m=19456,t=2,p=1" in h


PERSONAL = ("ИИН 860412450123, тел. +7 701 123 45 67 / 87011234567, "
            "почта asel.a@example.kz, родилась 1986-04-12 (12.04.1986)")


def test_mask_removes_personal_data() -> None:
    out = mask(PERSONAL)
    for secret in ("860412450123", "701 123 45 67", "87011234567", "asel.a@example.kz",
                   "1986-04-12", "12.04.1986"):
        assert secret not in out
    assert "<iin>" in out and "<phone>" in out and "<e-mail>" in out and "<date>" in out
    assert mask("P-2026-000123 decided at 2026-03-20T16:40:00") == \
        "P-2026-000123 decided at 2026-03-20T16:40:00"  # ids and timestamps stay


def test_log_files_never_receive_personal_data(tmp_path: Any) -> None:
    log_file = tmp_path / "tizilim.log"
    logger = logging.getLogger("tizilim.test.privacy")
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger.addHandler(handler)
    install(logger)
    assert any(isinstance(f, PersonalDataFilter) for f in handler.filters)
    try:
        logger.warning("import of %s failed: %s", "P-1", PERSONAL)
        try:
            raise ValueError(f"bad record {PERSONAL}")
        except ValueError:
            logger.exception("crash while saving")
    finally:
        handler.close()
        logger.removeHandler(handler)
    text = log_file.read_text(encoding="utf-8")
    assert "P-1" in text and "ValueError" in text and "Traceback" in text
    for secret in ("860412450123", "87011234567", "asel.a@example.kz", "1986-04-12"):
        assert secret not in text


def test_service_errors_carry_no_personal_data(services: Services, people: dict[str, Actor],
                                               apps: dict[str, list[str]],
                                               caplog: pytest.LogCaptureFixture) -> None:
    """Refusals and conflicts name portal ids, never the applicant's IIN, phone or e-mail."""

    caplog.set_level(logging.DEBUG)
    iin = services.queries.detail(people["admin"], apps["abai"][0]).data["iin"]
    errors = []
    for call in (lambda: services.queries.detail(people["almaty"], apps["abai"][0]),
                 lambda: services.review.decide(people["admin"], apps["abai"][0], "register"),
                 lambda: services.review.decide(people["admin"], apps["abai"][0], "register")):
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - we inspect whatever comes out
            errors.append(str(exc))
    assert len(errors) == 2
    for text in [*errors, caplog.text]:
        assert iin not in text and "@example.kz" not in text and mask(text) == text
