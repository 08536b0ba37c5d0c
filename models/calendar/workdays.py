"""The Kazakhstan working-day calendar and the decision deadline (p.9 of the Rules).

Public holidays, the days off they are moved to, and the weekends the government makes working
days (Sunday 05.01.2025, Saturday 04.05.2024) come from the ``holidays`` package (country KZ);
an admin's overrides (extra day off / extra working day) come on top of all of them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from zoneinfo import ZoneInfo

import holidays

KZ_TZ = ZoneInfo("Asia/Almaty")


DECISION_WORKING_DAYS = 5


@functools.lru_cache(maxsize=64)
def _kz_year(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """The year's days off (holidays and the days they are moved to) and its weekend days
    that are working days by a government transfer."""
    kz = holidays.country_holidays("KZ", years=year)
    return (frozenset(kz.keys()),
            frozenset(d for d in kz.weekend_workdays if d.year == year))


class WorkCalendar:
    """Working days: Monday–Friday, minus public holidays and the days off they are moved to,
    plus the weekends made working days, with the admin's overrides on top.

    ``overrides`` maps a date to True (extra working day) or False (extra day off).
    """

    def __init__(self, overrides: Mapping[dt.date, bool] | None = None) -> None:
        self.overrides = dict(overrides or {})

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        off, working = _kz_year(day.year)
        if day in working:
            return True
        return day.weekday() < 5 and day not in off

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``day`` (n ≥ 1)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        d = day
        while n:
            d += dt.timedelta(days=1)
            if self.is_working_day(d):
                n -= 1
        return d

    def due_date(self, received_on: dt.date) -> dt.date:
        """Decision due: the 5th working day after the day of receipt."""
        return self.add_working_days(received_on, DECISION_WORKING_DAYS)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end == start:
            return 0
        sign = 1 if end > start else -1
        lo, hi = (start, end) if sign == 1 else (end, start)
        n = 0
        d = lo
        while d < hi:
            d += dt.timedelta(days=1)
            if self.is_working_day(d):
                n += 1
        return sign * n


def local_day(moment: dt.datetime) -> dt.date:
    """The Kazakhstan calendar day of an aware moment (naive = UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(KZ_TZ).date()


def as_local(moment: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) moment as an aware Kazakhstan local time, for printing."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(KZ_TZ)


def to_utc_naive(moment: dt.datetime) -> dt.datetime:
    """Store moments as naive UTC; a naive input is taken as Kazakhstan local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KZ_TZ)
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def today_local() -> dt.date:
    return dt.datetime.now(KZ_TZ).date()
