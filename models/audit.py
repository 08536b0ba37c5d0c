"""The hash-chained audit log: append and verify.

Each event's ``hash`` is SHA-256 over its predecessor's hash and its own canonical content, so
altering, removing or inserting an event breaks the chain at that point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
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


def forget_head(session: Session) -> None:
    session.info.pop(_HEAD_KEY, None)


# --- the head kept outside the database ---------------------------------------------------------


class HeadFile:
    """A small text file holding a recent head of the chain (``<hash> <UTC time>``).

    It is rewritten atomically (temporary file, fsync, rename) after each commit that appended
    events. Verification then requires that hash to be *in* the chain: truncating the newest
    events removes it. (Several workstations on one server each keep their own file; each
    file's hash must be found, so none can raise a false alarm.)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> str | None:
        try:
            text = self.path.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return None
        return text[0] if text and len(text[0]) == 64 else None

    def write(self, head: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}")
        stamp = utc_now().isoformat(timespec="seconds")
        with open(tmp, "w", encoding="ascii") as f:
            f.write(f"{head} {stamp}Z\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


MIN_HEAD_PREFIX = 16  # hex digits of a head printed on an export that identify it


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""
    kind: str = ""  # "" | altered | inserted | removed | link | truncated


def _explain_broken_link(session: Session, row_id: int, prev_hash: str, prev_id: int | None
                         ) -> tuple[int, str, str]:
    """Why event ``row_id`` does not follow its predecessor: (event to name, kind, problem).

    Its ``prev_hash`` found on an earlier event j means the events after j were inserted (the
    first of them is named); otherwise a gap in the ids means events were removed.
    """
    j = session.scalar(select(AuditEvent.id).where(
        AuditEvent.hash == prev_hash, AuditEvent.id < row_id)
        .order_by(AuditEvent.id.desc()).limit(1))
    if j is not None:
        first = session.scalar(select(func.min(AuditEvent.id)).where(AuditEvent.id > j))
        last = prev_id if prev_id is not None else row_id - 1
        span = f"#{first}" if first == last else f"#{first}–#{last}"
        return (int(first), "inserted",
                f"event {span} was inserted (event #{row_id} follows event #{j})")
    expected = 1 if prev_id is None else prev_id + 1
    if row_id > expected:
        span = f"#{expected}" if expected == row_id - 1 else f"#{expected}–#{row_id - 1}"
        return (expected, "removed",
                f"event {span} was removed (event #{row_id} follows a missing event)")
    return (row_id, "link", "the link to the previous event was altered")


def verify(session: Session, expected_head: str | None = None,
           known_head: str | None = None, from_hash: str | None = None) -> VerifyResult:
    """Walk the chain in order; name the first event that was altered, removed or inserted.

    ``expected_head`` (kept outside the database) also catches truncation of the newest events:
    it must be the newest hash. ``known_head`` (from a :class:`HeadFile` or a printed export)
    must merely occur in the chain, which suits a log that others keep appending to; the
    first 16 or more hex digits printed on an export are enough.
    ``from_hash``: the ``prev_hash`` of the first kept event after older events were archived
    (recorded with the archive); the walk starts from it instead of the genesis hash.
    """
    if known_head is not None and len(known_head) < MIN_HEAD_PREFIX:
        raise ValueError(f"a saved head needs at least {MIN_HEAD_PREFIX} hex digits")
    start = from_hash or GENESIS
    prev = start
    prev_id: int | None = None
    seen = False
    count = 0
    broken: tuple[int, str] | None = None  # (id, prev_hash) of the first unlinked event
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
                broken = (m["id"], m["prev_hash"])
                break
            if event_hash(prev, dict(m)) != m["hash"]:
                return VerifyResult(False, count, prev, m["id"], "the event was altered",
                                    "altered")
            prev, prev_id = m["hash"], m["id"]
            if known_head is not None and prev.startswith(known_head):
                seen = True
    finally:
        result.close()
    if broken is not None:
        row_id, prev_hash = broken
        if prev_id is None and from_hash is not None:
            return VerifyResult(False, count, prev, row_id,
                                f"the first event does not follow the given hash {start[:16]}",
                                "link")
        bad, kind, problem = _explain_broken_link(session, row_id, prev_hash, prev_id)
        return VerifyResult(False, count, prev, bad, problem, kind)
    if from_hash is not None and count == 0:
        return VerifyResult(False, 0, prev, None, "no events follow the given hash", "link")
    if expected_head is not None and expected_head != prev:
        return VerifyResult(False, count, prev, None,
                            "the newest events were removed (head differs from the saved one)",
                            "truncated")
    if known_head is not None and known_head != GENESIS and not seen and known_head != start:
        return VerifyResult(False, count, prev, None,
                            "the newest events were removed (the saved head "
                            f"{known_head[:16]} is not in the log)", "truncated")
    return VerifyResult(True, count, prev)
