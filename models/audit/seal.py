"""Signed checkpoints of the audit chain (in the spirit of Certificate Transparency's signed
tree heads).

A checkpoint says "the chain had ``event_count`` events, the newest ``last_event_id`` with hash
``head``, at ``at``", and names the events it seals (``first_event_id``…``last_event_id``: those
its own transaction appended). It is signed with an Ed25519 key that lives outside the
database — a key file in the workstation's configuration folder (or one an administrator holds,
``TIZILIM_AUDIT_KEY``). Whoever can write the database can recompute the unkeyed SHA-256 chain,
but cannot sign: verification checks every signature against the public keys this workstation
trusts, that each checkpoint is a prefix of the chain, and reports any event no checkpoint
seals. Every transaction that appends events seals them before it commits
(:meth:`models.db.engine.Database` calls :func:`seal_pending`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import platform
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit.chain import appended_base
from models.calendar.workdays import utc_now
from models.db.entities import AuditEvent
from models.db.trust_entities import AuditCheckpoint
from models.errors import DomainError

TAG = "tizilim-audit-checkpoint/1"


class SealError(DomainError):
    """The signing key or the list of trusted keys cannot be read or written."""


def key_id(public_b64: str) -> str:
    """A short name of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:16]


def payload(event_count: int, sealed: int, head: str, at: dt.datetime) -> bytes:
    """The bytes a checkpoint's signature covers."""
    return (f"{TAG}|{event_count}|{sealed}|{head}|"
            f"{at.isoformat(timespec='microseconds')}").encode("ascii")


@dataclass(frozen=True)
class Signer:
    """This workstation's (or an administrator's) Ed25519 key."""

    key: Ed25519PrivateKey
    path: Path | None = None

    @property
    def public_b64(self) -> str:
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw,
                                                 serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    @property
    def key_id(self) -> str:
        return key_id(self.public_b64)

    def sign(self, data: bytes) -> str:
        return base64.b64encode(self.key.sign(data)).decode("ascii")

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load_or_create(cls, path: str | Path) -> Signer:
        """The key in ``path`` (PEM, PKCS#8); a new one is made there (mode 0600) if none."""
        path = Path(path)
        try:
            if path.exists():
                key = serialization.load_pem_private_key(path.read_bytes(), password=None)
                if not isinstance(key, Ed25519PrivateKey):
                    raise ValueError("not an Ed25519 key")
                return cls(key, path)
            signer = cls(Ed25519PrivateKey.generate(), path)
            path.parent.mkdir(parents=True, exist_ok=True)
            pem = signer.key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption())
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            return signer
        except (OSError, ValueError) as exc:
            raise SealError("audit.key_unreadable", path=str(path),
                            error=exc.__class__.__name__) from None


def read_trusted(path: str | Path) -> dict[str, str]:
    """Trusted public keys from a text file: ``<base64 key> <name>`` a line; '#' comments."""
    out: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return out
    except (OSError, UnicodeDecodeError) as exc:
        raise SealError("audit.key_unreadable", path=str(path),
                        error=exc.__class__.__name__) from None
    for line in lines:
        parts = line.split("#", 1)[0].split(None, 1)
        if parts and valid_public_key(parts[0]):
            out[parts[0]] = parts[1].strip() if len(parts) > 1 else ""
    return out


def valid_public_key(value: str) -> bool:
    try:
        raw = base64.b64decode(value, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return False
    return True


def add_trusted(path: str | Path, public_b64: str, name: str = "") -> None:
    """Add a public key to the trusted list (idempotent)."""
    if not valid_public_key(public_b64):
        raise SealError("audit.bad_public_key")
    path = Path(path)
    if public_b64 in read_trusted(path):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"{public_b64} {' '.join(name.split())}\n".rstrip() + "\n")
    except OSError as exc:
        raise SealError("audit.key_unreadable", path=str(path),
                        error=exc.__class__.__name__) from None


def seal_range(session: Session, signer: Signer, first: int, last: int, workstation: str
               ) -> AuditCheckpoint:
    """Sign and store a checkpoint sealing events ``first``…``last`` (in this transaction)."""
    prev = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc())
                           .limit(1)).first()
    counted = select(func.count()).select_from(AuditEvent).where(AuditEvent.id <= last)
    if prev is not None and prev.last_event_id <= last:
        count = prev.event_count + int(session.scalar(
            counted.where(AuditEvent.id > prev.last_event_id)) or 0)
    else:
        count = int(session.scalar(counted) or 0)
    sealed = int(session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.id.between(first, last))) or 0)
    head = str(session.scalar(select(AuditEvent.hash).where(AuditEvent.id == last)))
    at = utc_now()
    cp = AuditCheckpoint(sealed=sealed, last_event_id=last, event_count=count,
                         head=head, at=at, workstation=workstation[:120],
                         key_id=signer.key_id, public_key=signer.public_b64,
                         signature=signer.sign(payload(count, sealed, head, at)))
    session.add(cp)
    session.flush()
    return cp


def seal_pending(session: Session, signer: Signer, workstation: str = "") -> None:
    """Seal the events this transaction appended (called just before it commits)."""
    base = appended_base(session)
    if base is None:
        return
    first, last = session.execute(select(func.min(AuditEvent.id), func.max(AuditEvent.id))
                                  .where(AuditEvent.id > base)).one()
    if last is not None:
        seal_range(session, signer, int(first), int(last), workstation or platform.node())


