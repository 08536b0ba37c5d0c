"""The weekends the government makes working days, from the ``holidays`` package, with the
admin's overrides on top (issue 13): the transfers of 2024–2026."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models.actor import SYSTEM
from models.calendar.workdays import WorkCalendar
from models.services import Services
from tests.factories import application
from tests.security.conftest import receive

D = dt.date.fromisoformat


@pytest.mark.parametrize(("day", "working"), [
    ("2025-01-05", True),   # Sunday, a working day (its day off moved to Friday 03.01)
    ("2025-01-03", False),  # Friday, the day off it was moved to
    ("2024-05-04", True),   # Saturday, a working day (its day off moved to Wednesday 08.05)
    ("2024-05-08", False),
    ("2025-01-04", False),  # an ordinary Saturday
    ("2026-01-03", False), ("2026-03-09", False),  # 2026: a Saturday; Women's Day observed
    ("2026-03-10", True),
])
def test_transfers_of_2024_to_2026(day: str, working: bool) -> None:
    assert WorkCalendar().is_working_day(D(day)) is working


@pytest.mark.parametrize(("received", "due"), [
    ("2025-01-02", "2025-01-10"),  # 05.01.2025 (Sunday) counts; 03.01 and 07.01 do not
    ("2024-12-30", "2025-01-09"),  # across the new year
    ("2024-05-02", "2024-05-13"),  # 04.05.2024 (Saturday) counts; 07–09.05 do not
    ("2026-03-05", "2026-03-13"),
])
def test_due_dates_over_the_transfers(received: str, due: str) -> None:
    assert WorkCalendar().due_date(D(received)) == D(due)


def test_the_admins_overrides_come_on_top() -> None:
    cal = WorkCalendar({D("2025-01-05"): False, D("2026-03-07"): True})
    assert cal.due_date(D("2025-01-02")) == D("2025-01-13")  # the admin took the Sunday back
    assert cal.due_date(D("2026-03-05")) == D("2026-03-12")


def test_receiving_uses_the_transfers_and_the_overrides(db: Any, services: Services) -> None:
    """End to end on the database: an application received on 02.01.2025 is due 10.01."""
    services = Services.on(db)
    receive(services, SYSTEM, [application("P-1", received_at="2025-01-02T10:00:00+05:00"),
                         application("P-2", received_at="2026-03-05T10:00:00+05:00")])
    assert services.queries.detail(SYSTEM, "P-1").summary.due_date == D("2025-01-10")
    assert services.queries.detail(SYSTEM, "P-2").summary.due_date == D("2026-03-13")
    assert services.calendar.set_day(SYSTEM, D("2026-03-07"), True, "суббота") == 1
    assert services.queries.detail(SYSTEM, "P-2").summary.due_date == D("2026-03-12")
