"""Screenshots of the statistics screen (issue 16) in Kazakh and Russian, and a PDF of it.

Starts Xvfb when there is no display (``docs/screenshot_ui.py`` does the same), grows a small
database of this year's applications with ``bench/bench_stats.py`` (reproducible: reviewers,
late decisions with causes, returns and resubmissions), and saves
``docs/screenshots/ui-statistics-<lang>.png`` and ``ui-statistics-drill-<lang>.png`` (the
worklist after a click on a bar)::

    .venv/bin/python docs/screenshot_statistics.py [--count 20000] [--pdf FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))
sys.path.insert(0, str(ROOT / "bench"))

from screenshot_ui import ensure_display, pump, save  # noqa: E402

PASSWORD = "screenshot password 1"


def services(count: int, home: Path) -> tuple[Any, Any]:
    from bench_stats import grow

    from desktop.wiring import build_services
    from models.actor import SYSTEM
    from models.calendar.workdays import today_local
    from models.db.migrate import init_database

    s = build_services(f"sqlite:///{home / 'stats.db'}")
    init_database(s.db)
    s.users.add(SYSTEM, "admin", PASSWORD, "admin", None, "Сейітова Гүлнар",
                "Тізілім бөлімінің басшысы")
    today = today_local()
    grow(s.db, count, 16, today.year, today)
    return s, s.users.authenticate("admin", PASSWORD)


def shoot(svc: Any, admin: Any, lang: str) -> None:
    from desktop.config import config_dir
    from ui.context import AppContext
    from ui.i18n import Language
    from ui.settings import open_settings
    from ui.shell.window import MainWindow
    from ui.workers import Workers

    language = Language()
    language.set(lang)
    workers = Workers()
    settings = open_settings(config_dir())
    settings.clear()
    ctx = AppContext(svc, admin, language, settings, workers)
    ctx.extra["idle_lock_ms"] = 3_600_000
    w = MainWindow(ctx)
    w.resize(1366, 768)
    w.show()
    pump(lambda: not w.worklist.model.is_loading())
    w.show_screen("statistics")
    view = w.screens["statistics"]
    view.preset.setCurrentIndex(view.preset.findData("this_year"))
    pump(lambda: view.figures is not None and not view.is_loading())
    save(w, "statistics", lang)
    chart = view.panel.kinds
    chart.grab()
    view.panel._bar("kinds", 4, 0)  # the late decisions, as a click on their bar asks
    pump(lambda: not w.worklist.model.is_loading() and not w.worklist.model.is_counting())
    save(w, "statistics-drill", lang)
    w.close()
    workers.wait()
    language.uninstall()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=20_000)
    ap.add_argument("--pdf", help="also write this year's statistics as this PDF (both)")
    args = ap.parse_args()
    xvfb = ensure_display()
    home = Path(tempfile.mkdtemp(prefix="tizilim-stats-shots-"))
    os.environ["TIZILIM_HOME"] = str(home)
    try:
        from desktop.app import TizilimApp

        app = TizilimApp()
        svc, admin = services(args.count, home)
        for lang in ("kk", "ru"):
            shoot(svc, admin, lang)
        if args.pdf:
            import datetime as dt

            from models.calendar.workdays import today_local
            from models.statistics.dto import StatsQuery
            from reports.stats_writers import stats_writer

            today = today_local()
            q = StatsQuery(dt.date(today.year, 1, 1), today)
            svc.statistics.export(admin, q, "both", args.pdf, stats_writer("pdf"), "pdf")
            print(args.pdf)
        svc.db.dispose()
        del app
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
