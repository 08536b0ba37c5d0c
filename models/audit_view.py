"""Read-only view of the audit log for administrators: pages of events and verification."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from models import audit
from models.actor import Actor
from models.db import Database
from models.entities import AuditEvent
from models.errors import PermissionDenied


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    role: str
    workstation: str
    action: str
    entity: str
    entity_id: str
    region: str | None
    before: str | None
    after: str | None


def _admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise PermissionDenied("Журнал аудита доступен только администратору",
                               "Аудит журналы тек әкімшіге қолжетімді")


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, actor: Actor, action_prefix: str = "") -> int:
        _admin(actor)
        with self.db.read() as s:
            stmt = select(func.count()).select_from(AuditEvent)
            if action_prefix:
                stmt = stmt.where(AuditEvent.action.startswith(action_prefix))
            return int(s.scalar(stmt) or 0)

    def page(self, actor: Actor, offset: int = 0, limit: int = 200,
             action_prefix: str = "") -> list[AuditRow]:
        """Newest first."""
        _admin(actor)
        with self.db.read() as s:
            stmt = select(AuditEvent)
            if action_prefix:
                stmt = stmt.where(AuditEvent.action.startswith(action_prefix))
            stmt = stmt.order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
            return [AuditRow(e.id, e.at, e.user_login, e.role, e.workstation, e.action,
                             e.entity, e.entity_id, e.region_code, e.before, e.after)
                    for e in s.scalars(stmt)]

    def verify(self, actor: Actor) -> audit.VerifyResult:
        _admin(actor)
        with self.db.read() as s:
            return audit.verify(s)
