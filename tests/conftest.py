"""Shared fixtures: a database per test, on SQLite or (with TIZILIM_TEST_PG_URL) PostgreSQL.

When ``TIZILIM_TEST_PG_URL`` is set, every test that uses ``db`` or ``db_url`` runs on
PostgreSQL instead of SQLite; the same suite therefore proves both backends. Set
``TIZILIM_TEST_PG_URL`` in CI (`.ci/run` does).

The schema is migrated once per test session into a template; each test that uses ``db`` gets
a copy of it (a copied file on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Connection, make_url, text
from sqlalchemy.pool import NullPool

from models.db.engine import Database, make_engine
from models.db.migrate import current_revision, init_database
from models.services import Services

PG_URL = os.environ.get("TIZILIM_TEST_PG_URL")
PREFIX = "tzt_"  # every database this suite creates on the server: tzt_<run>_<name>


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own config/data/log folders and no inherited DB URL or password."""
    monkeypatch.setenv("TIZILIM_HOME", str(tmp_path / "home"))
    for var in ("TIZILIM_DB_URL", "TIZILIM_PASSWORD", "TIZILIM_USER"):
        monkeypatch.delenv(var, raising=False)


class SqliteTemplate:
    """A migrated SQLite file (with its audit head) that each test copies."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "tizilim.db"
        d = Database.from_url(f"sqlite:///{self.file}")
        try:
            init_database(d)
        finally:
            d.dispose()
        with closing(sqlite3.connect(self.file)) as c:  # the WAL's pages into the file itself
            busy, _, _ = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        wal = self.file.with_name(self.file.name + "-wal")
        assert busy == 0 and (not wal.exists() or wal.stat().st_size == 0), "template not settled"
        self.head = self.file.with_name(self.file.name + ".audit-head")

    def copy_to(self, file: Path) -> None:
        shutil.copyfile(self.file, file)
        if self.head.exists():
            shutil.copyfile(self.head, file.with_name(file.name + ".audit-head"))


class PgDatabases:
    """This run's databases on the server: two templates and one database per test.

    ``tzt_<run>_empty`` holds only the pg_trgm extension; ``tzt_<run>_migrated`` is made from
    it and migrated, with the catalogs loaded. Each test's copy is made when the test starts and
    dropped right after it: every DROP DATABASE forces a checkpoint, which then has little else
    to write (a copy made in advance, while a test runs, would have to be written out by it).

    The run holds an advisory lock keyed by ``<run>`` (on the database of ``TIZILIM_TEST_PG_URL``)
    while it lives, so a later run drops the databases of runs that are gone (killed, crashed)
    and never those of a run in progress.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.run = secrets.token_hex(6)
        self._engine = make_engine(url, isolation_level="AUTOCOMMIT")
        self._admin: Connection = self._engine.connect()  # holds the lock
        self._admin.execute(text("SELECT pg_advisory_lock(:k)"), {"k": int(self.run, 16)})
        self._drop_leftovers()
        self._count = 0
        self.empty = self._create("empty")
        bare = make_engine(self.url_of(self.empty), isolation_level="AUTOCOMMIT",
                           poolclass=NullPool)
        with bare.connect() as c:
            c.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        bare.dispose()
        self.migrated = self._create("migrated", self.empty)
        d = Database.from_url(self.url_of(self.migrated))
        try:
            init_database(d)
        finally:
            d.dispose()
        for name in (self.empty, self.migrated):  # a copy needs its template unconnected
            self._admin.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))

    def url_of(self, name: str) -> str:
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def _create(self, name: str, template: str | None = None) -> str:
        full = f"{PREFIX}{self.run}_{name}"
        source = f' TEMPLATE "{template}"' if template else ""
        self._admin.execute(text(f'CREATE DATABASE "{full}"{source}'))
        return full

    def new(self, migrated: bool) -> str:
        """A new database for one test: a copy of the migrated template, or an empty one."""
        self._count += 1
        return self._create(str(self._count), self.migrated if migrated else self.empty)

    def drop(self, name: str) -> None:
        """Drop a database, cutting the connections a test left open."""
        self._admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _drop_leftovers(self) -> None:
        names = self._admin.execute(text(
            "SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{PREFIX}%"}
        ).scalars().all()
        runs = {m[1] for n in names if (m := re.fullmatch(rf"{PREFIX}([0-9a-f]{{12}})_\w+", n))}
        for run in sorted(runs - {self.run}):
            key = {"k": int(run, 16)}
            if self._admin.execute(text("SELECT pg_try_advisory_lock(:k)"), key).scalar():
                for n in names:  # that run is gone: nobody holds its lock
                    if n.startswith(f"{PREFIX}{run}_"):
                        self.drop(n)
                self._admin.execute(text("SELECT pg_advisory_unlock(:k)"), key)

    def close(self) -> None:
        try:
            for name in (self.migrated, self.empty):
                self.drop(name)
        finally:
            self._admin.close()  # releases the run's lock
            self._engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    return SqliteTemplate(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def _pg_databases() -> Iterator[PgDatabases]:
    assert PG_URL
    pg = PgDatabases(PG_URL)
    yield pg
    pg.close()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of this test's database: empty (no schema yet) unless the test also uses ``db``.

    A test that uses both gets one database: migrated, the one ``db`` opens.
    """
    migrated = "db" in request.fixturenames
    if PG_URL:
        pg: PgDatabases = request.getfixturevalue("_pg_databases")
        name = pg.new(migrated)
        try:
            yield pg.url_of(name)
        finally:
            pg.drop(name)
    else:
        file = tmp_path / "tizilim.db"
        if migrated:
            template: SqliteTemplate = request.getfixturevalue("sqlite_template")
            template.copy_to(file)
        yield f"sqlite:///{file}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A migrated database with catalogs loaded (a copy of the session's template)."""
    d = Database.from_url(db_url)
    if current_revision(d.engine) is None:  # ``db`` asked for at run time: db_url is empty
        init_database(d)
    yield d
    d.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    """Every service on the test's database, built by the composition root."""
    return Services.on(db)


@pytest.fixture(scope="session")
def admin_password() -> str:
    return "correct horse battery staple"
