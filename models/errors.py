"""User-facing domain errors, kept apart from bugs.

Every error carries a Russian and a Kazakh message; ``str()`` gives both.
"""

from __future__ import annotations


class DomainError(Exception):
    """An expected failure the user can act on (never a bug)."""

    def __init__(self, ru: str, kk: str, **details: object) -> None:
        super().__init__(f"{ru} / {kk}")
        self.ru = ru
        self.kk = kk
        self.details = details

    def message(self, lang: str = "ru") -> str:
        return self.kk if lang == "kk" else self.ru


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class Conflict(DomainError):
    """Someone else changed or decided it first; nothing was written."""


class InvalidInput(DomainError):
    """Validation failed; ``issues`` lists field-level problems."""

    def __init__(self, ru: str, kk: str, issues: list[object] | None = None) -> None:
        super().__init__(ru, kk)
        self.issues = issues or []


class AuthError(DomainError):
    pass
