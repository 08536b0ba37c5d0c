"""Who is signed in where: one row per sign-in, touched while the user works."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.workdays import utc_now
from models.db.engine import Database
from models.db.entities import User
from models.db.security_entities import WorkSession
from models.errors import AuthError, NotFound, PermissionDenied
from models.people.access import deny

#: a session not touched for this long is not shown as active (the workstation went away)
STALE_AFTER = dt.timedelta(hours=12)


#: ``end_reason`` of a session someone else (an admin) ended starts with this
BY_ADMIN = "admin: "


class SessionEnded(AuthError):
    """The session may not go on: it was ended (by an admin or a sign-out elsewhere) or the
    user was deactivated. The window should lock; ``details["reason"]`` says which:
    ``"admin"``, ``"ended"`` or ``"inactive"``."""


def _ended(reason: str) -> SessionEnded:
    if reason == "inactive":
        return SessionEnded("session.user_disabled", reason=reason)
    if reason == "admin":
        return SessionEnded("session.admin_ended", reason=reason)
    return SessionEnded("session.ended", reason=reason)


def end_open_sessions(s: Session, actor: Actor, user_id: int, reason: str) -> int:
    """End every open session of a user (in the caller's transaction); audited each."""
    ended = 0
    now = utc_now()
    for w in s.scalars(select(WorkSession).where(WorkSession.user_id == user_id,
                                                 WorkSession.ended_at.is_(None))):
        w.ended_at = now
        w.end_reason = (BY_ADMIN + reason)[:40] if actor.user_id != user_id else reason[:40]
        audit.record(s, actor, "session.end", "session", w.id,
                     after={"login": w.login, "reason": w.end_reason})
        ended += 1
    return ended


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    login: str
    workstation: str
    started_at: dt.datetime  # UTC, naive
    last_seen_at: dt.datetime
    ended_at: dt.datetime | None


def _info(w: WorkSession) -> SessionInfo:
    return SessionInfo(w.id, w.login, w.workstation, w.started_at, w.last_seen_at, w.ended_at)


class SessionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def start(self, actor: Actor) -> int:
        """Record a sign-in (call right after ``UserService.authenticate``); returns its id."""
        if actor.user_id is None:
            raise PermissionDenied("session.users_only")
        now = utc_now()
        with self.db.write() as s:
            w = WorkSession(user_id=actor.user_id, login=actor.login,
                            workstation=actor.workstation, started_at=now, last_seen_at=now)
            s.add(w)
            s.flush()
            audit.record(s, actor, "session.start", "session", w.id,
                         after={"workstation": actor.workstation})
            return w.id

    def touch(self, actor: Actor, session_id: int) -> None:
        """The user is still working (call now and then, e.g. once a minute of activity).

        Raises :class:`SessionEnded` when the session was ended (by an admin, or signed out)
        or the user was deactivated — the window must then lock; a deactivated user's open
        session is ended on the way (audited).
        """
        def run() -> SessionEnded | None:
            with self.db.write() as s:
                w = s.get(WorkSession, session_id)
                if w is None or w.user_id != actor.user_id:
                    raise NotFound("session.not_found", session_id=session_id)
                active = s.scalar(select(User.active).where(User.id == actor.user_id))
                if not active:
                    end_open_sessions(s, actor, w.user_id, "inactive")
                    return _ended("inactive")
                if w.ended_at is not None:
                    by_admin = (w.end_reason or "").startswith(BY_ADMIN)
                    return _ended("admin" if by_admin else "ended")
                s.execute(update(WorkSession).where(WorkSession.id == w.id)
                          .values(last_seen_at=utc_now(),
                                  version=WorkSession.version + 1))
                return None

        refused = run()
        if refused is not None:
            raise refused

    def end(self, actor: Actor, session_id: int, reason: str = "sign-out") -> None:
        """Sign-out (or the admin ends someone's session); idempotent."""
        with self.db.write() as s:
            w = s.get(WorkSession, session_id)
            if w is None:
                raise NotFound("session.not_found", session_id=session_id)
            foreign = w.user_id != actor.user_id and not actor.is_admin
            if not foreign and w.ended_at is None:
                w.ended_at = utc_now()
                w.end_reason = (BY_ADMIN + reason if w.user_id != actor.user_id else reason)[:40]
                audit.record(s, actor, "session.end", "session", w.id,
                             after={"login": w.login, "reason": w.end_reason})
        if foreign:  # audited in its own transaction, after this one closed
            raise deny(self.db, actor, "session.end_admin_only", "session", session_id,
                       what="session.end")

    def list_active(self, actor: Actor) -> list[SessionInfo]:
        """Sessions not ended and seen recently, newest first; admin only."""
        if not actor.is_admin:
            raise deny(self.db, actor, "session.list_admin_only", "session",
                       what="session.list")
        since = utc_now() - STALE_AFTER
        with self.db.read() as s:
            rows = s.scalars(select(WorkSession).where(
                WorkSession.ended_at.is_(None), WorkSession.last_seen_at >= since)
                .order_by(WorkSession.last_seen_at.desc()))
            return [_info(w) for w in rows]
