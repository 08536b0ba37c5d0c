"""What is known about notifications: frozen DTOs for the lists and an application's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from models.db.entities import Application
from models.db.notification_entities import (
    LetterRecord,
    Notification,
    NotificationAttempt,
    NotificationStatus,
)

_S = NotificationStatus

#: The lists of ``notify list --status``: what each shows.
FILTERS: dict[str, ColumnElement[bool]] = {
    "pending": Notification.status.in_([_S.PENDING, _S.SENDING]),
    "sent": Notification.status.in_([_S.SENT, _S.DELIVERED]),
    "delivered": Notification.status == _S.DELIVERED,
    "by-hand": Notification.status == _S.BY_HAND,
    "uncertain": Notification.status == _S.UNCERTAIN,
    # a person should look: delivery uncertain, or a channel failed on the way
    "failed": or_(Notification.status == _S.UNCERTAIN,
                  and_(Notification.last_error.is_not(None),
                       Notification.status.in_([_S.PENDING, _S.BY_HAND]))),
}


def _iso(v: dt.date | dt.datetime | None) -> str | None:
    if v is None:
        return None
    return v.isoformat() + ("Z" if isinstance(v, dt.datetime) else "")


@dataclass(frozen=True, slots=True)
class AttemptInfo:
    channel: str
    address: str
    started_at: dt.datetime  # UTC, naive
    finished_at: dt.datetime | None
    outcome: str  # started | sent | temporary | permanent | uncertain | abandoned
    detail: str
    worker: str

    def as_json(self) -> dict[str, Any]:
        return {"channel": self.channel, "address": self.address,
                "started_at": _iso(self.started_at), "finished_at": _iso(self.finished_at),
                "outcome": self.outcome, "detail": self.detail, "worker": self.worker}


@dataclass(frozen=True, slots=True)
class NotificationInfo:
    """One decision's notification: where it went, how often, and how it ended."""

    id: int
    portal_id: str
    region: str
    kind: str
    status: str
    channel: str
    address: str
    letter_number: str
    created_at: dt.datetime
    attempts: int  # tries on the current channel
    sent_at: dt.datetime | None
    delivered_on: dt.date | None
    delivered_by: str | None
    last_error: str | None
    next_attempt_at: dt.datetime | None
    history: tuple[AttemptInfo, ...] = ()  # every try, oldest first (an application's detail)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "portal_id": self.portal_id, "region": self.region,
                "kind": self.kind, "status": self.status, "channel": self.channel,
                "address": self.address, "letter_number": self.letter_number,
                "created_at": _iso(self.created_at), "attempts": self.attempts,
                "sent_at": _iso(self.sent_at), "delivered_on": _iso(self.delivered_on),
                "delivered_by": self.delivered_by, "last_error": self.last_error,
                "next_attempt_at": _iso(self.next_attempt_at),
                "history": [a.as_json() for a in self.history]}


SUMMARY = (Notification, LetterRecord.number, Application.portal_id)


def info(n: Notification, number: str, portal_id: str,
         history: Sequence[NotificationAttempt] = ()) -> NotificationInfo:
    return NotificationInfo(
        n.id, portal_id, n.region_code, n.kind, n.status.value, n.channel.value, n.address,
        number, n.created_at, n.attempts, n.sent_at, n.delivered_on, n.delivered_by,
        n.last_error, n.next_attempt_at,
        tuple(AttemptInfo(a.channel, a.address, a.started_at, a.finished_at, a.outcome,
                          a.detail, a.worker) for a in history))


def notifications_of(s: Session, application_id: int) -> tuple[NotificationInfo, ...]:
    """An application's notifications with every attempt (its history in the review)."""
    rows = s.execute(select(*SUMMARY).join(LetterRecord, LetterRecord.id == Notification.letter_id)
                     .join(Application, Application.id == Notification.application_id)
                     .where(Notification.application_id == application_id)
                     .order_by(Notification.id)).all()
    if not rows:
        return ()
    tries: dict[int, list[NotificationAttempt]] = {}
    for a in s.scalars(select(NotificationAttempt).where(
            NotificationAttempt.notification_id.in_([r[0].id for r in rows]))
            .order_by(NotificationAttempt.id)):
        tries.setdefault(a.notification_id, []).append(a)
    return tuple(info(n, number, pid, tries.get(n.id, ())) for n, number, pid in rows)
