"""Reading must not need writing (issue 13): list, show and audit verify on a database that
cannot be written; an Excel export onto a full disk ends with one clear line."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from tests.factories import many, write_json

PW = "correct horse battery staple"


@pytest.fixture
def made(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(url: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run(db_url, "init")[0] == 0
    assert run(db_url, "user", "add", "admin", "--role", "admin",
               "--name", "Әкімші Тест", "--position", "бас маман")[0] == 0
    assert run(db_url, "user", "add", "clerk", "--role", "mio", "--region", "100000000",
               "--as", "admin")[0] == 0
    assert run(db_url, "import", str(write_json(tmp_path / "a.json", many(3))),
               "--as", "admin")[0] == 0
    return run


def _read_only(db_url: str, tmp_path: Path) -> str:
    """The same database, opened so that nothing can be written."""
    if db_url.startswith("sqlite"):
        return f"sqlite:///file:{tmp_path / 'tizilim.db'}?mode=ro&uri=true"
    return db_url + ("&" if "?" in db_url else "?") + "options=-cdefault_transaction_read_only%3Don"


def test_reads_work_on_a_database_that_cannot_be_written(made: Any, db_url: str,
                                                         tmp_path: Path) -> None:
    ro = _read_only(db_url, tmp_path)
    code, out, err = made(ro, "list", "--as", "admin")
    assert code == 0 and out.count("P-2026-00000") == 3, err
    code, out, err = made(ro, "list", "--json", "--as", "clerk")
    assert code == 0 and '"P-2026-000001"' in out, err
    code, out, err = made(ro, "show", "P-2026-000002", "--as", "admin")
    assert code == 0 and "P-2026-000002" in out, err
    assert "not recorded" in err
    code, out, err = made(ro, "audit", "verify", "--as", "admin")
    assert code == 0 and "audit chain intact" in out, err
    code, _, err = made(ro, "audit", "verify", "--as", "clerk")  # refused all the same
    assert code == 1 and "администратор" in err and "database error" not in err
    code, _, err = made(ro, "list", "--as", "admin", "--status", "registered")
    assert code == 0
    code, _, err = made(ro, "decide", "P-2026-000001", "--register", "--as", "admin")
    assert code == 1  # a write is still refused, as a write
    code, _, err = made(ro, "list", "--as", "admin")
    assert code == 0
    if db_url.startswith("sqlite"):
        with sqlite3.connect(tmp_path / "tizilim.db") as c:
            assert c.execute("SELECT count(*) FROM decisions").fetchone() == (0,)


def test_a_wrong_password_is_refused_on_a_read_only_database(made: Any, db_url: str,
                                                             tmp_path: Path,
                                                             monkeypatch: Any) -> None:
    monkeypatch.setenv("TIZILIM_PASSWORD", "not the password")
    code, _, err = made(_read_only(db_url, tmp_path), "list", "--as", "admin")
    assert code == 1 and "Неверный" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE")
def test_an_excel_export_onto_a_full_disk_ends_with_one_clear_line(made: Any, db_url: str,
                                                                   tmp_path: Path) -> None:
    assert made(db_url, "demo", "--count", "2500", "--as", "admin")[0] == 0
    if db_url.startswith("sqlite"):  # the next writes go to the start of an empty WAL
        with sqlite3.connect(tmp_path / "tizilim.db") as c:
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    limit = 128 * 1024  # no file may grow past 128 KiB: the workbook needs more

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = tmp_path / "registry.xlsx"
    env = dict(os.environ, TIZILIM_PASSWORD=PW)
    r = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", db_url, "export",
                        "--format", "xlsx", "--lang", "ru", "--out", str(out), "--as", "admin"],
                       env=env, capture_output=True, text=True, timeout=300,
                       preexec_fn=small_files)
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "нет места на диске" in lines[0] and str(out) in lines[0], \
        r.stderr
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr
    assert not out.exists() and not list(tmp_path.glob(".registry.xlsx.*"))


def test_reads_work_on_read_only_media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A WAL database copied to a share that nobody here may write (neither the file nor the
    folder): SQLite cannot make the ``-shm`` file, and reading must work all the same."""
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_HOME", str(tmp_path / "home"))
    made = tmp_path / "made.db"
    url = f"sqlite:///{made}"
    for args in (["init"], ["user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
                            "--position", "бас маман"],
                 ["import", str(write_json(tmp_path / "a.json", many(3))), "--as", "admin"]):
        assert main(["--db", url, *args]) == 0, capsys.readouterr()
    share = tmp_path / "share #1 50%"  # (a path that must be escaped in a URI)
    share.mkdir()
    copy = share / "tizilim.db"
    with closing(sqlite3.connect(made)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
        assert dst.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert not list(share.glob("tizilim.db-*"))
    copy.chmod(0o444)
    share.chmod(0o555)
    # root may write anything: drop its capabilities, as an ordinary user has none
    prefix = (["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]
              if os.geteuid() == 0 else [])
    try:
        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*prefix, sys.executable, "-m", "desktop.cli", "--db",
                                   f"sqlite:///{copy}", *args, "--as", "admin"],
                                  capture_output=True, text=True, timeout=120)

        r = run("list")
        assert r.returncode == 0 and r.stdout.count("P-2026-00000") == 3, r.stderr
        assert "not recorded" in r.stderr and "Traceback" not in r.stderr
        r = run("show", "P-2026-000002")
        assert r.returncode == 0 and "P-2026-000002" in r.stdout, r.stderr
        r = run("audit", "verify")
        assert r.returncode == 0 and "audit chain intact" in r.stdout, r.stderr
        assert not list(share.glob("tizilim.db-*"))  # nothing was (or could be) made there
    finally:
        share.chmod(0o755)


