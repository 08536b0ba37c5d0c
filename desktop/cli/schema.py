"""``tizilim db status|upgrade``: the database schema against this program's.

On a shared PostgreSQL server only ``db upgrade``, run with the schema owner's connection,
migrates; clients never do. On a SQLite file ``db upgrade`` keeps a checked copy first.
"""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_ERROR, EXIT_OK
from desktop.version import version
from models.db.schema import (
    schema_status,
    too_new,
    upgrade_in_steps,
    upgrade_sqlite,
)


def _progress(step: int, steps: int, revision: str) -> None:
    if step < steps:
        print(f"  migration {step + 1} of {steps}: {revision}", file=sys.stderr, flush=True)


def cmd_db(ctx: Context) -> int:
    db = ctx.services.db
    status = schema_status(db.engine)
    where = db.engine.url.render_as_string(hide_password=True)
    if ctx.args.db_cmd == "status":
        print(f"database: {where}")
        print(f"schema: {status.current or 'none'}; this program (Tizilim {version()}): "
              f"{status.head}; {status.state}")
        return EXIT_OK if status.state == "current" else EXIT_ERROR
    if status.state == "newer":
        raise too_new(status)
    if status.state == "current":
        print(f"database already at schema {status.head}: {where}")
        return EXIT_OK
    if db.dialect == "sqlite":
        report = upgrade_sqlite(db, _progress)
        if report.backup is not None:
            print(f"copy before the upgrade: {report.backup}")
    else:
        upgrade_in_steps(db, status, _progress)
    ctx.ready()
    print(f"database upgraded from schema {status.current or 'none'} to {status.head}: {where}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {"db": cmd_db}
