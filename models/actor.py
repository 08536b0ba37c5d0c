"""Who is acting: every service call takes an :class:`Actor` and is scoped by it."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

from models.enums import Role


def _workstation() -> str:
    try:
        return socket.gethostname()[:120]
    except OSError:
        return ""


@dataclass(frozen=True, slots=True)
class Actor:
    login: str
    role: Role
    region: str | None = None
    user_id: int | None = None
    workstation: str = field(default_factory=_workstation)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def may_see_region(self, region: str) -> bool:
        if self.role is Role.MIO:
            return region == self.region
        return True


#: The local operator of the batch command on an embedded database (acts as an admin).
SYSTEM = Actor(login="system", role=Role.ADMIN)
