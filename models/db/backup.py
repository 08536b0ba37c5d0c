"""Backups of the embedded SQLite database that are known to restore.

``backup`` copies a live database with SQLite's online backup API (other users may keep
working), into a temporary file that is fsynced, checked (``PRAGMA integrity_check`` and the
audit chain) and only then renamed into place. ``restore`` checks the file first and only then
replaces the live data (through the same API, so open connections see a consistent switch),
keeping the previous data as ``<database>.before-restore``, and appends a ``backup.restore``
audit event that records the replaced log's head.

A PostgreSQL server is backed up with ``pg_dump``/``pg_restore`` (see docs/deployment.md).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

import models.db.security_entities  # noqa: F401  (their tables are read by the check too)
from models.actor import Actor
from models.audit.chain import GENESIS, current_head, record
from models.audit.head import HeadFile
from models.audit.replay import check_data
from models.audit.seal import trusted_keys
from models.audit.verify import verify
from models.db.engine import RESET_HEAD, Database, default_head_path, file_uri, sqlite_file
from models.db.entities import Base
from models.db.migrate import init_database
from models.errors import DomainError
from models.people.access import deny

REQUIRED_TABLES = ("alembic_version", "applications", "audit_events", "registry_entries")


class BackupError(DomainError):
    """A backup could not be made or a file is not a sound Tizilim database; nothing changed."""


def server_backup_error() -> BackupError:
    return BackupError("backup.server_database")


@dataclass(frozen=True)
class FileCheck:
    ok: bool
    problem: str = ""
    events: int = 0
    head: str = GENESIS
    schema: str | None = None


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    events: int
    head: str


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # a folder cannot be opened to fsync there; NTFS journals the rename
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{file_uri(path)}?mode=ro", uri=True, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def check_file(path: str | Path, trusted: frozenset[str] | None = None,
               sealed: bool = False) -> FileCheck:
    """Is this a sound Tizilim database? Checked like a new database before anything trusts it:
    SQLite's integrity check, the expected tables, every row of every table readable and
    decodable, an intact audit chain, its signed checkpoints (``trusted``: the public keys
    that count; None skips them; ``sealed``: every event must be sealed), and the data as the
    audit log says it is (:func:`models.audit.replay.check_data`)."""
    path = Path(path)
    if not path.is_file():
        return FileCheck(False, f"{path}: no such file")
    try:
        with _readonly(path) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                return FileCheck(False, "integrity check failed: " + " ".join(
                    " ".join(str(r[0]).split()) for r in rows[:3]))
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                return FileCheck(False, "not a Tizilim database (no " + ", ".join(missing) + ")")
            schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return FileCheck(False, f"not a readable SQLite database ({' '.join(str(exc).split())})")
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
        f"{file_uri(path)}?mode=ro", uri=True, check_same_thread=False))
    try:
        with Session(engine) as s:
            problem = _unreadable_rows(s)
            if problem:
                return FileCheck(False, problem)
            res = verify(s, trusted=trusted)
            if res.ok and sealed and trusted is not None and res.unsealed:
                return FileCheck(False, f"{res.unsealed} audit events from event "
                                 f"#{res.first_unsealed_id} on are not sealed by a signed "
                                 "checkpoint", res.count, res.head)
            data = check_data(s) if res.ok else None
    finally:
        engine.dispose()
    if not res.ok:
        where = f"event #{res.first_bad_id}" if res.first_bad_id else "the end"
        return FileCheck(False, f"audit chain broken at {where}: {res.problem}", res.count,
                         res.head)
    if data is not None and not data.ok:
        return FileCheck(False, f"data changed outside the program ({data.count} rows): "
                         + "; ".join(data.problems[:3]), res.count, res.head)
    return FileCheck(True, "", res.count, res.head, schema[0] if schema else None)


def _unreadable_rows(s: Session) -> str:
    """Read every row of every known table through its column types; name the first that
    cannot be read or decoded ("" when all can)."""
    conn = s.connection()
    for table in Base.metadata.sorted_tables:
        present = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
        cols = [c for c in table.columns if c.name in present]
        if not cols:
            continue
        done = 0
        try:
            result = conn.execute(select(*cols).execution_options(yield_per=2000))
            for part in result.partitions():
                done += len(part)
        except Exception as exc:  # any failure to decode a stored value means unreadable
            return (f"table {table.name}: row {done + 1} cannot be read "
                    f"({exc.__class__.__name__})")
    return ""


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    src.backup(dst, pages=4096)


def backup(db: Database, out: str | Path) -> BackupReport:
    """Copy the live SQLite database into ``out`` and verify the copy."""
    live = sqlite_file(db.engine)
    if live is None:
        raise server_backup_error()
    out = Path(out).resolve()
    if out == live.resolve():
        raise BackupError("backup.onto_itself")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(live, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            _copy(src, dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
        finally:
            dst.close()
            src.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        check = check_file(tmp, _trusted(db))
        if not check.ok:
            raise BackupError("backup.check_failed", problem=check.problem)
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)
    HeadFile(out.with_name(out.name + ".audit-head")).write(check.head)
    return BackupReport(out, out.stat().st_size, check.events, check.head)


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would do: the checked backup and the live data it would replace."""

    check: FileCheck
    live_events: int
    live_head: str  # the newest hash of the live log (GENESIS if there is none)
    saved_head: str | None  # the head kept outside the database (the head file), if any
    backup_in_live_log: bool  # the backup's head is in the live log: an older copy of it

    @property
    def events_lost(self) -> int:
        """Audit events of the live log that the restored log will not have."""
        return max(self.live_events - self.check.events, 0) if self.backup_in_live_log else \
            self.live_events


