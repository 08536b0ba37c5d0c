"""Writing demo applications and their decisions in bulk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.duplicates import flag_duplicates
from models.applications.receive import (
    RECEIVE_AFTER,
    NewApplication,
    application_row,
    columns_from_data,
    existing_portal_ids,
)
from models.applications.transitions import DECISION_RESULT
from models.audit import chain as audit
from models.calendar.overrides import load_calendar
from models.calendar.workdays import KZ_TZ, WorkCalendar, to_utc_naive, today_local
from models.catalogs import Catalogs
from models.db.bulk import applications_triggers_suspended, bulk_insert, json_texts, reserve_ids
from models.db.engine import Database
from models.db.entities import (
    Application,
    Counter,
    Decision,
    DecisionKind,
    RegistryEntry,
    Revision,
    Status,
)
from models.demo.generator import DemoGenerator, Record
from models.people.access import deny
from models.registry.numbers import REGISTRY_COUNTER

_KIND = {Status.REGISTERED: DecisionKind.REGISTER, Status.RETURNED: DecisionKind.RETURN,
         Status.RESUBMITTED: DecisionKind.RETURN, Status.REFUSED: DecisionKind.REFUSE}


BATCH = 10_000


#: what a decision keeps of the revision it decides (``models.statistics.facts``)
FACTS = ("received_on", "due_date", "region_code", "profession_code", "consent")


_SQLITE_CACHE_KIB = 262_144  # page cache during the demo: the indexes of a big table fit


def generate(db: Database, actor: Actor, count: int, seed: int = 1,
             today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None,
             batch: int = BATCH) -> dict[str, int]:
    """Add ``count`` demo applications (idempotent for a seed); returns counts by status.

    ``today`` fixes the day the data is built around (default: today in Kazakhstan); the
    same seed and day give the same data. One transaction per ``batch`` records.
    """
    if not actor.is_admin:  # refused and audited like every other denial
        raise deny(db, actor, "demo.admin_only", "demo", what="demo")
    today = today or today_local()
    with db.read() as s:
        cal = load_calendar(s)
    gen = DemoGenerator(seed, Catalogs.shipped(), today, cal)
    stats = {s.value: 0 for s in Status}
    for start in range(0, count, batch):
        recs = [gen.record(i) for i in range(start, min(count, start + batch))]
        with db.write() as s:
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                old_cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
                s.connection().exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
            present = existing_portal_ids(s, [r.portal_id for r in recs])
            _write(s, actor, [r for r in recs if r.portal_id not in present], cal, stats)
            if sqlite:
                s.connection().exec_driver_sql(f"PRAGMA cache_size={int(old_cache)}")
        if progress:
            progress(min(count, start + batch), count)
    return stats


def _write(s: Session, actor: Actor, recs: list[Record], cal: WorkCalendar,
           stats: dict[str, int]) -> None:
    """Insert the records with their history, as the services would have written it."""
    if not recs:
        return
    ids = reserve_ids(s, Application, len(recs))
    counter = s.scalar(select(Counter.value).where(Counter.name == REGISTRY_COUNTER)) or 0
    start_counter = counter
    apps, revs, decs, entries, events = [], [], [], [], []
    due_of: dict[dt.date, dt.date] = {}
    login = actor.login
    receive = audit.make_row(actor, "application.receive", "application", "",
                             after=RECEIVE_AFTER)
    decided = {k: audit.make_row(actor, f"application.{k.value}", "application", "",
                                 before={"status": Status.SUBMITTED.value, "revision": 1})
               for k in DecisionKind}
    resubmit = audit.make_row(actor, "application.resubmit", "application", "",
                              before={"status": Status.RETURNED.value, "revision": 1})
    exclude = audit.make_row(actor, "registry.exclude", "registry_entry", "")
    canonical = audit.canonical
    for app_id, rec in zip(ids, recs, strict=True):
        row = application_row(NewApplication(rec.portal_id, rec.received_at, rec.data), cal,
                              rec.received_at, due_of)
        at = row["received_at"]
        data, edu, emp = json_texts(s, rec.data)
        row.update(id=app_id, created_at=at, updated_at=at, education=edu, employment=emp)
        region = row["region_code"]
        pid = rec.portal_id
        revs.append({"application_id": app_id, "number": 1, "received_at": at,
                     "due_date": row["due_date"], "data": data, "created_by": login,
                     "created_at": at})
        events.append(dict(receive, entity_id=pid, region_code=region, at=at))
        if rec.decided_at is not None:
            kind = _KIND[rec.plan.status]
            result = DECISION_RESULT[kind]
            decided_at = to_utc_naive(rec.decided_at)
            decided_on = rec.decided_at.date()
            codes = list(rec.plan.reasons)
            number = None
            if kind is DecisionKind.REGISTER:
                counter += 1
                number = counter
                entry = {"registry_number": number, "application_id": app_id,
                         "included_on": decided_on, "excluded_on": None,
                         "exclusion_reason": None, "excluded_by": None, "version": 1}
                entries.append(entry)
            decs.append({"application_id": app_id, "revision": 1, "kind": kind,
                         "reason_codes": codes, "comment": rec.comment, "user_id": None,
                         "user_login": login, "decided_at": decided_at,
                         "decided_on": decided_on, "late_cause": None,
                         **{k: row[k] for k in FACTS}})
            events.append(dict(decided[kind], entity_id=pid, region_code=region, at=decided_at,
                               after=canonical({"status": result.value, "revision": 1,
                                                "reasons": codes, "comment": rec.comment,
                                                "registry_number": number})))
            row.update(status=result, due_date=None, updated_at=decided_at, version=2)
            if rec.resubmitted_at is not None and rec.data2 is not None:
                re_at = to_utc_naive(rec.resubmitted_at)
                re_on = rec.resubmitted_at.date()
                re_due = cal.due_date(re_on)
                data2, edu, emp = json_texts(s, rec.data2)
                row.update(columns_from_data(rec.data2), education=edu, employment=emp)
                row.update(status=Status.RESUBMITTED, revision=2, received_at=re_at,
                           received_on=re_on, due_date=re_due, updated_at=re_at, version=3)
                revs.append({"application_id": app_id, "number": 2, "received_at": re_at,
                             "due_date": re_due, "data": data2, "created_by": login,
                             "created_at": re_at})
                events.append(dict(resubmit, entity_id=pid, region_code=region, at=re_at,
                                   after=canonical({"status": Status.RESUBMITTED.value,
                                                    "revision": 2, "due_date": re_due})))
            if rec.excluded_on is not None and number is not None:
                entry.update(excluded_on=rec.excluded_on, exclusion_reason=rec.exclusion_reason,
                             excluded_by=login, version=2)
                ex_at = to_utc_naive(dt.datetime.combine(rec.excluded_on, dt.time(12), KZ_TZ))
                events.append(dict(exclude, entity_id=str(number), region_code=region,
                                   at=ex_at, after=canonical({"excluded_on": rec.excluded_on,
                                                              "reason": rec.exclusion_reason})))
        stats[row["status"].value] += 1
        apps.append(row)
    with applications_triggers_suspended(s, ids[0], ids[-1]):
        bulk_insert(s, Application, apps)
    bulk_insert(s, Revision, revs)
    bulk_insert(s, Decision, decs)
    bulk_insert(s, RegistryEntry, entries)
    if counter != start_counter:
        s.execute(update(Counter).where(Counter.name == REGISTRY_COUNTER).values(value=counter))
    audit.record_many(s, events)
    flag_duplicates(s, ids)
