"""Decisions (p.9 of the Rules), resubmissions (p.10) and corrections before a decision."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.actor import Actor
from models.applications.duplicates import flag_duplicates, unlink_duplicates
from models.applications.fixes import FixField, check_fixes
from models.applications.holds import check_may_act, held_conflict, live_holder, released_conflict
from models.applications.locking import lock_app
from models.applications.reasons import check_reasons
from models.applications.receive import columns_from_data
from models.applications.search import search_text
from models.applications.transitions import DECISION_RESULT, can_decide
from models.audit import chain as audit
from models.calendar.overrides import load_calendar
from models.calendar.workdays import local_day, to_utc_naive, utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import (
    Application,
    Decision,
    DecisionKind,
    RegistryEntry,
    Revision,
    Role,
    Status,
    User,
)
from models.db.retries import with_retries
from models.errors import Conflict, InvalidInput, PermissionDenied
from models.intake.applicant import carry_applicant
from models.intake.records import validate_record
from models.notifications.issue import facts, issue_letter, signer_of
from models.people.access import asked_region, deny, record_denial, require_region
from models.people.security_settings import load as load_settings
from models.registry.numbers import next_registry_number
from models.statistics.facts import clean_cause, decision_facts, is_late

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DecisionResult:
    portal_id: str
    kind: DecisionKind
    status: Status
    revision: int
    decided_at: dt.datetime
    registry_number: int | None = None
    letter_number: str = ""  # the outgoing number of the decision's letter
    channel: str = ""  # where its notification goes first: email | sms | hand


def _conflict_already(portal_id: str) -> Conflict:
    return Conflict("decision.already_made", portal_id=portal_id)


MAX_COMMENT = 4000  # characters of a decision's comment


RECEIVED_AT_SLACK = dt.timedelta(minutes=5)  # clocks of the portal and the workstation differ


def _check_resubmitted_at(session: Session, app: Application, received: dt.datetime) -> None:
    """A new revision arrives after the return it answers, and not in the future."""
    if received > utc_now() + RECEIVED_AT_SLACK:
        raise InvalidInput("resubmission.received_future", received=received)
    returned_at = session.scalar(
        select(Decision.decided_at).where(Decision.application_id == app.id,
                                          Decision.revision == app.revision)
        .order_by(Decision.id.desc()).limit(1))
    if returned_at is not None and received < returned_at:
        raise InvalidInput("resubmission.received_before_return", received=received,
                           returned_at=returned_at)


def _changed_meanwhile(portal_id: str) -> Conflict:
    return Conflict("application.changed", portal_id=portal_id)


def _as_record(data: dict[str, Any], portal_id: str, received_at: dt.datetime
               ) -> dict[str, Any]:
    """A correction as an import record: the whole record, or a bare ``specialist`` object."""
    kept = received_at.replace(tzinfo=dt.UTC).isoformat()
    if "specialist" in data:
        return {"portal_id": data.get("portal_id", portal_id),
                "received_at": data.get("received_at") or kept,
                "specialist": data["specialist"],
                **({"applicant": data["applicant"]} if "applicant" in data else {})}
    return {"portal_id": portal_id, "received_at": kept, "specialist": data}


class ReviewService:
    """Decisions (p.9 of the Rules), resubmissions (p.10) and corrections before a decision."""

    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def decide(self, actor: Actor, portal_id: str, kind: DecisionKind | str,
               reasons: Iterable[str] = (), comment: str = "",
               expected_revision: int | None = None,
               late_cause: str | None = None,
               fixes: Iterable[FixField] = ()) -> DecisionResult:
        """Register, return or refuse the current revision; exactly once per revision.

        The deciding user signs the decision's letter (a user without a full name and a
        position cannot: :class:`~models.notifications.issue.CannotSign`). ``fixes``: for a
        return, the fields and documents to correct, each with an optional note. The letter
        gets its outgoing number and the notification its outbox row in the same transaction.
        ``late_cause``: why the decision comes after the revision's due date; kept only on a
        late decision (None there: "not given").
        """
        kind = DecisionKind(kind)
        if actor.role is not Role.ADMIN:
            raise deny(self.db, actor, "decision.admin_only", "application", portal_id,
                       what="decide")
        codes = check_reasons(self.catalogs, kind, reasons)
        marked = list(fixes)
        comment = (comment or "").strip()
        late_cause = clean_cause(late_cause)
        if len(comment) > MAX_COMMENT:
            raise InvalidInput("decision.comment_too_long", max=MAX_COMMENT)

        released: list[str] = []

        def run() -> DecisionResult | None:
            with self.db.write() as s:
                signer = signer_of(s, actor)
                app = lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if not can_decide(app.status):
                    raise _conflict_already(portal_id) if s.scalar(
                        select(Decision.id).where(Decision.application_id == app.id,
                                                  Decision.revision == app.revision)
                    ) else Conflict("decision.not_possible", portal_id=portal_id,
                                    status=app.status.value)
                if expected_revision is not None and expected_revision != app.revision:
                    raise Conflict("decision.revision_changed", portal_id=portal_id,
                                   revision=app.revision)
                notice = check_may_act(s, actor, app)
                if notice is not None:  # commit "the holder was told", then tell them
                    released.append(notice)
                    return None
                data = s.scalar(select(Revision.data).where(
                    Revision.application_id == app.id, Revision.number == app.revision)) or {}
                fix_fields = check_fixes(kind, marked, data)
                now = utc_now()
                before = {"status": app.status.value, "revision": app.revision}
                late = is_late(local_day(now), app.due_date)
                decision = Decision(application_id=app.id, revision=app.revision, kind=kind,
                                    reason_codes=codes, comment=comment, fix_fields=fix_fields,
                                    user_id=actor.user_id, user_login=actor.login,
                                    signer_name=signer.name, signer_position=signer.position,
                                    decided_at=now, decided_on=local_day(now),
                                    **decision_facts(app),
                                    late_cause=late_cause if late else None)
                s.add(decision)
                app.status = DECISION_RESULT[kind]
                app.due_date = None
                app.held_by = None
                app.held_since = None
                app.updated_at = now
                number = None
                if kind is DecisionKind.REGISTER:
                    number = next_registry_number(s)
                    s.add(RegistryEntry(registry_number=number, application_id=app.id,
                                        included_on=local_day(now)))
                s.flush()
                letter, note = issue_letter(s, app, decision.id, facts(
                    app, data, kind.value, catalogs=self.catalogs, reasons=codes,
                    comment=comment, fixes=fix_fields, signer=signer, decided_at=now,
                    number="", registry_number=number,
                    included_on=local_day(now) if number is not None else None), now)
                audit.record(s, actor, f"application.{kind.value}", "application", portal_id,
                             before=before,
                             after={"status": app.status.value, "revision": app.revision,
                                    "reasons": codes, "comment": comment,
                                    "fix_fields": fix_fields, "registry_number": number,
                                    "letter_number": letter.number,
                                    "notification": note.channel.value,
                                    **({"late_cause": late_cause} if late else {})},
                             region=app.region_code)
                return DecisionResult(portal_id, kind, app.status, app.revision, now, number,
                                      letter.number, note.channel.value)

        try:
            result = with_retries(run)
        except (IntegrityError, StaleDataError) as exc:
            log.info("concurrent decision on %s refused: %s", portal_id, type(exc).__name__)
            raise _conflict_already(portal_id) from None
        except PermissionDenied as exc:
            record_denial(self.db, actor, exc, "application", portal_id, what="decide",
                          region=asked_region(exc))
            raise
        if result is None:
            by, reason = released[-1].split("\x00", 1)
            raise released_conflict(portal_id, by, reason)
        return result

    def resubmit(self, actor: Actor, portal_id: str, data: dict[str, Any],
                 received_at: dt.datetime | None = None) -> int:
        """A returned application comes back as a new revision with a new deadline."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_rights", "application", portal_id,
                       what="resubmit")

        def run() -> int:
            with self.db.write() as s:
                app = lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if app.status is not Status.RETURNED:
                    raise Conflict("resubmission.not_returned", portal_id=portal_id)
                new = carry_applicant(data, s.scalar(select(Revision.data).where(
                    Revision.application_id == app.id, Revision.number == app.revision)))
                cols = columns_from_data(new)
                require_region(actor, cols["region_code"], what=portal_id)
                cal = load_calendar(s)
                received = to_utc_naive(received_at or dt.datetime.now(dt.UTC))
                _check_resubmitted_at(s, app, received)
                received_on = local_day(received)
                due = cal.due_date(received_on)
                before = {"status": app.status.value, "revision": app.revision}
                now = utc_now()
                app.revision += 1
                for k, v in cols.items():
                    setattr(app, k, v)
                app.search_text = search_text(app.last_name, app.first_name, app.middle_name,
                                              app.iin, app.portal_id)
                app.status = Status.RESUBMITTED
                app.received_at = received
                app.received_on = received_on
                app.due_date = due
                app.updated_at = now
                s.add(Revision(application_id=app.id, number=app.revision,
                               received_at=received, due_date=due, data=new,
                               created_by=actor.login, created_at=now))
                s.flush()
                audit.record(s, actor, "application.resubmit", "application", portal_id,
                             before=before,
                             after={"status": app.status.value, "revision": app.revision,
                                    "due_date": due},
                             region=app.region_code)
                flag_duplicates(s, [app.id])
                return app.revision

        try:
            return with_retries(run)
        except (IntegrityError, StaleDataError):
            raise _changed_meanwhile(portal_id) from None
        except PermissionDenied as exc:
            record_denial(self.db, actor, exc, "application", portal_id, what="resubmit",
                          region=asked_region(exc))
            raise

    def correct(self, actor: Actor, portal_id: str, data: dict[str, Any], *,
                expected_version: int | None = None) -> int:
        """Correct an undecided application (a paper entry's typo) before it is decided.

        ``data`` is a record of the import format (``portal_id``, ``received_at``,
        ``specialist``) or just its ``specialist`` object (the receipt time is then kept); it is
        validated exactly like an imported record. A clerk of the application's region or an
        administrator may; decided and closed applications are refused. ``expected_version``
        (the application's version when it was read) makes a concurrent change a
        :class:`Conflict`. The current revision's data is replaced, the changed fields are
        audited before and after, and duplicates are flagged afresh. Returns the new version.
        """
        if actor.role not in (Role.ADMIN, Role.MIO):
            raise deny(self.db, actor, "correction.denied", "application", portal_id,
                       what="correct")
        if not isinstance(data, dict):
            raise InvalidInput("correction.not_object")

        def run() -> int:
            with self.db.write() as s:
                app = lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if not can_decide(app.status):
                    raise Conflict("correction.decided", portal_id=portal_id,
                                   status=app.status.value)
                if expected_version is not None and expected_version != app.version:
                    raise _changed_meanwhile(portal_id)
                holder = live_holder(app, load_settings(s).hold_expiry, utc_now())
                if holder is not None and holder != actor.user_id:
                    login = s.scalar(select(User.login).where(User.id == holder)) or "?"
                    raise held_conflict(portal_id, login, app.held_since)
                rec = validate_record(1, _as_record(data, portal_id, app.received_at),
                                      self.catalogs)
                errors = [i for i in rec.issues if i.severity == "error"]
                if rec.portal_id != portal_id and not errors:
                    raise InvalidInput("correction.portal_id_changed", portal_id=portal_id,
                                       new_portal_id=rec.portal_id)
                if errors or rec.data is None or rec.received_at is None:
                    if not errors:
                        raise InvalidInput("correction.invalid")
                    raise InvalidInput("correction.invalid_field", field=errors[0].field,
                                       issue=errors[0], issues=list(errors))
                rev = s.scalar(select(Revision).where(Revision.application_id == app.id,
                                                      Revision.number == app.revision))
                old = dict(rev.data) if rev is not None else {}
                new = carry_applicant(rec.data, old)
                cols = columns_from_data(new)
                require_region(actor, cols["region_code"], what=portal_id)
                received = to_utc_naive(rec.received_at)
                changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                moved = received != app.received_at
                if not changed and not moved:
                    return app.version
                old_version = app.version
                before: dict[str, Any] = {k: old.get(k) for k in changed}
                after: dict[str, Any] = {k: new.get(k) for k in changed}
                for k, v in cols.items():
                    setattr(app, k, v)
                app.search_text = search_text(app.last_name, app.first_name, app.middle_name,
                                              app.iin, app.portal_id)
                if moved:
                    before["received_at"], after["received_at"] = app.received_at, received
                    before["due_date"] = app.due_date
                    app.received_at, app.received_on = received, local_day(received)
                    app.due_date = after["due_date"] = load_calendar(s).due_date(
                        app.received_on)
                app.updated_at = utc_now()
                if rev is not None:
                    rev.data = new
                    rev.received_at = app.received_at
                    if app.due_date is not None:  # always, for an undecided application
                        rev.due_date = app.due_date
                unlink_duplicates(s, app)
                s.flush()
                flag_duplicates(s, [app.id])
                version = app.version
                audit.record(s, actor, "application.correct", "application", portal_id,
                             before=dict(before, version=old_version),
                             after=dict(after, version=version, revision=app.revision),
                             region=app.region_code)
                return version

        try:
            return with_retries(run)
        except (IntegrityError, StaleDataError):
            raise _changed_meanwhile(portal_id) from None
        except PermissionDenied as exc:
            record_denial(self.db, actor, exc, "application", portal_id, what="correct",
                          region=asked_region(exc))
            raise
