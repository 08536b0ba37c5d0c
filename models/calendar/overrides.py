"""The admin's own days off and working days, read into a WorkCalendar."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.calendar.workdays import WorkCalendar
from models.db.entities import CalendarOverride


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarOverride.day, CalendarOverride.working))
    return WorkCalendar({d: w for d, w in rows})
