"""Build the services once and hand them to the screens (no globals, no singletons)."""

from __future__ import annotations

from ui.context import Services


def build_services(url: str) -> Services:
    """Open the database at ``url`` and create every service on it."""
    from desktop.config import use_audit_head
    from models.applications import ReviewService
    from models.audit_view import AuditService
    from models.calendar_admin import CalendarService
    from models.catalogs import Catalogs
    from models.db import Database
    from models.holds import HoldService
    from models.intake import ImportService
    from models.queries import QueryService
    from models.recommendations import RecommendationService
    from models.registry import RegistryService
    from models.sessions import SessionService
    from models.settings import SettingsService
    from models.users import UserService

    db = Database.from_url(url)
    use_audit_head(db)  # a server too: the newest audit hash is kept on this workstation
    catalogs = Catalogs.shipped()
    return Services(
        db=db,
        users=UserService(db),
        queries=QueryService(db),
        review=ReviewService(db, catalogs),
        registry=RegistryService(db, catalogs),
        calendar=CalendarService(db),
        imports=ImportService(db, catalogs),
        audit=AuditService(db),
        catalogs=catalogs,
        holds=HoldService(db),
        recommendations=RecommendationService(db, catalogs),
        sessions=SessionService(db),
        security=SettingsService(db),
        url=url,
    )


def database_state(services: Services) -> str:
    """``empty`` (no schema), ``no_users`` or ``ready``; upgrades an older schema."""
    from models.db import current_revision
    from models.setup import init_database

    if current_revision(services.db.engine) is None:
        return "empty"
    if services.users.count() == 0:
        return "no_users"
    if _needs_upgrade(services):
        init_database(services.db)
    return "ready"


def warm_caches(services: Services) -> None:
    """Work done once per process while the user types the password: the public holidays
    of the working-day calendar (slow to build the first time)."""
    import datetime as dt

    cal = services.calendar.calendar()
    year = dt.date.today().year
    for y in (year - 1, year, year + 1):
        cal.is_working_day(dt.date(y, 1, 1))


def _needs_upgrade(services: Services) -> bool:
    from alembic.script import ScriptDirectory

    from models.db import alembic_config, current_revision

    head = ScriptDirectory.from_config(alembic_config(services.db.engine)).get_current_head()
    return current_revision(services.db.engine) != head


def check_connection(url: str) -> None:
    """Connect once; raises on failure."""
    from models.db import Database

    db = Database.from_url(url)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    finally:
        db.dispose()
