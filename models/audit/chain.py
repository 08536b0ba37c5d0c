"""The audit log's hash chain: the one writer of audit events."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.actor import Actor
from models.calendar.workdays import utc_now
from models.db.bulk import bulk_insert
from models.db.entities import AuditEvent

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"
_BASE_KEY = "audit_base"  # the newest event id before this transaction appended
_START_KEY = "audit_start"  # the newest hash before this transaction appended
_PG_LOCK_KEY = 7_405_170_001  # advisory lock that serialises appends to the chain


def canonical(value: object) -> str | None:
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
        newest = session.execute(select(AuditEvent.id, AuditEvent.hash)
                                 .order_by(AuditEvent.id.desc()).limit(1)).first()
        head = newest[1] if newest else GENESIS
        session.info.setdefault(_BASE_KEY, int(newest[0]) if newest else 0)
        session.info.setdefault(_START_KEY, str(head))
    return str(head)


def make_row(actor: Actor, action: str, entity: str, entity_id: object, *,
             before: object = None, after: object = None, region: str | None = None,
             at: dt.datetime | None = None) -> dict[str, Any]:
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
           before: object = None, after: object = None, region: str | None = None) -> None:
    """Append one event in the caller's transaction (committed or rolled back with it)."""
    record_many(session, [make_row(actor, action, entity, entity_id, before=before, after=after,
                               region=region)])


def record_many(session: Session, rows: Iterable[dict[str, Any]]) -> int:
    """Append prepared rows (from :func:`make_row`) in the caller's transaction.

    The chain's lock and head are taken once (:func:`_head`), every row is chained here, and
    all go in with one driver-level executemany (:func:`models.db.bulk.bulk_insert`); the
    session keeps the new head for the commit hook that saves it outside the database.
    """
    head = _head(session)
    batch = []
    for row in rows:
        row = dict(row, prev_hash=head)
        row["hash"] = head = event_hash(head, row)
        batch.append(row)
    if batch:
        if session.get_bind().dialect.name == "postgresql":
            _append_pg(session, batch)
        else:
            bulk_insert(session, AuditEvent, batch)
        session.info[_HEAD_KEY] = head
    return len(batch)


#: PostgreSQL: the one way in for the application's role (migration 0008's SECURITY DEFINER
#: function checks that each row follows the head and that its hash is right)
_PG_APPEND = ("SELECT audit_append(%(prev_hash)s, %(at)s, %(user_login)s, %(role)s, "
              "%(workstation)s, %(action)s, %(entity)s, %(entity_id)s, %(region_code)s, "
              "%(before)s, %(after)s, %(hash)s)")


def _append_pg(session: Session, batch: list[dict[str, Any]]) -> None:
    session.connection().exec_driver_sql(_PG_APPEND, batch)


def current_head(session: Session) -> str:
    """The newest event's hash as this session sees it (GENESIS for an empty log)."""
    head = session.info.get(_HEAD_KEY)
    if head is None:
        head = session.scalar(
            select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    return str(head)


def appended_head(session: Session) -> str | None:
    """The head this session's transaction appended (None if it appended nothing)."""
    head = session.info.get(_HEAD_KEY)
    return str(head) if head else None


def appended_base(session: Session) -> int | None:
    """The newest event id before this transaction appended (None if it appended nothing)."""
    if session.info.get(_HEAD_KEY) is None:
        return None
    base = session.info.get(_BASE_KEY)
    return int(base) if base is not None else None


def in_chain(session: Session, known: str) -> bool:
    """Is ``known`` (a head kept outside the database) the hash of an event of the log?

    Asked before a commit moves the head file on: the head this transaction started from is
    the usual answer; else the newest 10,000 events are searched, and only then the whole log.
    """
    if known in (GENESIS, session.info.get(_START_KEY)):
        return True
    base = int(session.info.get(_BASE_KEY) or 0)
    near = select(AuditEvent.id).where(AuditEvent.id > base - 10_000,
                                       AuditEvent.hash == known).limit(1)
    if session.scalar(near) is not None:
        return True
    return session.scalar(select(AuditEvent.id).where(AuditEvent.hash == known).limit(1)) \
        is not None


def forget_head(session: Session) -> None:
    for key in (_HEAD_KEY, _BASE_KEY, _START_KEY):
        session.info.pop(key, None)
