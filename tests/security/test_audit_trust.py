"""Nothing lost, nothing forged (issue 13): the audit log against an attacker who can write the
database — tail deletion, a forged append with a correct hash, a rewritten chain, a forged
checkpoint, rows changed without an event — on SQLite and (with TIZILIM_TEST_PG_URL)
PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.cli.main import main
from models.actor import Actor
from models.audit.chain import event_hash, make_row
from models.audit.seal import Signer, payload
from models.db.engine import Database
from models.db.entities import AuditEvent, Role
from models.services import Services
from tests.factories import many, write_json
from tests.security.conftest import PW


@pytest.fixture
def cli(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_AUDIT_HEAD", str(tmp_path / "audit-head.txt"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin",
               "--name", "Әкімші Тест", "--position", "бас маман")[0] == 0
    assert run("user", "add", "clerk", "--role", "mio", "--region", "100000000",
               "--as", "admin")[0] == 0
    assert run("import", str(write_json(tmp_path / "a.json", many(3))), "--as", "admin")[0] == 0
    assert run("decide", "P-2026-000001", "--register", "--as", "admin")[0] == 0
    assert run("decide", "P-2026-000002", "--return", "RET-DOCUMENTS", "--as", "admin")[0] == 0
    return run


@pytest.fixture
def raw(db_url: str) -> Any:
    """The attacker's own connection (no head file, no key)."""
    db = Database.from_url(db_url, audit_head=None)
    yield db
    db.dispose()


def _unguard(db: Database) -> None:
    with db.write() as s:
        if db.dialect == "sqlite":
            for t in ("audit_events_no_update", "audit_events_no_delete",
                      "audit_checkpoints_no_update", "audit_checkpoints_no_delete"):
                s.execute(text(f"DROP TRIGGER {t}"))
        else:
            s.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
            s.execute(text("DROP TRIGGER audit_checkpoints_append_only ON audit_checkpoints"))


def _forge_append(db: Database, action: str = "application.register") -> int:
    """Insert an event at the tail with a correct prev_hash and hash; returns its id."""
    with db.write() as s:
        newest = s.execute(select(AuditEvent.id, AuditEvent.hash)
                           .order_by(AuditEvent.id.desc()).limit(1)).one()
        row = make_row(Actor("mallory", Role.ADMIN), action, "application", "P-2026-000003")
        row.update(id=newest[0] + 1, prev_hash=newest[1])
        row["hash"] = event_hash(newest[1], row)
        s.execute(AuditEvent.__table__.insert(), [row])
        if db.dialect == "postgresql":
            s.execute(text("SELECT setval(pg_get_serial_sequence('audit_events', 'id'), "
                           "(SELECT max(id) FROM audit_events))"))
    return int(newest[0]) + 1


def test_intact_log_verifies_sealed(cli: Any) -> None:
    code, out, err = cli("audit", "verify", "--data", "--as", "admin")
    assert code == 0, err
    assert "audit chain intact" in out and "signed checkpoints checked" in out
    assert "data matches the audit log: 3 applications, 2 decisions, 1 registry entries" in out


def test_deleting_the_newest_events_and_their_checkpoints_is_caught_by_the_saved_head(
        cli: Any, raw: Database) -> None:
    """The head kept outside the database is read before the run's own sign-in rewrites it."""
    _unguard(raw)
    with raw.write() as s:
        top = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        s.execute(text("DELETE FROM audit_events WHERE id >= :t"), {"t": top - 1})
        s.execute(text("DELETE FROM audit_checkpoints WHERE last_event_id >= :t"),
                  {"t": top - 1})
    code, out, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and out == "", out
    assert "newest events were removed" in err and "Traceback" not in err
    assert cli("audit", "verify", "--as", "admin")[0] == 1  # and stays caught on later runs


def test_deleting_the_newest_events_is_caught_by_the_checkpoints(cli: Any, raw: Database,
                                                                 tmp_path: Path) -> None:
    _unguard(raw)
    with raw.write() as s:
        top = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        s.execute(text("DELETE FROM audit_events WHERE id = :t"), {"t": top})
    (tmp_path / "audit-head.txt").unlink()  # even without the head file
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and "BROKEN" in err and "checkpoint #" in err, err


