"""The admin's working-day calendar: extra days off and extra working days.

Changing the calendar recomputes the due dates of undecided applications it affects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models import audit
from models.actor import Actor
from models.applications import load_calendar
from models.db import Database
from models.entities import Application, CalendarOverride
from models.errors import InvalidInput, NotFound, PermissionDenied
from models.transitions import OPEN_FOR_DECISION
from models.workcalendar import WorkCalendar


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
        """Record an extra working day (True) or day off (False); returns re-dated count."""
        self._admin(actor)
        if len(note) > 200:
            raise InvalidInput("Примечание слишком длинное", "Ескертпе тым ұзын")
        with self.db.write() as s:
            o = s.get(CalendarOverride, day)
            before = {"working": o.working, "note": o.note} if o else None
            if o is None:
                o = CalendarOverride(day=day, working=working, note=note, created_by=actor.login)
                s.add(o)
            else:
                o.working, o.note, o.created_by = working, note, actor.login
            s.flush()
            audit.record(s, actor, "calendar.set", "calendar", day.isoformat(), before=before,
                         after={"working": working, "note": note})
            return self._redate(s, day)

    def remove_day(self, actor: Actor, day: dt.date) -> int:
        self._admin(actor)
        with self.db.write() as s:
            o = s.get(CalendarOverride, day)
            if o is None:
                raise NotFound("Такого дня нет в календаре", "Күнтізбеде мұндай күн жоқ")
            audit.record(s, actor, "calendar.remove", "calendar", day.isoformat(),
                         before={"working": o.working, "note": o.note})
            s.delete(o)
            s.flush()
            return self._redate(s, day)

    @staticmethod
    def _redate(s: object, day: dt.date) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        cal = load_calendar(s)
        apps = s.scalars(select(Application).where(
            Application.status.in_(list(OPEN_FOR_DECISION)),
            Application.received_on < day,
            Application.due_date >= day,
        ))
        n = 0
        for a in apps:
            due = cal.due_date(a.received_on)
            if due != a.due_date:
                a.due_date = due
                n += 1
        return n

    @staticmethod
    def _admin(actor: Actor) -> None:
        if not actor.is_admin:
            raise PermissionDenied("Календарь ведёт только администратор",
                                   "Күнтізбені тек әкімші жүргізеді")
