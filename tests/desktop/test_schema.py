"""Upgrades: an older SQLite schema is upgraded after a copy; a newer one is refused and left
untouched; a server's clients never migrate (issue 15)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.db.engine import Database
from models.db.migrate import alembic_config, init_database
from models.db.schema import (
    SchemaTooNew,
    classify,
    head_revision,
    revisions,
    schema_status,
    upgrade_sqlite,
)

ROOT = Path(__file__).resolve().parents[2]


def oldest_schema_file(path: Path) -> Path:
    """A SQLite file made by the oldest migration alone, with a row in it."""
    from alembic import command

    db = Database.from_url(f"sqlite:///{path}")
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisions()[0])
    db.dispose()
    conn2 = sqlite3.connect(path)
    conn2.execute("INSERT INTO counters (name, value) VALUES ('probe', 41)")
    conn2.commit()
    conn2.close()
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_classify() -> None:
    head = head_revision()
    assert classify(None).state == "empty"
    assert classify(head).state == "current"
    assert classify(revisions()[0]).state == "older"
    assert classify(revisions()[0]).pending == revisions()[1:]
    assert classify("9999_future").state == "newer"


def test_upgrade_from_the_oldest_migration_keeps_a_copy_and_the_data(tmp_path: Path) -> None:
    path = oldest_schema_file(tmp_path / "tizilim.db")
    db = Database.from_url(f"sqlite:///{path}")
    steps: list[tuple[int, int, str]] = []
    try:
        report = upgrade_sqlite(db, lambda i, n, r: steps.append((i, n, r)))
        assert report.before == revisions()[0] and report.after == head_revision()
        assert schema_status(db.engine).state == "current"
    finally:
        db.dispose()
    n = len(revisions()) - 1
    assert steps[0] == (0, n, revisions()[1]) and steps[-1] == (n, n, head_revision())
    copy = report.backup
    assert copy is not None and copy.parent == tmp_path and "before-upgrade-from-0001" in copy.name
    with sqlite3.connect(copy) as c:  # the copy is the old database, whole
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT value FROM counters WHERE name='probe'").fetchone()[0] == 41


def newer_schema_file(path: Path) -> Path:
    db = Database.from_url(f"sqlite:///{path}")
    init_database(db)
    db.dispose()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_future'")
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    return path


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = newer_schema_file(tmp_path / "tizilim.db")
    before = sha(path)
    db = Database.from_url(f"sqlite:///{path}")
    try:
        with pytest.raises(SchemaTooNew) as err:
            upgrade_sqlite(db)
    finally:
        db.dispose()
    assert "9999_future" in err.value.ru and head_revision() in err.value.ru
    assert "не изменена" in err.value.ru and "өзгертілмеді" in err.value.kk
    assert sha(path) == before
    assert list(tmp_path.glob("*before-upgrade*")) == []


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TIZILIM_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_command_line_refuses_a_newer_schema_in_one_line(tmp_path: Path) -> None:
    path = newer_schema_file(tmp_path / "tizilim.db")
    before = sha(path)
    url = f"sqlite:///{path}"
    listed = _cli(tmp_path, "--db", url, "list")
    assert listed.returncode == 1 and listed.stderr.count("\n") == 1
    assert "9999_future" in listed.stderr and "Can't locate revision" not in listed.stderr
    status = _cli(tmp_path, "--db", url, "db", "status")
    assert status.returncode == 1 and "newer" in status.stdout
    assert _cli(tmp_path, "--db", url, "db", "upgrade").returncode == 1
    assert sha(path) == before


def test_db_upgrade_upgrades_an_older_file_with_a_copy(tmp_path: Path) -> None:
    path = oldest_schema_file(tmp_path / "tizilim.db")
    url = f"sqlite:///{path}"
    done = _cli(tmp_path, "--db", url, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert f"to {head_revision()}" in done.stdout and "copy before the upgrade" in done.stdout
    assert _cli(tmp_path, "--db", url, "db", "status").returncode == 0


def test_a_server_client_meeting_an_older_schema_names_the_revision_it_needs(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On PostgreSQL (TIZILIM_TEST_PG_URL) the real thing; on SQLite the same rule is
    checked through the wiring with the dialect as a server's."""
    from desktop.wiring import build_services, database_state
    from models.db.schema import SchemaTooOld

    services = build_services(db_url)
    try:
        from alembic import command

        cfg = alembic_config(services.db.engine)
        with services.db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revisions()[0])
        if services.db.dialect == "sqlite":
            assert database_state(services) == "upgrade"
            monkeypatch.setattr(Database, "dialect", property(lambda _self: "postgresql"))
        with pytest.raises(SchemaTooOld) as err:
            database_state(services)
        assert head_revision() in err.value.ru and "db upgrade" in err.value.ru
        assert schema_status(services.db.engine).current == revisions()[0]  # not migrated
    finally:
        services.close()
