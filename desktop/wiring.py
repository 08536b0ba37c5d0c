"""Build the services once and hand them to the screens (no globals, no singletons)."""

from __future__ import annotations

import datetime as dt

from desktop.config import use_audit_head
from models.db.engine import Database
from models.db.schema import schema_status, too_new, too_old
from models.services import Services


def build_services(url: str) -> Services:
    """Open the database at ``url`` with this workstation's audit head and every service."""
    services = Services.open(url)
    use_audit_head(services.db)  # a server too: the newest audit hash is kept on this workstation
    return services


def database_state(services: Services) -> str:
    """``empty`` (no schema), ``upgrade`` (an older SQLite schema: upgrade it first, with a
    copy), ``no_users`` or ``ready``. A newer schema raises :class:`SchemaTooNew` (the
    database is left untouched); an older one on a server :class:`SchemaTooOld` (clients
    never migrate a shared database)."""
    status = schema_status(services.db.engine)
    if status.state == "newer":
        raise too_new(status)
    if status.state == "empty":
        return "empty"
    if status.state == "older":
        if services.db.dialect == "sqlite":
            return "upgrade"
        raise too_old(status)
    if services.users.count() == 0:
        return "no_users"
    return "ready"


def warm_caches(services: Services) -> None:
    """Work done once per process while the user types the password: the public holidays
    of the working-day calendar (slow to build the first time)."""
    cal = services.calendar.calendar()
    year = dt.date.today().year
    for y in (year - 1, year, year + 1):
        cal.is_working_day(dt.date(y, 1, 1))


def check_connection(url: str) -> None:
    """Connect once; raises on failure."""
    db = Database.from_url(url)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    finally:
        db.dispose()
