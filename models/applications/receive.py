"""Receiving new applications: their rows, first revisions, audit events and duplicate flags."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.duplicates import flag_duplicates
from models.applications.search import search_text
from models.audit import chain as audit
from models.calendar.workdays import WorkCalendar, local_day, to_utc_naive, utc_now
from models.db.bulk import (
    applications_triggers_suspended,
    bulk_insert,
    json_texts,
    reserve_ids,
)
from models.db.entities import Application, Revision, Status
from models.intake.applicant import applicant_columns, publishable
from models.intake.validation import normalize_name_key
from models.people.access import require_region


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def columns_from_data(data: dict[str, Any]) -> dict[str, Any]:
    """Application columns from a validated revision's data."""
    q = data["qualification"]
    return {
        "last_name": data["last_name"],
        "first_name": data["first_name"],
        "middle_name": data["middle_name"],
        "name_key": normalize_name_key(data["last_name"], data["first_name"],
                                       data["middle_name"]),
        "iin": data["iin"],
        "birth_date": _d(data["birth_date"]),
        "phone": data["phone"],
        "email": data["email"],
        "region_code": data["region"],
        "settlement": data["settlement"],
        "registration_address": data["registration_address"],
        "profession_code": data["profession"],
        "experience_years": data["experience"]["years"],
        "experience_months": data["experience"]["months"],
        "education": data["education"],
        "employment": data["employment"],
        "category_code": q["category"],
        "category_assigned_on": _d(q["assigned_on"]),
        "commission": q["commission"],
        "consent": publishable(data),  # the specialist's and an organisation applicant's
        **applicant_columns(data),
    }


@dataclass(frozen=True)
class NewApplication:
    """A validated application ready to be received."""

    portal_id: str
    received_at: dt.datetime  # aware or naive-local
    data: dict[str, Any]


def application_row(it: NewApplication, calendar: WorkCalendar, now: dt.datetime,
                    due_of: dict[dt.date, dt.date] | None = None) -> dict[str, Any]:
    """The ``applications`` row of a newly received application (without its id)."""
    cols = columns_from_data(it.data)
    received = to_utc_naive(it.received_at)
    received_on = local_day(received)
    if due_of is None:
        due = calendar.due_date(received_on)
    elif received_on in due_of:
        due = due_of[received_on]
    else:
        due = due_of[received_on] = calendar.due_date(received_on)
    cols.update(
        portal_id=it.portal_id, status=Status.SUBMITTED, revision=1, received_at=received,
        received_on=received_on, due_date=due,
        search_text=search_text(cols["last_name"], cols["first_name"], cols["middle_name"],
                                cols["iin"], it.portal_id),
        has_duplicates=False, created_at=now, updated_at=now, version=1,
    )
    return cols


RECEIVE_AFTER = {"revision": 1, "status": "submitted"}


def receive_many(session: Session, actor: Actor, items: Sequence[NewApplication],
                 calendar: WorkCalendar, *, chunk: int = 2000,
                 progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Insert new applications with their first revision, audit and duplicate flags.

    Rows get ids from :func:`reserve_ids` and go in with :func:`bulk_insert` (one driver
    executemany per table and chunk); the caller owns the transaction. Returns the new ids.
    """
    now = utc_now()
    ids: list[int] = []
    total = len(items)
    due_of: dict[dt.date, dt.date] = {}
    for start in range(0, total, chunk):
        part = items[start:start + chunk]
        rows = [application_row(it, calendar, now, due_of) for it in part]
        for r in rows:
            if not actor.may_see_region(r["region_code"]):
                require_region(actor, r["region_code"], what=r["portal_id"])
        new_ids = reserve_ids(session, Application, len(rows))
        for i, r in zip(new_ids, rows, strict=True):
            r["id"] = i
        revs = []
        for r, it in zip(rows, part, strict=True):
            data, r["education"], r["employment"] = json_texts(session, it.data)
            revs.append({"application_id": r["id"], "number": 1,
                         "received_at": r["received_at"], "due_date": r["due_date"],
                         "data": data, "created_by": actor.login, "created_at": now})
        with applications_triggers_suspended(session, new_ids[0], new_ids[-1]) \
                if len(rows) >= 100 else contextlib.nullcontext():  # a bulk: once per chunk
            bulk_insert(session, Application, rows)
        bulk_insert(session, Revision, revs)
        template = audit.make_row(actor, "application.receive", "application", "",
                                  after=RECEIVE_AFTER, at=now)
        audit.record_many(session, [dict(template, entity_id=r["portal_id"],
                                    region_code=r["region_code"]) for r in rows])
        flag_duplicates(session, new_ids)
        ids.extend(new_ids)
        if progress:
            progress(len(ids), total)
    return ids


def existing_portal_ids(session: Session, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    batch = list(ids)
    for start in range(0, len(batch), 900):
        part = batch[start:start + 900]
        found.update(session.scalars(select(Application.portal_id).where(
            Application.portal_id.in_(part))))
    return found


def app_exists(session: Session, portal_id: str) -> bool:
    return bool(session.scalar(select(exists().where(Application.portal_id == portal_id))))
