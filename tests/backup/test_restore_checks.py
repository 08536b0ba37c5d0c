"""A restore checks a backup like a new database before it replaces anything (issue 13):
every row readable, the chain, the signed checkpoints, the data replay — refused with one
line, the live database untouched."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from models.actor import Actor
from models.audit.chain import event_hash, make_row
from models.audit.seal import Signer, payload
from models.db.entities import Role
from tests.factories import many, write_json
from tests.security.conftest import PW


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_USER", "admin")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin",
               "--name", "Әкімші Тест", "--position", "бас маман")[0] == 0
    assert run("import", str(write_json(tmp_path / "a.json", many(40))))[0] == 0
    assert run("decide", "P-2026-000001", "--register")[0] == 0
    code, out, err = run("backup", "--out", str(tmp_path / "good.db"))
    assert code == 0, err
    assert run("decide", "P-2026-000002", "--register")[0] == 0  # the live data moves on
    return run


def _copy(tmp_path: Path, name: str) -> Path:
    bad = tmp_path / name
    shutil.copy(tmp_path / "good.db", bad)
    return bad


def _data(live: Path) -> list[Any]:
    with sqlite3.connect(live) as c:
        return [c.execute(q).fetchall() for q in (
            "SELECT portal_id, status, revision FROM applications ORDER BY id",
            "SELECT application_id, kind FROM decisions ORDER BY id",
            "SELECT registry_number, application_id FROM registry_entries ORDER BY id")]


def _refused(cli: Any, path: Path, *words: str) -> None:
    before = _data(Path(path).parent / "live.db")
    code, out, err = cli("restore", str(path), "--yes")
    assert code == 1 and out == "", (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "не изменена" in err, err
    for w in words:
        assert w in err, err
    assert _data(Path(path).parent / "live.db") == before  # untouched
    assert len(before[1]) == 2
    assert not (Path(path).parent / "live.db.before-restore").exists()


def test_the_good_backup_restores(cli: Any, tmp_path: Path) -> None:
    code, out, err = cli("restore", str(tmp_path / "good.db"), "--yes")
    assert code == 0, err
    assert cli("audit", "verify", "--data")[0] == 0


def test_garbage_in_an_applications_page_is_refused(cli: Any, tmp_path: Path) -> None:
    bad = _copy(tmp_path, "garbage.db")
    blob = bytearray(bad.read_bytes())
    at = blob.find("Абай даңғылы, 12".encode())  # inside an application's row
    assert at > 0
    blob[at:at + 1024] = bytes((i * 37 + 11) % 256 for i in range(1024))
    bad.write_bytes(bytes(blob))
    _refused(cli, bad)


def test_undecodable_bytes_in_a_row_are_refused(cli: Any, tmp_path: Path) -> None:
    """The file's structure is sound (the integrity check passes), a value is not."""
    bad = _copy(tmp_path, "bytes.db")
    blob = bytearray(bad.read_bytes())
    text = "Абай даңғылы, 12".encode()
    at = blob.find(text)
    blob[at:at + len(text)] = b"\xff" * len(text)
    bad.write_bytes(bytes(blob))
    with sqlite3.connect(bad) as c:
        assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    _refused(cli, bad, "cannot be read")


def test_statuses_changed_in_the_backup_are_refused(cli: Any, tmp_path: Path) -> None:
    bad = _copy(tmp_path, "status.db")
    with sqlite3.connect(bad) as c:
        c.execute("UPDATE applications SET status = 'registered' "
                  "WHERE portal_id = 'P-2026-000007'")
    _refused(cli, bad, "P-2026-000007")


def test_a_broken_chain_in_the_backup_is_refused(cli: Any, tmp_path: Path) -> None:
    bad = _copy(tmp_path, "chain.db")
    with sqlite3.connect(bad) as c:
        c.execute("DROP TRIGGER audit_events_no_update")
        c.execute("UPDATE audit_events SET user_login = 'mallory' WHERE id = 3")
    _refused(cli, bad, "audit chain broken at event #3")


def test_a_forged_tail_and_checkpoint_in_the_backup_are_refused(cli: Any,
                                                               tmp_path: Path) -> None:
    bad = _copy(tmp_path, "forged.db")
    with sqlite3.connect(bad) as c:
        last_id, head = c.execute("SELECT id, hash FROM audit_events ORDER BY id DESC "
                                  "LIMIT 1").fetchone()
        row = make_row(Actor("mallory", Role.ADMIN), "user.create", "user", "9")
        row["prev_hash"] = head
        row["hash"] = event_hash(head, row)
        c.execute("INSERT INTO audit_events (at, user_login, role, workstation, action, entity, "
                  "entity_id, region_code, before, after, prev_hash, hash) VALUES "
                  "(?,?,?,?,?,?,?,?,?,?,?,?)",
                  (row["at"].isoformat(sep=" "), *(row[k] for k in (
                      "user_login", "role", "workstation", "action", "entity", "entity_id",
                      "region_code", "before", "after", "prev_hash", "hash"))))
    _refused(cli, bad, "not sealed")
    mallory = Signer.generate()
    with sqlite3.connect(bad) as c:
        n, new_head = c.execute("SELECT count(*), max(hash) FROM audit_events WHERE id = "
                                "(SELECT max(id) FROM audit_events)").fetchone()
        total = c.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        at = dt.datetime(2026, 12, 7, 9)
        c.execute("INSERT INTO audit_checkpoints (sealed, last_event_id, event_count, head, at, "
                  "workstation, key_id, public_key, signature) VALUES (1, ?, ?, ?, ?, 'x', ?, ?,"
                  " ?)", (last_id + 1, total, new_head, at.isoformat(sep=" "), mallory.key_id,
                          mallory.public_b64, mallory.sign(payload(total, 1, new_head, at))))
    _refused(cli, bad, "does not trust")


def test_a_truncated_file_is_refused(cli: Any, tmp_path: Path) -> None:
    bad = _copy(tmp_path, "cut.db")
    blob = bad.read_bytes()
    bad.write_bytes(blob[: len(blob) // 2])
    _refused(cli, bad)