def test_a_read_waits_briefly_for_a_database_another_process_holds(
        made: Any, db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """Another program holds the write lock (SQLite) or the user's row (PostgreSQL) for long:
    ``list`` gives up recording the sign-in after a short wait and shows the list — before,
    it waited the full 30 s of a write."""
    import time

    from sqlalchemy import text

    from models.db.engine import BRIEF_WAIT_MS, WAIT_MS, make_engine

    holder = make_engine(db_url)
    try:
        with holder.connect() as c:
            if db_url.startswith("sqlite"):
                c.exec_driver_sql("COMMIT")  # (the hook's BEGIN) — take the write lock
                c.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                c.execute(text("SELECT id FROM users WHERE login = 'admin' FOR UPDATE"))
            t = time.monotonic()
            code, out, err = made(db_url, "list", "--as", "admin")
            waited = time.monotonic() - t
            c.rollback()
    finally:
        holder.dispose()
    assert code == 0 and out.count("P-2026-00000") == 3, err
    assert "sign-in of admin not recorded" in caplog.text
    assert BRIEF_WAIT_MS / 1000 <= waited < WAIT_MS / 1000, waited


def test_the_desktop_sign_in_waits_out_a_lock_and_counts_a_wrong_password(
        made: Any, db_url: str) -> None:
    """Only the reading commands give up after 2 s: the desktop's sign-in waits for the lock
    (here 3 s), so a wrong password is counted and audited, never checked silently."""
    import threading
    import time

    from sqlalchemy import select, text

    from desktop.wiring import build_services
    from models.db.engine import make_engine
    from models.db.entities import User
    from models.errors import AuthError

    holder = make_engine(db_url)
    held = threading.Event()

    def hold() -> None:
        with holder.connect() as c:
            if db_url.startswith("sqlite"):
                c.exec_driver_sql("COMMIT")
                c.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                c.execute(text("SELECT id FROM users WHERE login = 'admin' FOR UPDATE"))
            held.set()
            time.sleep(3)
            c.rollback()

    services = build_services(db_url)
    t = threading.Thread(target=hold)
    try:
        t.start()
        assert held.wait(30)
        with pytest.raises(AuthError):
            services.users.authenticate("admin", "not the password", write_optional=True)
        t.join(30)
        with services.db.read() as s:
            assert s.scalar(select(User.failed_attempts).where(User.login == "admin")) == 1
    finally:
        t.join(30)
        services.close()
        holder.dispose()
