"""ORM tables of the decision letters and their notifications (migration ``0009``).

``letters`` is the letter journal: one outgoing number per decision, unique and consecutive
within a year, with the letter exactly as it was signed. ``notifications`` is the outbox: one row
per decision, written in the decision's transaction, and ``notification_attempts`` records every
try to deliver it. ``message_templates`` holds an administrator's changes to the shipped
templates (``resources/catalogs/message_templates.json``).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.db.entities import Base, _enum


class NotificationStatus(enum.StrEnum):
    """Where a notification is; see ``models.notifications.sender`` for the moves."""

    PENDING = "pending"  # due on its channel (now, or after ``next_attempt_at``)
    SENDING = "sending"  # claimed by one sender (``claim_token``)
    SENT = "sent"  # accepted by the mail server, or handed to the SMS gateway
    DELIVERED = "delivered"  # confirmed: a delivery report, or handed over by a clerk
    UNCERTAIN = "uncertain"  # the sender stopped past the point of no return: a person checks
    BY_HAND = "by_hand"  # no channel left: the clerk of the region delivers the letter


class Channel(enum.StrEnum):
    EMAIL = "email"
    SMS = "sms"
    HAND = "hand"


class LetterRecord(Base):
    """One entry of the letter journal: a decision's letter, its number and date."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)  # Kazakhstan day of the decision
    kind: Mapped[str] = mapped_column(String(16))  # register | return | refuse
    content: Mapped[dict[str, Any]] = mapped_column(JSON)  # the letter as signed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("year", "seq", name="uq_letters_year_seq"),)


class Notification(Base):
    """The outbox row of one decision: what to send, where, and how far it got.

    Changed only by conditional UPDATEs (``models.notifications.sender``), never by the ORM's
    unit of work, so two senders can never both own it.
    """

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    region_code: Mapped[str] = mapped_column(String(9))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[NotificationStatus] = mapped_column(
        _enum(NotificationStatus, "notification_status"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "notification_channel"))
    address: Mapped[str] = mapped_column(String(254), default="")  # on the current channel
    email: Mapped[str] = mapped_column(String(254), default="")  # the applicant's, when decided
    phone: Mapped[str] = mapped_column(String(16), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # the e-mail, Kazakh then Russian
    sms_text: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # on the current channel
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    claim_token: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    committed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # point of no return
    gateway_ref: Mapped[str | None] = mapped_column(String(64), unique=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    delivered_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_notifications_due", "status", "channel", "next_attempt_at", "id"),
        Index("ix_notifications_region", "region_code", "status", "id"),
    )


class NotificationAttempt(Base):
    """One try to deliver a notification, from its claim to its outcome."""

    __tablename__ = "notification_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id"))
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(254), default="")
    claim_token: Mapped[str] = mapped_column(String(40))
    worker: Mapped[str] = mapped_column(String(120), default="")  # login @ workstation
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # started | sent | temporary | permanent | uncertain | abandoned | delivered | exported
    outcome: Mapped[str] = mapped_column(String(16), default="started")
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_notification_attempts", "notification_id", "id"),)


class MessageTemplate(Base):
    """An administrator's version of a shipped template (one decision kind, channel, language)."""

    __tablename__ = "message_templates"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)  # letter | email | sms
    lang: Mapped[str] = mapped_column(String(2), primary_key=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __mapper_args__ = {"version_id_col": version}
