"""The admin's working-day calendar: extra days off and extra working days.

Changing the calendar recomputes the due dates of undecided applications it affects; each
re-dated application gets its own audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.actor import Actor
from models.applications.transitions import OPEN_FOR_DECISION
from models.audit import chain as audit
from models.calendar.overrides import load_calendar
from models.calendar.workdays import WorkCalendar
from models.db.engine import Database
from models.db.entities import Application, CalendarOverride
from models.db.retries import with_retries
from models.errors import Conflict, InvalidInput, NotFound
from models.people.access import deny


@dataclass(frozen=True, slots=True)
class Redated:
    """An open application whose due date a calendar change moved."""

    portal_id: str
    region: str
    old: dt.date | None
    new: dt.date


@dataclass(frozen=True, slots=True)
class OverrideInfo:
    day: dt.date
    working: bool
    note: str
    created_by: str


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def calendar(self) -> WorkCalendar:
        with self.db.read() as s:
            return load_calendar(s)

    def overrides(self, year: int | None = None) -> list[OverrideInfo]:
        with self.db.read() as s:
            stmt = select(CalendarOverride).order_by(CalendarOverride.day)
            if year:
                stmt = stmt.where(CalendarOverride.day >= dt.date(year, 1, 1),
                                  CalendarOverride.day <= dt.date(year, 12, 31))
            return [OverrideInfo(o.day, o.working, o.note, o.created_by)
                    for o in s.scalars(stmt)]

    def set_day(self, actor: Actor, day: dt.date, working: bool, note: str = "") -> int:
        """Record an extra working day (True) or day off (False); returns re-dated count.

        One ``calendar.set`` event, then one ``application.redate`` event per application whose
        due date moved (with the old and the new date and the application's region).
        """
        self._admin(actor, day, "calendar.set")
        if len(note) > 200:
            raise InvalidInput("calendar.note_too_long")

        def run() -> int:
            with self.db.write() as s:
                o = s.get(CalendarOverride, day)
                before = {"working": o.working, "note": o.note} if o else None
                if o is None:
                    o = CalendarOverride(day=day, working=working, note=note,
                                         created_by=actor.login)
                    s.add(o)
                else:
                    o.working, o.note, o.created_by = working, note, actor.login
                s.flush()
                moved = self._redate(s, day)
                self._audit(s, actor, "calendar.set", day, before,
                            {"working": working, "note": note}, moved)
                return len(moved)

        return self._retrying(run)

    def remove_day(self, actor: Actor, day: dt.date) -> int:
        """Remove an override (the day follows the ordinary calendar again); re-dated count."""
        self._admin(actor, day, "calendar.remove")

        def run() -> int:
            with self.db.write() as s:
                o = s.get(CalendarOverride, day)
                if o is None:
                    raise NotFound("calendar.day_not_found", day=day)
                before = {"working": o.working, "note": o.note}
                s.delete(o)
                s.flush()
                moved = self._redate(s, day)
                self._audit(s, actor, "calendar.remove", day, before, None, moved)
                return len(moved)

        return self._retrying(run)

    @staticmethod
    def _retrying(run: Callable[[], int]) -> int:
        try:
            return with_retries(run)
        except StaleDataError:
            raise Conflict("calendar.busy") from None

    @staticmethod
    def _audit(s: Session, actor: Actor, action: str, day: dt.date,
               before: dict[str, object] | None, after: dict[str, object] | None,
               moved: list[Redated]) -> None:
        """The audit rows, written last: rows are locked first, the audit chain after (the same
        order as a decision's), so a calendar change and a decision never wait on each other
        in a cycle."""
        summary = dict(after or {}, redated=len(moved))
        rows = [audit.make_row(actor, action, "calendar", day.isoformat(), before=before,
                               after=summary)]
        rows += [audit.make_row(actor, "application.redate", "application", m.portal_id,
                                before={"due_date": m.old}, after={"due_date": m.new,
                                                                   "calendar_day": day},
                                region=m.region) for m in moved]
        audit.record_many(s, rows)

    @staticmethod
    def _redate(s: Session, day: dt.date) -> list[Redated]:
        """Recompute the open deadlines the day can move; lock those rows in id order."""
        cal = load_calendar(s)
        apps = s.scalars(select(Application).where(
            Application.status.in_(list(OPEN_FOR_DECISION)),
            Application.received_on < day,
            Application.due_date >= day,
        ).order_by(Application.id).with_for_update())
        moved: list[Redated] = []
        for a in apps:
            due = cal.due_date(a.received_on)
            if due != a.due_date:
                moved.append(Redated(a.portal_id, a.region_code, a.due_date, due))
                a.due_date = due
        s.flush()
        return moved

    def _admin(self, actor: Actor, day: dt.date, what: str) -> None:
        """Only an admin keeps the calendar; a refusal is audited like every other."""
        if not actor.is_admin:
            raise deny(self.db, actor, "calendar.admin_only", "calendar", day.isoformat(),
                       what=what)
