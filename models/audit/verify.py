"""Verifying the audit hash chain and naming the first broken event."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit.chain import GENESIS, event_hash
from models.audit.head import MIN_HEAD_PREFIX
from models.audit.seal import CheckpointWalk
from models.db.entities import AuditEvent


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""
    kind: str = ""  # "" | altered | inserted | removed | link | truncated | checkpoint
    checkpoints: int = 0  # signed checkpoints checked
    unsealed: int = 0  # events no checkpoint seals (forged, or written without a key)
    first_unsealed_id: int | None = None
    sealed_through: int | None = None  # the newest event a checkpoint seals

    @property
    def sealed(self) -> bool:
        """Intact, and every event sealed by a trusted signed checkpoint."""
        return self.ok and self.unsealed == 0


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
        first = session.execute(  # an aggregate: always one row
            select(func.min(AuditEvent.id)).where(AuditEvent.id > j)).scalar_one()
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
           known_head: str | None = None, from_hash: str | None = None,
           trusted: frozenset[str] | None = None) -> VerifyResult:
    """Walk the chain in order; name the first event that was altered, removed or inserted.

    ``expected_head`` (kept outside the database) also catches truncation of the newest events:
    it must be the newest hash. ``known_head`` (from a :class:`HeadFile` or a printed export)
    must merely occur in the chain, which suits a log that others keep appending to; the
    first 16 or more hex digits printed on an export are enough.
    ``trusted``: the public keys whose signed checkpoints count (:mod:`models.audit.seal`):
    every checkpoint's signature is checked, each must be a prefix of the chain, and events
    that no checkpoint seals are counted (``unsealed``). None: checkpoints are not read.
    ``from_hash``: the ``prev_hash`` of the first kept event after older events were archived
    (recorded with the archive); the walk starts from it instead of the genesis hash.
    """
    if known_head is not None and len(known_head) < MIN_HEAD_PREFIX:
        raise ValueError(f"a saved head needs at least {MIN_HEAD_PREFIX} hex digits")
    walk = CheckpointWalk(session, trusted or frozenset(), absolute=from_hash is None)
    if trusted is not None and not walk.load():
        return VerifyResult(False, 0, GENESIS, walk.bad_id, walk.problem, "checkpoint")
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
            if trusted is not None and not walk.event(prev_id, count, prev):
                return VerifyResult(False, count, prev, walk.bad_id, walk.problem, "checkpoint")
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
    if trusted is not None and not walk.finish(count):
        return VerifyResult(False, count, prev, walk.bad_id, walk.problem, "truncated")
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
    return VerifyResult(True, count, prev, checkpoints=walk.checked, unsealed=walk.unsealed,
                        first_unsealed_id=walk.first_unsealed, sealed_through=walk.newest_sealed)
