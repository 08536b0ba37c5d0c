"""ORM tables of issue 13: signed audit checkpoints and duplicate groups (migration ``0008``).

Kept apart from ``models.db.entities``; same declarative base.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.entities import Base

_ID = BigInteger().with_variant(Integer, "sqlite")


class AuditCheckpoint(Base):
    """A signed statement "the chain had ``event_count`` events ending in ``head``; the newest
    ``sealed`` of them are mine".

    Written by the transaction that appended those ``sealed`` events (``last_event_id`` is the
    newest one's id, for people), signed with an Ed25519 key kept outside the database; see
    :mod:`models.audit.seal`.
    """

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    sealed: Mapped[int] = mapped_column(_ID)
    last_event_id: Mapped[int] = mapped_column(_ID)
    event_count: Mapped[int] = mapped_column(_ID)
    head: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    workstation: Mapped[str] = mapped_column(String(120), default="")
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    signature: Mapped[str] = mapped_column(Text)  # base64 of the 64-byte signature

    __table_args__ = (Index("ix_audit_checkpoints_last", "last_event_id"),)


class DuplicateGroup(Base):
    """Applications sharing one IIN (``kind`` ``iin``) or one name and birth date
    (``name_birth``): every member is a possible duplicate of every other."""

    __tablename__ = "duplicate_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "iin" | "name_birth"
    key: Mapped[str] = mapped_column(String(330))  # the IIN, or "<birth date>|<name key>"

    __table_args__ = (Index("ux_duplicate_groups_key", "kind", "key", unique=True),)


class DuplicateMember(Base):
    """One application in one duplicate group (a row per member, not per pair)."""

    __tablename__ = "duplicate_members"

    group_id: Mapped[int] = mapped_column(ForeignKey("duplicate_groups.id"), primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), primary_key=True)

    __table_args__ = (Index("ix_duplicate_members_app", "application_id", "group_id"),)

