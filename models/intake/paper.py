"""Paper applications typed in at an office: the office's register number.

A paper application has no portal number. Left empty in the form, it gets the office's next
register number, ``MIO-<region's KATO code>-<year>-<five digits>``, counted per region and year
of receipt, inside the transaction that receives it (two clerks saving at once: the unique
portal id refuses the second, whose retry takes the next number).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.entities import Application

PREFIX = "MIO"
DIGITS = 5


def office_prefix(region: str, year: int) -> str:
    return f"{PREFIX}-{region}-{year}-"


def next_office_number(s: Session, region: str, day: dt.date) -> str:
    """The next free register number of ``region``'s office for applications received in
    ``day``'s year."""
    prefix = office_prefix(region, day.year)
    taken = s.scalars(select(Application.portal_id)
                      .where(Application.portal_id.startswith(prefix, autoescape=True))).all()
    last = max((int(p[len(prefix):]) for p in taken if p[len(prefix):].isdigit()), default=0)
    return f"{prefix}{last + 1:0{DIGITS}d}"
