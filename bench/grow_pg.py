"""Grow a PostgreSQL benchmark database to N applications by copying existing rows in SQL.

For benchmarks only: each copy gets a new id, portal id and IIN (same names, statuses, dates),
so building a million-row PostgreSQL database takes a minute instead of the half hour that
``tizilim demo`` needs through the full receive path. Usage:
    python bench/grow_pg.py postgresql://postgres@127.0.0.1:5432/benchdb 1000000

``bench/grow_db.py`` (used by ``bench_ui.py --size N``) does the same reproducibly for SQLite
and PostgreSQL, starting from an empty database.
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import create_engine, text

COLS = ("status, revision, received_at, received_on, due_date, last_name, first_name, "
        "middle_name, name_key, birth_date, phone, email, region_code, settlement, "
        "registration_address, profession_code, experience_years, experience_months, "
        "education, employment, category_code, category_assigned_on, commission, consent, "
        "has_duplicates, created_at, updated_at, version")


def main() -> None:
    url, target = sys.argv[1], int(sys.argv[2])
    e = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    t = time.perf_counter()
    copy = 0
    while True:
        with e.begin() as c:
            have = c.scalar(text("SELECT count(*) FROM applications"))
            if have >= target:
                break
            copy += 1
            n = min(have, target - have)
            c.execute(text(
                f"INSERT INTO applications (portal_id, iin, search_text, {COLS}) "
                f"SELECT 'C{copy}-' || portal_id, lpad(((iin::bigint + {copy}) % 1000000000000)"
                f"::text, 12, '0'), search_text || ' c{copy}', {COLS} "
                f"FROM applications WHERE portal_id NOT LIKE 'C%' ORDER BY id LIMIT :n"
            ), {"n": n})
            print(f"{have:,} + {n:,}", flush=True)
    # what autovacuum does on a server in service (it is off on some test servers): the
    # visibility map for index-only scans, and the status counters (updated once per copied
    # row, 100 live rows in megabytes of dead ones) back to their size
    with e.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM (ANALYZE) applications"))
        c.execute(text("VACUUM FULL status_counts"))
    print(f"done in {time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
