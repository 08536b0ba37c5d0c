"""One run of the senders: e-mails through a mailer, SMS through a gateway, delivery reports.

Each notification goes claim → point of no return → send → outcome, as ``sender`` explains;
``on_stage`` is told after each step (a progress display; the crash tests stop a sender there).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select, update

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.workdays import local_day
from models.db.engine import Database
from models.db.notification_entities import Channel, Notification, NotificationStatus
from models.dto import LetterData
from models.errors import InvalidInput
from models.notifications.compose import letter_from_json
from models.notifications.outbox import status_for
from models.notifications.sender import (
    Claim,
    OnStage,
    Outcome,
    SendReport,
    Stage,
    claim,
    due_ids,
    finish,
    next_after_failure,
    pass_point_of_no_return,
)
from models.notifications.sms import SmsGateway, SmsMessage
from models.notifications.smtp import DeliveryError, DeliveryUncertain, SmtpConfig, build_message

LetterPdf = Callable[[LetterData], bytes]
Clock = Callable[[], dt.datetime]


class Mailer(Protocol):
    """The steps of sending one e-mail (``models.notifications.smtp.SmtpMailer``)."""

    def envelope(self, to: str) -> None: ...

    def data(self, message: bytes) -> None: ...

    def reset(self) -> None: ...

    def close(self) -> None: ...


def _tell(on_stage: OnStage | None, stage: Stage, nid: int) -> None:
    if on_stage is not None:
        on_stage(stage, nid)


def _count(report: SendReport, outcome: str) -> None:
    if outcome == "temporary":
        report.retry += 1
    elif outcome == "permanent":
        report.failed += 1
    elif outcome == "uncertain":
        report.uncertain += 1


def letter_filename(number: str) -> str:
    """The attachment's file name: the outgoing number with only safe characters."""
    return "letter-" + (re.sub(r"[^0-9A-Za-z._-]+", "-", number).strip("-") or "draft") + ".pdf"


def _message(cfg: SmtpConfig, c: Claim, pdf: LetterPdf) -> bytes:
    return build_message(cfg, c.address, c.subject, c.body, pdf(letter_from_json(c.letter)),
                         letter_filename(c.letter_number), f"tizilim.{c.decision_id}.{c.id}",
                         c.letter_number)


def deliver_emails(db: Database, actor: Actor, cfg: SmtpConfig, mailer: Mailer,
                   pdf: LetterPdf, clock: Clock, limit: int = 200,
                   on_stage: OnStage | None = None) -> SendReport:
    """Send the e-mails that are due; stops early when the mail server cannot be used."""
    report = SendReport()
    for nid in due_ids(db, Channel.EMAIL, clock(), limit):
        c = claim(db, actor, nid, Channel.EMAIL, clock())
        if c is None:
            continue  # another sender has it
        _tell(on_stage, "claimed", nid)
        try:
            message = _message(cfg, c, pdf)
            mailer.envelope(c.address)
        except DeliveryError as exc:
            outcome: Outcome = "permanent" if exc.kind == "permanent" else "temporary"
            finish(db, actor, c, outcome, exc.detail, clock())
            _count(report, outcome)
            if exc.kind == "transport":
                report.stopped = exc.detail
                break
            continue
        if not pass_point_of_no_return(db, c, clock()):
            mailer.reset()  # the claim went stale and was given back: not ours to send
            continue
        _tell(on_stage, "committed", nid)
        try:
            mailer.data(message)
        except DeliveryError as exc:
            sent_outcome: Outcome = "permanent" if exc.kind == "permanent" else "temporary"
            finish(db, actor, c, sent_outcome, exc.detail, clock())
            _count(report, sent_outcome)
            continue
        except DeliveryUncertain as exc:
            finish(db, actor, c, "uncertain", str(exc), clock())
            report.uncertain += 1
            continue
        _tell(on_stage, "accepted", nid)
        if finish(db, actor, c, "sent", "", clock()):
            report.sent += 1
            report.ids.append(nid)
    return report


def deliver_sms(db: Database, actor: Actor, gateway: SmsGateway, clock: Clock,
                limit: int = 1000, on_stage: OnStage | None = None) -> SendReport:
    """Hand the SMS that are due to the gateway as one batch."""
    report = SendReport()
    claims = []
    for nid in due_ids(db, Channel.SMS, clock(), limit):
        c = claim(db, actor, nid, Channel.SMS, clock())
        if c is not None:
            claims.append(c)
            _tell(on_stage, "claimed", nid)
    ready = [c for c in claims if pass_point_of_no_return(db, c, clock())]
    if not ready:
        return report
    refs = {f"tz{c.id}-{c.attempt_id}": c for c in ready}
    try:
        gateway.stage([SmsMessage(ref, c.address, c.sms_text) for ref, c in refs.items()])
        for c in ready:
            _tell(on_stage, "committed", c.id)
        outcomes = gateway.hand_over()
    except (OSError, DeliveryError, InvalidInput) as exc:  # nothing left: try again later
        gateway.discard()
        detail = exc.detail if isinstance(exc, DeliveryError) else f"{type(exc).__name__}"
        for c in ready:
            finish(db, actor, c, "temporary", detail, clock())
            report.retry += 1
        report.stopped = detail
        return report
    for o in outcomes:
        c = refs[o.ref]
        if o.result == "accepted":
            _tell(on_stage, "accepted", c.id)
            finish(db, actor, c, "sent", "", clock(), gateway_ref=o.ref)
            report.sent += 1
            report.ids.append(c.id)
        else:
            finish(db, actor, c, o.result, o.detail, clock())
            _count(report, o.result)
    return report


@dataclass
class ReportSummary:
    delivered: int = 0
    failed: int = 0
    pending: int = 0
    unknown: int = 0  # references that are none of ours
    already: int = 0  # results recorded before


def apply_reports(db: Database, actor: Actor, gateway: SmsGateway, clock: Clock
                  ) -> ReportSummary:
    """Record the operator's delivery results (each once; a failure moves the notification to
    the next channel, in practice delivery by hand)."""
    out = ReportSummary()
    for r in gateway.reports():
        if r.result == "pending":
            out.pending += 1
            continue
        with db.write() as s:
            n = s.scalar(select(Notification).where(Notification.gateway_ref == r.ref))
            if n is None:
                out.unknown += 1
                continue
            if n.status is not NotificationStatus.SENT or n.channel is not Channel.SMS:
                out.already += 1
                continue
            now = clock()
            base = update(Notification).where(Notification.id == n.id,
                                               Notification.status == NotificationStatus.SENT)
            after = {"channel": "sms", "address": n.address, "detail": r.detail}
            if r.result == "delivered":
                day = local_day(r.at) if r.at else local_day(now)
                s.execute(base.values(status=NotificationStatus.DELIVERED, delivered_on=day,
                                      delivered_by="sms-gateway", updated_at=now))
                audit.record(s, actor, "notification.delivered", "notification", n.id,
                             after={**after, "delivered_on": day}, region=n.region_code)
                out.delivered += 1
            else:
                channel, address = next_after_failure(n)
                s.execute(base.values(status=status_for(channel), channel=channel,
                                      address=address, attempts=0, next_attempt_at=None,
                                      claim_token=None, committed_at=None,
                                      last_error=r.detail or "undelivered", updated_at=now))
                audit.record(s, actor, "notification.permanent", "notification", n.id,
                             after={**after, "next_channel": channel.value},
                             region=n.region_code)
                out.failed += 1
    return out
