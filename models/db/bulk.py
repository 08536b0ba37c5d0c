"""Bulk inserts with explicit ids through one driver-level executemany."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from models.db.entities import Base


def table_of(entity: type[Base]) -> Table:
    """The table an entity is mapped to (SQLAlchemy types ``__table__`` as any FROM clause)."""
    table = entity.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{entity.__name__} is not mapped to one table")
    return table


def reserve_ids(session: Session, entity: type[Base], n: int) -> list[int]:
    """``n`` new primary keys for ``entity``, ascending, for rows inserted with explicit ids.

    PostgreSQL draws them from the table's sequence (safe with concurrent writers); SQLite
    continues after the largest id, which is safe because a write transaction holds the
    database's write lock (``BEGIN IMMEDIATE``).
    """
    if n <= 0:
        return []
    table = table_of(entity)
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        seq = conn.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table.name}', 'id')").scalar_one()
        return sorted(v for (v,) in conn.exec_driver_sql(
            f"SELECT nextval('{seq}') FROM generate_series(1, {int(n)})"))
    top = conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table.name}").scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + n))


def bulk_insert(session: Session, entity: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) with one driver-level executemany.

    Values go through the columns' own bind processors (dates, JSON, enums), so what is
    stored is exactly what an ORM or Core insert would store, without SQLAlchemy's per-row
    parameter compilation. Column defaults are not applied: give every NOT NULL column.
    """
    if not rows:
        return
    table = table_of(entity)
    conn = session.connection()
    dialect = conn.dialect
    cols = list(rows[0])
    q = dialect.identifier_preparer
    ph = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
    sql = (f"INSERT INTO {q.format_table(table)} ({', '.join(q.quote(c) for c in cols)}) "
           f"VALUES ({', '.join([ph] * len(cols))})")
    procs = [(i, _fast_processor(dialect, table.c[c].type, p), isinstance(table.c[c].type, JSON))
             for i, c in enumerate(cols)
             if (p := _bind_processor(table.c[c].type, dialect)) is not None]
    get = operator.itemgetter(*cols)
    out = []
    for r in rows:
        v = list(get(r)) if len(cols) > 1 else [get(r)]
        for i, p, is_json in procs:
            x = v[i]
            if x is not None and not (is_json and type(x) is RawJSON):
                v[i] = p(x)
        out.append(tuple(v))
    conn.exec_driver_sql(sql, out)


def _bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's own bind processor for this dialect (public API: the dialect's
    implementation of the type, as SQLAlchemy itself uses when it compiles an insert)."""
    return type_.dialect_impl(dialect).bind_processor(dialect)


_PROBES: dict[type, dt.date] = {dt.datetime: dt.datetime(2001, 2, 3, 4, 5, 6, 7),
                            dt.date: dt.date(2001, 2, 3)}


def _fast_processor(dialect: Dialect, type_: TypeEngine[Any], slow: Callable[[Any], Any]
                    ) -> Callable[[Any], Any]:
    """SQLite stores dates and times as ISO text; ``isoformat`` (in C) gives the same text as
    SQLAlchemy's formatter when the column keeps the default storage format — checked on a
    probe value, else the column's own processor is used."""
    if dialect.name != "sqlite":
        return slow
    kind = dt.datetime if isinstance(type_, DateTime) else dt.date if isinstance(type_, Date) \
        else None
    if kind is None:
        return slow
    fast: Callable[[Any], Any] = (
        (lambda v: v.isoformat(" ", "microseconds")) if kind is dt.datetime
        else (lambda v: v.isoformat()))
    probe = _PROBES[kind]
    return fast if fast(probe) == slow(probe) else slow


class RawJSON(str):
    """JSON text serialised already: :func:`bulk_insert` stores it as it is."""


def json_texts(session: Session, data: dict[str, Any]) -> tuple[RawJSON, RawJSON, RawJSON]:
    """A revision's data, its education and its employment as JSON text, with the engine's
    serializer; the two lists are encoded once and spliced into the data's text."""
    dumps = getattr(session.get_bind().dialect, "_json_serializer", None) or json.dumps
    edu, emp = dumps(data["education"]), dumps(data["employment"])
    if dumps is not json.dumps:
        return RawJSON(dumps(data)), RawJSON(edu), RawJSON(emp)
    rest = dumps({k: v for k, v in data.items() if k not in ("education", "employment")})
    whole = (rest[:-1] + (", " if len(rest) > 2 else "") + '"education": ' + edu
             + ', "employment": ' + emp + "}")
    return RawJSON(whole), RawJSON(edu), RawJSON(emp)


def placeholder(session: Session) -> str:
    """The driver's positional placeholder."""
    return "?" if session.connection().dialect.paramstyle in ("qmark", "numeric") else "%s"


def in_list(ph: str, n: int) -> str:
    return "(" + ", ".join([ph] * n) + ")"


#: SQLite insert triggers on ``applications`` that a bulk insert (the demo, an import) replays
#: once per batch, with the statement that does the same for a range of ids. Other triggers
#: stay active.
_REPLAYED = {
    "applications_fts_ai":
        "INSERT INTO applications_fts(rowid, search_text) "
        "SELECT id, search_text FROM applications WHERE id BETWEEN :lo AND :hi",
    "status_counts_ai":
        "INSERT INTO status_counts(region_code, status, n) "
        "SELECT region_code, status, COUNT(*) FROM applications WHERE id BETWEEN :lo AND :hi "
        "GROUP BY region_code, status "
        "ON CONFLICT(region_code, status) DO UPDATE SET n = n + excluded.n",
}


@contextlib.contextmanager
def applications_triggers_suspended(s: Session, lo: int, hi: int) -> Iterator[None]:
    """SQLite: drop the per-row search-index and status-count insert triggers, let the
    caller insert ids ``lo..hi``, then do their work once for the whole range and recreate
    them from their stored SQL — all inside the caller's transaction, so a failure rolls
    the triggers back too. PostgreSQL keeps its triggers (nothing to do)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    names = tuple(_REPLAYED)
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'applications' AND name IN (?, ?)", names).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for name, sql in found:
        conn.execute(text(_REPLAYED[name]), {"lo": lo, "hi": hi})
        conn.exec_driver_sql(sql)
