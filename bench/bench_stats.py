"""Benchmark of the statistics (issue 16): a year over a million applications, < 1 s.

    python bench/bench_stats.py --db sqlite:////tmp/tz/stats.db --grow 1000000
    python bench/bench_stats.py --db postgresql://postgres@127.0.0.1:5432/benchstats \
        --grow 1000000
    python bench/bench_stats.py --db URL [--runs 5]        # measure only

``--grow N`` builds the database first, reproducibly (``--seed``): N applications received
in ``--year`` (weekdays mostly, a few on weekends), 20 regions and 18 professions with uneven
weights, six reviewers; each revision is decided 1–5 working days after receipt (one in ten
later, most of those with a cause), registered, returned (about half come back, up to four
revisions) or refused; 2 % of the registered are excluded later; the last days' receipts
are still pending. Rows go in as the program stores them (search texts, revision data of a
realistic size, every index and trigger), through the driver's executemany, without the audit
trail (the statistics never read it). Then it measures, each a fresh call of
``StatisticsService.figures`` as an administrator: the whole year; one month; the year for
one region; the year for one profession; a clerk's year (their region). Prints a Markdown
table with each step's time (the service's progress calls), the database's size and the
machine's load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from models.actor import Actor  # noqa: E402
from models.applications.search import search_text  # noqa: E402
from models.calendar.workdays import KZ_TZ, WorkCalendar, to_utc_naive  # noqa: E402
from models.catalogs import Catalogs  # noqa: E402
from models.db.bulk import RawJSON, bulk_insert, reserve_ids  # noqa: E402
from models.db.engine import Database  # noqa: E402
from models.db.entities import (  # noqa: E402
    Application,
    Counter,
    Decision,
    RegistryEntry,
    Revision,
    Role,
)
from models.db.migrate import init_database  # noqa: E402
from models.demo.names import KK_FEMALE, KK_SURNAMES, RU_FEMALE, RU_SURNAMES  # noqa: E402
from models.intake.validation import normalize_name_key  # noqa: E402
from models.registry.numbers import REGISTRY_COUNTER  # noqa: E402
from models.services import Services  # noqa: E402
from models.statistics.dto import StatsQuery  # noqa: E402

REVIEWERS = ("admin", "aigerim", "bolat", "dana", "yerlan", "saule")
CAUSES = ("болезнь сотрудника / қызметкердің ауруы",
          "запрос в другой орган / басқа органға сұрау салу",
          "большой поток заявок / өтінімдер ағыны көп",
          "технический сбой портала / порталдағы техникалық ақау",
          "проверка сведений о судимости / соттылық туралы мәліметтерді тексеру")
BATCH = 20_000
CACHE_KIB = 1_048_576  # SQLite's page cache while growing (1 GiB)


class Plan:
    """Working-day arithmetic over a fixed span, for generating fast."""

    def __init__(self, cal: WorkCalendar, first: dt.date, last: dt.date) -> None:
        self.cal = cal
        self.days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
        self.work = [d for d in self.days if cal.is_working_day(d)]
        self.index = {d: i for i, d in enumerate(self.work)}

    def after(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after ``day`` (``day`` itself for n = 0)."""
        if n == 0:
            return day
        import bisect

        return self.work[bisect.bisect_right(self.work, day) + n - 1]


def _data(rng: random.Random, last: str, first: str, iin: str, region: str,
          profession: str, consent: bool) -> dict[str, Any]:
    """A revision's data of a realistic size (about 1.2 KB of JSON)."""
    return {
        "last_name": last, "first_name": first, "middle_name": "", "iin": iin,
        "birth_date": "1985-04-12", "phone": f"+7701{rng.randrange(10**6, 10**7)}",
        "email": "specialist@mail.kz", "region": region, "settlement": "Семей",
        "registration_address": "Абай даңғылы, 12, пәтер 5", "profession": profession,
        "experience": {"years": rng.randrange(0, 30), "months": rng.randrange(12)},
        "education": [{"level": "HIGHER", "institution":
                       "Әл-Фараби атындағы Қазақ ұлттық университеті",
                       "start": "2003-09-01", "end": "2007-06-30", "document": "ЖБ-0012345"}],
        "employment": [{"organization": "КГУ «Центр оказания специальных социальных услуг»",
                        "bin": "120340000114", "position": "социальный работник",
                        "start": "2010-02-01", "end": None}],
        "qualification": {"category": "FIRST", "assigned_on": "2021-05-15",
                          "commission": "Аттестационная комиссия управления координации "
                                        "занятости и социальных программ"},
        "consent_to_publish": consent,
    }


