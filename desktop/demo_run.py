"""``tizilim --demo``: a ready-to-use demo database, then the program (or a batch demo).

The demo database lives beside the real one (``tizilim-demo.db`` in the data folder) and is
never the production file. Each demo account gets its own random password, printed once; no
default or shared password exists anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
import sys
from pathlib import Path

from desktop.config import data_dir
from desktop.private_file import write_private
from models.actor import SYSTEM, Actor
from models.applications.worklist import WorklistFilter
from models.db.entities import Status
from models.db.migrate import init_database
from models.demo.writer import generate
from models.dto import RegistryQuery
from models.services import Services
from reports.writers import registry_writer

DEMO_COUNT = 2000
DEMO_LOGIN = "demo.admin"
DEMO_CLERK = "demo.almaty"


def _has_screen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def demo_files(path: Path) -> list[Path]:
    """The demo database and what lives beside it (WAL, audit head, the password file)."""
    names = [path.name + s for s in ("", "-wal", "-shm", "-journal", ".audit-head")]
    return [path.with_name(n) for n in names] + [data_dir() / "demo-password.txt"]


def forget_demo(path: Path) -> list[Path]:
    """``--demo --fresh``: delete the demo database and its files; returns what was deleted."""
    gone = [p for p in demo_files(path) if p.exists()]
    for p in gone:
        p.unlink()
    return gone


def prepare(url: str) -> tuple[dict[str, str], dict[str, int] | None]:
    """Create the demo database if needed; returns (new passwords by login, demo stats)."""
    services = Services.open(url)
    try:
        db = services.db
        init_database(db)
        us = services.users
        passwords: dict[str, str] = {}
        stats = None
        if us.count() == 0:
            alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
            for login in (DEMO_LOGIN, DEMO_CLERK):
                passwords[login] = "".join(secrets.choice(alphabet) for _ in range(16))
            us.add(SYSTEM, DEMO_LOGIN, passwords[DEMO_LOGIN], "admin",
                   full_name="Сейітова Әсел Бауыржанқызы",
                   position="Тізілім бөлімінің басшысы / Руководитель отдела реестра")
            us.add(SYSTEM, DEMO_CLERK, passwords[DEMO_CLERK], "mio", "750000000",
                   full_name="Ахметов Ерлан Серікұлы")
            stats = generate(db, SYSTEM, DEMO_COUNT, seed=1)
        return passwords, stats
    finally:
        services.close()


def run_demo(args: argparse.Namespace) -> int:
    demo_file = data_dir() / "tizilim-demo.db"
    url = args.db or "sqlite:///" + str(demo_file)
    if getattr(args, "fresh", False):
        if args.db:
            print("tizilim: --fresh deletes only the demo database in the data folder, not "
                  "one given with --db", file=sys.stderr)
            return 64
        if forget_demo(demo_file):
            print(f"deleted the previous demo database: {demo_file}")
    elif not args.db and demo_file.exists():
        print(f"reusing the demo database {demo_file} (made earlier; "
              "for a new one: tizilim --demo --fresh)")
    t0 = dt.datetime.now()
    passwords, stats = prepare(url)
    print(f"demo database: {url}")
    if stats:
        secs = (dt.datetime.now() - t0).total_seconds()
        print(f"created {sum(stats.values())} demo applications in {secs:.1f} s: "
              + ", ".join(f"{k} {v}" for k, v in stats.items()))
        print(f"sign in as '{DEMO_LOGIN}' (administrator) with the password "
              f"{passwords[DEMO_LOGIN]}, or as '{DEMO_CLERK}' (clerk, Almaty) with "
              f"{passwords[DEMO_CLERK]}")
        _remember_passwords(passwords)
    else:
        print(f"the demo passwords are in {data_dir() / 'demo-password.txt'}")
    args.db = url
    if _has_screen():
        from desktop.display import display_problem

        problem = display_problem()
        if problem is None:
            from desktop.main import run_gui

            return run_gui(args)
        print(f"tizilim: {problem}; running the batch demo instead", file=sys.stderr)
    return batch_demo(url)


def _remember_passwords(passwords: dict[str, str]) -> None:
    write_private(data_dir() / "demo-password.txt",
                  "".join(f"{login} {pw}\n" for login, pw in passwords.items()))


def batch_demo(url: str) -> int:
    """Without a screen: show the worklist, decide one application, print the registry."""
    services = Services.open(url)
    try:
        qs = services.queries
        counts = qs.counts_by_status(SYSTEM)
        print("worklist: " + ", ".join(f"{k.value} {v}" for k, v in counts.items()))
        due = qs.page(SYSTEM, WorklistFilter(statuses=(Status.SUBMITTED, Status.RESUBMITTED)),
                      0, 3)
        for a in due:
            print(f"  next due: {a.portal_id} {a.full_name} (due {a.due_date}"
                  f"{', overdue' if a.overdue else ''})")
        if due:  # decided by the demo administrator, who signs the registration notice
            signer = next(u for u in services.users.list(SYSTEM) if u.login == DEMO_LOGIN)
            admin = Actor(signer.login, signer.role, None, signer.id)
            res = services.review.decide(admin, due[0].portal_id, "register")
            print(f"registered {res.portal_id}: registry number {res.registry_number}")
        out = data_dir() / "demo-registry.pdf"
        n = services.exports.registry_file(SYSTEM, RegistryQuery(edition="public"), "both",
                                           out, registry_writer("pdf"))
        print(f"public registry (kk+ru), {n} entries: {out}")
        return 0
    finally:
        services.close()
