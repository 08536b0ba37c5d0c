"""The hash-chained audit log: append and verify.

Each event's ``hash`` is SHA-256 over its predecessor's hash and its own canonical content, so
altering, removing or inserting an event breaks the chain at that point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from models.actor import Actor
from models.entities import AuditEvent
from models.workcalendar import utc_now

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"
_PG_LOCK_KEY = 7_405_170_001  # advisory lock that serialises appends to the chain


def canonical(value: Any) -> str | None:
    """Stable JSON text for before/after snapshots (sorted keys, ISO dates)."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_default)


def _default(o: Any) -> Any:
    if isinstance(o, dt.datetime | dt.date):
        return o.isoformat()
    if hasattr(o, "value"):
        return o.value
    raise TypeError(type(o).__name__)


def event_hash(prev_hash: str, row: dict[str, Any]) -> str:
    payload = json.dumps(
        [
            prev_hash,
            row["at"].isoformat(timespec="microseconds"),
            row["user_login"],
            row["role"],
            row["workstation"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["region_code"],
            row["before"],
            row["after"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session) -> str:
    head = session.info.get(_HEAD_KEY)
    if head is None:
        bind = session.get_bind()
        if bind.dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        head = session.scalar(
            select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ) or GENESIS
    return str(head)


def _row(actor: Actor, action: str, entity: str, entity_id: object, *, before: Any = None,
         after: Any = None, region: str | None = None, at: dt.datetime | None = None
         ) -> dict[str, Any]:
    return {
        "at": at or utc_now(),
        "user_login": actor.login,
        "role": actor.role.value,
        "workstation": actor.workstation,
        "action": action,
        "entity": entity,
        "entity_id": "" if entity_id is None else str(entity_id),
        "region_code": region,
        "before": canonical(before),
        "after": canonical(after),
    }


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object, *,
           before: Any = None, after: Any = None, region: str | None = None) -> None:
    """Append one event in the caller's transaction (committed or rolled back with it)."""
    record_many(session, [_row(actor, action, entity, entity_id, before=before, after=after,
                               region=region)])


def record_many(session: Session, rows: Iterable[dict[str, Any]]) -> int:
    """Append many prepared rows (from :func:`make_row`) with one executemany."""
    head = _head(session)
    batch = []
    for row in rows:
        row = dict(row, prev_hash=head)
        row["hash"] = head = event_hash(head, row)
        batch.append(row)
    if batch:
        session.execute(insert(AuditEvent.__table__), batch)
        session.info[_HEAD_KEY] = head
    return len(batch)


make_row = _row


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""


def verify(session: Session, expected_head: str | None = None) -> VerifyResult:
    """Walk the chain in order; name the first event that was altered, removed or inserted.

    ``expected_head`` (kept outside the database) also catches truncation of the newest events.
    """
    prev = GENESIS
    count = 0
    cols = [AuditEvent.id, AuditEvent.at, AuditEvent.user_login, AuditEvent.role,
            AuditEvent.workstation, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
            AuditEvent.region_code, AuditEvent.before, AuditEvent.after, AuditEvent.prev_hash,
            AuditEvent.hash]
    result = session.execute(select(*cols).order_by(AuditEvent.id).execution_options(
        yield_per=5000))
    try:
        for r in result:
            m = r._mapping
            count += 1
            if m["prev_hash"] != prev:
                return VerifyResult(False, count, prev, m["id"],
                                    "an event before it was removed or inserted")
            if event_hash(prev, dict(m)) != m["hash"]:
                return VerifyResult(False, count, prev, m["id"], "the event was altered")
            prev = m["hash"]
    finally:
        result.close()
    if expected_head is not None and expected_head != prev:
        return VerifyResult(False, count, prev, None,
                            "the newest events were removed (head differs from the saved one)")
    return VerifyResult(True, count, prev)
