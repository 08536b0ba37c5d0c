"""A small hand-made set of applications and decisions for the statistics (issue 16).

November 2026 (no holidays; 1 November is a Sunday), "today" is Monday 7 December. Decisions
are made through ``ReviewService.decide`` at chosen moments (its clock is set), so the
trigger-kept counts, the decision's copied facts and the late causes are the real ones.

    P1 A psych    rec Sun 1 Nov 00:30 (UTC: 31 Oct) due 6 Nov; registered 4 Nov (3 w.d.),
                  excluded 20 Nov
    P2 A psych    rec 3 Nov, due 10 Nov; refused 12 Nov (7 w.d.): LATE, with a cause
    P3 B social   rec 4 Nov, due 11 Nov; returned 6 Nov (2); resubmitted 9 Nov (due 16);
                  returned 10 Nov (1); resubmitted 11 Nov (due 18); registered 12 Nov (1)
    P4 B psych    rec Fri 30 Oct (before), due 6 Nov; registered 2 Nov (1); no consent
    P5 A social   rec 27 Nov, due 4 Dec; registered Tue 1 Dec 00:30 local (UTC: 30 Nov)
    P6 A psych    rec 26 Nov, due 3 Dec; waiting: overdue now
    P7 B psych    rec 30 Nov, due 7 Dec; waiting: due today
    P8 A psych    rec 20 Oct, returned 22 Oct; resubmitted 5 Nov (due 12); registered 10 Nov (3)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from models.actor import SYSTEM, Actor
from models.calendar.workdays import KZ_TZ
from models.catalogs import Catalogs
from models.db.entities import Decision, RegistryEntry
from models.intake.records import ParsedFile, validate_record
from models.services import Services
from models.statistics.dto import StatsQuery
from tests.factories import application, iin_for

A, B = "100000000", "110000000"
PSYCH, SOCIAL = "PSYCHOLOGIST", "SOCIAL_WORKER"
NOV = StatsQuery(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TODAY = dt.date(2026, 12, 7)
PW = "correct horse battery staple"
CAUSE = "болезнь сотрудника"


def local(day: str, hm: str = "12:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hm}").replace(tzinfo=KZ_TZ)


@contextlib.contextmanager
def clock(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> Iterator[None]:
    """The review's and the registry's clock set to ``moment`` (a local time)."""
    utc = moment.astimezone(dt.UTC).replace(tzinfo=None)
    with monkeypatch.context() as m:
        m.setattr("models.applications.review.utc_now", lambda: utc)
        m.setattr("models.registry.service.utc_now", lambda: utc)
        yield


def _app(n: int, region: str, profession: str, received: dt.datetime,
         consent: bool = True) -> dict[str, Any]:
    birth = dt.date(1980, 1, n)
    return application(f"P{n}", received.isoformat(), iin=iin_for(birth, serial=n),
                       birth_date=birth.isoformat(), last_name=f"Тестова{'абвгдежз'[n - 1]}",
                       address={"region": region, "settlement": "Семей",
                                "registration_address": "Абай даңғылы, 12"},
                       profession=profession, consent_to_publish=consent)


def build_world(db: Any, monkeypatch: pytest.MonkeyPatch) -> Services:
    """The set above in ``db``; returns its services."""
    svc = Services.on(db)
    svc.users.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    svc.users.add(SYSTEM, "admin2", PW, "admin", None, "Екінші Әкімші", "Бас маман")
    admin = svc.users.authenticate("admin", PW)
    admin2 = svc.users.authenticate("admin2", PW)
    cats = Catalogs.shipped()
    apps = [_app(1, A, PSYCH, local("2026-11-01", "00:30")),
            _app(2, A, PSYCH, local("2026-11-03", "10:00")),
            _app(3, B, SOCIAL, local("2026-11-04", "10:00")),
            _app(4, B, PSYCH, local("2026-10-30", "10:00"), consent=False),
            _app(5, A, SOCIAL, local("2026-11-27", "10:00")),
            _app(6, A, PSYCH, local("2026-11-26", "10:00")),
            _app(7, B, PSYCH, local("2026-11-30", "23:50")),
            _app(8, A, PSYCH, local("2026-10-20", "10:00"))]
    recs = [validate_record(i, a, cats) for i, a in enumerate(apps, 1)]
    assert all(r.ok for r in recs), [r.issues for r in recs if not r.ok]
    svc.imports.import_parsed(SYSTEM, ParsedFile("t", "json", recs))
    data = {r.portal_id: r.data for r in recs}

    def decide(who: Actor, when: dt.datetime, pid: str, kind: str, reasons: tuple[str, ...] = (),
               cause: str | None = None) -> None:
        with clock(monkeypatch, when):
            svc.review.decide(who, pid, kind, reasons, late_cause=cause)

    def resubmit(when: dt.datetime, pid: str) -> None:
        with clock(monkeypatch, when):
            svc.review.resubmit(admin, pid, data[pid] or {}, when)

    decide(admin, local("2026-10-22"), "P8", "return", ("RET-PROFESSION",))
    decide(admin, local("2026-11-02"), "P4", "register")
    decide(admin, local("2026-11-04"), "P1", "register")
    resubmit(local("2026-11-05"), "P8")
    decide(admin2, local("2026-11-06"), "P3", "return", ("RET-DOCUMENTS", "RET-CATEGORY"))
    resubmit(local("2026-11-09"), "P3")
    decide(admin2, local("2026-11-10"), "P3", "return", ("RET-DOCUMENTS",))
    decide(admin, local("2026-11-10"), "P8", "register", cause="not late: not kept")
    resubmit(local("2026-11-11"), "P3")
    decide(admin2, local("2026-11-12"), "P3", "register")
    decide(admin, local("2026-11-12"), "P2", "refuse", ("REF-EMIGRATION",), cause=CAUSE)
    with clock(monkeypatch, local("2026-11-20")):
        with db.read() as s:
            number = s.scalar(select(RegistryEntry.registry_number).join(
                Decision, Decision.application_id == RegistryEntry.application_id)
                .where(Decision.decided_on == dt.date(2026, 11, 4)))
        svc.registry.exclude(admin, number, "заявление специалиста")
    decide(admin, local("2026-12-01", "00:30"), "P5", "register")
    return svc


def admin_of(svc: Services) -> Actor:
    return svc.users.authenticate("admin", PW)
