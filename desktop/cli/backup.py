"""The SQLite file: ``backup`` (a verified copy) and ``restore`` (checked, confirmed, audited)."""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_OK, CliError
from models.db.backup import backup, plan_restore, restore, server_backup_error


def cmd_backup(ctx: Context) -> int:
    db = ctx.services.db
    if db.dialect != "sqlite":
        raise server_backup_error()
    ctx.ready()
    rep = backup(db, ctx.args.out)
    print(f"backup written and verified: {rep.path} ({rep.size // 1024} KiB, "
          f"{rep.events} audit events, head {rep.head})")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    db, file = ctx.services.db, ctx.args.file
    if db.dialect != "sqlite":
        raise server_backup_error()
    actor = ctx.actor()
    if not actor.is_admin:  # refused (and audited) before anything is read or asked
        restore(db, file, actor)
    plan = plan_restore(db, file)
    lost = (f"{plan.events_lost} newer audit events of the current log are not in it"
            if plan.events_lost else "nothing of the current log is lost")
    summary = (f"{file}: {plan.check.events} audit events, head {plan.check.head[:16]}"
               f"; the current database has {plan.live_events} ({lost})"
               + ("" if plan.backup_in_live_log else
                  "; the backup is NOT an older copy of the current log"))
    if not ctx.args.yes:
        if not sys.stdin.isatty():
            raise CliError(f"{summary}. Restoring replaces the whole database: "
                           "add --yes to confirm; nothing was changed")
        print(summary)
        if input("Replace the whole database with this backup? Type yes: ").strip() != "yes":
            raise CliError("not confirmed; nothing was changed")
    check, kept = restore(db, file, actor, confirmed=True)
    print(f"restored from {file}: {check.events} audit events, head {check.head}; "
          f"backup.restore recorded (previous head {plan.live_head[:16]})")
    if kept:
        print(f"the previous database was kept as {kept}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {"backup": cmd_backup, "restore": cmd_restore}
