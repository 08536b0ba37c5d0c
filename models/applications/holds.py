"""The work queue: a reviewer takes an application, holds it while working, and lets it go.

On PostgreSQL "take the next application" locks with ``SELECT … FOR UPDATE SKIP LOCKED``, so
reviewers pulling at the same moment never get the same one; on SQLite the write lock
(``BEGIN IMMEDIATE``) serialises them. A hold expires on its own after the configured idle
minutes (``SecuritySettings.hold_expiry_minutes``); :meth:`HoldService.touch` extends it.
An administrator may release someone else's hold with a reason; the holder is told on their
next action on it (a :class:`~models.errors.Conflict`) or through :meth:`pending_notices`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.locking import lock_app
from models.applications.transitions import can_decide
from models.audit import chain as audit
from models.calendar.workdays import utc_now
from models.db.engine import Database
from models.db.entities import Application, Role, User
from models.db.retries import with_retries
from models.db.security_entities import HoldRelease
from models.errors import Conflict, InvalidInput
from models.people.access import deny, deny_foreign
from models.people.security_settings import load as load_settings

OPEN_SQL = text("applications.status IN ('submitted', 'resubmitted')")


# the predicates of the partial indexes of migration 0003, word for word
FREE_SQL = text("status IN ('submitted', 'resubmitted') AND held_by IS NULL")


HELD_SQL = text("status IN ('submitted', 'resubmitted') AND held_by IS NOT NULL")


@dataclass(frozen=True, slots=True)
class HoldNotice:
    portal_id: str
    released_by: str
    reason: str
    released_at: dt.datetime  # UTC, naive

    def conflict(self) -> Conflict:
        return released_conflict(self.portal_id, self.released_by, self.reason)


def released_conflict(portal_id: str, by: str, reason: str) -> Conflict:
    return Conflict("application.hold_released", portal_id=portal_id, released_by=by,
                    reason=reason)


def held_conflict(portal_id: str, holder: str, since: dt.datetime | None) -> Conflict:
    if since is None:
        return Conflict("application.held", portal_id=portal_id, holder=holder)
    return Conflict("application.held_since", portal_id=portal_id, holder=holder, since=since)


def live_holder(app: Application, expiry: dt.timedelta, now: dt.datetime) -> int | None:
    """The user id holding ``app`` now (None if nobody, or the hold expired)."""
    if app.held_by is None or app.held_since is None:
        return None
    return app.held_by if app.held_since + expiry > now else None


def check_may_act(s: Session, actor: Actor, app: Application) -> str | None:
    """Before a decision: refuse if another user holds it; tell a holder whose hold was released.

    Returns nothing when the actor may go on. For a released hold, marks the notice as seen
    and returns its text — the caller commits that and raises :func:`released_conflict`.
    Raises :func:`held_conflict` when someone else holds the application.
    """
    now = utc_now()
    if actor.user_id is not None:
        notice = s.scalar(select(HoldRelease).where(
            HoldRelease.application_id == app.id, HoldRelease.holder_id == actor.user_id,
            HoldRelease.seen_at.is_(None)).order_by(HoldRelease.id.desc()).limit(1))
        if notice is not None:
            s.execute(update(HoldRelease).where(
                HoldRelease.application_id == app.id, HoldRelease.holder_id == actor.user_id,
                HoldRelease.seen_at.is_(None)).values(
                    seen_at=now, version=HoldRelease.version + 1))
            return f"{notice.released_by}\x00{notice.reason}"
    holder = live_holder(app, load_settings(s).hold_expiry, now)
    if holder is not None and holder != actor.user_id:
        login = s.scalar(select(User.login).where(User.id == holder)) or "?"
        raise held_conflict(app.portal_id, login, app.held_since)
    return None


class HoldService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _reviewer(self, actor: Actor, what: str, portal_id: str = "") -> None:
        if actor.role is Role.VIEWER or actor.user_id is None:
            raise deny(self.db, actor, "application.queue_denied", "application", portal_id,
                       what=what)

    def take_next(self, actor: Actor) -> str | None:
        """Take the open application due first that nobody holds (or whose hold expired).

        Returns its portal id, or None when the queue (of the actor's region, for a clerk)
        is empty. Eight reviewers asking at once get eight different applications.
        """
        self._reviewer(actor, "take")

        def run() -> str | None:
            with self.db.write() as s:
                now = utc_now()
                expired = now - load_settings(s).hold_expiry
                candidates = [
                    # nobody holds it (partial index ix_app_queue_free)
                    select(Application).where(FREE_SQL),
                    # the hold expired (partial index ix_app_queue_held, usually few rows)
                    select(Application).where(HELD_SQL, Application.held_since <= expired),
                ]
                found: list[Application] = []
                for stmt in candidates:
                    stmt = stmt.order_by(Application.due_date, Application.id).limit(1)
                    if actor.role is Role.MIO:
                        stmt = stmt.where(Application.region_code == actor.region)
                    if self.db.dialect == "postgresql":
                        stmt = stmt.with_for_update(skip_locked=True)
                    app = s.scalar(stmt)
                    if app is not None:
                        found.append(app)
                if not found:
                    return None
                app = min(found, key=lambda a: (a.due_date or dt.date.max, a.id))
                self._hold(s, actor, app, now)
                return app.portal_id

        return with_retries(run)

    def _hold(self, s: Session, actor: Actor, app: Application, now: dt.datetime) -> None:
        before = {"held_by": app.held_by}
        app.held_by = actor.user_id
        app.held_since = now
        s.flush()
        audit.record(s, actor, "application.take", "application", app.portal_id,
                     before=before, after={"held_by": actor.login}, region=app.region_code)

    def take(self, actor: Actor, portal_id: str) -> None:
        """Take this application (refused if someone else holds it)."""
        self._reviewer(actor, "take", portal_id)
        region = self._run_locked(actor, portal_id, "take")
        if region is not None:
            self._deny_region(actor, portal_id, region, "take")

    def touch(self, actor: Actor, portal_id: str) -> None:
        """The holder is still working: the idle clock starts again.

        Raises a Conflict if an admin released the hold (naming who and why) or if the hold
        expired and someone else took the application meanwhile.
        """
        self._reviewer(actor, "touch", portal_id)
        region = self._run_locked(actor, portal_id, "touch")
        if region is not None:
            self._deny_region(actor, portal_id, region, "touch")

    def _run_locked(self, actor: Actor, portal_id: str, what: str) -> str | None:
        released: str | None = None

        def run() -> str | None:
            nonlocal released
            with self.db.write() as s:
                app = lock_app(s, portal_id)
                if not actor.may_see_region(app.region_code):
                    return app.region_code
                if not can_decide(app.status):
                    raise Conflict("application.already_reviewed", portal_id=portal_id)
                now = utc_now()
                if what == "touch":
                    released = check_may_act(s, actor, app)
                    if released is not None:
                        return None  # the notice is committed as seen, then raised
                else:  # taking it again deliberately: old notices on it are moot
                    s.execute(update(HoldRelease).where(
                        HoldRelease.application_id == app.id,
                        HoldRelease.holder_id == actor.user_id,
                        HoldRelease.seen_at.is_(None)).values(
                    seen_at=now, version=HoldRelease.version + 1))
                    check_may_act(s, actor, app)
                if live_holder(app, load_settings(s).hold_expiry, now) == actor.user_id:
                    app.held_since = now  # still mine: the idle clock starts again
                else:
                    self._hold(s, actor, app, now)
                return None

        region = with_retries(run)
        if released is not None:
            by, reason = released.split("\x00", 1)
            raise released_conflict(portal_id, by, reason)
        return region

    def _deny_region(self, actor: Actor, portal_id: str, region: str, what: str) -> None:
        raise deny_foreign(self.db, actor, region, "application", portal_id, what=what)

    def release(self, actor: Actor, portal_id: str, reason: str = "") -> bool:
        """Let go of a hold. The holder may always; an admin may release anyone's, with a reason.

        Returns False when nobody held the application.
        """
        self._reviewer(actor, "release", portal_id)
        reason = (reason or "").strip()
        outcome: str | None = None

        def run() -> bool:
            nonlocal outcome
            with self.db.write() as s:
                app = lock_app(s, portal_id)
                if not actor.may_see_region(app.region_code):
                    outcome = "region:" + app.region_code
                    return False
                holder = live_holder(app, load_settings(s).hold_expiry, utc_now())
                if holder is None and app.held_by is None:
                    return False
                if app.held_by != actor.user_id and holder is not None:
                    if not actor.is_admin:
                        outcome = "admin"
                        return False
                    if not reason:
                        raise InvalidInput("application.release_reason_required")
                    s.add(HoldRelease(application_id=app.id, holder_id=holder,
                                      released_by=actor.login, reason=reason[:1000],
                                      released_at=utc_now()))
                holder_login = s.scalar(select(User.login).where(User.id == app.held_by))
                app.held_by = None
                app.held_since = None
                s.flush()
                audit.record(s, actor, "application.release", "application", portal_id,
                             before={"held_by": holder_login},
                             after={"held_by": None, "reason": reason}, region=app.region_code)
                return True

        done = with_retries(run)
        if outcome == "admin":
            raise deny(self.db, actor, "application.release_admin_only", "application",
                       portal_id, what="release")
        if outcome and outcome.startswith("region:"):
            self._deny_region(actor, portal_id, outcome[7:], "release")
        return done

    def pending_notices(self, actor: Actor) -> list[HoldNotice]:
        """Holds of this user that an admin released since they last heard; marks them seen."""
        if actor.user_id is None:
            return []
        with self.db.write() as s:
            rows = s.execute(select(HoldRelease, Application.portal_id).join(
                Application, Application.id == HoldRelease.application_id).where(
                HoldRelease.holder_id == actor.user_id, HoldRelease.seen_at.is_(None))
                .order_by(HoldRelease.id)).all()
            now = utc_now()
            for r, _ in rows:
                r.seen_at = now
            return [HoldNotice(p, r.released_by, r.reason, r.released_at) for r, p in rows]

    def held_by_me(self, actor: Actor) -> list[str]:
        """Portal ids this user holds now (unexpired), due first."""
        if actor.user_id is None:
            return []
        with self.db.read() as s:
            expired = utc_now() - load_settings(s).hold_expiry
            return list(s.scalars(select(Application.portal_id).where(
                OPEN_SQL, Application.held_by == actor.user_id,
                Application.held_since > expired)
                .order_by(Application.due_date, Application.id)))