def grow(db: Database, n: int, seed: int, year: int, today: dt.date) -> None:
    """Fill an empty database with ``n`` applications received in ``year``."""
    rng = random.Random(seed)
    cats = Catalogs.shipped()
    regions = list(cats.items["regions"])
    professions = list(cats.items["professions"])
    reg_w = [rng.uniform(0.3, 3.0) for _ in regions]
    prof_w = [rng.uniform(0.2, 4.0) for _ in professions]
    ret_codes = [c for c, r in cats.reasons.items() if r.kind == "return"]
    ref_codes = [c for c, r in cats.reasons.items() if r.kind == "refuse"]
    cal = WorkCalendar()
    plan = Plan(cal, dt.date(year - 1, 12, 1), today + dt.timedelta(days=60))
    first, last = dt.date(year, 1, 1), min(dt.date(year, 12, 31), today - dt.timedelta(days=1))
    span = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    weights = [1.0 if cal.is_working_day(d) else 0.12 for d in span]
    due_of: dict[dt.date, dt.date] = {}
    number = 0
    t0 = time.perf_counter()
    for start in range(0, n, BATCH):
        count = min(BATCH, n - start)
        days = rng.choices(span, weights, k=count)
        apps, revs, decs, entries = [], [], [], []
        with db.write() as s:
            if db.dialect == "sqlite":  # the indexes of a big table stay in memory
                s.connection().exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
            ids = reserve_ids(s, Application, count)
            for app_id, day in zip(ids, days, strict=True):
                i = app_id
                female = rng.random() < 0.7
                kk = rng.random() < 0.65
                last_name = rng.choice(KK_SURNAMES)[female] if kk else rng.choice(RU_SURNAMES)
                first_name = rng.choice(KK_FEMALE if kk else RU_FEMALE)
                iin = f"{850412400000 + i:012d}"
                portal = f"B{seed}-{i:07d}"
                region = rng.choices(regions, reg_w)[0]
                profession = rng.choices(professions, prof_w)[0]
                consent = rng.random() < 0.85
                data = RawJSON(json.dumps(_data(rng, last_name, first_name, iin, region,
                                                profession, consent), ensure_ascii=False))
                received = day
                rev = 0
                status = "submitted"
                while True:
                    rev += 1
                    at = to_utc_naive(dt.datetime.combine(
                        received, dt.time(rng.randrange(8, 20), rng.randrange(60)), KZ_TZ))
                    due = due_of.get(received) or due_of.setdefault(received,
                                                                    cal.due_date(received))
                    current = received
                    revs.append({"application_id": i, "number": rev, "received_at": at,
                                 "due_date": due, "data": data, "created_by": "portal",
                                 "created_at": at})
                    late = rng.random() < 0.1
                    lag = rng.randrange(6, 15) if late else (
                        0 if rng.random() < 0.03 else rng.randrange(1, 6))
                    decided = plan.after(received, lag)
                    if decided >= today:
                        status = "submitted" if rev == 1 else "resubmitted"
                        break
                    roll = rng.random()
                    kind = ("register" if roll < (0.62 if rev == 1 else 0.75) else
                            "return" if roll < (0.87 if rev == 1 else 0.92) else "refuse")
                    codes = (rng.sample(ret_codes, 2 if rng.random() < 0.25 else 1)
                             if kind == "return" else
                             [rng.choice(ref_codes)] if kind == "refuse" else [])
                    dec_at = to_utc_naive(dt.datetime.combine(
                        decided, dt.time(rng.randrange(9, 18), rng.randrange(60)), KZ_TZ))
                    decs.append({
                        "application_id": i, "revision": rev, "kind": kind,
                        "reason_codes": codes, "comment": "", "user_id": None,
                        "user_login": rng.choice(REVIEWERS), "decided_at": dec_at,
                        "decided_on": decided,
                        "late_cause": (rng.choice(CAUSES) if decided > due
                                       and rng.random() < 0.7 else None),
                        "received_on": received, "due_date": due, "region_code": region,
                        "profession_code": profession, "consent": consent})
                    status = {"register": "registered", "return": "returned",
                              "refuse": "refused"}[kind]
                    if kind == "register":
                        number += 1
                        gone = (decided + dt.timedelta(days=rng.randrange(30, 200))
                                if rng.random() < 0.02 else None)
                        if gone is not None and gone >= today:
                            gone = None
                        entries.append({"registry_number": number, "application_id": i,
                                        "included_on": decided, "excluded_on": gone,
                                        "exclusion_reason": "заявление" if gone else None,
                                        "excluded_by": "admin" if gone else None,
                                        "version": 1})
                    if kind != "return" or rev >= 4 or rng.random() >= 0.55:
                        break
                    received = decided + dt.timedelta(days=rng.randrange(2, 25))
                    if received >= today:
                        break
                open_ = status in ("submitted", "resubmitted")
                at = revs[-1]["received_at"]
                apps.append({
                    "id": i, "portal_id": portal, "status": status, "revision": rev,
                    "received_at": at, "received_on": current,
                    "due_date": revs[-1]["due_date"] if open_ else None,
                    "last_name": last_name, "first_name": first_name, "middle_name": "",
                    "name_key": normalize_name_key(last_name, first_name, ""),
                    "search_text": search_text(last_name, first_name, "", iin, portal),
                    "iin": iin, "birth_date": dt.date(1985, 4, 12), "phone": "+77011234567",
                    "email": "specialist@mail.kz", "region_code": region,
                    "settlement": "Семей", "registration_address": "Абай даңғылы, 12",
                    "profession_code": profession, "experience_years": 5,
                    "experience_months": 3, "education": RawJSON("[]"),
                    "employment": RawJSON("[]"), "category_code": "FIRST",
                    "category_assigned_on": dt.date(2021, 5, 15), "commission": "",
                    "consent": consent, "has_duplicates": False, "held_by": None,
                    "held_since": None, "created_at": at, "updated_at": at, "version": 1})
            bulk_insert(s, Application, apps)
            bulk_insert(s, Revision, revs)
            bulk_insert(s, Decision, decs)
            bulk_insert(s, RegistryEntry, entries)
        print(f"  {start + count:,} applications, {time.perf_counter() - t0:.0f} s",
              flush=True)
    with db.write() as s:
        s.query(Counter).filter(Counter.name == REGISTRY_COUNTER).update({"value": number})
    if db.dialect == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM (ANALYZE)"))
    else:
        import sqlite3

        c = sqlite3.connect(str(db.engine.url.database), isolation_level=None)
        c.execute("ANALYZE")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.close()


