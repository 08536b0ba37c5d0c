"""Read-only view of the audit log for administrators: pages of events and verification."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from models.actor import Actor
from models.audit.head import HeadFile
from models.audit.verify import VerifyResult, verify
from models.db.engine import Database
from models.db.entities import AuditEvent, Role
from models.errors import PermissionDenied
from models.people.access import deny, scope_region


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
        raise PermissionDenied("audit.admin_only")


class AuditService:
    """Admins see the whole log; a clerk sees the events of their own region; viewers none."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _scope(self, actor: Actor, region: str | None) -> str | None:
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "audit.view_denied", "audit", what="audit view")
        return scope_region(self.db, actor, region, "audit", "audit view")

    def _filter(self, stmt: Select[Any], action_prefix: str, region: str | None
                ) -> Select[Any]:
        if action_prefix:
            stmt = stmt.where(AuditEvent.action.startswith(action_prefix))
        if region:
            stmt = stmt.where(AuditEvent.region_code == region)
        return stmt

    def count(self, actor: Actor, action_prefix: str = "", region: str | None = None) -> int:
        region = self._scope(actor, region)
        with self.db.read() as s:
            stmt = self._filter(select(func.count()).select_from(AuditEvent), action_prefix,
                                region)
            return int(s.scalar(stmt) or 0)

    def page(self, actor: Actor, offset: int = 0, limit: int = 200,
             action_prefix: str = "", region: str | None = None) -> list[AuditRow]:
        """Newest first."""
        region = self._scope(actor, region)
        with self.db.read() as s:
            stmt = self._filter(select(AuditEvent), action_prefix, region)
            stmt = stmt.order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
            return [AuditRow(e.id, e.at, e.user_login, e.role, e.workstation, e.action,
                             e.entity, e.entity_id, e.region_code, e.before, e.after)
                    for e in s.scalars(stmt)]

    def verify(self, actor: Actor, known_head: str | None = None,
               from_hash: str | None = None) -> VerifyResult:
        """Check the chain (admin only); ``known_head`` also catches truncation, ``from_hash``
        starts the walk after archived events."""
        if not actor.is_admin:
            raise deny(self.db, actor, "audit.verify_admin_only", "audit", what="audit verify")
        if known_head is None and self.db.audit_head_path is not None:
            known_head = HeadFile(self.db.audit_head_path).read()
        with self.db.read() as s:
            return verify(s, known_head=known_head, from_hash=from_hash)
