"""Creating and upgrading a database: schema migrations, catalogs and counters."""

from __future__ import annotations

from sqlalchemy import select

from models.applications import REGISTRY_COUNTER
from models.catalogs import sync_catalogs
from models.db import Database, upgrade
from models.entities import Counter


def init_database(db: Database) -> int:
    """Create or upgrade the schema and (re)load the catalogs; idempotent. Returns item count."""
    upgrade(db.engine)
    with db.write() as s:
        n = sync_catalogs(s)
        if s.scalar(select(Counter).where(Counter.name == REGISTRY_COUNTER)) is None:
            s.add(Counter(name=REGISTRY_COUNTER, value=0))
    return n
