"""version columns on the remaining mutable rows; index of applications with duplicates

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Optimistic versioning (``version_id_col``) now covers every row the application changes in
place: settings, sessions and hold-release notices join applications, users, registry entries
and calendar overrides. Existing rows start at version 1. Rows that are only inserted
(revisions, decisions, recommendations, duplicate links, audit events) or replaced whole
(catalog items) need none; counters change only by atomic ``value = value + 1``.

A partial index on the applications that have possible duplicates lets the worklist sorted by
the duplicates column page that part without scanning the table.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ("settings", "sessions", "hold_releases")
DUP = sa.text("has_duplicates")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as b:
            b.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                   server_default=sa.text("1")))
    op.create_index("ix_app_with_duplicates", "applications", ["id"],
                    postgresql_where=DUP, sqlite_where=DUP)


def downgrade() -> None:
    op.drop_index("ix_app_with_duplicates", table_name="applications")
    for table in TABLES:
        with op.batch_alter_table(table) as b:
            b.drop_column("version")
