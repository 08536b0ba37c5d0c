"""The statistics' running counts: kept by a database trigger on every new decision
(migration 0007), never written by the application.

A year over a million applications is about a million decisions: counting them row by row
takes SQLite seconds. These small tables count them by day as they are made, so a year of
figures reads tens of thousands of rows. Decisions are never changed or deleted, so a count
once made stays right. They leave the profession out (it would multiply their size); a
query for one profession counts the decisions themselves, through indexes that lead with it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from models.db.entities import Base


class DecidedCount(Base):
    """Decisions by day, region and kind: how many, how many late (after the decided
    revision's due date), with consent to publication, on a first, second, third or later
    revision."""

    __tablename__ = "stats_decided"
    __table_args__ = {"sqlite_with_rowid": False}

    decided_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(9), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)
    late: Mapped[int] = mapped_column(BigInteger)
    consent: Mapped[int] = mapped_column(BigInteger)
    rev1: Mapped[int] = mapped_column(BigInteger)
    rev2: Mapped[int] = mapped_column(BigInteger)
    rev3: Mapped[int] = mapped_column(BigInteger)


class ReviewerCount(Base):
    """Decisions by day, reviewer and the decided revision's day of receipt."""

    __tablename__ = "stats_reviewers"
    __table_args__ = {"sqlite_with_rowid": False}

    decided_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    user_login: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)
    late: Mapped[int] = mapped_column(BigInteger)


class ReasonCount(Base):
    """Returns and refusals by day, region and reason (a decision counts under each of its
    reasons)."""

    __tablename__ = "stats_reasons"
    __table_args__ = {"sqlite_with_rowid": False}

    decided_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(9), primary_key=True)
    reason_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class ReceivedCount(Base):
    """Decided revisions by their day of receipt and region: how many, and how many were a
    second, third, fourth or later revision (a resubmission after a return)."""

    __tablename__ = "stats_received"
    __table_args__ = {"sqlite_with_rowid": False}

    received_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    region_code: Mapped[str] = mapped_column(String(9), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)
    rev2: Mapped[int] = mapped_column(BigInteger)
    rev3: Mapped[int] = mapped_column(BigInteger)
    rev4: Mapped[int] = mapped_column(BigInteger)
