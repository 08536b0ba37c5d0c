"""Screenshots of every screen and dialog of the desktop program, in Kazakh and Russian, as
on a 1366×768 laptop: first run, sign-in, worklist, review (form, duplicates, history, a
clerk's recommendation; an organisation's resubmission with its marked fields, applicant and
notifications), each decision dialog (the return's field picker) and the letter, the recommendation
dialog, lock, error, registry, export, bulk work (``screenshot_bulk.py``), import with a preview
and its template button, entry form, notifications (``screenshot_notifications.py``),
administration.

Starts Xvfb (1366×768, on a free display) when there is no display, builds a demo database
(or uses ``--db``), and saves ``docs/screenshots/ui-<screen>-<lang>.png``::
    .venv/bin/python docs/screenshot_ui.py [--db URL] [--count 3000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from docs.screenshot_review import decision_dialogs, prepare, review_shots, unsigned_review  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screenshot password 1"
#: the main window as maximized on a 1366×768 laptop (taskbar 40 px, title bar 23 px)
WINDOW = QSize(1366, 705)
SAMPLE_TRACEBACK = """Traceback (most recent call last):
  File "ui/screens/review.py", line 214, in show_detail
    r = Renderer(d, self.ctx.services.catalogs, self.ctx.lang, self.dup_facts)
KeyError: 'region'
"""


def ensure_display() -> subprocess.Popen[bytes] | None:
    """A 1366×768 Xvfb screen on a free display number (Xvfb picks it: ``-displayfd``)."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("Xvfb not found: apt-get install -y xvfb (or set QT_QPA_PLATFORM=offscreen)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # written once the server is ready
    if not number:
        sys.exit("Xvfb did not start")
    os.environ["DISPLAY"] = ":" + number
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


def demo_services(url: str | None, count: int, home: Path) -> tuple[Any, Any, str]:
    """The services, the administrator and an application a clerk recommended on."""
    from desktop.wiring import build_services
    from models.actor import SYSTEM
    from models.db.migrate import init_database
    from models.demo.writer import generate

    url = url or f"sqlite:///{home / 'demo.db'}"
    s = build_services(url)
    init_database(s.db)
    if s.users.count() == 0:
        s.users.add(SYSTEM, "admin", PASSWORD, "admin", None, "Сейітова Гүлнар",
                    "Тізілім бөлімінің басшысы")
        s.users.add(SYSTEM, "semey", PASSWORD, "mio", "100000000", "Абай облысы ЖАО")
        s.users.add(SYSTEM, "reports", PASSWORD, "viewer", None, "")
    admin = s.users.authenticate("admin", PASSWORD)
    generate(s.db, admin, count, seed=3)
    # the government's yearly transfer of days off, as an administrator enters it
    year = dt.date.today().year
    decree = "ҚР Үкіметінің қаулысы / Постановление Правительства РК"
    for day, working in ((dt.date(year, 3, 23), False), (dt.date(year, 3, 28), True)):
        s.calendar.set_day(admin, day, working, decree)
    # issue 5: a clerk signed in elsewhere, holding one application and recommending another
    clerk = s.users.authenticate("semey", PASSWORD)
    s.sessions.start(clerk)
    s.sessions.start(admin)
    s.holds.take_next(clerk)
    from models.applications.worklist import WorklistFilter
    from models.db.entities import Status

    rows = s.queries.page(clerk, WorklistFilter(statuses=(Status.SUBMITTED,)), 0, 20)
    free = [r.portal_id for r in rows if not r.held_by]
    s.recommendations.recommend(
        clerk,
        free[0],
        "return",
        ["RET-DOCUMENTS", "RET-EMPLOYMENT"],
        "Еңбек кітапшасының көшірмесі жоқ / Нет копии трудовой книжки",
    )
    from docs.screenshot_notifications import fill

    fill(s, admin, home, "100000000")  # notifications in every state, the clerk's first
    return s, admin, free[0]


def pump(cond: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: Any, name: str, lang: str, over: Any = None) -> None:
    """``over``: a top-level window (the lock dialog) painted where it stands on ``widget``."""
    pump(lambda: True)
    path = OUT / f"ui-{name}-{lang}.png"
    pix = widget.grab()
    if over is not None:
        from PySide6.QtGui import QPainter

        painter = QPainter(pix)
        top_left = over.geometry().topLeft() - widget.geometry().topLeft()
        painter.drawPixmap(top_left, over.grab())
        painter.end()
    pix.save(str(path))
    print(path.relative_to(ROOT))


