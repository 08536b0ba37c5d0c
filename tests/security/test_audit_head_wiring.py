"""The desktop program keeps the audit head outside the database on every backend (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.config import audit_head_path, data_dir
from desktop.wiring import build_services
from models.actor import SYSTEM
from models.audit.head import HeadFile
from models.audit.verify import verify
from models.db.entities import AuditEvent
from models.db.migrate import init_database
from tests.security.conftest import PW


def _newest_hash(services: object) -> str:
    with services.db.read() as s:  # type: ignore[attr-defined]
        return str(s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)))


def test_desktop_services_write_the_audit_head_file(db_url: str) -> None:
    services = build_services(db_url)
    try:
        init_database(services.db)
        head = services.db.audit_head_path
        assert head is not None  # a PostgreSQL server as much as a SQLite file
        if services.db.dialect == "sqlite":
            assert head.name == "tizilim.db.audit-head"
        else:
            assert head == audit_head_path(services.db)
            assert head.parent == data_dir() and head.name.startswith("audit-head-")
        services.users.add(SYSTEM, "admin", PW, "admin")
        services.users.authenticate("admin", PW)
        assert HeadFile(head).read() == _newest_hash(services)
        # the audit view checks the chain against this very file
        with services.db.read() as s:
            assert verify(s, known_head=HeadFile(head).read()).ok
    finally:
        services.db.dispose()


def test_head_file_from_the_environment_wins_as_in_the_batch_command(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "heads" / "office.txt"
    monkeypatch.setenv("TIZILIM_AUDIT_HEAD", str(chosen))
    services = build_services(db_url)
    try:
        init_database(services.db)
        assert services.db.audit_head_path == chosen
        services.users.add(SYSTEM, "admin", PW, "admin")
        assert HeadFile(chosen).read() == _newest_hash(services)
    finally:
        services.db.dispose()
