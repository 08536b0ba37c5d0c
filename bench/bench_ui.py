"""Benchmarks of the desktop worklist (issues 4 and 14) on a large database.

    TIZILIM_PASSWORD=... python bench/bench_ui.py --db URL [--size N] [--json OUT] [--runs 5]

``--size N`` first grows the database (SQLite or PostgreSQL) reproducibly to N applications
(``bench/grow_db.py``: a seeded demo of 50,000, then SQL copies), or uses it as it is when it
holds them already; on a new database the admin ``--login`` gets ``TIZILIM_PASSWORD``.

Measures, offscreen (or under $DISPLAY): cold start of a new process to the sign-in window;
the worklist's first page after sign-in (each in a new process); then in one process a filter
change, name searches (first rows; the exact count that follows, which the worklist starts
400 ms after the rows on purpose; in all statuses), application-number searches, the
per-status counts, End, Home and the scroll bar dragged to the middle on the default list
and on all statuses, and a sort change from the default order to every other offered order,
with End in it, on both lists. Every interaction is timed from the action until the model
HOLDS every row the table shows (read from SQL, not blank rows waiting for their page) and
the table has repainted; End, Home and the middle drop the pages read before, so they are
read again. Every search uses a term not searched before in the process.
Prints a Markdown table; ``--json OUT`` writes {interaction: {median_ms, max_ms, runs, n,
database}}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_SNIPPET = r"""
import sys, time, argparse, os
t0 = float(sys.argv[1])
sys.path.insert(0, {root!r})
from desktop.app import TizilimApp, Launcher
from PySide6.QtCore import QTimer
app = TizilimApp()
launcher = Launcher(app, argparse.Namespace(db={url!r}, lang="kk"))
launcher.start()
def shown():
    heavy = [m for m in ("sqlalchemy", "openpyxl", "reportlab") if m in sys.modules]
    print("SHOWN", time.time() - t0, launcher.signin.isVisible(), ",".join(heavy), flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""


def cold_start(url: str, runs: int) -> tuple[list[float], str]:
    """Wall time from spawning a fresh interpreter to the sign-in window being shown."""
    out, heavy = [], ""
    code = START_SNIPPET.format(root=str(ROOT), url=url)
    env = dict(os.environ, TIZILIM_HOME=str(Path("/tmp/tizilim-bench-ui-home")))
    for _ in range(runs):
        t0 = time.time()
        p = subprocess.run(
            [sys.executable, "-c", code, repr(t0)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        line = next((x for x in p.stdout.splitlines() if x.startswith("SHOWN")), None)
        if line is None:
            raise SystemExit(f"start failed:\n{p.stdout}\n{p.stderr}")
        _, secs, visible, heavy = (line.split() + [""])[:4]
        assert visible == "True"
        out.append(float(secs))
    return out, heavy


FIRST_PAGE_SNIPPET = r"""
import os, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from bench_ui import rows_held, settle, wait_until
from desktop.app import TizilimApp
from desktop.config import config_dir
from desktop.wiring import build_services, warm_caches
from ui.context import AppContext
from ui.i18n import Language
from ui.shell.window import MainWindow
from ui.preload import preload
from ui.settings import open_settings
from ui.workers import Workers
app = TizilimApp()
s = build_services({url!r})
warm_caches(s)  # what the launcher does while the password is typed
preload()
actor = s.users.authenticate({login!r}, os.environ["TIZILIM_PASSWORD"])
settings = open_settings(config_dir())
settings.clear()
language = Language()
language.set("kk")
ctx = AppContext(s, actor, language, settings, Workers())
t = time.perf_counter()
w = MainWindow(ctx)
w.resize(1500, 900)
w.show()
wait_until(lambda: w.worklist.model.total() > 0 and rows_held(w))
settle(w)
print("FIRST", time.perf_counter() - t, flush=True)
os._exit(0)
"""


def first_pages(url: str, login: str, runs: int) -> list[float]:
    """Sign-in to the painted first page, each in a new process (the first window of a
    process is the one a user waits for)."""
    code = FIRST_PAGE_SNIPPET.format(root=str(ROOT), bench=str(ROOT / "bench"), url=url,
                                     login=login)
    env = dict(os.environ, TIZILIM_HOME=str(Path("/tmp/tizilim-bench-ui-home")))
    out = []
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, timeout=120)
        line = next((x for x in p.stdout.splitlines() if x.startswith("FIRST")), None)
        if line is None:
            raise SystemExit(f"first page failed:\n{p.stdout}\n{p.stderr}")
        out.append(float(line.split()[1]))
    return out


def wait_until(cond: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)  # like an idle event loop: let the workers have the GIL


def settle(w: Any) -> None:
    """Let the view paint (a real repaint pulls the visible rows through ``data()``)."""
    from PySide6.QtCore import QCoreApplication

    w.worklist.table.viewport().repaint()
    QCoreApplication.processEvents()


def shown_rows(w: Any) -> tuple[int, int]:
    """The first and last row the table shows now."""
    table, n = w.worklist.table, w.worklist.model.rowCount()
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    top = 0 if top < 0 else top
    bottom = n - 1 if bottom < 0 else bottom
    return top, bottom


def rows_held(w: Any) -> bool:
    """Done: no reload on its way and the model holds every row the table shows (read from
    SQL, not a blank row waiting for its page)."""
    model = w.worklist.model
    if model.is_loading():
        return False
    top, bottom = shown_rows(w)
    return bool(model.holds(top, bottom))


class Results:
    """Times per interaction, in the order measured."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.notes: dict[str, str] = {}

    def add(self, label: str, times: list[float]) -> None:
        self.times[label] = times
        print(f"{label}: median {statistics.median(times) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms", flush=True)


def measure(label: str, action: Callable[[int], None], w: Any, runs: int, res: Results,
            done: Callable[[], bool] | None = None,
            before: Callable[[], None] | None = None) -> None:
    """Time ``action(run)`` until ``done`` (default: the shown rows are held) and painted;
    ``before`` (untimed) sets the scene for each run."""
    cond = done or (lambda: rows_held(w))
    times = []
    for run in range(runs):
        if before is not None:
            before()
            wait_until(lambda: rows_held(w) and not w.worklist.model.pending())
        t = time.perf_counter()
        action(run)
        wait_until(lambda: cond() and rows_held(w))
        settle(w)
        times.append(time.perf_counter() - t)
        wait_until(lambda: not w.worklist.model.pending())  # nothing left over for the next
    res.add(label, times)


def service(label: str, fn: Callable[[int], Any], runs: int, res: Results) -> None:
    times = []
    for run in range(runs):
        t = time.perf_counter()
        fn(run)
        times.append(time.perf_counter() - t)
    res.add(label, times)


def search_terms(s: Any, runs: int) -> tuple[list[str], list[str]]:
    """Fresh search words for every run (no term is searched twice in a process): common
    last names (broad searches), first names, and application numbers spread over the list;
    picked the same way on every database of the same content."""
    from sqlalchemy import text

    with s.db.engine.connect() as c:
        lasts = [r[0] for r in c.execute(text(
            "SELECT last_name FROM applications WHERE portal_id NOT LIKE 'C%' "
            "GROUP BY last_name ORDER BY count(*) DESC, last_name LIMIT :n"), {"n": 3 * runs})]
        firsts = [r[0] for r in c.execute(text(
            "SELECT first_name FROM applications WHERE portal_id NOT LIKE 'C%' "
            "GROUP BY first_name ORDER BY count(*) DESC, first_name LIMIT :n"), {"n": runs})]
        total = c.scalar(text("SELECT max(id) FROM applications")) or 1
        step = max(1, total // (runs + 1))
        numbers = [r[0] for r in c.execute(text(
            "SELECT portal_id FROM applications WHERE id IN :ids ORDER BY id").bindparams(
            __import__("sqlalchemy").bindparam("ids", expanding=True)),
            {"ids": [step * (k + 1) for k in range(runs)]})]
    names = list(dict.fromkeys(x.lower() for x in lasts + firsts))
    if len(names) < 4 * runs or len(numbers) < runs:
        raise SystemExit("not enough distinct names or numbers for fresh terms per run")
    return names, numbers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--login", default="admin")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", type=int, default=0,
                    help="grow the database to this many applications first (bench/grow_db.py; "
                         "a database that holds them already is used as it is)")
    ap.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    ap.add_argument("--no-start", action="store_true",
                    help="skip the new-process figures (cold start, first page)")
    args = ap.parse_args()
    password = os.environ.get("TIZILIM_PASSWORD")
    if not password:
        raise SystemExit("set TIZILIM_PASSWORD")
    if args.size:
        from grow_db import ensure_size

        ensure_size(args.db, args.size, args.login, password)

    # an installed program has its bytecode; without it every run would compile the UI
    # modules again (PYTHONDONTWRITEBYTECODE is set on some machines)
    import compileall

    for pkg in ("desktop", "ui", "models", "reports", "resources"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)

    res = Results()
    if not args.no_start:
        starts, heavy = cold_start(args.db, args.runs)
        res.add("cold start to the sign-in window (new process)", starts)
        print(f"heavy modules loaded when shown: {heavy or 'none'}", flush=True)
        res.add("first worklist page after sign-in (new process; count + page)",
                first_pages(args.db, args.login, args.runs))

    os.environ["TIZILIM_HOME"] = "/tmp/tizilim-bench-ui-home"
    from PySide6.QtCore import Qt

    from desktop.app import TizilimApp
    from desktop.config import config_dir
    from desktop.wiring import build_services, database_state, warm_caches
    from models.applications.worklist import WorklistFilter
    from ui.context import AppContext
    from ui.i18n import Language
    from ui.preload import preload
    from ui.settings import open_settings
    from ui.shell.window import MainWindow
    from ui.workers import Workers

    app = TizilimApp()
    s = build_services(args.db)
    database_state(s)  # upgrades an older schema
    warm_caches(s)  # as the launcher does while the password is typed
    preload()  # the same
    actor = s.users.authenticate(args.login, password)
    size = s.queries.count(actor, WorklistFilter())
    print(f"applications visible to {args.login}: {size:,}", flush=True)
    terms, numbers = search_terms(s, args.runs)
    r = args.runs
    names, more_names, last_names, all_names = (terms[:r], terms[r:2 * r], terms[2 * r:3 * r],
                                                terms[3 * r:4 * r])

    settings = open_settings(config_dir())
    settings.clear()
    language = Language()
    language.set("kk")
    ctx = AppContext(s, actor, language, settings, Workers())
    w = MainWindow(ctx)
    w.resize(1500, 900)
    w.show()
    wait_until(lambda: w.worklist.model.total() > 0 and rows_held(w))
    settle(w)
    wait_until(lambda: bool(w.nav.counts))
    view, model = w.worklist, w.worklist.model

    def choose(key: str) -> None:
        view.status.setCurrentIndex(view.status.findData(key))
        view.refilter()

    def wait_idle() -> None:
        wait_until(lambda: rows_held(w) and not model.is_counting() and not model.pending())

    # the default list is "awaiting decision" (open applications), sorted by due date
    measure("filter change (status: all ↔ awaiting decision)",
            lambda run: choose("all" if run % 2 == 0 else "open"), w, args.runs, res)
    choose("open")
    wait_idle()

    def search(terms: list[str]) -> Callable[[int], None]:
        def act(run: int) -> None:
            view.search.setText(terms[run])
            view.refilter()  # skip the 250 ms typing pause
        return act

    measure("search by name: first rows shown", search(names), w, args.runs, res)
    wait_idle()
    measure("search by name: … and the exact count shown", search(more_names), w,
            args.runs, res, done=lambda: not model.is_counting())
    measure("search by application number", search(numbers), w, args.runs, res)
    choose("all")
    measure("search by name in all statuses: first rows shown", search(all_names), w,
            args.runs, res)
    view.search.setText("")
    choose("open")
    wait_idle()

    before = {"n": 0}

    def counts(_run: int) -> None:
        before["n"] = id(w.nav.counts)
        w.nav.refresh_counts()

    measure("per-status counts (navigation)", counts, w, args.runs, res,
            done=lambda: id(w.nav.counts) != before["n"])

    def jump(end: bool | None) -> Callable[[int], None]:
        """End (True), Home (False) or the scroll bar dragged to the middle (None)."""
        def act(_run: int) -> None:
            model._pages.clear()  # read again from SQL, as after a jump beyond the LRU pages
            model._views.clear()
            bar = view.table.verticalScrollBar()
            if end is None:
                bar.setValue(bar.maximum() // 2)
            else:
                (view.table.scrollToBottom if end else view.table.scrollToTop)()
            view.table.viewport().update()  # (no scroll when already there: paint anyway)
        return act

    def ends(what: str) -> None:
        measure(f"End (last page), {what}", jump(True), w, args.runs, res)
        measure(f"Home (first page), {what}", jump(False), w, args.runs, res)
        measure(f"scroll bar dragged to the middle, {what}", jump(None), w, args.runs, res)

    ends("awaiting decision by due date")
    choose("all")
    wait_idle()
    ends("all statuses by due date")
    choose("open")
    wait_idle()

    # a sort change from the default order to every other offered order, then End in it
    # (End reads the last page backwards: the same query as the first page of the reverse
    # order, so both directions of every order are measured)
    up = Qt.SortOrder.AscendingOrder
    by_due = next(i for i, c in enumerate(model.columns) if c.sort_key == "due_date")
    for status, what in (("open", "awaiting decision"), ("all", "all statuses")):
        choose(status)
        wait_idle()
        for col, c in enumerate(model.columns):
            if c.sort_key is None or c.sort_key == "due_date":
                continue
            def sort(_run: int, col: int = col) -> None:
                view.table.sortByColumn(col, up)

            measure(f"sort change to {c.key}, {what}", sort, w, args.runs, res,
                    before=lambda: view.table.sortByColumn(by_due, up))
            wait_idle()
            measure(f"End, {what} by {c.key}", jump(True), w, args.runs, res)
        view.table.sortByColumn(by_due, up)
        wait_idle()
    choose("open")
    wait_idle()
    print(f"rows held by the model at the end: {model.cached_rows():,} of {model.total():,}",
          flush=True)

    # the raw service calls, for comparison (fresh terms again)
    from models.applications.worklist import WorklistFilter as F

    open_ = model.query.statuses if model.query is not None else ()
    service("service: page(open, 0, 200) by due date",
            lambda _r: s.queries.page(actor, F(statuses=open_), 0, 200), args.runs, res)
    service("service: count(a name search)",
            lambda r: s.queries.count(actor, F(search=last_names[r])),
            args.runs, res)
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    w.close()
    ctx.workers.wait()
    load = os.getloadavg()
    print()
    print(f"{size:,} applications, {s.db.dialect}, {args.runs} runs each; peak RSS {rss:.0f} MB; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    print()
    print("| interaction | median | max |")
    print("|---|---:|---:|")
    for label, times in res.times.items():
        med, mx = statistics.median(times), max(times)
        print(f"| {label} | {med * 1000:.0f} ms | {mx * 1000:.0f} ms |")
    slow = [label for label, t in res.times.items()
            if statistics.median(t) >= 0.1 and not label.startswith("cold start")]
    print(f"\nmedian over 100 ms: {', '.join(slow) or 'none'}")
    if args.json_out:
        out = {label: {"median_ms": round(statistics.median(t) * 1000, 1),
                       "max_ms": round(max(t) * 1000, 1), "runs": len(t), "n": size,
                       "database": s.db.dialect}
               for label, t in res.times.items()}
        Path(args.json_out).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
