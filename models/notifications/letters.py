"""Decision letters: printing them as signed, previewing one before deciding, their numbering.

A letter is printed exactly as it was signed (the journal keeps it). Decisions made before the
journal existed have no stored letter: theirs is composed from the decision as recorded, with
no outgoing number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.fixes import FixField, check_fixes
from models.applications.reasons import check_reasons
from models.audit import chain as audit
from models.calendar.workdays import as_local, local_day, utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import (
    Application,
    Decision,
    DecisionKind,
    RegistryEntry,
    Revision,
    Role,
    User,
)
from models.db.notification_entities import LetterRecord, Notification
from models.db.security_entities import Setting
from models.dto import LetterData
from models.errors import NotFound
from models.intake.applicant import applicant_of
from models.notifications.compose import (
    Facts,
    compose,
    letter_from_json,
    templates_in_force,
)
from models.notifications.issue import Signer, facts, signer_of
from models.notifications.journal import FORMAT_KEY, check_format, format_number, number_format
from models.people.access import ForeignRegion, deny, require_region

LEGACY_NUMBER = "—"  # a decision from before the letter journal


class LetterService:
    def __init__(self, db: Database, catalogs: Catalogs) -> None:
        self.db = db
        self.catalogs = catalogs

    # -- printing ---------------------------------------------------------------------------
    def letters(self, actor: Actor, day: dt.date | None = None,
                portal_id: str | None = None) -> list[LetterData]:
        """The letters of one day's decisions, or one application's last; audited."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_rights", "decision", portal_id or "",
                       what="letters")
        with self.db.write() as s:
            stmt = select(Decision).join(Application, Decision.application_id == Application.id)
            if portal_id:
                stmt = stmt.where(Application.portal_id == portal_id)
            if day:
                stmt = stmt.where(Decision.decided_on == day)
            if actor.role is Role.MIO:
                stmt = stmt.where(Application.region_code == actor.region)
            found = list(s.scalars(stmt.order_by(Decision.id)))
            if portal_id:
                if not found:
                    region = s.scalar(select(Application.region_code).where(
                        Application.portal_id == portal_id))
                    if region and not actor.may_see_region(region):
                        refused = ForeignRegion(region, what="letters")
                        audit.record(s, actor, "access.denied", "application", portal_id,
                                     after={"what": "letters", "message": refused.ru},
                                     region=region)
                        s.commit()
                        raise refused
                    raise NotFound("letters.no_decision", portal_id=portal_id)
                found = found[-1:]
            out = [self._letter(s, d) for d in found]
            audit.record(s, actor, "letters.print", "decision", portal_id or str(day or ""),
                         after={"count": len(out), "portal_ids": [x.portal_id for x in out]},
                         region=actor.region if actor.role is Role.MIO else None)
            return out

    def letters_for(self, actor: Actor, notification_ids: Iterable[int]) -> list[LetterData]:
        """The letters of some notifications (the checked rows of a list: delivery by hand)."""
        ids = list(dict.fromkeys(notification_ids))
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_rights", "notification", what="letters")
        with self.db.write() as s:
            rows = s.execute(select(Notification.id, Notification.region_code, Decision)
                             .join(Decision, Decision.id == Notification.decision_id)
                             .where(Notification.id.in_(ids))).all()
            by_id = {nid: (region, d) for nid, region, d in rows}
            for nid in ids:
                if nid not in by_id:
                    raise NotFound("notify.not_found", id=nid)
                require_region(actor, by_id[nid][0], what="letters")
            out = [self._letter(s, by_id[nid][1]) for nid in ids]
            audit.record(s, actor, "letters.print", "notification",
                         ",".join(map(str, ids))[:60],
                         after={"count": len(out), "portal_ids": [x.portal_id for x in out]},
                         region=actor.region if actor.role is Role.MIO else None)
            return out

    def _letter(self, s: Session, d: Decision) -> LetterData:
        stored = s.scalar(select(LetterRecord.content).where(LetterRecord.decision_id == d.id))
        if stored is not None:
            return letter_from_json(stored)
        app = s.get_one(Application, d.application_id)
        rev = s.scalar(select(Revision).where(Revision.application_id == app.id,
                                              Revision.number == d.revision))
        user = s.get(User, d.user_id) if d.user_id is not None else None
        signer = Signer(d.signer_name or (user.full_name if user else ""),
                        d.signer_position or (user.position if user else ""))
        entry = s.scalar(select(RegistryEntry).where(RegistryEntry.application_id == app.id))
        f = Facts(
            kind=d.kind.value, portal_id=app.portal_id, number=LEGACY_NUMBER,
            issued_on=d.decided_on,
            received_at=as_local(rev.received_at if rev else app.received_at),
            decided_at=as_local(d.decided_at), specialist=app.full_name,
            applicant=applicant_of(dict(rev.data) if rev else {}),
            reasons=tuple(self.catalogs.reasons[c] for c in d.reason_codes
                          if c in self.catalogs.reasons),
            comment=d.comment, fixes=tuple(d.fix_fields or ()), signer_name=signer.name,
            signer_position=signer.position,
            registry_number=entry.registry_number if entry and d.kind is
            DecisionKind.REGISTER else None,
            included_on=entry.included_on if entry and d.kind is DecisionKind.REGISTER
            else None)
        return compose(f, templates_in_force(s, f.kind)).letter

    def preview(self, actor: Actor, portal_id: str, kind: DecisionKind | str,
                reasons: Sequence[str] = (), comment: str = "",
                fixes: Iterable[FixField] = ()) -> LetterData:
        """The letter the applicant would get if the actor decided now (no number yet: it is
        issued with the decision). Refuses what ``decide`` would refuse about the letter."""
        kind = DecisionKind(kind)
        if actor.role is not Role.ADMIN:
            raise deny(self.db, actor, "decision.admin_only", "application", portal_id,
                       what="preview")
        codes = check_reasons(self.catalogs, kind, reasons)
        with self.db.read() as s:
            signer = signer_of(s, actor)
            app = s.scalar(select(Application).where(Application.portal_id == portal_id))
            if app is None:
                raise NotFound("application.not_found", portal_id=portal_id)
            require_region(actor, app.region_code, what=portal_id)
            data = s.scalar(select(Revision.data).where(
                Revision.application_id == app.id, Revision.number == app.revision)) or {}
            marked = check_fixes(kind, fixes, data)
            now = utc_now()
            registering = kind is DecisionKind.REGISTER
            f = facts(app, data, kind.value, catalogs=self.catalogs, reasons=codes,
                      comment=(comment or "").strip(), fixes=marked, signer=signer,
                      decided_at=now, number="",
                      included_on=local_day(now) if registering else None)
            return compose(f, templates_in_force(s, kind.value)).letter

    def signer(self, actor: Actor) -> Signer:
        """How the actor would sign a decision's letter (their full name and position as they
        are now); :class:`~models.notifications.issue.CannotSign` when either is missing."""
        with self.db.read() as s:
            return signer_of(s, actor)

    # -- numbering --------------------------------------------------------------------------
    def number_format(self, actor: Actor) -> str:
        """The form of outgoing numbers (``{year}`` and ``{seq}``)."""
        with self.db.read() as s:
            return number_format(s)

    def set_number_format(self, actor: Actor, fmt: str) -> str:
        """Change the form of outgoing numbers (admin; audited); returns an example number.
        Numbers already issued keep their form; the sequence of the year goes on."""
        if not actor.is_admin:
            raise deny(self.db, actor, "letters.admin_only", "settings", FORMAT_KEY,
                       what="letters.number_format")
        fmt = check_format(fmt)
        with self.db.write() as s:
            before = number_format(s)
            row = s.get(Setting, FORMAT_KEY)
            now = utc_now()
            if row is None:
                s.add(Setting(key=FORMAT_KEY, value=fmt, updated_by=actor.login,
                              updated_at=now))
            else:
                row.value, row.updated_by, row.updated_at = fmt, actor.login, now
            s.flush()
            audit.record(s, actor, "letters.number_format", "settings", FORMAT_KEY,
                         before={"format": before}, after={"format": fmt})
        return format_number(fmt, local_day(utc_now()).year, 1)
