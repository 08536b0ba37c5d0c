"""Benchmarks of the core (issue 2): demo generation, import of 100,000 records, and
``tizilim list --overdue`` on 1,000,000 applications.

Usage: python bench/bench_core.py [--count 100000] [--big 1000000] [--workdir /tmp/tizilim-bench]
       [--pg URL]
Prints a Markdown table to paste into docs/benchmarks.md. The 1M database is kept in the work
folder and reused on later runs (it takes several minutes to build).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.actor import SYSTEM  # noqa: E402
from models.calendar.workdays import today_local  # noqa: E402
from models.catalogs import Catalogs  # noqa: E402
from models.db.engine import Database  # noqa: E402
from models.db.migrate import init_database  # noqa: E402
from models.demo.generator import DemoGenerator  # noqa: E402
from models.demo.writer import generate  # noqa: E402
from models.intake.readers import parse_file  # noqa: E402
from models.services import Services  # noqa: E402


def fresh(url: str) -> Services:
    if url.startswith("sqlite:///"):
        p = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(str(p) + suffix).unlink(missing_ok=True)
    else:
        from sqlalchemy import create_engine, text

        e = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with e.begin() as c:
            c.execute(text("DROP SCHEMA public CASCADE"))
            c.execute(text("CREATE SCHEMA public"))
        e.dispose()
    services = Services.open(url)
    init_database(services.db)
    return services


def load() -> str:
    """The 1-minute load average (other work on the machine slows every figure)."""
    return f"{os.getloadavg()[0]:.1f}"


def timed(label: str, fn, results: list[tuple[str, str, str, str]]) -> object:  # type: ignore[no-untyped-def]
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    results.append((label, f"{secs:.1f} s", f"{cpu:.1f} s", load()))
    print(f"{label}: {secs:.2f} s (CPU {cpu:.2f} s, load {load()})", flush=True)
    return out


def write_import_file(path: Path, n: int) -> None:
    gen = DemoGenerator(4242, Catalogs.shipped(), today_local())
    apps = []
    for i in range(n):
        pid, received, d = gen.application(i)
        spec = {**{k: v for k, v in d.items() if k not in ("region", "settlement",
                                                         "registration_address")},
                "address": {"region": d["region"], "settlement": d["settlement"],
                            "registration_address": d["registration_address"]}}
        apps.append({"portal_id": "IMP-" + pid, "received_at": received.isoformat(),
                     "specialist": spec})
    path.write_text(json.dumps({"format": "tizilim.applications", "version": 1,
                                "applications": apps}, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--big", type=int, default=1_000_000)
    ap.add_argument("--workdir", default="/tmp/tizilim-bench")
    ap.add_argument("--pg", help="also run demo/import on this PostgreSQL URL (schema dropped!)")
    a = ap.parse_args()
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    results: list[tuple[str, str, str, str]] = []
    targets = [("SQLite", f"sqlite:///{work / 'bench.db'}")]
    if a.pg:
        targets.append(("PostgreSQL", a.pg))
    src = work / f"import-{a.count}.json"
    if not src.exists():
        timed(f"write {a.count:,} records as import JSON", lambda: write_import_file(src, a.count),
              results)
    for name, url in targets:
        s = fresh(url)
        timed(f"{name}: demo --count {a.count:,}",
              lambda s=s: generate(s.db, SYSTEM, a.count, seed=1), results)
        parsed = timed(f"{name}: parse + validate {a.count:,} JSON records",
                       lambda: parse_file(src), results)
        timed(f"{name}: import {a.count:,} records (one transaction)",
              lambda s=s, parsed=parsed: s.imports.import_parsed(SYSTEM, parsed),
              results)
        s.close()

    big = work / f"big-{a.big}.db"
    if not big.exists():
        db = Database.from_url(f"sqlite:///{big}.part")
        init_database(db)
        timed(f"SQLite: demo --count {a.big:,}",
              lambda: generate(db, SYSTEM, a.big, seed=1), results)
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{big}.part{suffix}").unlink(missing_ok=True)
        os.replace(f"{big}.part", big)
    env = dict(os.environ, TIZILIM_DB_URL=f"sqlite:///{big}")
    env.pop("TIZILIM_USER", None)
    for args in (["list", "--overdue", "--json"], ["list", "--overdue", "--limit", "100"]):
        cmd = [sys.executable, "-m", "desktop.cli", *args]
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True,
                           check=True)
        secs = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        n = len(json.loads(r.stdout)) if "--json" in args else len(r.stdout.splitlines())
        label = f"SQLite {a.big:,}: tizilim {' '.join(args)} ({n:,} rows, whole process)"
        results.append((label, f"{secs:.2f} s", f"{cpu:.2f} s", load()))
        print(f"{label}: {secs:.2f} s (CPU {cpu:.2f} s, load {load()})", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("\n| what | wall | CPU | load (1 min) |\n|---|---:|---:|---:|")
    for label, v, cpu, ld in results:
        print(f"| {label} | {v} | {cpu} | {ld} |")
    print(f"\npeak memory of the benchmark process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