def _trusted(db: Database) -> frozenset[str] | None:
    """The keys whose checkpoints count here; None (not checked) when this database is opened
    without any key (a tool or test that never signs)."""
    if db.audit_signer is None and not db.audit_trusted:
        return None
    return trusted_keys(db.audit_signer, db.audit_trusted)


def _head_file(db: Database) -> Path | None:
    return db.audit_head_path or default_head_path(db.engine)


def plan_restore(db: Database, source: str | Path) -> RestorePlan:
    """Check ``source`` (raises :class:`BackupError` if unsound) and describe the live data."""
    live = sqlite_file(db.engine)
    if live is None:
        raise server_backup_error()
    check = check_file(Path(source).resolve(), _trusted(db), sealed=True)
    if not check.ok:
        raise BackupError("backup.restore_check_failed", problem=check.problem)
    events, head, found = 0, GENESIS, check.head == GENESIS
    if live.exists():
        try:
            with _readonly(live) as conn:
                events = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
                row = conn.execute(
                    "SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
                head = row[0] if row else GENESIS
                found = found or conn.execute("SELECT 1 FROM audit_events WHERE hash = ?",
                                              (check.head,)).fetchone() is not None
        except sqlite3.DatabaseError:  # no schema yet, or not readable: nothing to lose
            pass
    hf = _head_file(db)
    return RestorePlan(check, int(events), str(head), HeadFile(hf).read() if hf else None,
                       found)


def restore(db: Database, source: str | Path, actor: Actor, *, confirmed: bool = False
            ) -> tuple[FileCheck, Path | None]:
    """Replace the live SQLite data with ``source`` after checking it (admin only).

    The operator must have seen :func:`plan_restore` and confirmed (``confirmed=True``). After
    the switch, a ``backup.restore`` event recording the replaced log's head (the live one and
    the one kept outside the database) is appended to the restored log; only that commit moves
    the head file on, to the restored head plus this event. Until then the head file still
    holds the old head, so an interrupted restore shows as removed events, never as a clean log.

    Returns the check of the restored file and where the previous data was kept
    (``<database>.before-restore``), or None if there was no previous database.
    """

    live = sqlite_file(db.engine)
    if live is None:
        raise server_backup_error()
    if not actor.is_admin:
        raise deny(db, actor, "backup.restore_admin_only", "database", live.name,
                   what="restore")
    source = Path(source).resolve()
    plan = plan_restore(db, source)
    if not confirmed:
        raise BackupError("backup.restore_unconfirmed")
    check = plan.check
    db.dispose()
    kept: Path | None = None
    if live.exists():
        kept = live.with_name(live.name + ".before-restore")
        tmp = kept.with_name(kept.name + ".tmp")
        tmp.unlink(missing_ok=True)
        src, dst = sqlite3.connect(live, timeout=30), sqlite3.connect(tmp)
        try:
            _copy(src, dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, kept)
    with _readonly(source) as src:
        dst = sqlite3.connect(live, timeout=30)
        try:
            _copy(src, dst)
        finally:
            dst.close()
    _fsync_dir(live.parent)
    init_database(db)  # an older backup gets the newer schema
    with db.write() as s:
        s.info[RESET_HEAD] = True  # the replaced log's head is recorded in the event itself
        record(s, actor, "backup.restore", "database", live.name,
                     before={"head": plan.live_head, "saved_head": plan.saved_head,
                             "events": plan.live_events},
                     after={"source": str(source), "head": check.head, "events": check.events,
                            "backup_in_previous_log": plan.backup_in_live_log,
                            "events_lost": plan.events_lost,
                            "kept": str(kept) if kept else None})
        new_head = current_head(s)
    if db.audit_head_path is None and (hf := _head_file(db)) is not None:
        HeadFile(hf).write(new_head)  # the Database writes it itself when it keeps one
    return check, kept
