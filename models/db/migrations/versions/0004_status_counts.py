"""status counts and due-date order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Per-status counts for the navigation came from a GROUP BY over every application (80–140 ms at
a million). A small table, kept by triggers in the same transaction as each change, answers in
microseconds. The PostgreSQL trigger moves one application between two counter rows in one
UPDATE, so concurrent transactions lock counter rows in index order and cannot deadlock on them.
Also an index on (due_date, id) for "all statuses, by due date".
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_SQLITE = [
    "CREATE TRIGGER status_counts_ai AFTER INSERT ON applications BEGIN "
    "INSERT INTO status_counts(region_code, status, n) VALUES (new.region_code, new.status, 1) "
    "ON CONFLICT(region_code, status) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER status_counts_ad AFTER DELETE ON applications BEGIN "
    "UPDATE status_counts SET n = n - 1 "
    "WHERE region_code = old.region_code AND status = old.status; END",
    "CREATE TRIGGER status_counts_au AFTER UPDATE OF status, region_code ON applications "
    "WHEN old.status IS NOT new.status OR old.region_code IS NOT new.region_code BEGIN "
    "UPDATE status_counts SET n = n - 1 "
    "WHERE region_code = old.region_code AND status = old.status; "
    "INSERT INTO status_counts(region_code, status, n) VALUES (new.region_code, new.status, 1) "
    "ON CONFLICT(region_code, status) DO UPDATE SET n = n + 1; END",
]

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION status_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    INSERT INTO status_counts(region_code, status, n) VALUES (NEW.region_code, NEW.status, 0)
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE status_counts SET n = n + 1
    WHERE region_code = NEW.region_code AND status = NEW.status;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE status_counts SET n = n - 1
    WHERE region_code = OLD.region_code AND status = OLD.status;
  ELSIF (OLD.status, OLD.region_code) IS DISTINCT FROM (NEW.status, NEW.region_code) THEN
    UPDATE status_counts
    SET n = n + CASE WHEN region_code = NEW.region_code AND status = NEW.status
                     THEN 1 ELSE -1 END
    WHERE (region_code, status) IN ((OLD.region_code, OLD.status),
                                    (NEW.region_code, NEW.status));
  END IF;
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        'status_counts',
        sa.Column('region_code', sa.String(length=9), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('n', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('region_code', 'status', name=op.f('pk_status_counts')),
    )
    op.execute("INSERT INTO status_counts(region_code, status, n) "
               "SELECT region_code, status, COUNT(*) FROM applications "
               "GROUP BY region_code, status")
    if op.get_bind().dialect.name == "sqlite":
        for stmt in _SQLITE:
            op.execute(stmt)
    else:
        op.execute(_PG_FUNCTION)
        op.execute("CREATE TRIGGER status_counts_apply AFTER INSERT OR DELETE "
                   "OR UPDATE OF status, region_code ON applications "
                   "FOR EACH ROW EXECUTE FUNCTION status_counts_apply()")
    op.create_index('ix_app_due', 'applications', ['due_date', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_app_due', table_name='applications')
    if op.get_bind().dialect.name == "sqlite":
        for name in ("status_counts_ai", "status_counts_ad", "status_counts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS status_counts_apply ON applications")
        op.execute("DROP FUNCTION IF EXISTS status_counts_apply()")
    op.drop_table('status_counts')
