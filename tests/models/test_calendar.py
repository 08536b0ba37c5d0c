"""Working days on the Kazakhstan calendar and the five-working-day deadline (p.9)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from models.calendar.workdays import WorkCalendar, local_day

D = dt.date


def test_due_date_skips_weekend() -> None:
    cal = WorkCalendar()
    # Monday 2026-11-02 → Tue, Wed, Thu, Fri, Mon = 2026-11-09
    assert cal.due_date(D(2026, 11, 2)) == D(2026, 11, 9)
    # received on Saturday: the five working days start on Monday
    assert cal.due_date(D(2026, 11, 7)) == D(2026, 11, 13)


def test_due_date_skips_nauryz_holidays() -> None:
    cal = WorkCalendar()
    # Friday 20 March 2026; 21–25 March are Nauryz days off (incl. transfers): due 1 April
    assert cal.due_date(D(2026, 3, 20)) == D(2026, 4, 1)


def test_independence_day_and_new_year() -> None:
    cal = WorkCalendar()
    assert not cal.is_working_day(D(2026, 12, 16))
    assert not cal.is_working_day(D(2026, 1, 1))
    assert not cal.is_working_day(D(2026, 1, 2))


def test_admin_overrides_extra_day_off_and_working_saturday() -> None:
    base = WorkCalendar()
    assert base.due_date(D(2026, 11, 2)) == D(2026, 11, 9)
    off = WorkCalendar({D(2026, 11, 4): False})
    assert off.due_date(D(2026, 11, 2)) == D(2026, 11, 10)
    sat = WorkCalendar({D(2026, 11, 7): True})
    assert sat.due_date(D(2026, 11, 2)) == D(2026, 11, 7)


def test_local_day_uses_kazakhstan_time() -> None:
    # 20:30 UTC on 19 March is 01:30 on 20 March in Kazakhstan (UTC+5)
    assert local_day(dt.datetime(2026, 3, 19, 20, 30)) == D(2026, 3, 20)


days = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))


@given(days, st.dictionaries(days, st.booleans(), max_size=10))
def test_due_date_properties(day: dt.date, overrides: dict[dt.date, bool]) -> None:
    cal = WorkCalendar(overrides)
    due = cal.due_date(day)
    assert due > day
    assert cal.is_working_day(due)
    assert cal.working_days_between(day, due) == 5
    # the day before the deadline has only four working days after receipt
    assert cal.working_days_between(day, due - dt.timedelta(days=1)) == 4


@given(days, st.integers(1, 30), st.integers(1, 30))
def test_adding_working_days_composes(day: dt.date, a: int, b: int) -> None:
    cal = WorkCalendar()
    assert cal.add_working_days(cal.add_working_days(day, a), b) == cal.add_working_days(day,
                                                                                         a + b)
