"""Issuing a decision's letter and notification, inside the decision's transaction.

The deciding user signs: their full name and position go on the letter (never a login), and a
user without both cannot decide (:class:`CannotSign`). The letter gets the next outgoing number
of its year, is composed from the templates in force and entered in the journal; its
notification goes into the outbox. All of it commits or rolls back with the decision.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.actor import Actor
from models.calendar.workdays import as_local, local_day
from models.catalogs import Catalogs
from models.db.entities import Application, User
from models.db.notification_entities import LetterRecord, Notification
from models.errors import InvalidInput
from models.intake.applicant import applicant_of
from models.notifications.compose import Facts, compose, letter_json, templates_in_force
from models.notifications.journal import next_number, record_letter
from models.notifications.outbox import enqueue


class CannotSign(InvalidInput):
    """The deciding user has no full name or no position: the letter cannot be signed."""

    def __init__(self, login: str) -> None:
        super().__init__("decision.no_signer", login=login)


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    position: str


def signer_of(s: Session, actor: Actor) -> Signer:
    """The actor as the signer of a letter (their row as it is now)."""
    user = s.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not user.full_name.strip() or not user.position.strip():
        raise CannotSign(actor.login)
    return Signer(" ".join(user.full_name.split()), " ".join(user.position.split()))


def facts(app: Application, data: Mapping[str, Any], kind: str, *, catalogs: Catalogs,
          reasons: Sequence[str], comment: str, fixes: Sequence[Mapping[str, str]],
          signer: Signer, decided_at: dt.datetime, number: str,
          registry_number: int | None = None, included_on: dt.date | None = None) -> Facts:
    """The facts of a decision on ``app`` (``decided_at`` in UTC, naive)."""
    return Facts(
        kind=kind, portal_id=app.portal_id, number=number, issued_on=local_day(decided_at),
        received_at=as_local(app.received_at), decided_at=as_local(decided_at),
        specialist=app.full_name, applicant=applicant_of(dict(data)),
        reasons=tuple(catalogs.reasons[c] for c in reasons if c in catalogs.reasons),
        comment=comment, fixes=tuple(fixes), signer_name=signer.name,
        signer_position=signer.position, registry_number=registry_number,
        included_on=included_on)


def issue_letter(s: Session, app: Application, decision_id: int, f: Facts, now: dt.datetime
          ) -> tuple[LetterRecord, Notification]:
    """Number, compose and journal the letter of ``f``; put its notification in the outbox."""
    year, seq, number = next_number(s, f.issued_on)
    f = dataclasses.replace(f, number=number)
    composed = compose(f, templates_in_force(s, f.kind))
    letter = record_letter(s, decision_id, app.id, f.kind, year, seq, number, f.issued_on,
                           letter_json(composed.letter), now)
    return letter, enqueue(s, app, decision_id, letter.id, f.kind, composed, now)
