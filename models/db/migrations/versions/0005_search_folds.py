"""search text in either script

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

The search text of every application gains the name folded to Russian look-alike letters and a
Latin transliteration (``models.search_fold``), so "гулнур" and "gulnur" find "Гүлнұр". Rows are
recomputed in batches of 5,000 by id; on SQLite the FTS index follows through its update
trigger, on PostgreSQL the trigram index is updated with the rows. Only changed rows are
written. Downgrading keeps the longer texts (they are a superset of the old ones).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    from models.applications import search_text

    conn = op.get_bind()
    last = 0
    select = sa.text(
        "SELECT id, last_name, first_name, middle_name, iin, portal_id, search_text "
        "FROM applications WHERE id > :last ORDER BY id LIMIT :n")
    change = sa.text("UPDATE applications SET search_text = :t WHERE id = :i")
    while True:
        rows = conn.execute(select, {"last": last, "n": BATCH}).all()
        if not rows:
            break
        last = rows[-1][0]
        todo = []
        for i, ln, fn, mn, iin, pid, old in rows:
            new = search_text(ln, fn, mn or "", iin, pid)
            if new != old:
                todo.append({"t": new, "i": i})
        if todo:
            conn.execute(change, todo)


def downgrade() -> None:
    pass
