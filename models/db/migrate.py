"""Creating and upgrading the schema with Alembic; first-run catalogs and counters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select

from models.catalogs import sync_catalogs
from models.db.engine import Database
from models.db.entities import Counter
from models.registry.numbers import REGISTRY_COUNTER

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration (idempotent)."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def init_database(db: Database) -> int:
    """Create or upgrade the schema and (re)load the catalogs; idempotent. Returns item count."""
    upgrade(db.engine)
    with db.write() as s:
        n = sync_catalogs(s)
        if s.scalar(select(Counter).where(Counter.name == REGISTRY_COUNTER)) is None:
            s.add(Counter(name=REGISTRY_COUNTER, value=0))
    return n
