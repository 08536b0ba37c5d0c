"""Backups of the SQLite file: consistent, verified, and restored only after a check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.cli.main import main
from models.actor import SYSTEM
from models.audit.chain import current_head
from models.audit.head import HeadFile
from models.audit.verify import verify
from models.db.backup import BackupError, backup, check_file, restore
from models.db.engine import Database
from models.db.entities import Application, AuditEvent, Decision
from models.services import Services
from tests.conftest import SqliteTemplate
from tests.factories import many, signing_admin
from tests.security.conftest import PW, receive


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: SqliteTemplate) -> Any:
    """Always SQLite: these tests are about the embedded file."""
    sqlite_template.copy_to(tmp_path / "live.db")
    d = Database.from_url(f"sqlite:///{tmp_path / 'live.db'}")
    receive(Services.on(d), SYSTEM, many(5))
    yield d
    d.dispose()


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_backup_is_verified_and_restore_brings_it_back(sqlite_db: Database,
                                                       tmp_path: Path) -> None:
    admin = signing_admin(sqlite_db)  # before the backup: the decision is all it lacks
    out = tmp_path / "backups" / "b1.db"
    rep = backup(sqlite_db, out)
    assert out.exists() and rep.events >= 5 and check_file(out).ok
    assert (out.parent / "b1.db.audit-head").read_text().split()[0] == rep.head
    assert not list(out.parent.glob(".*tmp"))  # no temporary file left behind
    Services.on(sqlite_db).review.decide(admin, "P-2026-000001", "register")
    assert count(sqlite_db, Decision) == 1
    old_head = HeadFile(sqlite_db.audit_head_path).read()
    with pytest.raises(BackupError, match="подтвердите") as err:
        restore(sqlite_db, out, SYSTEM)  # not confirmed: nothing changes
    assert err.value.key == "backup.restore_unconfirmed"
    assert count(sqlite_db, Decision) == 1
    check, kept = restore(sqlite_db, out, SYSTEM, confirmed=True)
    assert check.ok and kept is not None and kept.name == "live.db.before-restore"
    assert count(sqlite_db, Decision) == 0  # back to the backup
    with sqlite_db.read() as s:
        head = HeadFile(sqlite_db.audit_head_path).read()
        assert head == current_head(s) and head not in (old_head, rep.head)
        assert verify(s, known_head=head).ok
        last = s.execute(select(AuditEvent.action, AuditEvent.user_login, AuditEvent.before,
                                AuditEvent.after).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == rep.events + 1
    assert last.action == "backup.restore" and last.user_login == "system"
    before, after = json.loads(last.before or "{}"), json.loads(last.after or "{}")
    assert before["head"] == old_head and before["saved_head"] == old_head
    assert after["head"] == rep.head and after["backup_in_previous_log"] is True
    assert after["events_lost"] == 1  # the decision made after the backup
    assert check_file(kept).ok  # the replaced data is kept and sound
    with sqlite3.connect(kept) as c:
        assert c.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1


def test_restore_refuses_a_bad_file_and_changes_nothing(sqlite_db: Database,
                                                        tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"garbage" * 1000)
    with pytest.raises(BackupError):
        restore(sqlite_db, junk, SYSTEM, confirmed=True)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(BackupError, match="не изменена"):
        restore(sqlite_db, other, SYSTEM, confirmed=True)
    # a backup whose audit log was tampered with is refused too
    good = tmp_path / "good.db"
    backup(sqlite_db, good)
    with sqlite3.connect(good) as c:
        c.execute("DROP TRIGGER audit_events_no_update")
        c.execute("UPDATE audit_events SET user_login='mallory' WHERE id=2")
    assert "audit chain broken" in check_file(good).problem
    with pytest.raises(BackupError):
        restore(sqlite_db, good, SYSTEM, confirmed=True)
    assert count(sqlite_db, Application) == 5
    assert not (tmp_path / "live.db.before-restore").exists()


def test_server_database_points_at_pg_dump() -> None:
    db = Database.from_url("postgresql://nobody@127.0.0.1:1/none")  # never connects
    with pytest.raises(BackupError, match="pg_dump"):
        backup(db, "/tmp/never.db")
    with pytest.raises(BackupError, match="pg_restore"):
        restore(db, "/tmp/never.db", SYSTEM, confirmed=True)


def test_cli_backup_and_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    assert run("user", "add", "clerk", "--role", "mio", "--region", "750000000",
               "--as", "admin")[0] == 0
    out_file = tmp_path / "b.db"
    code, out, err = run("backup", "--out", str(out_file))
    assert code == 0 and "verified" in out, err
    assert run("user", "add", "viewer", "--role", "viewer", "--as", "admin")[0] == 0
    code, _, err = run("restore", str(out_file), "--yes")  # users exist: who restores?
    assert code == 1 and "--as LOGIN" in err
    code, _, err = run("restore", str(out_file), "--yes", "--as", "clerk")
    assert code == 1 and "администратор" in err and len(err.strip().splitlines()) == 1
    code, _, err = run("restore", str(out_file), "--as", "admin")  # no terminal, no --yes
    assert code == 1 and "--yes" in err and "nothing was changed" in err
    assert "newer audit events of the current log are not in it" in err
    code, out, err = run("user", "list", "--as", "admin")
    assert "viewer" in out  # nothing was restored yet
    code, out, err = run("restore", str(out_file), "--yes", "--as", "admin")
    assert code == 0 and "before-restore" in out and "backup.restore recorded" in out, err
    code, out, err = run("user", "list", "--as", "admin")
    assert "viewer" not in out and "clerk" in out
    code, out, err = run("audit", "verify", "--as", "admin")
    assert code == 0 and "saved head" in out, err
    (tmp_path / "bad.db").write_bytes(b"not a database")
    code, _, err = run("restore", str(tmp_path / "bad.db"), "--yes", "--as", "admin")
    assert code == 1 and "не изменена" in err and len(err.strip().splitlines()) == 1
    code, _, err = main(["--db", "postgresql://nobody@127.0.0.1:1/none", "backup", "--out",
                         "x"]), *capsys.readouterr()
    assert code == 1 and "pg_dump" in err


def test_truncating_newest_audit_events_is_detected_by_the_head_file(
        sqlite_db: Database) -> None:
    Services.on(sqlite_db).review.decide(signing_admin(sqlite_db), "P-2026-000002", "refuse",
                                         ["REF-EMIGRATION"])
    head = HeadFile(sqlite_db.audit_head_path).read()
    with sqlite_db.read() as s:
        assert head == current_head(s)
    with sqlite_db.write() as s:
        s.execute(text("DROP TRIGGER audit_events_no_delete"))
        s.execute(text("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"))
    with sqlite_db.read() as s:
        assert verify(s).ok  # the shortened chain is consistent in itself…
        res = verify(s, known_head=head)
    assert not res.ok and "newest events were removed" in res.problem  # …the file catches it


def test_restore_records_a_saved_head_the_live_log_lost(sqlite_db: Database,
                                                        tmp_path: Path) -> None:
    """A truncated live log is not papered over: the restore event keeps the saved head."""
    out = tmp_path / "b.db"
    backup(sqlite_db, out)
    Services.on(sqlite_db).review.decide(signing_admin(sqlite_db), "P-2026-000003", "register")
    saved = HeadFile(sqlite_db.audit_head_path).read()
    with sqlite_db.write() as s:
        s.execute(text("DROP TRIGGER audit_events_no_delete"))
        s.execute(text("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"))
        truncated = current_head(s)
    assert truncated != saved
    restore(sqlite_db, out, SYSTEM, confirmed=True)
    with sqlite_db.read() as s:
        before = json.loads(s.scalar(select(AuditEvent.before).order_by(
            AuditEvent.id.desc()).limit(1)) or "{}")
    assert before == {"head": truncated, "saved_head": saved, "events": before["events"]}


def test_only_an_admin_restores(sqlite_db: Database, tmp_path: Path) -> None:
    from models.actor import Actor
    from models.db.entities import Role
    from models.errors import PermissionDenied

    out = tmp_path / "b.db"
    backup(sqlite_db, out)
    with pytest.raises(PermissionDenied):
        restore(sqlite_db, out, Actor("clerk", Role.MIO, "750000000"), confirmed=True)
    assert not (tmp_path / "live.db.before-restore").exists()
    with sqlite_db.read() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) \
            == "access.denied"
