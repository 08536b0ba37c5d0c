"""Delivering the outbox: at most one delivery per notification.

Why no notification is ever delivered twice, even with two workstations sending at once or a
sender killed mid-send:

1. **Claim.** A sender owns a notification only after a conditional UPDATE
   (``status = 'pending'`` → ``'sending'`` with a fresh random ``claim_token``) has changed
   exactly one row and been *committed*. Two senders racing for a row: the database serialises
   the two UPDATEs (a row lock on PostgreSQL, the write lock on SQLite); the second finds the
   status no longer ``pending`` and changes nothing, so it does not send.
2. **The point of no return.** Just before the message leaves (before SMTP ``DATA``, after
   the server accepted sender and recipient; before the SMS file is put in place) the sender
   sets ``committed_at`` with another conditional UPDATE (same token, still ``sending``) and
   commits it. If that UPDATE changes no row, the claim was taken away (see 3) and the sender
   stops without sending. Otherwise the database durably says "this may have gone out".
3. **Stale claims.** A claim older than ``stale_after`` belongs to a sender that died or hung.
   Without ``committed_at`` nothing can have left: the row goes back to ``pending`` (the token
   is cleared, so a sender that wakes up fails step 2) and is sent again later, so nothing is
   lost. With ``committed_at`` the message may have arrived: the row becomes ``uncertain`` and
   is never resent automatically; a person checks and confirms delivery (or asks for a resend,
   taking that decision knowingly). Its token is kept, so a slow sender that does finish still
   records what really happened.
4. **The outcome** is written with the same token. Errors the server states before accepting
   the message (a 4xx or 5xx reply to ``RCPT`` or to the end of ``DATA``) are certain: a
   temporary one is retried with back-off, a permanent one moves the notification to the next
   channel (SMS, then by hand). A connection lost after the point of no return is uncertain.

Clocks: claims are compared with the sender's own clock; ``stale_after`` (15 minutes) is far
longer than one message takes and than the clock differences between workstations.
Every attempt is a row of ``notification_attempts``; every outcome is audited.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import or_, select, update
from sqlalchemy.engine import CursorResult

from models.actor import Actor
from models.audit import chain as audit
from models.db.engine import Database
from models.db.notification_entities import (
    Channel,
    LetterRecord,
    Notification,
    NotificationAttempt,
    NotificationStatus,
)
from models.notifications.outbox import ORDER, next_channel, status_for
from models.notifications.templates import CHANNELS_OF

Stage = Literal["claimed", "committed", "accepted"]
OnStage = Callable[[Stage, int], None]
Outcome = Literal["sent", "temporary", "permanent", "uncertain"]

STALE_AFTER = dt.timedelta(minutes=15)
BACKOFF = tuple(dt.timedelta(minutes=m) for m in (1, 5, 15, 60, 240, 720))
MAX_ATTEMPTS = 8  # temporary failures on one channel before it counts as failed

_S = NotificationStatus


@dataclass(frozen=True)
class Claim:
    """A notification this sender owns, with what it needs to deliver it."""

    id: int
    token: str
    attempt_id: int
    channel: Channel
    address: str
    attempts: int
    region: str
    subject: str
    body: str
    sms_text: str
    letter: dict[str, Any]  # the journal's stored letter
    letter_number: str
    decision_id: int


@dataclass
class SendReport:
    """What one run did."""

    sent: int = 0
    retry: int = 0  # temporary failures, to be tried again later
    failed: int = 0  # permanent failures (moved to the next channel)
    uncertain: int = 0
    requeued: int = 0  # stale claims given back
    stopped: str = ""  # why the run stopped early (our own server could not be used)
    ids: list[int] = field(default_factory=list)  # the notifications delivered


def _changed(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else 0


def worker(actor: Actor) -> str:
    return f"{actor.login}@{actor.workstation}"[:120]


def due_ids(db: Database, channel: Channel, now: dt.datetime, limit: int) -> list[int]:
    with db.read() as s:
        return list(s.scalars(
            select(Notification.id).where(
                Notification.status == _S.PENDING, Notification.channel == channel,
                or_(Notification.next_attempt_at.is_(None),
                    Notification.next_attempt_at <= now))
            .order_by(Notification.id).limit(limit)))


def claim(db: Database, actor: Actor, nid: int, channel: Channel, now: dt.datetime
          ) -> Claim | None:
    """Own notification ``nid`` (committed), or None when it is not due or someone else has it."""
    token = secrets.token_hex(16)
    with db.write() as s:
        won = _changed(s.execute(
            update(Notification).where(
                Notification.id == nid, Notification.status == _S.PENDING,
                Notification.channel == channel,
                or_(Notification.next_attempt_at.is_(None),
                    Notification.next_attempt_at <= now))
            .values(status=_S.SENDING, claim_token=token, claimed_at=now, committed_at=None,
                    attempts=Notification.attempts + 1, updated_at=now)))
        if won != 1:
            return None
        n = s.get_one(Notification, nid)
        letter = s.get_one(LetterRecord, n.letter_id)
        attempt = NotificationAttempt(notification_id=nid, channel=channel.value,
                                      address=n.address, claim_token=token,
                                      worker=worker(actor), started_at=now, outcome="started",
                                      detail="")
        s.add(attempt)
        s.flush()
        return Claim(nid, token, attempt.id, channel, n.address, n.attempts, n.region_code,
                     n.subject, n.body, n.sms_text, dict(letter.content), letter.number,
                     n.decision_id)


def pass_point_of_no_return(db: Database, c: Claim, now: dt.datetime) -> bool:
    """Record (committed) that the message is about to leave; False: the claim was lost."""
    with db.write() as s:
        return _changed(s.execute(
            update(Notification).where(
                Notification.id == c.id, Notification.claim_token == c.token,
                Notification.status == _S.SENDING, Notification.committed_at.is_(None))
            .values(committed_at=now, updated_at=now))) == 1


def next_after_failure(n: Notification) -> tuple[Channel, str]:
    """Where a notification goes once its current channel failed for good."""
    failed = ORDER[:ORDER.index(n.channel) + 1]
    # a return or refusal queued with an SMS text before they lost their SMS: none
    sms = n.sms_text if "sms" in CHANNELS_OF.get(n.kind, ()) else ""
    return next_channel(n.email, n.phone, sms, failed)


def finish(db: Database, actor: Actor, c: Claim, outcome: Outcome, detail: str,
           now: dt.datetime, gateway_ref: str | None = None) -> bool:
    """Write an attempt's outcome (the claim's token must still hold); audited."""
    with db.write() as s:
        n = s.scalar(select(Notification).where(
            Notification.id == c.id, Notification.claim_token == c.token,
            Notification.status.in_([_S.SENDING, _S.UNCERTAIN])))
        if n is None:
            return False
        if outcome == "temporary" and n.attempts >= MAX_ATTEMPTS:
            outcome, detail = "permanent", f"{detail} (gave up after {n.attempts} attempts)"
        values: dict[str, Any] = {"updated_at": now, "last_error": detail or None}
        after: dict[str, Any] = {"outcome": outcome, "channel": c.channel.value,
                                 "address": c.address, "attempt": n.attempts,
                                 "detail": detail[:300]}
        if outcome == "sent":
            values.update(status=_S.SENT, sent_at=now, last_error=None,
                          gateway_ref=gateway_ref)
        elif outcome == "uncertain":
            values.update(status=_S.UNCERTAIN)
        elif outcome == "temporary":
            wait = BACKOFF[min(n.attempts, len(BACKOFF)) - 1]
            values.update(status=_S.PENDING, next_attempt_at=now + wait, claim_token=None)
            after["next_attempt_at"] = now + wait
        else:
            channel, address = next_after_failure(n)
            values.update(status=status_for(channel), channel=channel, address=address,
                          attempts=0, next_attempt_at=None, claim_token=None,
                          committed_at=None)
            after["next_channel"] = channel.value
        s.execute(update(Notification).where(Notification.id == c.id).values(**values))
        s.execute(update(NotificationAttempt).where(NotificationAttempt.id == c.attempt_id)
                  .values(finished_at=now, outcome=outcome, detail=detail[:1000]))
        audit.record(s, actor, f"notification.{outcome}", "notification", c.id, after=after,
                     region=c.region)
        return True


def recover_stale(db: Database, actor: Actor, now: dt.datetime,
                  stale_after: dt.timedelta = STALE_AFTER) -> tuple[int, int]:
    """Give back stale claims that sent nothing; mark the others uncertain. Returns
    (given back, uncertain)."""
    with db.read() as s:
        stale = s.execute(select(Notification.id, Notification.claim_token,
                                 Notification.committed_at, Notification.region_code)
                          .where(Notification.status == _S.SENDING,
                                 Notification.claimed_at <= now - stale_after)).all()
    requeued = uncertain = 0
    for nid, token, committed, region in stale:
        with db.write() as s:
            base = update(Notification).where(Notification.id == nid,
                                               Notification.claim_token == token,
                                               Notification.status == _S.SENDING)
            if _changed(s.execute(base.where(Notification.committed_at.is_(None)).values(
                    status=_S.PENDING, claim_token=None, updated_at=now))) == 1:
                outcome, requeued = "abandoned", requeued + 1
            elif _changed(s.execute(base.where(Notification.committed_at.is_not(None))
                                    .values(status=_S.UNCERTAIN, updated_at=now))) == 1:
                outcome, uncertain = "uncertain", uncertain + 1
            else:
                continue  # its sender finished meanwhile
            s.execute(update(NotificationAttempt).where(
                NotificationAttempt.notification_id == nid,
                NotificationAttempt.claim_token == token,
                NotificationAttempt.finished_at.is_(None))
                .values(finished_at=now, outcome=outcome,
                        detail="the sender stopped " + ("before sending" if committed is None
                                                        else "after the point of no return")))
            audit.record(s, actor, "notification.stale", "notification", nid,
                         after={"outcome": outcome, "claimed_before": now - stale_after},
                         region=region)
    return requeued, uncertain