def seal_all(session: Session, signer: Signer, workstation: str) -> AuditCheckpoint:
    """An administrator's seal over the whole log as it stands (after ``audit verify`` found it
    intact, e.g. once after upgrading a log that had no checkpoints)."""
    first, last = session.execute(select(func.min(AuditEvent.id), func.max(AuditEvent.id))
                                  ).one()
    return seal_range(session, signer, int(first or 0), int(last or 0), workstation)


@dataclass
class CheckpointWalk:
    """Follows the chain walk of :func:`models.audit.verify.verify` and checks the checkpoints.

    A checkpoint is matched by its head hash: the event with that hash must sit at position
    ``event_count`` of the chain (positions, not ids, so renumbered rows change nothing).
    ``trusted``: the public keys (base64) whose signatures count. ``absolute``: the walk starts
    at the genesis; otherwise (after archived events) the first matched checkpoint tells how
    many events came before the walk's start.
    """

    session: Session
    trusted: frozenset[str]
    absolute: bool = True
    problem: str = ""
    bad_id: int | None = None
    checked: int = 0
    unsealed: int = 0
    first_unsealed: int | None = None  # the first unsealed event's id
    newest_sealed: int | None = None  # the newest sealed event's id
    _by_head: dict[str, list[AuditCheckpoint]] = field(default_factory=dict)
    _ranges: list[tuple[int, int]] = field(default_factory=list)  # sealed positions, merged
    _offset: int | None = None
    _next_range: int = 0  # the first merged range that does not end before the position

    def load(self) -> bool:
        """Read and check the signature of every checkpoint; False on the first bad one."""
        cps = list(self.session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)))
        for cp in cps:
            if not self._signed(cp):
                return False
            self._by_head.setdefault(cp.head, []).append(cp)
        spans = sorted((cp.event_count - cp.sealed + 1, cp.event_count) for cp in cps)
        for lo, hi in spans:
            if self._ranges and lo <= self._ranges[-1][1] + 1:
                self._ranges[-1] = (self._ranges[-1][0], max(self._ranges[-1][1], hi))
            else:
                self._ranges.append((lo, hi))
        if self.absolute:
            self._offset = 0
        return True

    def _signed(self, cp: AuditCheckpoint) -> bool:
        if cp.public_key not in self.trusted:
            self._fail(cp, f"checkpoint #{cp.id} is signed by key {cp.key_id}, which this "
                           "workstation does not trust (forged, or add the key: audit trust-key)")
            return False
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(cp.public_key)).verify(
                base64.b64decode(cp.signature),
                payload(cp.event_count, cp.sealed, cp.head, cp.at))
        except (InvalidSignature, ValueError):
            self._fail(cp, f"checkpoint #{cp.id} has a wrong signature (it was altered)")
            return False
        return True

    def _fail(self, cp: AuditCheckpoint, problem: str) -> None:
        if not self.problem:
            self.problem, self.bad_id = problem, cp.last_event_id

    def event(self, event_id: int, position: int, event_hash: str) -> bool:
        """One event of the walk (``position`` counts from 1); False when a checkpoint
        disagrees."""
        if self.first_unsealed is None and self._offset is not None \
                and not self._covers(position + self._offset):
            self.first_unsealed = event_id
        for cp in self._by_head.pop(event_hash, ()):
            if self._offset is None:
                self._offset = cp.event_count - position
            if cp.event_count != position + self._offset:
                self._fail(cp, f"checkpoint #{cp.id} sealed {cp.event_count} events up to "
                               f"event #{event_id}, the log has {position + self._offset} "
                               "(events were inserted or removed before it)")
                return False
            self.checked += 1
            self.newest_sealed = max(self.newest_sealed or 0, event_id)
        return True

    def _covers(self, pos: int) -> bool:
        """Is position ``pos`` sealed? (Positions ascend through the walk.)"""
        while self._next_range < len(self._ranges) and self._ranges[self._next_range][1] < pos:
            self._next_range += 1
        return self._next_range < len(self._ranges) and self._ranges[self._next_range][0] <= pos

    def finish(self, count: int) -> bool:
        """After the walk of ``count`` events: every checkpoint must have been met, and the
        events no checkpoint seals are counted."""
        offset = self._offset
        for cps in self._by_head.values():
            for cp in cps:
                if offset is not None and cp.event_count <= offset:
                    continue  # sealed events that were archived before the walk's start
                self._fail(cp, f"the events up to #{cp.last_event_id} sealed by checkpoint "
                               f"#{cp.id} are missing or were rewritten (newest events removed)")
                return False
        lo, hi = (offset or 0) + 1, (offset or 0) + count
        covered = sum(max(0, min(b, hi) - max(a, lo) + 1) for a, b in self._ranges)
        self.unsealed = count - covered
        if not self.unsealed:
            self.first_unsealed = None
        return True


def trusted_keys(signer: Signer | None, extra: Iterable[str]) -> frozenset[str]:
    """The keys whose checkpoints count: this workstation's own and the listed ones."""
    keys = set(extra)
    if signer is not None:
        keys.add(signer.public_b64)
    return frozenset(keys)
