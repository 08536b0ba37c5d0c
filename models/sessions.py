"""Who is signed in where: one row per sign-in, touched while the user works."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update

from models import audit
from models.actor import Actor
from models.db import Database
from models.errors import NotFound, PermissionDenied
from models.security_entities import WorkSession
from models.workcalendar import utc_now

#: a session not touched for this long is not shown as active (the workstation went away)
STALE_AFTER = dt.timedelta(hours=12)


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
            raise PermissionDenied("Сеанс открывается только для пользователя",
                                   "Сеанс тек пайдаланушы үшін ашылады")
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
        """The user is still working (call now and then, e.g. once a minute of activity)."""
        with self.db.write() as s:
            n = s.execute(update(WorkSession).where(
                WorkSession.id == session_id, WorkSession.user_id == actor.user_id,
                WorkSession.ended_at.is_(None)).values(last_seen_at=utc_now())).rowcount
            if not n:
                raise NotFound("Сеанс не найден или уже завершён",
                               "Сеанс табылмады немесе аяқталған")

    def end(self, actor: Actor, session_id: int, reason: str = "sign-out") -> None:
        """Sign-out (or the admin ends someone's session); idempotent."""
        with self.db.write() as s:
            w = s.get(WorkSession, session_id)
            if w is None:
                raise NotFound("Сеанс не найден", "Сеанс табылмады")
            if w.user_id != actor.user_id and not actor.is_admin:
                raise PermissionDenied("Чужой сеанс завершает только администратор",
                                       "Басқаның сеансын тек әкімші аяқтайды")
            if w.ended_at is None:
                w.ended_at = utc_now()
                w.end_reason = reason[:40]
                audit.record(s, actor, "session.end", "session", w.id,
                             after={"login": w.login, "reason": w.end_reason})

    def list_active(self, actor: Actor) -> list[SessionInfo]:
        """Sessions not ended and seen recently, newest first; admin only."""
        if not actor.is_admin:
            raise PermissionDenied("Список сеансов доступен только администратору",
                                   "Сеанстар тізімі тек әкімшіге қолжетімді")
        since = utc_now() - STALE_AFTER
        with self.db.read() as s:
            rows = s.scalars(select(WorkSession).where(
                WorkSession.ended_at.is_(None), WorkSession.last_seen_at >= since)
                .order_by(WorkSession.last_seen_at.desc()))
            return [_info(w) for w in rows]
