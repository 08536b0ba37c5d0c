"""Child process of the crash test: decides applications in a loop, reporting each saved one.

Usage: python -m tests.backup.crash_writer URL USER_ID
Prints ``<portal_id> <kind>`` and flushes only after ``decide`` returned (i.e. committed).
"""

from __future__ import annotations

import sys

from sqlalchemy import select

from models.actor import Actor
from models.db.entities import Application, Role, Status
from models.services import Services

KINDS = (("register", []), ("return", ["RET-DOCUMENTS"]), ("refuse", ["REF-EMIGRATION"]))


def main() -> None:
    url, user_id = sys.argv[1], int(sys.argv[2])
    services = Services.open(url)
    db = services.db
    actor = Actor("admin", Role.ADMIN, None, user_id)
    with db.read() as s:
        todo = list(s.scalars(select(Application.portal_id).where(
            Application.status.in_([Status.SUBMITTED, Status.RESUBMITTED]))
            .order_by(Application.id)))
    rv = services.review
    for i, pid in enumerate(todo):
        kind, codes = KINDS[i % 3]
        rv.decide(actor, pid, kind, codes, "crash test")
        sys.stdout.write(f"{pid} {kind}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
