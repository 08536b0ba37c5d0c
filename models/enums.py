"""The registry's enumerations: application status, decision kind, user role.

Kept apart from the table mappings (``models.db.entities``) so that the window can name a
status or a role without loading SQLAlchemy.
"""

from __future__ import annotations

import enum


class Status(enum.StrEnum):
    """Application status; see ``models.applications.transitions`` for the allowed moves."""

    SUBMITTED = "submitted"
    RESUBMITTED = "resubmitted"
    REGISTERED = "registered"
    RETURNED = "returned"
    REFUSED = "refused"


class DecisionKind(enum.StrEnum):
    REGISTER = "register"
    RETURN = "return"
    REFUSE = "refuse"


class Role(enum.StrEnum):
    ADMIN = "admin"
    MIO = "mio"
    VIEWER = "viewer"
