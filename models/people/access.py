"""Receiving applications, deciding on them, resubmission and registry exclusion.

These services are the only way to change applications and registry entries: each call is one
transaction that checks the caller's role and region, validates, writes the audit log and
commits atomically (or changes nothing).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from models.actor import Actor
from models.audit import chain as audit
from models.db.engine import Database, cannot_write
from models.db.entities import Role
from models.errors import PermissionDenied

log = logging.getLogger(__name__)


class ForeignRegion(PermissionDenied):
    """Another region's data, asked for by someone who may see only their own."""

    def __init__(self, region: str | None, *, what: str = "") -> None:
        super().__init__("access.foreign_region", region=region, what=what)


def require_region(actor: Actor, region: str, *, what: str = "") -> None:
    if not actor.may_see_region(region):
        raise ForeignRegion(region, what=what)


def asked_region(exc: PermissionDenied) -> str | None:
    """The region a refused call asked for, if it named one."""
    region = exc.details.get("region")
    return region if isinstance(region, str) else None


def record_denial(db: Database, actor: Actor, exc: PermissionDenied, entity: str,
                  entity_id: object = "", *, what: str = "", region: str | None = None) -> None:
    """Write an ``access.denied`` event in its own transaction; it keeps the Russian text.

    Call it outside any open write transaction (SQLite allows one writer at a time). A
    database that cannot be written (read-only, full) still refuses: the event is lost, the
    refusal is not.
    """
    try:
        with db.write() as s:
            audit.record(s, actor, "access.denied", entity, entity_id,
                         after={"what": what, "message": exc.ru,
                                "asked_region": asked_region(exc)},
                         region=region or actor.region)
    except DBAPIError as err:
        if not cannot_write(err):
            raise
        log.warning("refusal of %s not recorded: the database cannot be written", what)


def deny(db: Database, actor: Actor, key: str, entity: str, entity_id: object = "",
         *, what: str = "", region: str | None = None) -> PermissionDenied:
    """Audit the refusal with message ``key`` and return the error to raise."""
    exc = PermissionDenied(key, region=region, what=what)
    record_denial(db, actor, exc, entity, entity_id, what=what, region=region)
    return exc


def deny_foreign(db: Database, actor: Actor, region: str, entity: str, entity_id: object = "",
                 *, what: str = "") -> ForeignRegion:
    """Audit a refused look at another region's data and return the error to raise."""
    exc = ForeignRegion(region, what=what)
    record_denial(db, actor, exc, entity, entity_id, what=what, region=region)
    return exc


def scope_region(db: Database, actor: Actor, region: str | None, entity: str,
                 what: str) -> str | None:
    """The region a query is limited to: a clerk's own; a clerk asking for another is refused."""
    if actor.role is Role.MIO:
        if region and region != actor.region:
            raise deny_foreign(db, actor, region, entity, what=what)
        return actor.region
    return region
