"""The ``tizilim`` batch command: the contract other tools script against."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from tests.factories import many, write_json

PW = "correct horse battery staple"


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
        ) -> Any:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    monkeypatch.setenv("TIZILIM_USER", "admin")  # the default for --as
    return run


def test_init_is_idempotent(cli: Any) -> None:
    code, out, _ = cli("init")
    assert code == 0 and "56 catalog items" in out


def test_import_list_show_decide_flow(cli: Any, tmp_path: Path) -> None:
    apps = many(4)
    apps[3]["specialist"]["email"] = "broken@"
    path = write_json(tmp_path / "in.json", apps)
    report = tmp_path / "rej.xlsx"
    code, out, err = cli("import", str(path), "--report", str(report))
    assert code == 3, err
    assert "3 imported" in out and "1 rejected" in out
    assert "record 4 P-2026-000004: email" in err
    assert report.exists()
    code, out, _ = cli("import", str(path))
    assert code == 3 and "0 imported, 3 already present" in out

    code, out, _ = cli("list", "--json")
    rows = json.loads(out)
    assert [r["portal_id"] for r in rows] == ["P-2026-000001", "P-2026-000002", "P-2026-000003"]
    for key in ("portal_id", "status", "revision", "received_at", "due_date", "overdue",
                "region", "full_name"):
        assert key in rows[0]

    code, out, err = cli("decide", "P-2026-000001", "--as", "admin", "--return",
                         "RET-CATEGORY", "RET-EMPLOYMENT", "--comment", "уточните")
    assert code == 0 and "P-2026-000001: return (revision 1) → returned" in out, err
    code, _, err = cli("decide", "P-2026-000001", "--as", "admin", "--register")
    assert code == 1 and "уже принято" in err and "Traceback" not in err
    code, out, _ = cli("decide", "P-2026-000002", "--as", "admin", "--register")
    assert code == 0 and "registry number 1" in out

    code, out, _ = cli("show", "P-2026-000001", "--json")
    d = json.loads(out)
    assert d["status"] == "returned"
    assert d["decisions"][0]["reasons"] == ["RET-CATEGORY", "RET-EMPLOYMENT"]
    assert d["decisions"][0]["user"] == "admin" and d["decisions"][0]["comment"] == "уточните"
    assert cli("show", "P-2026-000002", "--json")[1].count('"registry_number": 1') == 1

    code, out, _ = cli("list", "--status", "returned", "--json")
    returned = json.loads(out)
    assert [r["portal_id"] for r in returned] == ["P-2026-000001"]
    assert returned[0]["decisions"][0]["reasons"] == ["RET-CATEGORY", "RET-EMPLOYMENT"]
    registered = json.loads(cli("list", "--status", "registered", "--json")[1])
    assert registered[0]["registry_number"] == 1 and registered[0]["duplicates"] == []
    code, out, _ = cli("list", "--overdue", "--json")
    assert {r["portal_id"] for r in json.loads(out)} == {"P-2026-000003"}

    # resubmission: the new revision, from a file in the import format
    write_json(tmp_path / "re.json", [dict(many(1)[0], received_at=now_iso())])
    code, out, err = cli("resubmit", "P-2026-000001", str(tmp_path / "re.json"))
    assert code == 0, err
    d = json.loads(cli("show", "P-2026-000001", "--json")[1])
    assert d["status"] == "resubmitted" and d["revision"] == 2

    code, out, _ = cli("audit", "verify")
    assert code == 0 and "intact" in out


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def test_resubmit_refuses_other_records_foreign_files_and_early_times(cli: Any,
                                                                      tmp_path: Path) -> None:
    cli("import", str(write_json(tmp_path / "a.json", many(2))))
    assert cli("decide", "P-2026-000001", "--return", "RET-DOCUMENTS")[0] == 0
    # a file with another application only: refused, not taken as this one's revision
    other = write_json(tmp_path / "other.json", [dict(many(1, 2)[0], received_at=now_iso())])
    code, _, err = cli("resubmit", "P-2026-000001", str(other))
    assert code == 2 and "holds no application P-2026-000001 (found: P-2026-000002)" in err
    bare = dict(many(1, 2)[0], received_at=now_iso())
    (tmp_path / "bare-other.json").write_text(json.dumps(bare), encoding="utf-8")
    code, _, err = cli("resubmit", "P-2026-000001", str(tmp_path / "bare-other.json"))
    assert code == 2 and "holds no application" in err
    # not the import format: one clear line, never an internal error
    for name, content in (("list.json", "[1, 2]"), ("obj.json", '{"a": 1}'),
                          ("junk.json", "not json at all")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        code, _, err = cli("resubmit", "P-2026-000001", str(tmp_path / name))
        assert code == 2 and len(err.strip().splitlines()) == 1, (name, err)
        assert "internal error" not in err and "Traceback" not in err
    # received before the return was decided
    early = write_json(tmp_path / "early.json", [many(1)[0]])  # received 2026-03-20
    code, _, err = cli("resubmit", "P-2026-000001", str(early))
    assert code == 1 and "раньше возврата" in err
    code, _, err = cli("--lang", "kk", "resubmit", "P-2026-000001", str(early))
    assert code == 1 and "пысықтауға қайтарылған" in err
    d = json.loads(cli("show", "P-2026-000001", "--json")[1])
    assert d["status"] == "returned" and d["revision"] == 1
    # a bare application object without portal_id and received_at: this one, received now
    bare = many(1)[0]
    del bare["portal_id"], bare["received_at"]
    (tmp_path / "bare.json").write_text(json.dumps(bare), encoding="utf-8")
    code, out, err = cli("resubmit", "P-2026-000001", str(tmp_path / "bare.json"))
    assert code == 0 and "revision 2 received" in out, err


def test_decide_errors(cli: Any, tmp_path: Path) -> None:
    cli("import", str(write_json(tmp_path / "a.json", many(1))))
    code, _, err = cli("decide", "P-2026-000001", "--as", "admin", "--refuse", "RET-CATEGORY")
    assert code == 1 and "не подходит" in err
    code, _, err = cli("decide", "NOPE", "--as", "admin", "--register")
    assert code == 1 and "не найдена" in err
    code, _, err = cli("--lang", "kk", "decide", "NOPE", "--as", "admin", "--register")
    assert "табылмады" in err
    os.environ["TIZILIM_PASSWORD"] = "wrong password!"
    code, _, err = cli("decide", "P-2026-000001", "--as", "admin", "--register")
    assert code == 1 and "Неверный логин или пароль" in err


def test_bad_files_exit_2(cli: Any, tmp_path: Path) -> None:
    p = tmp_path / "junk.json"
    p.write_bytes(b"\x00\x01garbage")
    code, out, err = cli("import", str(p))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "JSON" in err
    code, _, err = cli("import", str(tmp_path / "missing.json"))
    assert code == 2


def test_template_and_demo(cli: Any, tmp_path: Path) -> None:
    out_file = tmp_path / "t.xlsx"
    assert cli("template", "--out", str(out_file))[0] == 0
    from openpyxl import load_workbook

    assert load_workbook(out_file).active["A3"].value == "portal_id"
    code, out, _ = cli("demo", "--count", "300", "--seed", "7")
    assert code == 0 and "300 applications" in out
    code, out, _ = cli("demo", "--count", "300", "--seed", "7")
    assert "0 applications" in out  # same seed: nothing new


def test_demo_for_a_given_day_is_reproducible(cli: Any) -> None:
    """``demo --today`` (hidden) makes the same data set on any day: receipts follow it."""
    code, out, err = cli("demo", "--count", "40", "--seed", "3", "--today", "2026-03-02")
    assert code == 0 and "40 applications" in out, err
    code, out, err = cli("list", "--json")
    assert code == 0, err
    received = sorted(r["received_at"] for r in json.loads(out))
    assert len(received) == 40
    assert received[-1] <= "2026-03-02T23:59:59Z" and received[0] >= "2025-"


def test_user_management_and_roles(cli: Any, tmp_path: Path) -> None:
    assert cli("user", "add", "clerk", "--role", "mio", "--region", "750000000",
               "--as", "admin")[0] == 0
    code, _, err = cli("user", "add", "x", "--role", "mio", "--as", "admin")
    assert code == 1 and "регион" in err
    cli("import", str(write_json(tmp_path / "a.json", many(2))))  # region Abai
    code, out, _ = cli("list", "--as", "clerk", "--json")
    assert json.loads(out) == []
    code, _, err = cli("show", "P-2026-000001", "--as", "clerk")
    assert code == 1 and "другого региона" in err
    code, _, err = cli("decide", "P-2026-000001", "--as", "clerk", "--register")
    assert code == 1


def test_audit_verify_fails_after_tampering(cli: Any, db_url: str, tmp_path: Path) -> None:
    cli("import", str(write_json(tmp_path / "a.json", many(2))))
    from sqlalchemy import text

    from models.db.engine import Database

    db = Database.from_url(db_url)
    with db.write() as s:
        if db.dialect == "sqlite":
            s.execute(text("DROP TRIGGER audit_events_no_update"))
        else:
            s.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
        s.execute(text("UPDATE audit_events SET user_login='mallory' WHERE id = "
                       "(SELECT MIN(id) + 1 FROM audit_events)"))
    db.dispose()
    code, _, err = cli("audit", "verify")
    assert code == 1 and "BROKEN at event #" in err


def test_audit_verify_names_inserted_and_removed_events(cli: Any, db_url: str,
                                                        tmp_path: Path) -> None:
    from sqlalchemy import select, text

    from models.db.engine import Database
    from models.db.entities import AuditEvent
    from tests.models.test_workflow import _drop_guard

    cli("import", str(write_json(tmp_path / "a.json", many(3))))
    db = Database.from_url(db_url, audit_head=None)
    try:
        with db.read() as s:
            ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
        victim = ids[2]
        assert ids[1] == victim - 1 and len(ids) > 3
        _drop_guard(db)
        with db.write() as s:
            s.execute(text("DELETE FROM audit_events WHERE id = :i"), {"i": victim})
        code, _, err = cli("audit", "verify")
        assert code == 1 and f"BROKEN at event #{victim}: event #{victim} was removed" in err
    finally:
        db.dispose()


def test_audit_verify_names_an_inserted_event_and_the_seal_keeps_it(
        cli: Any, db_url: str, tmp_path: Path) -> None:
    """A forged event is named; the sign-in of that verify run seals the log as it found it,
    so taking the forged event out again shows too (the chain no longer matches the seal)."""
    from sqlalchemy import select, text

    from models.db.engine import Database
    from models.db.entities import AuditEvent
    from tests.models.test_workflow import forge_inserted_event

    cli("import", str(write_json(tmp_path / "a.json", many(3))))
    db = Database.from_url(db_url, audit_head=None)
    try:
        with db.read() as s:
            ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
        forged = forge_inserted_event(db, ids[1])
        code, out, err = cli("audit", "verify")
        assert code == 1 and out == ""
        assert f"BROKEN at event #{forged}: event #{forged} was inserted" in err
        assert len(err.strip().splitlines()) == 1
        with db.write() as s:
            s.execute(text("DELETE FROM audit_events WHERE id = :i"), {"i": forged})
        code, _, err = cli("audit", "verify")
        assert code == 1 and "events were inserted or removed before it" in err
    finally:
        db.dispose()


def test_audit_verify_from_hash_after_archiving(cli: Any, db_url: str, tmp_path: Path) -> None:
    from sqlalchemy import select, text

    from models.db.engine import Database
    from models.db.entities import AuditEvent
    from tests.models.test_workflow import _drop_guard

    cli("import", str(write_json(tmp_path / "a.json", many(3))))
    db = Database.from_url(db_url, audit_head=None)
    try:
        with db.read() as s:
            ids = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
            start = s.scalar(select(AuditEvent.prev_hash).where(AuditEvent.id == ids[2]))
        _drop_guard(db)
        with db.write() as s:
            s.execute(text("DELETE FROM audit_events WHERE id < :i"), {"i": ids[2]})
    finally:
        db.dispose()
    code, _, err = cli("audit", "verify")
    assert code == 1 and "removed" in err
    code, out, err = cli("audit", "verify", "--from-hash", start)
    assert code == 0 and f" events from {start[:16]}" in out, err
    assert "saved head" in out  # the head kept outside the database is in the kept part
    code, _, err = cli("audit", "verify", "--from-hash", "0" * 63 + "1")
    assert code == 1 and f"BROKEN at event #{ids[2]}" in err
    code, _, err = cli("audit", "verify", "--from-hash", "xyz")
    assert code == 1 and "64 hex digits" in err


@pytest.mark.parametrize("args", [
    ("decide", "P-2026-000001"),  # none of --register / --return / --refuse
    ("decide", "P-2026-000001", "--register", "--refuse", "REF-EMIGRATION"),
    ("list", "--status", "bogus"),
    ("exclude", "seven", "--reason", "x"),
    ("calendar", "day-off", "2026-13-45"),
    ("no-such-command",),
    ("import",),
])
def test_usage_errors_are_one_line_and_exit_64(cli: Any, args: tuple[str, ...]) -> None:
    code, out, err = cli(*args)
    assert code == 64 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tizilim: ") and "usage:" not in err


def test_decide_takes_the_user_from_tizilim_user(cli: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cli("import", str(write_json(tmp_path / "a.json", many(2))))
    code, out, err = cli("decide", "P-2026-000001", "--register")  # TIZILIM_USER=admin
    assert code == 0 and "registered" in out and "registry number 1" in out, err
    monkeypatch.delenv("TIZILIM_USER")
    code, _, err = cli("decide", "P-2026-000002", "--register")
    assert code == 1 and "--as LOGIN (or TIZILIM_USER) is required" in err
    d = json.loads(cli("show", "P-2026-000001", "--json", "--as", "admin")[1])
    assert d["decisions"][0]["user"] == "admin"


def test_closed_pipe_ends_quietly(cli: Any, db_url: str, tmp_path: Path) -> None:
    """``tizilim show --json | head``: the reader is gone before anything is written."""
    cli("import", str(write_json(tmp_path / "a.json", many(3))))
    env = dict(os.environ, TIZILIM_HOME=str(tmp_path / "home"), TIZILIM_PASSWORD=PW,
               TIZILIM_USER="admin")
    for args in (("show", "P-2026-000001", "--json"), ("list", "--json"), ("list",)):
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody will ever read: every write fails with EPIPE
        try:
            r = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", db_url, *args],
                               env=env, stdout=write_end, stderr=subprocess.PIPE, text=True,
                               timeout=120)
        finally:
            os.close(write_end)
        assert r.returncode == 141, (args, r.stderr)
        assert "BrokenPipe" not in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert "internal error" not in r.stderr


def test_calendar_commands_redate_and_list(cli: Any, tmp_path: Path) -> None:
    from tests.factories import application

    cli("import", str(write_json(tmp_path / "a.json", [
        application(received_at="2026-11-02T10:00:00+05:00")])))
    assert json.loads(cli("show", "P-2026-000001", "--json")[1])["due_date"] == "2026-11-09"
    code, out, err = cli("calendar", "day-off", "2026-11-04", "--note", "перенос")
    assert code == 0 and "2026-11-04: day-off; 1 due dates recomputed" in out, err
    assert json.loads(cli("show", "P-2026-000001", "--json")[1])["due_date"] == "2026-11-10"
    code, out, err = cli("calendar", "working-day", "2026-11-07", "--note", "суббота")
    assert code == 0 and "1 due dates recomputed" in out, err
    assert json.loads(cli("show", "P-2026-000001", "--json")[1])["due_date"] == "2026-11-09"
    code, out, _ = cli("calendar", "list", "--year", "2026")
    assert out.splitlines() == ["2026-11-04\tday off\tперенос",
                                "2026-11-07\tworking\tсуббота"]
    assert cli("calendar", "list", "--year", "2027")[1] == ""
    assert cli("user", "add", "clerk", "--role", "mio", "--region", "100000000")[0] == 0
    code, _, err = cli("calendar", "day-off", "2026-11-05", "--as", "clerk")
    assert code == 1 and "администратор" in err
    assert "2026-11-05" not in cli("calendar", "list")[1]
    code, _, _ = cli("audit", "verify")
    assert code == 0


def test_db_url_comes_from_tizilim_db_url(cli: Any, db_url: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    cli("import", str(write_json(tmp_path / "a.json", many(2))))
    monkeypatch.setenv("TIZILIM_DB_URL", db_url)
    code = main(["list", "--json"])  # no --db: the environment names the database
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [r["portal_id"] for r in json.loads(out)] == ["P-2026-000001", "P-2026-000002"]
    other = f"sqlite:///{tmp_path / 'other.db'}"
    monkeypatch.delenv("TIZILIM_USER")  # a fresh file has no users: the local operator
    assert main(["--db", other, "list", "--json"]) == 0  # --db wins over the environment
    assert capsys.readouterr().out == "[]\n"
    assert (tmp_path / "other.db").exists()


def test_duplicates_in_list_and_show_json(cli: Any, tmp_path: Path) -> None:
    from tests.factories import application

    cli("import", str(write_json(tmp_path / "a.json", [
        application("P-1"), application("P-2", phone="+7 702 000 00 00"),  # same IIN
        many(1, 3)[0]])))
    rows = {r["portal_id"]: r for r in json.loads(cli("list", "--json")[1])}
    assert rows["P-1"]["duplicates"] == ["P-2"] and rows["P-2"]["duplicates"] == ["P-1"]
    assert rows["P-2026-000003"]["duplicates"] == []
    d = json.loads(cli("show", "P-2", "--json")[1])
    assert [(x["portal_id"], x["reason"]) for x in d["duplicates"]] == [("P-1", "iin")]
    assert d["duplicates"][0]["full_name"] == rows["P-1"]["full_name"]
    code, out, _ = cli("show", "P-1")
    assert code == 0 and "possible duplicate: P-2 (iin)" in out


def test_real_process_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, TIZILIM_HOME=str(tmp_path), TIZILIM_PASSWORD=PW)
    env.pop("TIZILIM_DB_URL", None)
    r = subprocess.run([sys.executable, "-m", "desktop.cli", "show", "P-1"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr
    assert (tmp_path / "data" / "tizilim.db").exists()  # default: SQLite in the data folder