def multiply(db: Database, times: int) -> None:
    """PostgreSQL: copy every application with its revisions, decisions and registry entry
    ``times - 1`` times in SQL (new ids, portal ids, IINs and registry numbers; the same
    days, regions and outcomes), as ``bench/grow_pg.py`` does for the worklist: a million
    in minutes instead of the generator's hour on a busy machine. The running counts are
    counted afresh from the decisions at the end, as migration 0007 does."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("m0007", ROOT / "models" / "db" / "migrations"
                                                  / "versions" / "0007_late_cause.py")
    assert spec is not None and spec.loader is not None
    m0007 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0007)

    def cols(table: Any, skip: tuple[str, ...]) -> list[str]:
        return [c.name for c in table.columns if c.name not in skip]

    app = cols(Application.__table__, ("id", "portal_id", "iin"))
    rev = cols(Revision.__table__, ("id", "application_id"))
    dec = cols(Decision.__table__, ("id", "application_id"))
    ent = cols(RegistryEntry.__table__, ("id", "application_id", "registry_number"))
    t = time.perf_counter()
    with db.engine.begin() as c:
        top = c.scalar(text("SELECT max(id) FROM applications"))
        numbers = c.scalar(text("SELECT coalesce(max(registry_number), 0) FROM "
                                "registry_entries"))
        # every counting trigger aside (a counter row updated a million times in one
        # transaction drags its dead versions along); the counts are made afresh below
        c.execute(text("ALTER TABLE decisions DISABLE TRIGGER decisions_stats"))
        c.execute(text("ALTER TABLE applications DISABLE TRIGGER status_counts_apply"))
    for k in range(1, times):
        with db.engine.begin() as c:
            off = k * top
            c.execute(text(
                f"INSERT INTO applications (id, portal_id, iin, {', '.join(app)}) "
                f"SELECT id + {off}, 'X{k}-' || portal_id, lpad(((iin::bigint + {off}) "
                f"% 1000000000000)::text, 12, '0'), {', '.join(app)} FROM applications "
                f"WHERE id <= {top}"))
            for table, names in (("revisions", rev), ("decisions", dec)):
                c.execute(text(
                    f"INSERT INTO {table} (application_id, {', '.join(names)}) "
                    f"SELECT application_id + {off}, {', '.join(names)} FROM {table} "
                    f"WHERE application_id <= {top}"))
            c.execute(text(
                f"INSERT INTO registry_entries (application_id, registry_number, "
                f"{', '.join(ent)}) SELECT application_id + {off}, registry_number + "
                f"{k * numbers}, {', '.join(ent)} FROM registry_entries "
                f"WHERE application_id <= {top}"))
            print(f"  copy {k}: {time.perf_counter() - t:.0f} s", flush=True)
    with db.engine.begin() as c:
        c.execute(text("ALTER TABLE decisions ENABLE TRIGGER decisions_stats"))
        c.execute(text("ALTER TABLE applications ENABLE TRIGGER status_counts_apply"))
        c.execute(text("DELETE FROM status_counts"))
        c.execute(text("INSERT INTO status_counts (region_code, status, n) SELECT "
                       "region_code, status, count(*) FROM applications GROUP BY 1, 2"))
        for table in ("stats_decided", "stats_reviewers", "stats_received", "stats_reasons"):
            c.execute(text(f"DELETE FROM {table}"))
        for stmt in m0007._backfill(False):
            c.execute(text(stmt))
        c.execute(text("SELECT setval(pg_get_serial_sequence('applications', 'id'), "
                       "(SELECT max(id) FROM applications))"))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM (ANALYZE)"))
        c.execute(text("VACUUM FULL status_counts"))
    print(f"  multiplied in {time.perf_counter() - t:.0f} s", flush=True)


def extend_sqlite(db: Database, target: int) -> None:
    """SQLite: copy the first applications (with their revisions, decisions and registry
    entries) in SQL until there are ``target``, as :func:`multiply` does on PostgreSQL; the
    decisions' counting trigger is set aside meanwhile and the counts made afresh."""
    import importlib.util
    import sqlite3

    spec = importlib.util.spec_from_file_location("m0007", ROOT / "models" / "db" / "migrations"
                                                  / "versions" / "0007_late_cause.py")
    assert spec is not None and spec.loader is not None
    m0007 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0007)

    def cols(table: Any, skip: tuple[str, ...]) -> list[str]:
        return [c.name for c in table.columns if c.name not in skip]

    app = cols(Application.__table__, ("id", "portal_id", "iin"))
    rev = cols(Revision.__table__, ("id", "application_id"))
    dec = cols(Decision.__table__, ("id", "application_id"))
    ent = cols(RegistryEntry.__table__, ("id", "application_id", "registry_number"))
    c = sqlite3.connect(str(db.engine.url.database), isolation_level=None)
    c.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    t = time.perf_counter()
    c.execute("BEGIN IMMEDIATE")
    trigger = c.execute("SELECT sql FROM sqlite_master WHERE name = 'decisions_stats_ai'"
                        ).fetchone()[0]
    c.execute("DROP TRIGGER decisions_stats_ai")
    k = 0
    while True:
        have, top = c.execute("SELECT count(*), max(id) FROM applications").fetchone()
        numbers = c.execute("SELECT coalesce(max(registry_number), 0) FROM registry_entries"
                            ).fetchone()[0]
        if have >= target:
            break
        k += 1
        n = min(have, target - have)
        c.execute(f"INSERT INTO applications (id, portal_id, iin, {', '.join(app)}) "
                  f"SELECT id + {top}, 'X{k}-' || portal_id, printf('%012d', "
                  f"(CAST(iin AS INTEGER) + {top}) % 1000000000000), {', '.join(app)} "
                  f"FROM applications WHERE id <= {n}")
        for table, names in (("revisions", rev), ("decisions", dec)):
            c.execute(f"INSERT INTO {table} (application_id, {', '.join(names)}) "
                      f"SELECT application_id + {top}, {', '.join(names)} FROM {table} "
                      f"WHERE application_id <= {n}")
        c.execute(f"INSERT INTO registry_entries (application_id, registry_number, "
                  f"{', '.join(ent)}) SELECT application_id + {top}, registry_number + "
                  f"{numbers}, {', '.join(ent)} FROM registry_entries "
                  f"WHERE application_id <= {n}")
        print(f"  {have:,} + {n:,}: {time.perf_counter() - t:.0f} s", flush=True)
    c.execute(trigger)
    for table in ("stats_decided", "stats_reviewers", "stats_received", "stats_reasons"):
        c.execute(f"DELETE FROM {table}")
    for stmt in m0007._backfill(True):
        c.execute(stmt)
    c.execute("COMMIT")
    c.execute("ANALYZE")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    print(f"  extended in {time.perf_counter() - t:.0f} s", flush=True)