def import_sample(home: Path) -> Path:
    from models.catalogs import Catalogs  # noqa: F401  (catalog codes below)

    good = {
        "portal_id": "SSP-2026-900001",
        "received_at": "2026-01-12T10:00:00+05:00",
        "specialist": {
            "last_name": "Оспанова",
            "first_name": "Айгерім",
            "middle_name": "Нұрланқызы",
            "iin": "",
            "birth_date": "1990-03-04",
            "phone": "+77011112233",
            "email": "",
            "address": {
                "region": "100000000",
                "settlement": "Семей",
                "registration_address": "Абай көшесі, 5",
            },
            "profession": "PSYCHOLOGIST",
            "experience": {"years": 5, "months": 2},
            "education": [
                {
                    "level": "HIGHER",
                    "institution": "ШҚМУ",
                    "start": "2008-09-01",
                    "end": "2012-06-30",
                    "document": "ЖБ-112",
                }
            ],
            "employment": [
                {
                    "organization": "«Үміт» орталығы",
                    "bin": "",
                    "position": "психолог",
                    "start": "2013-02-01",
                    "end": None,
                }
            ],
            "qualification": {"category": "NONE", "assigned_on": None, "commission": ""},
            "consent_to_publish": True,
        },
    }
    from tests.factories import BIN, iin_for

    good["specialist"]["iin"] = iin_for(dt.date(1990, 3, 4), female=True, serial=5501)
    good["specialist"]["employment"][0]["bin"] = BIN
    bad = json.loads(json.dumps(good))
    bad["portal_id"] = "SSP-2026-900002"
    bad["specialist"]["iin"] = "900304123"
    bad["specialist"]["email"] = "not-an-email"
    path = home / "sample.json"
    path.write_text(
        json.dumps(
            {"format": "tizilim.applications", "version": 1, "applications": [good, bad]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def shoot(services: Any, admin: Any, rec: str, lang: str, home: Path, org: str) -> None:
    from PySide6.QtCore import Qt

    from desktop.config import config_dir
    from ui.context import AppContext
    from ui.dialogs.error import ErrorDialog, details_text
    from ui.dialogs.signin import SignInDialog
    from ui.dialogs.wizard import FirstRunWizard
    from ui.i18n import Language
    from ui.settings import open_settings
    from ui.shell.window import MainWindow
    from ui.workers import Workers

    language = Language()
    language.set(lang)
    workers = Workers()
    settings = open_settings(config_dir())
    settings.clear()

    wiz = FirstRunWizard(
        str(home / "tizilim.db"), lambda u: None, lambda fr: None, workers, lambda: lang
    )
    wiz.show()
    save(wiz, "wizard-database", lang)
    wiz.next()
    wiz.admin_page.full_name.setText("Сейітова Гүлнар")
    wiz.admin_page.position.setText("Тізілім бөлімінің басшысы")
    save(wiz, "wizard-admin", lang)
    wiz.close()

    signin = SignInDialog(lang)  # as it opens: nobody's login offered
    signin.show()
    save(signin, "signin", lang)
    signin.close()

    ctx = AppContext(services, admin, language, settings, workers)
    ctx.extra["idle_lock_ms"] = 3_600_000  # the script locks the screen itself
    w = MainWindow(ctx)
    # as maximized on a 1366×768 laptop: less the taskbar (40 px) and the title bar (23 px)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(WINDOW)
    w.show()
    pump(lambda: not w.worklist.model.is_loading() and not w.worklist.model.is_counting()
         and bool(w.nav.counts))
    w.worklist.table.selectRow(3)
    save(w, "worklist", lang)  # awaiting decision: overdue and due today stand out
    w.nav.setCurrentItem(w.nav.items["worklist:all"])
    pump(lambda: not w.worklist.model.is_loading() and not w.worklist.model.is_counting())
    save(w, "worklist-all", lang)

    # an application with duplicates and a resubmission, if the demo has one
    from models.applications.worklist import WorklistFilter
    from models.db.entities import Status

    rows = services.queries.page(admin, WorklistFilter(statuses=(Status.RESUBMITTED,)), 0, 50)
    pid = next((r.portal_id for r in rows if r.has_duplicates), rows[0].portal_id)
    w.open_application(pid)
    pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid)
    save(w, "review", lang)
    w.review.tabs.setCurrentIndex(2)
    save(w, "review-history", lang)
    dup = next(
        (
            r.portal_id
            for r in services.queries.page(admin, WorklistFilter(), 0, 400)
            if r.has_duplicates
        ),
        None,
    )
    if dup:
        w.open_application(dup)
        pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == dup)
        w.review.tabs.setCurrentIndex(1)
        save(w, "review-duplicates", lang)
    w.review.tabs.setCurrentIndex(0)
    w.open_application(rec)
    pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == rec)
    save(w, "review-recommendation", lang)
    w.guard.lock()
    pump(lambda: w.guard.lock_dialog is not None and w.guard.lock_dialog.isVisible())
    save(w, "lock", lang, over=w.guard.lock_dialog)
    w.guard.unlock()
    w.open_application(pid)
    pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid)
    decision_dialogs(w, lang, save, pump)
    review_shots(w, org, lang, save, pump)
    unsigned_review(ctx, org, lang, save, pump)
    w.open_application(rec)
    pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == rec)
    dlg = w.review.make_recommend_dialog()  # as the clerk who made it sees it again
    dlg.show()
    save(dlg, "decision-recommend", lang)
    dlg.close()
    err = ErrorDialog(details_text(SAMPLE_TRACEBACK), w)
    err.show()
    err.show_button.setChecked(True)
    save(err, "error", lang)
    err.close()

    w.show_screen("registry")
    pump(lambda: not w.registry.model.is_loading() and not w.registry.model.is_counting())
    save(w, "registry", lang)
    exp = w.registry.open_export()
    exp.path.setText(str(home / f"registry-{lang}.pdf"))
    exp.start()
    pump(lambda: not exp.running(), 120)
    save(exp, "export", lang)
    exp.close()

    from docs.screenshot_bulk import shoot_bulk

    shoot_bulk(w, services, lang, save, pump)  # checked rows, bulk dialogs

    w.show_screen("import")
    imp = w.screens["import"]
    imp.load(str(import_sample(home)))
    pump(lambda: imp.parsed is not None)
    save(w, "import", lang)

    w.show_screen("entry")
    form = w.screens["entry"]
    form.fields["portal_id"].setText("SSP-2026-000777")
    form.fields["last_name"].setText("Әбілқайыров")
    form.fields["first_name"].setText("Нұрсұлтан")
    form.fields["iin"].setText("8503223")
    form.fields["birth_date"].setText("31.02.1985")  # no such date: it says why
    form.fields["email"].setText("nursultan@")
    for key in ("portal_id", "last_name", "first_name", "middle_name", "iin", "birth_date",
                "phone", "email"):
        form.marks.leave(key)  # the fields the user went through (the rest is not red)
    form.validate()
    save(w, "entry", lang)

    from docs import screenshot_notifications

    def clerk_window() -> Any:
        cctx = AppContext(services, services.users.authenticate("semey", PASSWORD), language,
                          settings, workers)
        cw = MainWindow(cctx)
        cw.setWindowState(Qt.WindowState.WindowNoState)
        cw.resize(WINDOW)
        cw.show()
        pump(lambda: not cw.worklist.model.is_loading() and bool(cw.nav.counts))
        return cw

    screenshot_notifications.shoot(w, clerk_window, lang, save, pump)

    w.show_screen("admin")
    adm = w.admin
    pump(lambda: adm.users.model.rowCount() > 0)
    save(w, "admin-users", lang)
    adm.tabs.setCurrentIndex(1)
    save(w, "admin-calendar", lang)
    adm.tabs.setCurrentIndex(2)
    adm.catalogs.expandAll()
    save(w, "admin-catalogs", lang)
    adm.tabs.setCurrentIndex(3)
    pump(lambda: adm.audit.model.rowCount() > 0)
    adm.audit.verify()
    pump(lambda: adm.audit.verify_button.isEnabled())
    save(w, "admin-audit", lang)
    adm.tabs.setCurrentIndex(4)
    pump(lambda: adm.sessions.model.rowCount() > 0)
    save(w, "admin-sessions", lang)
    adm.tabs.setCurrentIndex(5)
    pump(lambda: adm.security.spins["idle_lock_minutes"].value() > 1)
    save(w, "admin-settings", lang)
    from docs.screenshot_admin import shoot_admin

    shoot_admin(w, lang, save, pump)
    w.close()
    workers.wait()
    language.uninstall()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", help="use this database (needs user admin / the screenshot pw)")
    ap.add_argument("--count", type=int, default=3000, help="demo applications to create")
    args = ap.parse_args()
    xvfb = ensure_display()
    home = Path(tempfile.mkdtemp(prefix="tizilim-shots-"))
    os.environ["TIZILIM_HOME"] = str(home)
    try:
        from desktop.app import TizilimApp

        app = TizilimApp()
        OUT.mkdir(parents=True, exist_ok=True)
        services, admin, rec = demo_services(args.db, args.count, home)
        org = prepare(services, admin)
        for lang in ("kk", "ru"):
            shoot(services, admin, rec, lang, home, org)
        services.db.dispose()
        del app
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