def test_a_forged_event_with_a_correct_hash_is_not_sealed(cli: Any, raw: Database) -> None:
    forged = _forge_append(raw)
    code, out, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and "audit chain intact" in out  # the unkeyed chain links…
    assert f"NOT SEALED: 1 events from event #{forged} on" in err  # …but nobody signed it
    # later commits by the program seal only their own events: the forgery stays visible
    assert cli("decide", "P-2026-000003", "--refuse", "REF-EMIGRATION", "--as", "admin")[0] == 0
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and f"event #{forged}" in err


def test_a_rewritten_chain_with_recomputed_hashes_breaks_the_checkpoints(
        cli: Any, raw: Database) -> None:
    _unguard(raw)
    with raw.write() as s:
        rows = [dict(r._mapping) for r in s.execute(
            select(AuditEvent.id, AuditEvent.prev_hash).order_by(AuditEvent.id))]
    with raw.write() as s:
        prev = rows[0]["prev_hash"]
        for i, r in enumerate(rows):
            ev = s.get(AuditEvent, r["id"])
            assert ev is not None
            if i == 3:
                ev.user_login = "mallory"
            ev.prev_hash = prev
            ev.hash = prev = event_hash(prev, {c: getattr(ev, c) for c in (
                "at", "user_login", "role", "workstation", "action", "entity", "entity_id",
                "region_code", "before", "after")})
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and "BROKEN" in err and "checkpoint" in err, err


def test_a_checkpoint_signed_with_a_foreign_key_is_refused(cli: Any, raw: Database) -> None:
    import datetime as dt

    forged = _forge_append(raw)
    mallory = Signer.generate()
    with raw.write() as s:
        head = s.scalar(select(AuditEvent.hash).where(AuditEvent.id == forged))
        count = s.scalar(text("SELECT count(*) FROM audit_events"))
        at = dt.datetime(2026, 12, 7, 10, 0)
        s.execute(text(
            "INSERT INTO audit_checkpoints (sealed, last_event_id, event_count, head, at, "
            "workstation, key_id, public_key, signature) VALUES (1, :last, :n, :h, :at, 'x', "
            ":kid, :pub, :sig)"),
            {"last": forged, "n": count, "h": head, "at": at, "kid": mallory.key_id,
             "pub": mallory.public_b64, "sig": mallory.sign(payload(count, 1, head, at))})
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and f"signed by key {mallory.key_id}" in err and "not trust" in err


def test_an_altered_checkpoint_fails_its_signature(cli: Any, raw: Database) -> None:
    _unguard(raw)
    with raw.write() as s:
        s.execute(text("UPDATE audit_checkpoints SET event_count = event_count + 1 "
                       "WHERE id = (SELECT max(id) FROM audit_checkpoints)"))
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and "wrong signature" in err