def size_mb(db: Database) -> float:
    """The database's size on disk."""
    if db.dialect == "postgresql":
        with db.engine.connect() as c:
            return float(c.scalar(text("SELECT pg_database_size(current_database())"))) / 2**20
    path = Path(str(db.engine.url.database))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


def measure(svc: Services, cases: list[tuple[str, Actor, StatsQuery]], runs: int,
            today: dt.date) -> list[str]:
    """Each case ``runs`` times: the median and best total, and the median of each step."""
    lines = ["| what | median s | best s | steps (median ms) | decisions | received |",
             "|---|---:|---:|---|---:|---:|"]
    for name, actor, q in cases:
        totals, steps = [], []
        result = None
        for _ in range(runs):
            marks: list[float] = []
            t = time.perf_counter()
            result = svc.statistics.figures(
                actor, q, lambda _d, _t, marks=marks: marks.append(time.perf_counter()),
                today=today)
            totals.append(time.perf_counter() - t)
            steps.append([b - a for a, b in zip([t] + marks, marks, strict=False)])
        assert result is not None
        med = [statistics.median(s[i] for s in steps) * 1000 for i in range(len(steps[0]))]
        lines.append(f"| {name} | {statistics.median(totals):.3f} | {min(totals):.3f} | "
                     f"{' / '.join(f'{x:.0f}' for x in med)} | {result.decided:,} | "
                     f"{result.received:,} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--grow", type=int, default=0, help="build N applications first")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--multiply", type=int, default=1,
                    help="PostgreSQL: then copy everything this many times over in SQL")
    ap.add_argument("--extend", type=int, default=0,
                    help="SQLite: then copy applications in SQL until there are this many")
    a = ap.parse_args()
    today = dt.date(a.year + 1, 1, 12)
    db = Database.from_url(a.db, audit_head=None)
    if a.grow:
        init_database(db)
        t = time.perf_counter()
        grow(db, a.grow, a.seed, a.year, today)
        print(f"built in {time.perf_counter() - t:.0f} s")
    if a.multiply > 1:
        multiply(db, a.multiply)
    if a.extend:
        extend_sqlite(db, a.extend)
    svc = Services.on(db)
    admin = Actor("admin", Role.ADMIN)
    year = StatsQuery(dt.date(a.year, 1, 1), dt.date(a.year, 12, 31))
    with db.read() as s:
        apps = s.query(Application).count()
        region = s.execute(text("SELECT region_code FROM applications "
                                "GROUP BY region_code ORDER BY count(*) DESC")).scalar()
        prof = s.execute(text("SELECT profession_code FROM applications "
                              "GROUP BY profession_code ORDER BY count(*) DESC")).scalar()
    clerk = Actor("clerk", Role.MIO, region=region)
    cases = [("year", admin, year),
             ("one month (November)", admin,
              StatsQuery(dt.date(a.year, 11, 1), dt.date(a.year, 11, 30))),
             ("year, one region", admin, StatsQuery(year.start, year.end, region=region)),
             ("year, one profession", admin, StatsQuery(year.start, year.end, profession=prof)),
             ("year, a clerk (own region)", clerk, year)]
    t = time.perf_counter()
    svc.statistics.figures(admin, year, today=today)  # the first look reads from disk
    first = time.perf_counter() - t
    print(f"\n{db.dialect}: {apps:,} applications, {size_mb(db):,.0f} MB, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; the year's first call "
          f"{first:.3f} s\n")
    print("\n".join(measure(svc, cases, a.runs, today)))
    db.dispose()


if __name__ == "__main__":
    main()
