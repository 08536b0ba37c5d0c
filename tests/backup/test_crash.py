"""kill -9 while decisions are being written: nothing reported is lost, nothing is half-written.

Always on a SQLite file (this is about the embedded database's durability: WAL mode with
``synchronous=FULL``); a PostgreSQL server rolls back a killed client's transaction itself.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models.actor import SYSTEM
from models.audit.verify import verify
from models.db.engine import Database
from models.services import Services
from tests.concurrency.test_races import bulk_open_applications
from tests.conftest import SqliteTemplate
from tests.security.conftest import PW

ROOT = Path(__file__).resolve().parents[2]


def _check(path: Path, reported: dict[str, str]) -> int:
    """Integrity, every reported decision present, every decision complete. Returns count."""
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        apps = {pid: (aid, status) for aid, pid, status in c.execute(
            "SELECT id, portal_id, status FROM applications")}
        decisions = {aid: kind for aid, kind in c.execute(
            "SELECT application_id, kind FROM decisions")}
        entries = {aid for (aid,) in c.execute("SELECT application_id FROM registry_entries")}
        audited = {(pid, action) for pid, action in c.execute(
            "SELECT entity_id, action FROM audit_events WHERE action IN "
            "('application.register', 'application.return', 'application.refuse')")}
        # the letter and its notification commit with the decision, or not at all
        lettered = [aid for (aid,) in c.execute("SELECT application_id FROM letters")]
        queued = [aid for (aid,) in c.execute("SELECT application_id FROM notifications")]
    assert sorted(lettered) == sorted(queued) == sorted(decisions)
    for pid, kind in reported.items():
        aid, _ = apps[pid]
        assert decisions.get(aid) == kind, f"{pid}: reported {kind} but not saved"
    result = {"register": "registered", "return": "returned", "refuse": "refused"}
    for pid, (aid, status) in apps.items():
        kind = decisions.get(aid)
        if kind is None:  # all absent
            assert status in ("submitted", "resubmitted") and aid not in entries, pid
            assert not any(p == pid for p, _ in audited), pid
        else:  # all present
            assert status == result[kind], pid
            assert (pid, f"application.{kind}") in audited, pid
            assert (aid in entries) == (kind == "register"), pid
    return len(decisions)


@pytest.mark.slow
def test_kill_9_while_deciding_loses_nothing_reported(
        tmp_path: Path, sqlite_template: SqliteTemplate) -> None:
    path = tmp_path / "crash.db"
    url = f"sqlite:///{path}"
    sqlite_template.copy_to(path)
    services = Services.open(url)
    user = services.users.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест",
                               "Тізілім бөлімінің басшысы")
    bulk_open_applications(services.db, 3000)
    services.close()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "5")))
    reported: dict[str, str] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rounds = 0
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-m", "tests.backup.crash_writer", url,
                                 str(user.id)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(proc.stdout,), daemon=True)
        reader.start()
        # let it start (imports) and write for a random while, then kill it mid-stride
        deadline = time.monotonic() + 60
        while not lines and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert lines, proc.stderr.read() if proc.poll() is not None else "no output"
        time.sleep(rng.uniform(0.05, 0.8))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        reader.join(30)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        assert proc.returncode == -signal.SIGKILL
        for line in lines:
            if line.endswith("\n"):  # a torn last line was not reported
                pid, kind = line.split()
                reported[pid] = kind
        saved = _check(path, reported)
        assert saved >= len(reported)
        rounds += 1
    assert rounds == 5 and len(reported) > 10
    db = Database.from_url(url, audit_head=None)
    with db.read() as s:
        assert verify(s).ok
    db.dispose()
