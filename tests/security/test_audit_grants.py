"""The audit log is append-only: the application's role lacks the rights (it appends only
through ``audit_append()``), the trigger refuses even the owner (PostgreSQL); triggers refuse
on SQLite."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.actor import Actor
from models.services import Services
from tests.conftest import SqliteTemplate

APP_ROLE = "tizilim_app"


def _grant_app_role(s: Any) -> str:
    """The grants docs/deployment.md gives the application role, in this test's schema."""
    schema = s.execute(text("SELECT current_schema()")).scalar()
    s.execute(text(f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
            CREATE ROLE {APP_ROLE} NOLOGIN;
        END IF; END $$"""))
    s.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {APP_ROLE}'))
    s.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" '
                   f"TO {APP_ROLE}"))
    s.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {APP_ROLE}'))
    s.execute(text(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_events, audit_checkpoints "
                   f"FROM {APP_ROLE}"))
    s.execute(text(f"GRANT INSERT ON audit_checkpoints TO {APP_ROLE}"))
    return str(schema)


@pytest.mark.skipif(not os.environ.get("TIZILIM_TEST_PG_URL"),
                    reason="roles and grants exist only on PostgreSQL: set TIZILIM_TEST_PG_URL "
                           "(the SQLite triggers are tested in test_sqlite_triggers_refuse)")
def test_app_role_may_insert_and_select_but_never_change_audit_rows(
        db: Any, people: dict[str, Actor]) -> None:
    with db.write() as s:
        _grant_app_role(s)
        public = s.execute(text(
            "SELECT privilege_type FROM information_schema.role_table_grants "
            "WHERE table_name = 'audit_events' AND grantee = 'PUBLIC'")).scalars().all()
        assert not {"UPDATE", "DELETE", "TRUNCATE"} & set(public)  # migration 0002
    for stmt in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events",
                 "TRUNCATE audit_events"):
        with pytest.raises(DBAPIError) as err, db.write() as s:
            s.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
            s.execute(text(stmt))
        assert getattr(err.value.orig, "sqlstate", None) == "42501", stmt  # permission denied
    with db.write() as s:  # what the application needs still works under that role
        s.execute(text(f"SET LOCAL ROLE {APP_ROLE}"))
        n = s.execute(text("SELECT count(*) FROM audit_events")).scalar()
        from models.audit import chain as audit

        audit.record(s, people["admin"], "test.append", "test", "1")
    assert n and n > 0
    for stmt in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), db.write() as s:
            s.execute(text(stmt))  # the owner: the trigger refuses


def test_sqlite_triggers_refuse(tmp_path: Path, sqlite_template: SqliteTemplate) -> None:
    """The SQLite half, on an SQLite file of its own whichever database the suite runs on."""
    from models.actor import SYSTEM

    sqlite_template.copy_to(tmp_path / "audit.db")
    services = Services.open(f"sqlite:///{tmp_path / 'audit.db'}")
    db = services.db
    try:
        services.users.add(SYSTEM, "admin", "correct horse battery staple", "admin")
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM audit_events")).scalar()
        for stmt in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
            with pytest.raises(DBAPIError, match="append-only"), db.write() as s:
                s.execute(text(stmt))
    finally:
        services.close()
