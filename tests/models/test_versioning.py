"""Optimistic versioning: every row changed in place carries a version, and a stale write fails."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm.exc import StaleDataError

from models.db.entities import Base
from models.db.security_entities import Setting

#: rows that are never updated in place: inserted once, replaced whole, or atomic counters
NOT_VERSIONED = {"revisions", "decisions", "recommendations", "duplicate_groups",
                 "duplicate_members", "audit_events", "audit_checkpoints", "catalog_items",
                 "counters", "status_counts",
                 # the statistics' running counts, kept by a trigger (migration 0007)
                 "stats_decided", "stats_reviewers", "stats_reasons", "stats_received",
                 # the letter journal is written once; the outbox and its attempts change only
                 # by conditional UPDATEs on status and claim token (models.notifications.sender)
                 "letters", "notifications", "notification_attempts"}


def test_every_mutable_table_is_versioned() -> None:
    unversioned = {m.local_table.name for m in Base.registry.mappers
                   if m.version_id_col is None}
    assert unversioned == NOT_VERSIONED


def test_migrated_schema_has_the_version_columns(db: Any) -> None:
    insp = inspect(db.engine)
    for m in Base.registry.mappers:
        if m.version_id_col is not None:
            cols = {c["name"] for c in insp.get_columns(m.local_table.name)}
            assert "version" in cols, m.local_table.name
    assert "ix_app_with_duplicates" in {i["name"] for i in insp.get_indexes("applications")}


def test_a_stale_write_is_refused_and_changes_nothing(db: Any) -> None:
    now = dt.datetime(2026, 12, 1, 10, 0)
    with db.write() as s:
        s.add(Setting(key="idle_lock_minutes", value=15, updated_by="a", updated_at=now))
    first, second = db._write(), db._write()  # two workstations, no retry wrapper
    try:
        # both screens read version 1, then each saves later in a transaction of its own
        a = first.get(Setting, "idle_lock_minutes")
        first.commit()
        b = second.get(Setting, "idle_lock_minutes")
        second.commit()
        a.value = 10
        first.commit()
        b.value = 20
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.read() as s:
        row = s.get(Setting, "idle_lock_minutes")
        assert (row.value, row.version) == (10, 2)
