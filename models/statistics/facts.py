"""What a decision records of the revision it decides, for the statistics (migration 0007).

A decision is immutable, and so is the revision it decided; keeping the revision's receipt
day, deadline, region, profession and consent on the decision row lets the statistics count
a year of decisions from one table, without joining a million application rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.db.entities import Application

#: the longest cause of a late decision that is kept
LATE_CAUSE_MAX = 1000


def decision_facts(app: Application) -> dict[str, Any]:
    """The columns of a new decision on ``app``'s current revision that describe it."""
    return {"received_on": app.received_on, "due_date": app.due_date,
            "region_code": app.region_code, "profession_code": app.profession_code,
            "consent": app.consent}


def is_late(decided_on: dt.date, due_date: dt.date | None) -> bool:
    """A decision is late when it is made after the due date of the revision it decides."""
    return due_date is not None and decided_on > due_date


def clean_cause(cause: str | None) -> str | None:
    """A late decision's cause as kept: one line, trimmed; None when nothing was given."""
    text = " ".join((cause or "").split())
    return text[:LATE_CAUSE_MAX] or None
