"""Decisions per second with N concurrent reviewers on PostgreSQL (each takes next, decides).

    python bench/bench_concurrency.py [--url postgresql://postgres@127.0.0.1:5432/test]
                                      [--apps 4000] [--workers 8]

Runs in a fresh schema that is dropped afterwards. Every reviewer has its own connection pool
(as separate workstations would) and loops: ``HoldService.take_next`` then
``ReviewService.decide`` (register / return / refuse in turn), until the queue is empty.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from models.actor import SYSTEM  # noqa: E402
from models.audit import verify as audit  # noqa: E402
from models.db.entities import Decision  # noqa: E402
from models.db.migrate import init_database  # noqa: E402
from models.services import Services  # noqa: E402
from tests.concurrency.test_races import bulk_open_applications  # noqa: E402

KINDS = (("register", []), ("return", ["RET-DOCUMENTS"]), ("refuse", ["REF-EMIGRATION"]))
PW = "bench password 2026"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=os.environ.get("TIZILIM_TEST_PG_URL",
                                                    "postgresql://postgres@127.0.0.1:5432/test"))
    ap.add_argument("--apps", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=8)
    a = ap.parse_args()
    schema = "bench_" + uuid.uuid4().hex[:8]
    admin_engine = create_engine(a.url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin_engine.begin() as c:
        c.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in a.url else "?"
    url = f"{a.url}{sep}options=-csearch_path%3D{schema},public"
    try:
        services = Services.open(url, audit_head=None)
        db = services.db
        init_database(db)
        us = services.users
        us.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
        actors = []
        for i in range(a.workers):
            us.add(SYSTEM, f"rev{i}", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
            actors.append(us.authenticate(f"rev{i}", PW))
        bulk_open_applications(db, a.apps)
        latencies: list[float] = []
        done = [0] * a.workers
        lock = threading.Lock()

        def reviewer(i: int) -> None:
            own = Services.open(url, audit_head=None)  # a workstation of its own
            hs, rv = own.holds, own.review
            mine: list[float] = []
            n = 0
            while True:
                t0 = time.perf_counter()
                pid = hs.take_next(actors[i])
                if pid is None:
                    break
                kind, codes = KINDS[n % 3]
                rv.decide(actors[i], pid, kind, codes, "bench")
                mine.append(time.perf_counter() - t0)
                n += 1
            done[i] = n
            with lock:
                latencies.extend(mine)
            own.close()

        threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(a.workers)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        secs = time.perf_counter() - t0
        with db.read() as s:
            decided = s.scalar(select(func.count()).select_from(Decision))
            ok = audit.verify(s).ok
        assert decided == a.apps == sum(done), (decided, sum(done))
        lat = sorted(latencies)
        print(f"{a.workers} reviewers, {a.apps} applications: {secs:.1f} s, "
              f"{a.apps / secs:.0f} decisions/s (take next + decide); "
              f"per reviewer {min(done)}–{max(done)}; latency p50 "
              f"{statistics.median(lat) * 1000:.1f} ms, p95 {lat[int(len(lat) * .95)] * 1000:.1f}"
              f" ms; audit chain {'intact' if ok else 'BROKEN'}")
        services.close()
    finally:
        with admin_engine.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
