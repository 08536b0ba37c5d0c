"""What every screen gets through its constructor: services, language, settings, workers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from ui.i18n import Language
from ui.workers import Workers

if TYPE_CHECKING:
    from models.actor import Actor
    from models.services import Services


@dataclass
class AppContext:
    """One signed-in session of the workstation."""

    services: Services
    actor: Actor
    language: Language
    settings: QSettings
    workers: Workers
    #: knobs for tests and scripts: ``idle_lock_ms`` (fixed idle lock), ``heartbeat_s``
    extra: dict[str, float] = field(default_factory=dict)
    session_id: int | None = None  # SessionService row of this sign-in (None in tests)

    @property
    def lang(self) -> str:
        return self.language.code

    # -- settings helpers ------------------------------------------------------------------
    def load_json(self, key: str, default: object) -> object:
        raw = self.settings.value(key)
        if not raw:
            return default
        try:
            return json.loads(str(raw))
        except ValueError:
            return default

    def save_json(self, key: str, value: object) -> None:
        self.settings.setValue(key, json.dumps(value, ensure_ascii=False, default=_default))


def _default(o: object) -> str:
    if isinstance(o, dt.date):
        return o.isoformat()
    raise TypeError(type(o))
