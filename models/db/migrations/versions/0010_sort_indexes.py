"""an index per worklist sort order, over all applications and over the open ones

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

The worklist over a million applications (issue 14): every sort order it offers is read from
an index in that order, so no page sorts the table or walks past the rows its filter drops.

- ``(column, id)`` over all applications for the sort keys that had no such index (status,
  region, name, profession, revision);
- ``(column, id) WHERE status IN ('submitted', 'resubmitted')`` for every sort key, over the
  applications awaiting a decision (the default list). Before, that list by due date walked
  the closed applications, whose due date is NULL: SQLite sorts NULL first (the first page
  took 0.65-0.9 s at a million), PostgreSQL last (the last page, read backwards, likewise).

On PostgreSQL ``ix_app_open_due`` also holds the search text (``INCLUDE``): a common name
searched in the default list walked that index and fetched each application's row to test
its name (9,000 rows, 120 ms, for the 200 shown); now the index alone answers (5 ms).
PostgreSQL also gets ``ix_app_open_search_trgm``, the trigram index of the open applications'
search text: a name search in the default list read the trigram index of every application
and ANDed it with a bitmap of the 260,000 open ones (70 ms before a single row); SQLite's FTS
index is narrowed by the partial sort indexes instead.

The same indexes are declared in ``models/db/sort_indexes.py`` (the trigram one, like
``ix_app_search_trgm``, only here). Building them on an existing million applications took
14 s on SQLite and 21 s on PostgreSQL (2 shared cores).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

OPEN = "status IN ('submitted', 'resubmitted')"

FULL = {
    "ix_app_sort_status": ["status", "id"],
    "ix_app_sort_region": ["region_code", "id"],
    "ix_app_sort_name": ["name_key", "id"],
    "ix_app_sort_profession": ["profession_code", "id"],
    "ix_app_sort_revision": ["revision", "id"],
}
PARTIAL = {
    "ix_app_open_id": ["id"],
    "ix_app_open_portal": ["portal_id", "id"],
    "ix_app_open_received": ["received_at", "id"],
    "ix_app_open_due": ["due_date", "id"],
    "ix_app_open_status": ["status", "id"],
    "ix_app_open_region": ["region_code", "id"],
    "ix_app_open_name": ["name_key", "id"],
    "ix_app_open_profession": ["profession_code", "id"],
    "ix_app_open_revision": ["revision", "id"],
}

#: PostgreSQL: the default list searched by name is read from the index alone (no table row
#: fetched to test the search text of each open application walked in due order)
INCLUDE = {"ix_app_open_due": ["search_text"]}


def upgrade() -> None:
    for name, cols in FULL.items():
        op.create_index(name, "applications", cols, unique=False)
    for name, cols in PARTIAL.items():
        op.create_index(name, "applications", cols, unique=False,
                        postgresql_where=sa.text(OPEN), sqlite_where=sa.text(OPEN),
                        postgresql_include=INCLUDE.get(name, []))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_app_open_search_trgm ON applications "
                   f"USING gin (search_text gin_trgm_ops) WHERE {OPEN}")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_app_open_search_trgm")
    for name in [*PARTIAL, *FULL][::-1]:
        op.drop_index(name, table_name="applications")
