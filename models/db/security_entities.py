"""ORM tables of the shared deployment: sign-in sessions, settings, recommendations, hold notices.

Kept apart from ``models.entities`` (the registry itself); same declarative base and migrations
(``0002_security_and_queue``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.entities import Application, Base


class WorkSession(Base):
    """One sign-in of a user on a workstation, until sign-out (or until it went silent)."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(120), default="")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __table_args__ = (Index("ix_sessions_open", "ended_at", "last_seen_at"),)
    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """One security setting (key → JSON value); read through ``models.settings``."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class Recommendation(Base):
    """A clerk's recommendation on one revision of an application; the newest one counts."""

    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    revision: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # register | return | refuse
    reason_codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_recommendations_app", "application_id", "revision", "id"),)


class HoldRelease(Base):
    """An admin released someone's hold: the holder is told on their next action."""

    __tablename__ = "hold_releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    holder_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    released_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    released_at: Mapped[dt.datetime] = mapped_column(DateTime)
    seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __table_args__ = (Index("ix_hold_releases_holder", "holder_id", "seen_at"),)
    __mapper_args__ = {"version_id_col": version}


def _queue_indexes() -> tuple[Index, Index]:
    free = text("status IN ('submitted', 'resubmitted') AND held_by IS NULL")
    held = text("status IN ('submitted', 'resubmitted') AND held_by IS NOT NULL")
    return (Index("ix_app_queue_free", Application.due_date, Application.id,
                  postgresql_where=free, sqlite_where=free),
            Index("ix_app_queue_held", Application.held_since,
                  postgresql_where=held, sqlite_where=held))


#: the work queue: open applications nobody holds, by due date; and held ones by hold age
QUEUE_FREE_INDEX, QUEUE_HELD_INDEX = _queue_indexes()


def _with_duplicates_index() -> Index:
    dup = text("has_duplicates")
    return Index("ix_app_with_duplicates", Application.id, postgresql_where=dup,
                 sqlite_where=dup)


#: applications with possible duplicates (the worklist sorted by its duplicates column)
WITH_DUPLICATES_INDEX = _with_duplicates_index()
