"""Alembic environment: runs on the connection handed in by ``models.db.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import models.db.security_entities  # noqa: F401  (registers the tables of 0002)
import models.statistics.tables  # noqa: F401  (the counts of 0007)
from models.db.entities import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn2:
            _configure(conn2)
        return
    _configure(conn)


def _configure(conn: object) -> None:
    context.configure(
        connection=conn,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
