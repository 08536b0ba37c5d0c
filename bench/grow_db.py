"""Grow a benchmark database (SQLite or PostgreSQL) reproducibly to N applications.

For benchmarks only. The first ``min(N, 50,000)`` applications are made by the demo generator
(``models.demo.writer.generate``) with a fixed seed and a fixed "today"; the rest are SQL
copies of those, as ``bench/grow_pg.py`` does: each copy gets a new id, portal id
(``C<k>-`` + the original's) and IIN (same names, statuses, dates), so a million rows take
minutes instead of the demo's 5-10. Copy ``k`` of original ``i`` is the same row whatever
path led to N, so a database grown to N in one go or in steps is the same; a database that
already holds N applications is used as it is. Usage:

    TIZILIM_PASSWORD=... python bench/grow_db.py URL N [--login admin]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = 50_000  # applications made by the demo generator; the rest are copies
SEED = 1
TODAY = dt.date(2026, 12, 1)  # the day the demo data is built around (reproducible)
#: copied as they are; id, portal_id, iin and search_text are made new, holds are not copied
_NEW = ("id", "portal_id", "iin", "search_text", "held_by", "held_since")


def _sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def ensure_size(url: str, size: int, login: str, password: str,
                log: object = print) -> int:
    """Make the database at ``url`` hold at least ``size`` applications; returns how many
    it holds. Creates the schema and an admin ``login`` with ``password`` on a new database."""
    from sqlalchemy import text

    from models.actor import SYSTEM
    from models.db.entities import Application
    from models.db.migrate import init_database
    from models.demo.writer import generate
    from models.services import Services

    say = log if callable(log) else print
    services = Services.open(url)
    try:
        db = services.db
        init_database(db)
        if services.users.count() == 0:
            services.users.add(SYSTEM, login, password, "admin", full_name="Бенчмарк Әкімші",
                               position="Әкімші")
        engine = db.engine
        with engine.connect() as c:
            have = c.scalar(text("SELECT count(*) FROM applications")) or 0
        if have >= size:
            return int(have)
        t = time.perf_counter()
        if have < min(size, BASE):
            if have:
                raise SystemExit(f"{url}: {have:,} applications, fewer than the demo base of "
                                 f"{min(size, BASE):,} — not a database this script grew")
            say(f"demo: {min(size, BASE):,} applications (seed {SEED}, today {TODAY})")
            generate(db, SYSTEM, min(size, BASE), seed=SEED, today=TODAY)
        cols = ", ".join(c.name for c in Application.__table__.columns if c.name not in _NEW)
        with engine.connect() as c:
            base = c.scalar(text(
                "SELECT count(*) FROM applications WHERE portal_id NOT LIKE 'C%'")) or 0
        pg = engine.dialect.name == "postgresql"
        while True:
            with engine.begin() as c:
                have = c.scalar(text("SELECT count(*) FROM applications")) or 0
                if have >= size:
                    break
                copy, done = divmod(have - base, base)
                copy += 1
                n = min(base - done, size - have)
                iin = (f"lpad(((iin::bigint + {copy}) % 1000000000000)::text, 12, '0')" if pg
                       else f"substr('000000000000' || ((CAST(iin AS INTEGER) + {copy}) "
                            f"% 1000000000000), -12, 12)")
                c.execute(text(
                    f"INSERT INTO applications (portal_id, iin, search_text, {cols}) "
                    f"SELECT 'C{copy}-' || portal_id, {iin}, search_text || ' c{copy}', {cols} "
                    f"FROM applications WHERE portal_id NOT LIKE 'C%' ORDER BY id "
                    f"LIMIT :n OFFSET :done"
                ), {"n": n, "done": done})
                say(f"{have:,} + {n:,} (copy {copy})")
        # what autovacuum / a maintained SQLite file would have: fresh statistics, and on
        # PostgreSQL the visibility map for index-only scans and the status counters (updated
        # once per copied row) back to their size
        if pg:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text("VACUUM (ANALYZE) applications"))
                c.execute(text("VACUUM FULL status_counts"))
        else:
            with engine.connect() as c:
                c.execute(text("ANALYZE"))
                c.commit()
        say(f"grown to {size:,} in {time.perf_counter() - t:.0f} s")
        return size
    finally:
        services.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url")
    ap.add_argument("size", type=int)
    ap.add_argument("--login", default="admin")
    args = ap.parse_args()
    password = os.environ.get("TIZILIM_PASSWORD")
    if not password:
        raise SystemExit("set TIZILIM_PASSWORD (the admin's password on a new database)")
    n = ensure_size(args.url, args.size, args.login, password)
    print(f"{n:,} applications")


if __name__ == "__main__":
    main()
