"""Read-only view of the audit log for administrators: pages of events and verification."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from models.actor import Actor
from models.audit.chain import record
from models.audit.head import HeadFile
from models.audit.replay import DataCheck, check_data
from models.audit.seal import seal_all, trusted_keys
from models.audit.verify import VerifyResult, verify
from models.db.engine import Database
from models.db.entities import AuditEvent, Role
from models.db.trust_entities import AuditCheckpoint
from models.errors import Conflict, PermissionDenied
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


@dataclass(frozen=True, slots=True)
class CheckpointRow:
    """A signed checkpoint, for people: when, where, by which key, up to which event."""

    id: int
    at: dt.datetime
    workstation: str
    key_id: str
    trusted: bool  # signed by a key this workstation trusts (the signature is checked by verify)
    last_event_id: int
    event_count: int
    sealed: int


@dataclass(frozen=True, slots=True)
class SealState:
    """How far the checkpoints reach: events after ``sealed_through`` are not yet sealed."""

    checkpoints: int
    sealed_through: int | None  # the newest event a checkpoint names (None: no checkpoint)
    unsealed_after: int  # events after it
    can_seal: bool  # this workstation has a signing key


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
        """Check the chain and its signed checkpoints (admin only).

        ``known_head`` also catches truncation; by default the head this workstation kept
        outside the database *as it was when the database was opened* — before this process
        (its sign-in included) appended anything. ``from_hash`` starts the walk after archived
        events.
        """
        self._verifier(actor, "audit verify")
        if known_head is None:
            known_head = self.db.audit_head_at_open
            if known_head is None and self.db.audit_head_path is not None:
                known_head = HeadFile(self.db.audit_head_path).read()
        with self.db.read() as s:
            return verify(s, known_head=known_head, from_hash=from_hash,
                          trusted=self.trusted())

    def trusted(self) -> frozenset[str]:
        """The public keys whose checkpoints count on this workstation."""
        return trusted_keys(self.db.audit_signer, self.db.audit_trusted)

    def check_data(self, actor: Actor) -> DataCheck:
        """Replay the log and compare it with the current rows (admin only)."""
        self._verifier(actor, "audit verify --data")
        with self.db.read() as s:
            return check_data(s)

    def seal(self, actor: Actor) -> int:
        """Seal every event after the newest checkpoint with this workstation's key, after
        checking the chain (admin only; e.g. once after upgrading a log that had no
        checkpoints). Returns the number of events sealed."""
        self._verifier(actor, "audit seal")
        signer = self.db.audit_signer
        if signer is None:
            raise Conflict("audit.no_signing_key")
        res = self.verify(actor)
        if not res.ok:
            raise Conflict("audit.seal_broken", problem=res.problem)
        if not res.unsealed:
            return 0
        with self.db.write() as s:
            cp = seal_all(s, signer, actor.workstation)
            record(s, actor, "audit.seal", "audit", cp.id,
                   after={"events": cp.event_count, "unsealed": res.unsealed,
                          "first_unsealed": res.first_unsealed_id, "key": cp.key_id})
            return res.unsealed

    def seal_state(self, actor: Actor) -> SealState:
        """Checkpoints and the events after the newest one (admin only; a quick read — the
        signatures are checked by :meth:`verify`)."""
        self._verifier(actor, "audit view")
        with self.db.read() as s:
            n, through = s.execute(select(func.count(), func.max(
                AuditCheckpoint.last_event_id))).one()
            after = select(func.count()).select_from(AuditEvent)
            if through is not None:
                after = after.where(AuditEvent.id > through)
            return SealState(int(n or 0), through, int(s.scalar(after) or 0),
                             self.db.audit_signer is not None)

    def checkpoints(self, actor: Actor, offset: int = 0, limit: int = 200
                    ) -> list[CheckpointRow]:
        """Signed checkpoints, newest first (admin only)."""
        self._verifier(actor, "audit view")
        trusted = self.trusted()
        with self.db.read() as s:
            rows = s.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc())
                             .offset(offset).limit(limit))
            return [CheckpointRow(c.id, c.at, c.workstation, c.key_id,
                                  c.public_key in trusted, c.last_event_id, c.event_count,
                                  c.sealed) for c in rows]

    def _verifier(self, actor: Actor, what: str) -> None:
        if not actor.is_admin:
            raise deny(self.db, actor, "audit.verify_admin_only", "audit", what=what)
