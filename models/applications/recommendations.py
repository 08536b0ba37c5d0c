"""A clerk's recommendation on an application (register / return / refuse, reasons, a note).

A clerk (``mio``) of the application's region checks the application and recommends; the
administrator sees the newest recommendation beside the application and decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.reasons import check_reasons
from models.applications.transitions import can_decide
from models.audit import chain as audit
from models.calendar.workdays import utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import Application, DecisionKind, Role
from models.db.retries import with_retries
from models.db.security_entities import Recommendation
from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.people.access import ForeignRegion, deny, deny_foreign

MAX_NOTE = 4000


@dataclass(frozen=True, slots=True)
class RecommendationInfo:
    kind: str  # register | return | refuse
    reasons: tuple[str, ...]
    note: str
    user: str
    created_at: dt.datetime  # UTC, naive
    revision: int

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "reasons": list(self.reasons), "note": self.note,
                "user": self.user, "time": self.created_at.isoformat() + "Z",
                "revision": self.revision}


def _info(r: Recommendation) -> RecommendationInfo:
    return RecommendationInfo(r.kind, tuple(r.reason_codes), r.note, r.user_login, r.created_at,
                              r.revision)


def latest_recommendation(session: Session, app_id: int, revision: int
                          ) -> RecommendationInfo | None:
    """The newest recommendation on this revision (None if there is none)."""
    r = session.scalar(select(Recommendation).where(
        Recommendation.application_id == app_id, Recommendation.revision == revision)
        .order_by(Recommendation.id.desc()).limit(1))
    return _info(r) if r else None


class RecommendationService:
    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def recommend(self, actor: Actor, portal_id: str, kind: DecisionKind | str,
                  reasons: Iterable[str] = (), note: str = "") -> RecommendationInfo:
        """Leave (or replace) a recommendation on an open application; audited.

        Clerks of the application's region and administrators may; viewers may not.
        """

        kind = DecisionKind(kind)
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "recommendation.denied", "application", portal_id,
                       what="recommend")
        codes = check_reasons(self.catalogs, kind, reasons)
        note = (note or "").strip()
        if len(note) > MAX_NOTE:
            raise InvalidInput("recommendation.note_too_long", max=MAX_NOTE)
        def run() -> RecommendationInfo | PermissionDenied:
            with self.db.write() as s:
                app = s.scalar(select(Application).where(Application.portal_id == portal_id))
                if app is None:
                    raise NotFound("application.not_found", portal_id=portal_id)
                if not actor.may_see_region(app.region_code):
                    refused = ForeignRegion(app.region_code, what="recommend")
                    audit.record(s, actor, "access.denied", "application", portal_id,
                                 after={"what": "recommend", "message": refused.ru},
                                 region=app.region_code)
                    return refused
                if not can_decide(app.status):
                    raise Conflict("recommendation.not_needed", portal_id=portal_id,
                                   status=app.status.value)
                r = Recommendation(application_id=app.id, revision=app.revision,
                                   kind=kind.value, reason_codes=codes, note=note,
                                   user_id=actor.user_id, user_login=actor.login,
                                   created_at=utc_now())
                s.add(r)
                s.flush()
                audit.record(s, actor, "application.recommend", "application", portal_id,
                             after={"kind": kind.value, "reasons": codes, "note": note,
                                    "revision": app.revision},
                             region=app.region_code)  # the audit row last
                return _info(r)

        out = with_retries(run)
        if isinstance(out, PermissionDenied):
            raise out
        return out

    def latest(self, actor: Actor, portal_id: str) -> RecommendationInfo | None:
        """The newest recommendation on the current revision (scoped like the application)."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_applications", "application", portal_id,
                       what="recommendation")
        with self.db.read() as s:
            app = s.scalar(select(Application).where(Application.portal_id == portal_id))
            if app is None:
                raise NotFound("application.not_found", portal_id=portal_id)
            region, allowed = app.region_code, actor.may_see_region(app.region_code)
            if allowed:
                return latest_recommendation(s, app.id, app.revision)
        raise deny_foreign(self.db, actor, region, "application", portal_id,
                           what="recommendation")
