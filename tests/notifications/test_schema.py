"""Migration 0008 makes exactly the tables and columns the ORM maps (both databases)."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models.db.notification_entities  # noqa: F401  (registers the tables)
import models.db.security_entities  # noqa: F401
from models.db.entities import Base

NEW_TABLES = {"letters", "notifications", "notification_attempts", "message_templates"}
CHANGED = {"applications", "users", "decisions"}


def _table(diff: Any) -> str:
    """The table a difference of ``compare_metadata`` is about."""
    op = diff[0] if isinstance(diff, tuple) else diff[0][0]
    item = diff if isinstance(diff, tuple) else diff[0]
    if op in ("add_table", "remove_table"):
        return str(item[1].name)
    if op in ("add_index", "remove_index", "add_constraint", "remove_constraint"):
        return str(item[1].table.name)
    if op in ("add_fk", "remove_fk"):
        return str(item[1].parent.name)
    return str(item[2])  # add_column, remove_column, modify_*: (op, schema, table, …)


def test_the_migrated_schema_matches_the_mapped_tables(db: Any) -> None:
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(mc, Base.metadata)
    ours = [d for d in diffs if _table(d) in NEW_TABLES | CHANGED]
    assert ours == []
