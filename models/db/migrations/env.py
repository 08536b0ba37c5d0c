"""Alembic environment: runs on the connection handed in by ``models.db.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import models.db.notification_entities  # noqa: F401  (registers the tables of 0009)
import models.db.security_entities  # noqa: F401  (registers the tables of 0002)
import models.db.trust_entities  # noqa: F401  (registers the tables of 0008)
import models.statistics.tables  # noqa: F401  (the counts of 0007)
from models.db.entities import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn: Connection | None = config.attributes.get("connection")
    if conn is None:
        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic needs a connection or sqlalchemy.url")
        with create_engine(url).begin() as conn2:
            _configure(conn2)
        return
    _configure(conn)


def _configure(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
