"""The outbox as the notifications screen lists it: views by status, paged and counted in SQL.

Each view is a condition on the notification row; the screen shows one page at a time (never the
whole outbox). Work lists (pending, failed, by hand) are oldest first, the records of what
went out (sent, delivered, all) newest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from models.db.entities import Application
from models.db.notification_entities import (
    Channel,
    LetterRecord,
    Notification,
    NotificationStatus,
)
from models.notifications.history import FILTERS

_S = NotificationStatus

#: The screen's views, by key: what each shows.
VIEWS: dict[str, ColumnElement[bool]] = {
    "by-hand": Notification.status == _S.BY_HAND,
    "failed": FILTERS["failed"],
    "pending": Notification.status.in_([_S.PENDING, _S.SENDING]),
    "sent": Notification.status == _S.SENT,
    "delivered": Notification.status == _S.DELIVERED,
    "all": true(),
}
#: Views whose newest rows come first.
NEWEST_FIRST = frozenset({"sent", "delivered", "all"})

#: What needs a person: a letter to deliver by hand, an uncertain send, a channel that failed.
ATTENTION = or_(Notification.status.in_([_S.BY_HAND, _S.UNCERTAIN]),
                and_(Notification.last_error.is_not(None), Notification.status == _S.PENDING))


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One row of the notifications screen."""

    id: int
    portal_id: str
    applicant: str  # the organisation's name, else the specialist's
    region: str
    kind: str  # register | return | refuse
    channel: str  # email | sms | hand
    address: str
    status: str  # pending | sending | sent | delivered | uncertain | by_hand
    attempts: int
    last_error: str | None
    letter_number: str
    sent_at: dt.datetime | None  # UTC, naive
    delivered_on: dt.date | None
    next_attempt_at: dt.datetime | None  # UTC, naive


_COLUMNS = (
    Notification.id, Application.portal_id, Application.applicant_kind,
    Application.applicant_name, Application.last_name, Application.first_name,
    Application.middle_name, Notification.region_code, Notification.kind, Notification.channel,
    Notification.address, Notification.status, Notification.attempts, Notification.last_error,
    LetterRecord.number, Notification.sent_at, Notification.delivered_on,
    Notification.next_attempt_at,
)


def _where(stmt: Select[tuple[int]] | Select[tuple[object, ...]], view: str,
           region: str | None) -> Select[tuple[object, ...]]:
    stmt = stmt.where(VIEWS[view])
    if region:
        stmt = stmt.where(Notification.region_code == region)
    return stmt  # type: ignore[return-value]


def count_rows(s: Session, view: str, region: str | None) -> int:
    return int(s.scalar(_where(select(func.count(Notification.id)), view, region)) or 0)


def page_rows(s: Session, view: str, region: str | None, offset: int, limit: int
              ) -> list[OutboxRow]:
    """One page: the ids are chosen first (an index, a sort of integers), then only they are
    joined to their application and letter."""
    newest = view in NEWEST_FIRST
    ids = _where(select(Notification.id), view, region).order_by(
        Notification.id.desc() if newest else Notification.id).offset(offset).limit(limit)
    chosen = ids.subquery()
    stmt = (select(*_COLUMNS).join(chosen, chosen.c.id == Notification.id)
            .join(Application, Application.id == Notification.application_id)
            .join(LetterRecord, LetterRecord.id == Notification.letter_id)
            .order_by(Notification.id.desc() if newest else Notification.id))
    out = []
    for (nid, pid, akind, aname, last, first, middle, region_code, kind, channel, address,
         status, attempts, error, number, sent_at, delivered_on, next_at) in s.execute(stmt):
        person = " ".join(p for p in (last, first, middle) if p)
        out.append(OutboxRow(
            nid, pid, aname if akind == "organization" and aname else person, region_code,
            kind, Channel(channel).value, address, _S(status).value, attempts, error, number,
            sent_at, delivered_on, next_at))
    return out


def count_attention(s: Session, region: str | None) -> int:
    stmt = select(func.count(Notification.id)).where(ATTENTION)
    if region:
        stmt = stmt.where(Notification.region_code == region)
    return int(s.scalar(stmt) or 0)


def count_due_emails(s: Session, now: dt.datetime) -> int:
    return int(s.scalar(select(func.count(Notification.id)).where(
        Notification.status == _S.PENDING, Notification.channel == Channel.EMAIL,
        or_(Notification.next_attempt_at.is_(None), Notification.next_attempt_at <= now)))
        or 0)
