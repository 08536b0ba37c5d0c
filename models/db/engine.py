"""The database: an engine with SQLite/PostgreSQL settings and read/write sessions."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from models.audit.chain import appended_base, appended_head, forget_head, in_chain
from models.audit.head import HeadFile
from models.audit.seal import Signer, seal_pending

log = logging.getLogger(__name__)


#: How long a write waits for another's lock (ms); a write that may be skipped (the record of
#: a sign-in for a read) waits :data:`BRIEF_WAIT_MS`
WAIT_MS = 30000
BRIEF_WAIT_MS = 2000


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, a busy timeout and explicit BEGINs.

    Parameters are left out of database error messages (``hide_parameters``), so a crash
    report never carries the personal data a statement was writing.

    Write transactions on SQLite start with ``BEGIN IMMEDIATE`` (see :class:`Database`),
    so two writers never deadlock on a read-to-write lock upgrade.
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    # statement parameters (IINs, birth dates, names) never appear in error text or logs
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {}).update({"timeout": 30, "check_same_thread": False})
        file = _url_file(url)
        if file is not None and on_read_only_media(file):
            log.info("the database and its folder cannot be written: read as it stands")
            url = f"sqlite:///{file_uri(file)}?mode=ro&immutable=1&uri=true"
        engine = create_engine(url, **kwargs)
        _install_sqlite_hooks(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _install_sqlite_hooks(engine: Engine) -> None:
    memory = engine.url.database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        if not memory:
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:  # a read-only file keeps its journal mode
                log.info("journal mode left as it is: the database is read-only")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={WAIT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        opts = conn.get_execution_options()
        write = bool(opts.get("write"))
        # how long to queue for another's lock: a brief write's wait is for it alone
        wait = int(opts.get("wait_ms", WAIT_MS)) if write else WAIT_MS
        if conn.info.get("busy_ms", WAIT_MS) != wait:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
            conn.info["busy_ms"] = wait
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def file_uri(path: Path) -> str:
    """``file:`` URI of a path (``#``, ``%``, ``?`` and spaces escaped)."""
    return "file:" + quote(str(path))


def on_read_only_media(path: Path) -> bool:
    """Can this SQLite file only be read as it stands (a read-only share, a CD)? Neither the
    file nor its folder can be written here, no journal lies beside it, and a plain read-only
    open fails (SQLite cannot make the ``-shm`` file a WAL database needs): then it is opened
    ``immutable``, a snapshot as the file stands."""
    if not path.is_file() or os.access(path, os.W_OK) or os.access(path.parent, os.W_OK):
        return False
    if any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm", "-journal")):
        return False
    try:
        probe = sqlite3.connect(f"{file_uri(path)}?mode=ro", uri=True, timeout=1)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.Error:
        return True
    return False


def _url_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL (None in memory); a URI database
    (``sqlite:///file:/path/x.db?mode=ro&uri=true``) gives its path."""
    u = make_url(url)
    name = u.database
    if not name or name == ":memory:":
        return None
    if u.query.get("uri") == "true" and name.startswith("file:"):
        name = unquote(name.removeprefix("file:"))
    return Path(name)


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite database (None for PostgreSQL or an in-memory database)."""
    return _url_file(engine.url) if is_sqlite(engine) else None


#: SQLite's words, and PostgreSQL's SQLSTATEs, for "this database cannot be written now"
_UNWRITABLE_SQLITE = ("readonly database", "disk is full", "database is locked",
                      "unable to open database file", "disk i/o error")
_UNWRITABLE_PG = {"25006", "53100", "53200", "55P03", "57P03"}


def cannot_write(exc: BaseException) -> bool:
    """Is this database error "cannot write now" (read-only, full disk, locked for long)?"""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.OperationalError):
        text = str(orig).lower()
        return any(w in text for w in _UNWRITABLE_SQLITE)
    return getattr(orig, "sqlstate", None) in _UNWRITABLE_PG


def default_head_path(engine: Engine) -> Path | None:
    """Where the audit head is kept by default: next to a SQLite file (``<file>.audit-head``)."""
    f = sqlite_file(engine)
    return f.with_name(f.name + ".audit-head") if f else None


_FILE_LOCKS: dict[str, threading.RLock] = {}

#: ``session.info`` key: this commit may move the head file onto a log that does not hold the
#: saved head (a restore replaces the log on purpose)
RESET_HEAD = "audit_head_reset"
_KEEP_HEAD = "audit_head_keep"


_FILE_LOCKS_GUARD = threading.Lock()


def _file_lock(path: Path | None) -> threading.RLock:
    """One lock per SQLite file in this process, shared by every Database opened on it."""
    key = str(path.resolve()) if path else f"memory:{id(path)}"
    with _FILE_LOCKS_GUARD:
        return _FILE_LOCKS.setdefault(key, threading.RLock())


class Database:
    """One database: an engine plus read and write session factories.

    ``audit_head``: a file that receives the audit log's newest hash after every commit that
    appended events (see :class:`models.audit.HeadFile`). ``"auto"`` (the default) keeps it
    next to a SQLite file and nowhere for a server; ``None`` turns it off. What the file held
    when it was set (before this process wrote anything) is kept as :attr:`audit_head_at_open`.

    With a signing key (:meth:`set_audit_signer`) every transaction that appended audit events
    seals them with a signed checkpoint before it commits (:mod:`models.audit.seal`).
    """

    def __init__(self, engine: Engine, audit_head: str | Path | None = "auto") -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)
        self._write_brief = sessionmaker(engine.execution_options(write=True,
                                                                  wait_ms=BRIEF_WAIT_MS),
                                         expire_on_commit=False)
        self._writer_lock: contextlib.AbstractContextManager[object] = (
            _file_lock(sqlite_file(engine)) if is_sqlite(engine) else contextlib.nullcontext())
        self.audit_head_path: Path | None = None
        self.audit_head_at_open: str | None = None
        self.audit_signer: Signer | None = None
        self.audit_trusted: frozenset[str] = frozenset()  # public keys besides the signer's
        self.set_audit_head(default_head_path(engine) if audit_head == "auto" else audit_head)
        for factory in (self._read, self._write, self._write_brief):
            event.listen(factory, "before_commit", self._before_commit)
            event.listen(factory, "after_commit", self._after_commit)
            event.listen(factory, "after_soft_rollback", self._after_rollback)

    def set_audit_head(self, path: str | Path | None) -> None:
        """Keep the audit head in this file from now on (None: nowhere); remembers what the
        file holds now, before this process appends anything."""
        self.audit_head_path = Path(path) if path else None
        self.audit_head_at_open = HeadFile(self.audit_head_path).read() \
            if self.audit_head_path else None

    def set_audit_signer(self, signer: Signer | None,
                         trusted: frozenset[str] = frozenset()) -> None:
        """Seal every commit with ``signer``; ``trusted``: other workstations' public keys."""
        self.audit_signer = signer
        self.audit_trusted = trusted

    def _before_commit(self, session: Session) -> None:
        if appended_base(session) is None:
            return
        if self.audit_signer is not None:
            seal_pending(session, self.audit_signer)
        if self.audit_head_path is not None and not session.info.get(RESET_HEAD):
            known = HeadFile(self.audit_head_path).read()
            if known is not None and not in_chain(session, known):
                # the log lost the head this workstation saw last (truncated, or replaced):
                # the file keeps it, so every later check still reports it
                session.info[_KEEP_HEAD] = True
                log.warning("the saved audit head is not in the log; the head file is kept")

    def _after_commit(self, session: Session) -> None:
        head = appended_head(session)
        forget_head(session)
        keep = session.info.pop(_KEEP_HEAD, False)
        session.info.pop(RESET_HEAD, None)
        if head and self.audit_head_path is not None and not keep:
            try:
                HeadFile(self.audit_head_path).write(head)
            except OSError:
                log.warning("could not save the audit head to %s", self.audit_head_path)

    def _after_rollback(self, session: Session, _previous: SessionTransaction) -> None:
        forget_head(session)
        session.info.pop(_KEEP_HEAD, None)
        session.info.pop(RESET_HEAD, None)

    @classmethod
    def from_url(cls, url: str, audit_head: str | Path | None = "auto",
                 **kwargs: Any) -> Database:
        return cls(make_engine(url, **kwargs), audit_head)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._read() as s:
            try:
                yield s
            finally:
                s.rollback()

    @contextlib.contextmanager
    def write(self, brief: bool = False) -> Iterator[Session]:
        """One user action: commits on success, rolls back everything on any error.

        On SQLite, threads of this process queue for the file's write lock in order instead
        of polling it through the busy handler (which sleeps up to 100 ms a try).
        ``brief``: wait :data:`BRIEF_WAIT_MS` for another process's lock, not
        :data:`WAIT_MS` (for a write that may be skipped when the database is busy).
        """
        with self._writer_lock, (self._write_brief if brief else self._write).begin() as s:
            if brief and not is_sqlite(self.engine):
                s.execute(text(f"SET LOCAL lock_timeout = {BRIEF_WAIT_MS}"))
            yield s

    def dispose(self) -> None:
        self.engine.dispose()
