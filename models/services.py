"""The composition root: every domain service, built once, in one place.

The desktop program, the ``tizilim`` command, the benchmarks and the tests all get their
services from :meth:`Services.open` (a URL) or :meth:`Services.on` (an open database);
nothing else constructs a service (``tests/test_architecture.py`` checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.applications.bulk import BulkService
from models.applications.holds import HoldService
from models.applications.queries import QueryService
from models.applications.recommendations import RecommendationService
from models.applications.review import ReviewService
from models.audit.service import AuditService
from models.calendar.service import CalendarService
from models.catalogs import Catalogs
from models.db.engine import Database
from models.intake.service import ImportService
from models.notifications.letters import LetterService
from models.notifications.service import NotificationService
from models.notifications.template_service import TemplateService
from models.people.security_settings import SettingsService
from models.people.signins import SessionService
from models.people.users import UserService
from models.registry.export import ExportService
from models.registry.service import RegistryService
from models.statistics.service import StatisticsService


@dataclass(frozen=True)
class Services:
    """The domain services of one database."""

    db: Database
    catalogs: Catalogs
    users: UserService
    queries: QueryService
    review: ReviewService
    registry: RegistryService
    exports: ExportService  # the registry and the decision letters as files
    calendar: CalendarService
    imports: ImportService
    audit: AuditService
    holds: HoldService
    recommendations: RecommendationService
    sessions: SessionService
    security: SettingsService  # the security settings shared by every workstation
    statistics: StatisticsService  # oversight figures for the National Center
    notifications: NotificationService  # the outbox: sending, the lists, delivery by hand
    letters: LetterService  # decision letters: printing, preview, numbering
    templates: TemplateService  # an administrator's templates of letters, e-mails and SMS
    bulk: BulkService  # the checked rows of a list, decided, held or printed one by one
    url: str = ""

    @classmethod
    def open(cls, url: str, *, audit_head: str | Path | None = "auto") -> Services:
        """Open the database at ``url`` and build every service on it.

        ``audit_head``: the file that keeps the audit log's newest hash outside the database
        (``"auto"``: beside a SQLite file, nowhere for a server; see :class:`Database`).
        """
        return cls.on(Database.from_url(url, audit_head), url=url)

    @classmethod
    def on(cls, db: Database, *, catalogs: Catalogs | None = None, url: str = "") -> Services:
        """Every service on an open database (the tests' and the benchmarks' way in)."""
        cat = catalogs or Catalogs.shipped()
        queries = QueryService(db)
        review = ReviewService(db, cat)
        registry = RegistryService(db, cat)
        letters = LetterService(db, cat)
        holds = HoldService(db)
        return cls(
            db=db,
            catalogs=cat,
            users=UserService(db),
            queries=queries,
            review=review,
            registry=registry,
            exports=ExportService(registry, letters),
            calendar=CalendarService(db),
            imports=ImportService(db, cat),
            audit=AuditService(db),
            holds=holds,
            recommendations=RecommendationService(db, cat),
            sessions=SessionService(db),
            security=SettingsService(db),
            statistics=StatisticsService(db, cat),
            notifications=NotificationService(db),
            letters=letters,
            templates=TemplateService(db, cat),
            bulk=BulkService(review, holds, letters),
            url=url or db.engine.url.render_as_string(hide_password=False),
        )

    def close(self) -> None:
        """Release the database's connections."""
        self.db.dispose()
