"""queue indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

"Take the next application" must not walk past every held row: one partial index over the
open applications nobody holds (by due date), one over held ones (by hold age, for expiry).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

OPEN = "status IN ('submitted', 'resubmitted')"
FREE = OPEN + " AND held_by IS NULL"
HELD = OPEN + " AND held_by IS NOT NULL"


def upgrade() -> None:
    op.drop_index('ix_app_open_queue', table_name='applications')
    op.create_index('ix_app_queue_free', 'applications', ['due_date', 'id'], unique=False,
                    postgresql_where=sa.text(FREE), sqlite_where=sa.text(FREE))
    op.create_index('ix_app_queue_held', 'applications', ['held_since'], unique=False,
                    postgresql_where=sa.text(HELD), sqlite_where=sa.text(HELD))


def downgrade() -> None:
    op.drop_index('ix_app_queue_held', table_name='applications')
    op.drop_index('ix_app_queue_free', table_name='applications')
    op.create_index('ix_app_open_queue', 'applications', ['due_date', 'id'], unique=False,
                    postgresql_where=sa.text(OPEN), sqlite_where=sa.text(OPEN))
