"""Registry numbers: one counter, never reused."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.db.entities import Counter

REGISTRY_COUNTER = "registry_number"


def next_registry_number(session: Session) -> int:
    n = session.scalar(
        update(Counter).where(Counter.name == REGISTRY_COUNTER)
        .values(value=Counter.value + 1).returning(Counter.value)
    )
    if n is None:
        session.add(Counter(name=REGISTRY_COUNTER, value=1))
        session.flush()
        return 1
    return int(n)
