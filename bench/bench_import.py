"""The import of 100,000 applications as a user waits for it (issue 13): one ``tizilim import``
process from the JSON file to the committed database, its wall time and peak memory, next to
a bound: a bare ``json.load`` of the same file plus one plain insert per application.

    python bench/bench_import.py [--count 100000] [--workdir /tmp/tizilim-bench] [--pg URL]

Each figure is measured in a fresh process of its own (its own peak, ``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PW = "bench password 1234"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_cli(url: str, src: str) -> None:
    """``tizilim import`` in this very process, as a user runs it."""
    from desktop.cli.main import main

    t, c = time.perf_counter(), time.process_time()
    rc = main(["--db", url, "import", src, "--as", "admin"])
    print(json.dumps({"rc": rc, "secs": time.perf_counter() - t,
                      "cpu": time.process_time() - c, "peak_mb": _peak_mb()}))


def child_bound(src: str, out: str) -> None:
    """The least any import does: parse the whole file, insert a row per application."""
    t, c = time.perf_counter(), time.process_time()
    with open(src, encoding="utf-8") as fh:
        apps = json.load(fh)["applications"]
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, portal_id TEXT UNIQUE, "
                 "received_at TEXT, data TEXT)")
    with conn:
        conn.executemany("INSERT INTO a (portal_id, received_at, data) VALUES (?, ?, ?)",
                         ((x["portal_id"], x["received_at"],
                           json.dumps(x["specialist"], ensure_ascii=False)) for x in apps))
    conn.close()
    print(json.dumps({"rc": 0, "secs": time.perf_counter() - t,
                      "cpu": time.process_time() - c, "peak_mb": _peak_mb()}))


def _run(*args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    r = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                       check=True, cwd=ROOT, env=env)
    result: dict[str, float] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


def _fresh(url: str, env: dict[str, str]) -> None:
    for args in (["init"], ["user", "add", "admin", "--role", "admin"]):
        subprocess.run([sys.executable, "-m", "desktop.cli", "--db", url, *args], check=True,
                       cwd=ROOT, env=env, capture_output=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-cli":
        return child_cli(sys.argv[2], sys.argv[3])
    if len(sys.argv) > 1 and sys.argv[1] == "--child-bound":
        return child_bound(sys.argv[2], sys.argv[3])
    if len(sys.argv) > 1 and sys.argv[1] == "--child-write":
        from bench.bench_core import write_import_file

        return write_import_file(Path(sys.argv[2]), int(sys.argv[3]))
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--workdir", default="/tmp/tizilim-bench")
    ap.add_argument("--pg", help="also import into this PostgreSQL URL (an empty schema)")
    a = ap.parse_args()
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    src = work / f"import-{a.count}.json"
    if not src.exists():  # in a process of its own: Linux carries a peak RSS across exec
        subprocess.run([sys.executable, __file__, "--child-write", str(src), str(a.count)],
                       check=True, cwd=ROOT)
    env = dict(os.environ, TIZILIM_HOME=str(work / "home"), TIZILIM_PASSWORD=PW)
    env.pop("TIZILIM_USER", None)
    rows: list[tuple[str, dict[str, float], str]] = []
    bound_db = work / "bound.db"
    bound_db.unlink(missing_ok=True)
    rows.append(("bound: json.load + one plain insert per application (SQLite)",
                 _run("--child-bound", str(src), str(bound_db)), f"{os.getloadavg()[0]:.1f}"))
    targets = [("SQLite", f"sqlite:///{work / 'import.db'}")]
    if a.pg:
        targets.append(("PostgreSQL", a.pg))
    for name, url in targets:
        if name == "SQLite":
            for suffix in ("", "-wal", "-shm", ".audit-head"):
                Path(f"{work / 'import.db'}{suffix}").unlink(missing_ok=True)
        _fresh(url, env)
        res = _run("--child-cli", url, str(src), env=env)
        if res["rc"] != 0:
            raise SystemExit(f"the import exited {res['rc']}")
        rows.append((f"{name}: tizilim import {a.count:,} applications (one process, file to "
                     "committed database)", res, f"{os.getloadavg()[0]:.1f}"))
    size = src.stat().st_size / 1048576
    print(f"\nfile: {src} ({size:.0f} MB), {os.cpu_count()} cores")
    print("\n| what | wall | CPU | peak memory | load (1 min) |\n|---|---:|---:|---:|---:|")
    for label, r, load in rows:
        print(f"| {label} | {r['secs']:.1f} s | {r['cpu']:.1f} s | {r['peak_mb']:.0f} MB "
              f"| {load} |")


if __name__ == "__main__":
    main()
