"""Which schema a database is at, compared with this program's, and upgrading it safely.

- :func:`schema_status` reads the revision (a SQLite file read-only, without creating or
  converting anything) and compares it with the newest migration this program ships.
- A database *newer* than the program is never touched: :class:`SchemaTooNew` says which
  revision it is at and which this program knows.
- On SQLite :func:`upgrade_sqlite` first makes a consistent, checked copy beside the file
  (SQLite's online backup API, ``PRAGMA integrity_check``, fsync), then runs the migrations
  one by one, reporting progress. On a server only the schema owner upgrades
  (``tizilim-cli db upgrade``); a client meeting an older schema raises
  :class:`SchemaTooOld` naming the revision it needs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from models.db.engine import Database, file_uri, on_read_only_media, sqlite_file
from models.db.migrate import MIGRATIONS_DIR, alembic_config, current_revision, init_database
from models.errors import DomainError

State = Literal["empty", "current", "older", "newer"]
#: ``progress(step, steps, revision)`` while migrating
UpgradeProgress = Callable[[int, int, str], None]


class SchemaError(DomainError):
    """A schema this program may not use, or could not upgrade; nothing was changed.

    Each subclass has its message in the catalogue; it is raised with the facts (the
    database's revision, the program's, what went wrong)."""

    def __init__(self, key: str, /, current: str | None, head: str, problem: str = "") -> None:
        super().__init__(key, current=current, head=head, problem=problem)
        self.current, self.head, self.problem = current, head, problem


class SchemaTooNew(SchemaError):
    """The database was upgraded by a newer program; this one must not touch it."""

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__("schema.too_new", current, head)


class SchemaTooOld(SchemaError):
    """The database needs an upgrade this client may not run (a shared server)."""

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__("schema.too_old", current, head)


class UpgradeFailed(SchemaError):
    """The copy before an upgrade could not be made or checked; nothing was changed."""

    def __init__(self, problem: str) -> None:
        super().__init__("schema.upgrade_failed", None, "", problem)


@cache
def revisions() -> tuple[str, ...]:
    """This program's migrations, oldest first (the last is its schema)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    return tuple(reversed([r.revision for r in script.walk_revisions()]))


def head_revision() -> str:
    """The schema revision this program works with."""
    return revisions()[-1]


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: no schema yet
    head: str  # this program's
    state: State

    @property
    def pending(self) -> tuple[str, ...]:
        """The migrations an upgrade would run, in order."""
        if self.state != "older":
            return ()
        known = revisions()
        return known[known.index(self.current) + 1:] if self.current in known else known


def classify(current: str | None) -> SchemaStatus:
    """Compare a database's revision with this program's."""
    head = head_revision()
    if current is None:
        return SchemaStatus(None, head, "empty")
    if current == head:
        return SchemaStatus(current, head, "current")
    if current in revisions():
        return SchemaStatus(current, head, "older")
    return SchemaStatus(current, head, "newer")  # a revision only a newer program has


def probe_sqlite(path: Path) -> str | None:
    """The revision of a SQLite file, read-only (None: no file, no schema)."""
    if not path.is_file():
        return None
    immutable = "&immutable=1" if on_read_only_media(path) else ""
    conn = sqlite3.connect(f"{file_uri(path)}?mode=ro{immutable}", uri=True, timeout=30)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                        "name='alembic_version'").fetchone() is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


def schema_status(engine: Engine) -> SchemaStatus:
    """The schema of the database behind ``engine`` (a SQLite file is only read)."""
    path = sqlite_file(engine)
    return classify(probe_sqlite(path) if path is not None else current_revision(engine))


def too_new(status: SchemaStatus) -> SchemaTooNew:
    return SchemaTooNew(status.current, status.head)


def too_old(status: SchemaStatus) -> SchemaTooOld:
    return SchemaTooOld(status.current, status.head)


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str
    backup: Path | None  # the copy made first (SQLite)


def upgrade_in_steps(db: Database, status: SchemaStatus,
                     progress: UpgradeProgress | None = None) -> str:
    """Run the pending migrations one by one (each in its own transaction), then load the
    catalogs; returns the new revision."""
    from alembic import command

    steps = status.pending
    for i, rev in enumerate(steps, 1):
        if progress is not None:
            progress(i - 1, len(steps), rev)
        cfg = alembic_config(db.engine)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)
    if progress is not None:
        progress(len(steps), len(steps), status.head)
    init_database(db)  # catalogs and counters of the new schema (no migration left to run)
    return status.head


def backup_path(live: Path, revision: str | None, now: dt.datetime | None = None) -> Path:
    """``tizilim.db`` → ``tizilim.before-upgrade-from-0001-20261207T101500.db``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    return live.with_name(f"{live.stem}.before-upgrade-from-{revision}-{stamp}{live.suffix}")


def consistent_copy(live: Path, out: Path) -> None:
    """Copy a live SQLite database with the online backup API (other connections may keep
    reading), check the copy and make it durable; raises :class:`UpgradeFailed`."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        src, dst = sqlite3.connect(live, timeout=30), sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=4096)
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        finally:
            dst.close()
            src.close()
        if not ok:
            raise UpgradeFailed("integrity check of the copy failed")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        raise UpgradeFailed(str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def upgrade_sqlite(db: Database, progress: UpgradeProgress | None = None,
                   now: dt.datetime | None = None) -> UpgradeReport:
    """Bring a SQLite database to this program's schema: refuse a newer one (untouched),
    copy an older one beside itself first, then migrate step by step."""
    live = sqlite_file(db.engine)
    if live is None:
        raise ValueError("upgrade_sqlite: not a SQLite file")
    status = schema_status(db.engine)
    if status.state == "newer":
        raise too_new(status)
    if status.state == "current":
        return UpgradeReport(status.current, status.head, None)
    copy = None
    if status.state == "older":
        copy = backup_path(live, status.current, now)
        consistent_copy(live, copy)
    after = upgrade_in_steps(db, status, progress)
    return UpgradeReport(status.current, after, copy)


@dataclass(frozen=True)
class DatabaseInfo:
    """What Help → About shows of the database in use."""

    kind: str  # "SQLite" or "PostgreSQL"
    location: str  # the file, or the server URL without its password
    revision: str | None
    head: str
    state: State


def describe(db: Database) -> DatabaseInfo:
    """The kind of ``db``, where it is (no password) and its schema."""
    path = sqlite_file(db.engine)
    status = schema_status(db.engine)
    where = str(path) if path is not None else db.engine.url.render_as_string(hide_password=True)
    return DatabaseInfo("SQLite" if db.dialect == "sqlite" else "PostgreSQL", where,
                        status.current, status.head, status.state)
