"""Migration 0009 makes exactly the tables and columns the ORM maps (both databases)."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models.db.notification_entities  # noqa: F401  (registers the tables)
import models.db.security_entities  # noqa: F401
from models.db.entities import Base

NEW_TABLES = {"letters", "notifications", "notification_attempts", "message_templates"}
NEW_COLUMNS = {
    "applications": {"applicant_kind", "applicant_name", "applicant_bin", "applicant_licence",
                     "applicant_phone", "applicant_email"},
    "users": {"position"},
    "decisions": {"fix_fields", "signer_name", "signer_position"},
}


def _ours(diff: Any) -> bool:
    """Whether a difference of ``compare_metadata`` is about what migration 0009 made."""
    item = diff if isinstance(diff, tuple) else diff[0]
    op = item[0]
    if op in ("add_table", "remove_table"):
        return str(item[1].name) in NEW_TABLES
    if op in ("add_index", "remove_index", "add_constraint", "remove_constraint"):
        return str(item[1].table.name) in NEW_TABLES
    if op in ("add_fk", "remove_fk"):
        return str(item[1].parent.name) in NEW_TABLES
    table = str(item[2])  # add_column, remove_column, modify_*: (op, schema, table, …)
    column = item[3].name if op in ("add_column", "remove_column") else item[3]
    return table in NEW_TABLES or column in NEW_COLUMNS.get(table, set())


def test_the_migrated_schema_matches_the_mapped_tables(db: Any) -> None:
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(mc, Base.metadata)
    assert [d for d in diffs if _ours(d)] == []
