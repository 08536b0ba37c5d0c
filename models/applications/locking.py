"""Taking an application's row lock for a change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.entities import Application
from models.errors import NotFound


def lock_app(session: Session, portal_id: str) -> Application:
    app = session.scalar(
        select(Application).where(Application.portal_id == portal_id).with_for_update()
    )
    if app is None:
        raise NotFound("application.not_found", portal_id=portal_id)
    return app