def test_a_second_workstation_verifies_with_the_first_ones_public_key(
        cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("audit", "key")
    first_key = out.split()[0]
    monkeypatch.setenv("TIZILIM_HOME", str(tmp_path / "second"))  # another workstation
    monkeypatch.setenv("TIZILIM_AUDIT_HEAD", str(tmp_path / "second-head.txt"))
    code, _, err = cli("audit", "verify", "--as", "admin")
    assert code == 1 and "does not trust" in err
    code, out, err = cli("audit", "trust-key", first_key, "--name", "reception")
    assert code == 0 and "reception" in out, err
    code, out, err = cli("audit", "verify", "--as", "admin")
    assert code == 0 and "intact" in out, err
    assert cli("audit", "trust-key", "not a key")[0] == 1


def test_a_log_without_checkpoints_is_sealed_once_by_an_admin(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any,
        services: Services) -> None:
    """Events written without a key (an older version, a keyless tool) are reported until an
    admin verifies and seals them."""
    from models.actor import SYSTEM
    from models.db.migrate import init_database
    from models.services import Services
    from tests.security.conftest import receive

    db = Database.from_url(db_url, audit_head=None)
    init_database(db)
    Services.on(db).users.add(SYSTEM, "admin", PW, "admin")
    receive(services, SYSTEM, many(2))
    db.dispose()
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("audit", "verify", "--as", "admin")
    assert code == 1 and "NOT SEALED: 3 events from event #1 on" in err, err
    code, out, err = run("audit", "seal", "--as", "clerk")
    assert code == 1
    code, out, err = run("audit", "seal", "--as", "admin")
    assert code == 0 and "events sealed" in out, err
    code, out, err = run("audit", "verify", "--as", "admin")
    assert code == 0, err


@pytest.mark.parametrize("change", [
    ("UPDATE applications SET status = 'registered' WHERE portal_id = 'P-2026-000003'",
     "application P-2026-000003: status registered"),
    ("UPDATE applications SET revision = 2 WHERE portal_id = 'P-2026-000002'",
     "application P-2026-000002: status returned revision 2"),
    ("UPDATE decisions SET kind = 'refuse' WHERE application_id = "
     "(SELECT id FROM applications WHERE portal_id = 'P-2026-000001')",
     "decision 1 on application P-2026-000001: refuse"),
    ("UPDATE registry_entries SET excluded_on = '2026-12-01', exclusion_reason = 'x'",
     "registry entry 1: its exclusion differs"),
    ("DELETE FROM registry_entries", "registry entry 1: in the audit log but not in the data"),
])
def test_data_changed_outside_the_program_is_named(cli: Any, raw: Database,
                                                   change: tuple[str, str]) -> None:
    sql, named = change
    with raw.write() as s:
        s.execute(text(sql))
    code, out, err = cli("audit", "verify", "--data", "--as", "admin")
    assert code == 1 and "audit chain intact" in out
    assert "data CHANGED outside the program" in err and named in err, err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [("calendar", "day-off", "2026-11-04"),
                                  ("calendar", "working-day", "2026-11-07"),
                                  ("demo", "--count", "1")])
def test_calendar_and_demo_refusals_are_audited(cli: Any, raw: Database,
                                                args: tuple[str, ...]) -> None:
    code, _, err = cli(*args, "--as", "clerk")
    assert code == 1 and "администратор" in err
    with raw.read() as s:
        last = s.execute(select(AuditEvent.action, AuditEvent.user_login)
                         .order_by(AuditEvent.id.desc()).limit(1)).one()
    assert tuple(last) == ("access.denied", "clerk")


@pytest.mark.skipif(not os.environ.get("TIZILIM_TEST_PG_URL"),
                    reason="roles and functions: PostgreSQL only")
def test_pg_app_role_appends_only_through_the_program_path(db: Any, cli: Any) -> None:
    """The application's role (set up as docs/deployment.md says) cannot insert audit rows;
    audit_append() checks the link and the hash of what the program appends."""
    from sqlalchemy.exc import DBAPIError

    from models.audit import chain as audit
    from tests.security.test_audit_grants import APP_ROLE, _grant_app_role

    with db.write() as s:
        _grant_app_role(s)
    with pytest.raises(DBAPIError) as err, db.write() as s:
        s.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
        s.execute(text("INSERT INTO audit_events (at, user_login, role, workstation, action, "
                       "entity, entity_id, prev_hash, hash) VALUES (now(), 'm', 'admin', '', "
                       "'x', 'x', '', 'a', 'b')"))
    assert getattr(err.value.orig, "sqlstate", None) == "42501"
    for bad in ("prev", "hash"):
        with pytest.raises(DBAPIError, match="audit_append"), db.write() as s:
            s.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
            head = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
            row = make_row(Actor("m", Role.ADMIN), "x", "x", "")
            prev = "0" * 64 if bad == "prev" else head
            h = event_hash(prev, row) if bad == "prev" else "f" * 64
            s.execute(text("SELECT audit_append(:p, :at, :u, :r, :w, :a, :e, :i, :g, :b, "
                           ":f, :h)"),
                      {"p": prev, "at": row["at"], "u": "m", "r": "admin", "w": "", "a": "x",
                       "e": "x", "i": "", "g": None, "b": None, "f": None, "h": h})
    with db.write() as s:  # the program's own path works under that role
        s.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
        audit.record(s, Actor("admin", Role.ADMIN), "test.append", "test", "1",
                     after={"text": 'кавычки " и \\ и \n'})
