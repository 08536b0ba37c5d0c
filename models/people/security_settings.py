"""Security settings shared by every workstation (stored in the database, changed by an admin)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.workdays import utc_now
from models.db.engine import Database
from models.db.security_entities import Setting
from models.errors import InvalidInput
from models.people.access import deny

#: name → (lowest, highest) allowed value
LIMITS: dict[str, tuple[int, int]] = {
    "max_failed_attempts": (3, 20),
    "lockout_minutes": (1, 24 * 60),
    "idle_lock_minutes": (1, 240),
    "hold_expiry_minutes": (5, 24 * 60),
}


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """Sign-in lockout, idle screen lock and work-queue hold expiry."""

    max_failed_attempts: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 15
    hold_expiry_minutes: int = 30

    @property
    def lockout(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.lockout_minutes)

    @property
    def hold_expiry(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.hold_expiry_minutes)


DEFAULTS = SecuritySettings()


def load(session: Session) -> SecuritySettings:
    """The settings in effect (defaults for anything not stored or out of range)."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).tuples().all())
    values: dict[str, Any] = {}
    for name, (lo, hi) in LIMITS.items():
        v = stored.get(name)
        if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi:
            values[name] = v
    return dataclasses.replace(DEFAULTS, **values)


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> SecuritySettings:
        """Readable by anyone signed in (the screen lock needs ``idle_lock_minutes``)."""
        with self.db.read() as s:
            return load(s)

    def update(self, actor: Actor, **changes: int) -> SecuritySettings:
        """Change some settings; admin only, audited."""
        if not actor.is_admin:
            raise deny(self.db, actor, "settings.admin_only", "settings", "security",
                       what="settings.update")
        for name, value in changes.items():
            if name not in LIMITS:
                raise InvalidInput("settings.unknown", name=name)
            lo, hi = LIMITS[name]
            if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
                raise InvalidInput("settings.out_of_range", name=name, lo=lo, hi=hi)
        with self.db.write() as s:
            before = load(s)
            now = utc_now()
            for name, value in changes.items():
                row = s.get(Setting, name)
                if row is None:
                    s.add(Setting(key=name, value=value, updated_by=actor.login, updated_at=now))
                else:
                    row.value, row.updated_by, row.updated_at = value, actor.login, now
            s.flush()
            after = load(s)
            audit.record(s, actor, "settings.update", "settings", "security",
                         before=dataclasses.asdict(before), after=dataclasses.asdict(after))
            return after
