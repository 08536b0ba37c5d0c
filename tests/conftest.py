"""Shared fixtures: a fresh database per test, on SQLite or (with TIZILIM_TEST_PG_URL) PostgreSQL.

When ``TIZILIM_TEST_PG_URL`` is set, every test that uses ``db`` runs on PostgreSQL instead of
SQLite; the same suite therefore proves both backends. Set ``TIZILIM_TEST_PG_URL`` in CI
(`.ci/run` does).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("TIZILIM_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own config/data/log folders and no inherited DB URL or password."""
    monkeypatch.setenv("TIZILIM_HOME", str(tmp_path / "home"))
    for var in ("TIZILIM_DB_URL", "TIZILIM_PASSWORD", "TIZILIM_USER"):
        monkeypatch.delenv(var, raising=False)


def _pg_fresh_schema_url() -> Iterator[str]:
    from sqlalchemy import create_engine, text

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
                          if PG_URL and PG_URL.startswith("postgresql://") else PG_URL)
    with admin.begin() as c:
        c.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"  # type: ignore[operator]
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema},public"
    try:
        yield url
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no schema yet)."""
    if PG_URL:
        yield from _pg_fresh_schema_url()
    else:
        yield f"sqlite:///{tmp_path / 'tizilim.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    """A migrated database with catalogs loaded."""
    from models.db.engine import Database
    from models.db.migrate import init_database

    d = Database.from_url(db_url)
    init_database(d)
    yield d
    d.dispose()


@pytest.fixture(scope="session")
def admin_password() -> str:
    return "correct horse battery staple"
