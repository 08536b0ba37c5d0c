"""Benchmarks of the desktop worklist (issue 4) on a large database.

    TIZILIM_PASSWORD=... python bench/bench_ui.py --db sqlite:////tmp/tz/big.db [--login admin]

Measures, offscreen (or under $DISPLAY): cold start of a new process to the sign-in window;
the worklist's first page after sign-in (window built until its rows are painted, each in a new
process, after what the launcher does while the password is typed); then in one process a
filter change, a name search (first rows, and the exact count that follows) and an IIN search,
the per-status counts and jumps to the last and first page (each the time until the table
shows the new rows), plus the raw service calls for comparison. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
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
from bench_ui import settle, wait_until
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
wait_until(lambda: not w.worklist.model.is_loading() and w.worklist.model.total() > 0)
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


def wait_until(cond: Callable[[], bool], timeout: float = 60.0) -> None:
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


def measure(
    label: str,
    action: Callable[[], None],
    done: Callable[[], bool],
    w: Any,
    runs: int,
    results: list[tuple[str, list[float]]],
) -> None:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        wait_until(done)
        settle(w)
        times.append(time.perf_counter() - t)
    results.append((label, times))
    print(
        f"{label}: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms",
        flush=True,
    )


def service(
    label: str, fn: Callable[[], Any], runs: int, results: list[tuple[str, list[float]]]
) -> Any:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    results.append((label, times))
    print(f"{label}: median {statistics.median(times) * 1000:.1f} ms", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True)
    ap.add_argument("--login", default="admin")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    password = os.environ.get("TIZILIM_PASSWORD")
    if not password:
        raise SystemExit("set TIZILIM_PASSWORD")

    # an installed program has its bytecode; without it every run would compile the UI
    # modules again (PYTHONDONTWRITEBYTECODE is set on some machines)
    import compileall

    for pkg in ("desktop", "ui", "models", "reports", "resources"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)

    results: list[tuple[str, list[float]]] = []
    starts, heavy = cold_start(args.db, args.runs)
    results.append(("cold start to the sign-in window (new process)", starts))
    print(
        f"cold start: median {statistics.median(starts):.3f} s; heavy modules loaded "
        f"when shown: {heavy or 'none'}",
        flush=True,
    )

    firsts = first_pages(args.db, args.login, args.runs)
    results.append(("first worklist page after sign-in (window built, count + page)", firsts))
    print(f"first page: median {statistics.median(firsts) * 1000:.1f} ms", flush=True)

    os.environ["TIZILIM_HOME"] = "/tmp/tizilim-bench-ui-home"
    from desktop.app import TizilimApp
    from desktop.config import config_dir
    from desktop.wiring import build_services, database_state, warm_caches
    from models.applications.worklist import WorklistFilter
    from models.db.entities import Status
    from ui.context import AppContext
    from ui.i18n import Language
    from ui.settings import open_settings
    from ui.shell.window import MainWindow
    from ui.workers import Workers

    app = TizilimApp()
    s = build_services(args.db)
    database_state(s)  # upgrades an older schema
    warm_caches(s)  # as the launcher does while the password is typed
    from ui.preload import preload

    preload()  # the same
    actor = s.users.authenticate(args.login, password)
    total = s.queries.count(actor, WorklistFilter())
    print(f"applications visible to {args.login}: {total:,}", flush=True)

    settings = open_settings(config_dir())
    settings.clear()
    language = Language()
    language.set("kk")
    ctx = AppContext(s, actor, language, settings, Workers())

    w = MainWindow(ctx)
    w.resize(1500, 900)
    w.show()
    wait_until(lambda: not w.worklist.model.is_loading() and w.worklist.model.total() > 0)
    settle(w)
    wait_until(lambda: bool(w.nav.counts))
    view, model = w.worklist, w.worklist.model

    def choose_status(key: str) -> Callable[[], None]:
        return lambda: view.status.setCurrentIndex(view.status.findData(key))

    def flip() -> Callable[[], None]:
        state = {"i": 0}

        def act() -> None:
            state["i"] += 1
            choose_status("submitted" if state["i"] % 2 else "all")()

        return act

    measure(
        "filter change (status: submitted ↔ all)",
        flip(),
        lambda: not model.is_loading(),
        w,
        args.runs,
        results,
    )
    view.status.setCurrentIndex(view.status.findData("all"))
    wait_until(lambda: not model.is_loading())

    names = ["нұрлан", "серік", "иванов", "әсел", "ерлан"]
    more_names = ["айгүл", "асқар", "петров", "гүлнар", "данияр"]

    def search_name(terms: list[str] = names) -> Callable[[], None]:
        it = iter(terms * 10)

        def act() -> None:
            view.search.setText(next(it))
            view.refilter()  # skip the 250 ms typing pause

        return act

    measure(
        "search by name (FTS, Kazakh letters): first rows shown",
        search_name(),
        lambda: not model.is_loading(),
        w,
        args.runs,
        results,
    )
    measure(
        "search by name: … and the exact count shown (in the background)",
        search_name(more_names),
        lambda: not model.is_loading() and not model.is_counting(),
        w,
        args.runs,
        results,
    )
    iins = [r.portal_id for r in s.queries.page(actor, WorklistFilter(), total // 2, args.runs)]

    def search_id() -> Callable[[], None]:
        it = iter(iins)

        def act() -> None:
            view.search.setText(next(it))
            view.refilter()

        return act

    measure(
        "search by application number",
        search_id(),
        lambda: not model.is_loading(),
        w,
        args.runs,
        results,
    )
    view.search.setText("")
    view.refilter()
    wait_until(lambda: not model.is_loading())

    before = {"n": 0}

    def counts() -> None:
        before["n"] = id(w.nav.counts)
        w.nav.refresh_counts()

    measure(
        "per-status counts (navigation)",
        counts,
        lambda: id(w.nav.counts) != before["n"],
        w,
        args.runs,
        results,
    )

    def jump_last() -> None:
        model._pages.clear()
        view.table.scrollToBottom()

    def jump_first() -> None:
        model._pages.clear()
        view.table.scrollToTop()

    for label, act in (
        ("jump to the last page (End)", jump_last),
        ("jump to the first page (Home)", jump_first),
    ):
        measure(label, act, lambda: True, w, args.runs, results)
    view.table.sortByColumn(5, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.AscendingOrder)
    wait_until(lambda: not model.is_loading())
    measure("jump to the last page, sorted by name", jump_last, lambda: True, w, args.runs, results)
    print(f"rows held by the model: {model.cached_rows()} of {model.total():,}", flush=True)

    # the raw service calls, for comparison
    f_all = WorklistFilter()
    service("service: count(all)", lambda: s.queries.count(actor, f_all), args.runs, results)
    service(
        "service: page(0, 200) by due date",
        lambda: s.queries.page(actor, f_all, 0, 200),
        args.runs,
        results,
    )
    service(
        "service: counts_by_status", lambda: s.queries.counts_by_status(actor), args.runs, results
    )
    service(
        "service: count(search 'нұрлан')",
        lambda: s.queries.count(actor, WorklistFilter(search="нұрлан")),
        args.runs,
        results,
    )
    service(
        "service: page(submitted, 0, 200)",
        lambda: s.queries.page(actor, WorklistFilter(statuses=(Status.SUBMITTED,)), 0, 200),
        args.runs,
        results,
    )
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    w.close()
    ctx.workers.wait()
    print()
    print(f"{total:,} applications, {s.db.dialect}, {args.runs} runs each; peak RSS {rss:.0f} MB")
    print()
    print("| interaction | median | max |")
    print("|---|---:|---:|")
    for label, times in results:
        med, mx = statistics.median(times), max(times)
        unit = (lambda x: f"{x:.2f} s") if med >= 1 else (lambda x: f"{x * 1000:.0f} ms")
        print(f"| {label} | {unit(med)} | {unit(mx)} |")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
