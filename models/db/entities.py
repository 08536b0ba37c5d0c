"""SQLAlchemy 2.x typed ORM mappings of the registry.

Mutable rows carry a ``version`` column used for optimistic concurrency
(``version_id_col``): a stale update raises ``StaleDataError`` instead of silently
overwriting another user's change.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# the enums live apart (no SQLAlchemy needed to name one) and are re-exported here
from models.enums import DecisionKind as DecisionKind
from models.enums import Role as Role
from models.enums import Status as Status

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        length=16,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class CatalogItem(Base):
    """One value of a reference catalog (region, profession, category, education level, reason)."""

    __tablename__ = "catalog_items"

    catalog: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ru: Mapped[str] = mapped_column(Text)
    name_kk: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))  # reasons: return | refuse
    position: Mapped[int] = mapped_column(Integer, default=0)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")  # signs decision letters
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    region_code: Mapped[str | None] = mapped_column(String(9))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Application(Base):
    """An application to the registry; its columns mirror the current revision."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    portal_id: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[Status] = mapped_column(_enum(Status, "status"))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    received_on: Mapped[dt.date] = mapped_column(Date)  # local (Kazakhstan) day of receipt
    due_date: Mapped[dt.date | None] = mapped_column(Date)  # None once decided / with applicant
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    name_key: Mapped[str] = mapped_column(String(310))  # normalised full name for duplicates
    search_text: Mapped[str] = mapped_column(String(400))  # casefolded name + iin + portal id
    iin: Mapped[str] = mapped_column(String(12))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    region_code: Mapped[str] = mapped_column(String(9))
    settlement: Mapped[str] = mapped_column(String(200))
    registration_address: Mapped[str] = mapped_column(String(400))
    profession_code: Mapped[str] = mapped_column(String(40))
    experience_years: Mapped[int] = mapped_column(Integer, default=0)
    experience_months: Mapped[int] = mapped_column(Integer, default=0)
    education: Mapped[list[Any]] = mapped_column(JSON, default=list)
    employment: Mapped[list[Any]] = mapped_column(JSON, default=list)
    category_code: Mapped[str | None] = mapped_column(String(40))
    category_assigned_on: Mapped[dt.date | None] = mapped_column(Date)
    commission: Mapped[str] = mapped_column(String(400), default="")
    # publication needs the specialist's consent and, for an organisation applicant, its own
    # (p.5); both as submitted are in the revision's data
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # the applicant (p.2 2), p.6-8): the specialist themself or an organisation, and the
    # contacts the applicant registered on the portal with (notifications go there)
    applicant_kind: Mapped[str] = mapped_column(String(16), default="specialist")
    applicant_name: Mapped[str] = mapped_column(String(400), default="")  # an organisation's
    applicant_bin: Mapped[str] = mapped_column(String(12), default="")
    applicant_licence: Mapped[str] = mapped_column(String(100), default="")
    applicant_phone: Mapped[str] = mapped_column(String(16), default="")
    applicant_email: Mapped[str] = mapped_column(String(254), default="")
    has_duplicates: Mapped[bool] = mapped_column(Boolean, default=False)
    held_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    held_since: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="application", order_by="Revision.number", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="application", order_by="Decision.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_app_status_due", "status", "due_date", "id"),
        Index("ix_app_region_status_due", "region_code", "status", "due_date", "id"),
        Index("ix_app_received", "received_at", "id"),
        Index("ix_app_iin", "iin"),
        Index("ix_app_name_birth", "name_key", "birth_date"),
        Index("ix_app_profession", "profession_code", "status"),
        Index("ix_app_due", "due_date", "id"),
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


class Revision(Base):
    """The data of an application exactly as submitted, once per (re)submission."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    due_date: Mapped[dt.date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    application: Mapped[Application] = relationship(back_populates="revisions")
    __table_args__ = (UniqueConstraint("application_id", "number", name="uq_revision_app_number"),)


class Decision(Base):
    """A decision on one revision; immutable. The unique key makes it once per revision."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    revision: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DecisionKind] = mapped_column(_enum(DecisionKind, "decision_kind"))
    reason_codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    comment: Mapped[str] = mapped_column(Text, default="")
    # a return's marked fields and documents: [{"field": "education[1].document", "note": …}]
    fix_fields: Mapped[list[Any]] = mapped_column(JSON, default=list)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(200), default="")  # as when signed
    signer_position: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_on: Mapped[dt.date] = mapped_column(Date, index=True)  # local day, for letters
    late_cause: Mapped[str | None] = mapped_column(Text)  # why after the due date; None: not given
    # the decided revision as it stood (migration 0007): statistics read them without joins
    received_on: Mapped[dt.date | None] = mapped_column(Date)  # its local day of receipt
    due_date: Mapped[dt.date | None] = mapped_column(Date)  # its deadline (p.9)
    region_code: Mapped[str | None] = mapped_column(String(9))
    profession_code: Mapped[str | None] = mapped_column(String(40))
    consent: Mapped[bool | None] = mapped_column(Boolean)

    application: Mapped[Application] = relationship(back_populates="decisions")
    __table_args__ = (
        UniqueConstraint("application_id", "revision", name="uq_decision_app_revision"),
    )


class RegistryEntry(Base):
    """A specialist in the registry. Exclusion is recorded, never deleted."""

    __tablename__ = "registry_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registry_number: Mapped[int] = mapped_column(BigInteger, unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    included_on: Mapped[dt.date] = mapped_column(Date)
    excluded_on: Mapped[dt.date | None] = mapped_column(Date)
    exclusion_reason: Mapped[str | None] = mapped_column(Text)
    excluded_by: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    application: Mapped[Application] = relationship()
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_registry_included", "included_on", "excluded_on"),)


class Counter(Base):
    """Monotonic counters (registry numbers): never reused, even after exclusion."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class StatusCount(Base):
    """How many applications each region has in each status; kept by database triggers
    (migration 0004), never written by the application."""

    __tablename__ = "status_counts"

    region_code: Mapped[str] = mapped_column(String(9), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class CalendarOverride(Base):
    """A day the government moved: an extra day off or an extra working day."""

    __tablename__ = "calendar_overrides"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class AuditEvent(Base):
    """Append-only, hash-chained record of every change and sign-in."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_login: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="")
    workstation: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    region_code: Mapped[str | None] = mapped_column(String(9))
    before: Mapped[str | None] = mapped_column(Text)  # canonical JSON
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
