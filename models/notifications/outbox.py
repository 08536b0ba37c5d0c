"""The outbox: a decision's notification, written in the decision's own transaction.

Channels in order: e-mail where the applicant has an address; SMS where there is a mobile
number and no e-mail, or once e-mail failed for good; by hand (the clerk of the region prints
the letter and hands it over, p.9 of the portal rules: the local executive bodies notify by
other means) when no channel is left. An SMS whose text would take more than
:data:`~models.notifications.sms.MAX_SEGMENTS` segments is no channel either, and a return or
a refusal has no SMS at all (their reasons and appeal route do not fit one:
``templates.CHANNELS_OF``), so without an e-mail they are delivered by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from models.db.entities import Application
from models.db.notification_entities import Channel, Notification, NotificationStatus
from models.notifications.compose import Composed
from models.notifications.sms import MAX_SEGMENTS, segments

ORDER = (Channel.EMAIL, Channel.SMS, Channel.HAND)


def sms_fits(text: str) -> bool:
    return bool(text.strip()) and segments(text).count <= MAX_SEGMENTS


def next_channel(email: str, phone: str, sms_text: str,
                 failed: Iterable[Channel] = ()) -> tuple[Channel, str]:
    """The first usable channel not yet failed, with its address."""
    done = set(failed)
    if email and Channel.EMAIL not in done:
        return Channel.EMAIL, email
    if phone and Channel.SMS not in done and sms_fits(sms_text):
        return Channel.SMS, phone
    return Channel.HAND, ""


def status_for(channel: Channel) -> NotificationStatus:
    return NotificationStatus.BY_HAND if channel is Channel.HAND else NotificationStatus.PENDING


def enqueue(s: Session, app: Application, decision_id: int, letter_id: int, kind: str,
            composed: Composed, now: dt.datetime) -> Notification:
    """Put the decision's notification in the outbox (the caller's transaction commits it)."""
    email, phone = app.applicant_email, app.applicant_phone
    channel, address = next_channel(email, phone, composed.sms)
    row = Notification(
        decision_id=decision_id, letter_id=letter_id, application_id=app.id,
        region_code=app.region_code, kind=kind, status=status_for(channel), channel=channel,
        address=address, email=email, phone=phone, subject=composed.subject,
        body=composed.body, sms_text=composed.sms, attempts=0, created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return row
