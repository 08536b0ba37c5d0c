"""The worklist's sort indexes (migration 0010), mirrored here so the mapped tables match.

Every sort order the worklist offers is read from an index in that order, so a page (the
first, the last read backwards, any other by keyset-free OFFSET from the nearer end) never
sorts the table or walks past rows the filter drops:

- over all applications: ``(column, id)`` for the sort keys that had no such index;
- over the applications awaiting a decision (the worklist's default list, about a quarter of
  them): a partial index ``(column, id) WHERE status IN ('submitted', 'resubmitted')`` per sort
  key. Without them the default list by due date walked the closed applications, whose due
  date is NULL (first in SQLite's ascending order, first in PostgreSQL's descending one), and
  the other orders filtered three rows out of four.

On PostgreSQL ``ix_app_open_due`` also holds the search text (``INCLUDE``), so a name search
in the default list is answered from that index alone.

The queries name the open statuses with :data:`OPEN_SQL`, the very words of the partial
indexes' condition: SQLite uses a partial index only when the query has the same term, and
with bound parameters neither database can prove it.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from models.db.entities import Application

#: the statuses awaiting a decision, as the partial indexes' condition says it
OPEN_SQL = "status IN ('submitted', 'resubmitted')"

#: sort key columns (besides id) of the full sort indexes
FULL = {
    "ix_app_sort_status": ("status",),
    "ix_app_sort_region": ("region_code",),
    "ix_app_sort_name": ("name_key",),
    "ix_app_sort_profession": ("profession_code",),
    "ix_app_sort_revision": ("revision",),
}

#: sort key columns (besides id) of the partial indexes over open applications
OPEN = {
    "ix_app_open_id": (),
    "ix_app_open_portal": ("portal_id",),
    "ix_app_open_received": ("received_at",),
    "ix_app_open_due": ("due_date",),
    "ix_app_open_status": ("status",),
    "ix_app_open_region": ("region_code",),
    "ix_app_open_name": ("name_key",),
    "ix_app_open_profession": ("profession_code",),
    "ix_app_open_revision": ("revision",),
}


def _indexes() -> tuple[Index, ...]:
    t = Application.__table__.c
    out = [Index(name, *(t[c] for c in cols), t.id) for name, cols in FULL.items()]
    cond = text(OPEN_SQL)
    out += [Index(name, *(t[c] for c in cols), t.id, sqlite_where=cond, postgresql_where=cond,
                  postgresql_include=["search_text"] if name == "ix_app_open_due" else [])
            for name, cols in OPEN.items()]
    return tuple(out)


SORT_INDEXES = _indexes()
