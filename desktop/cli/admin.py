"""Setting up and running a database: ``init``, ``user``, ``settings``, ``calendar``, ``demo``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.cli.context import Command, Context, read_password_twice
from desktop.cli.errors import EXIT_OK, CliError
from models.actor import SYSTEM
from models.demo.writer import generate
from models.errors import render


def cmd_init(ctx: Context) -> int:
    n = ctx.init_schema()
    url = ctx.services.db.engine.url.render_as_string(hide_password=True)
    print(f"database ready: {url} ({n} catalog items)")
    return EXIT_OK


def cmd_user(ctx: Context) -> int:
    ctx.ready()
    us = ctx.services.users
    a = ctx.args
    if a.user_cmd == "recover":  # the last admin's way back in (docs/deployment.md)
        us.recover(a.login, read_password_twice(a.login))
        print(f"user {a.login}: new password set, unlocked and active")
        return EXIT_OK
    if a.user_cmd == "add":
        if us.count() == 0:  # the first run: the built-in operator creates the first admin
            if a.role != "admin":
                raise CliError(render("cli.first_user_admin", ctx.lang, {}))
            actor = SYSTEM
        else:
            actor = ctx.actor()
        pw = read_password_twice(a.login)
        u = us.add(actor, a.login, pw, a.role, a.region, a.name, a.position)
        print(f"user {u.login} ({u.role.value}{', ' + u.region if u.region else ''}) created")
    elif a.user_cmd == "update":
        us.update(ctx.actor(), a.login, full_name=a.name, position=a.position)
        print(f"user {a.login} updated")
    else:
        for u in us.list(ctx.actor()):
            print(f"{u.login}\t{u.role.value}\t{u.region or ''}\t"
                  f"{'active' if u.active else 'inactive'}")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    actor = ctx.actor()
    t0 = dt.datetime.now()
    stats = generate(ctx.services.db, actor, ctx.args.count, ctx.args.seed, today=ctx.args.today)
    secs = (dt.datetime.now() - t0).total_seconds()
    print(f"demo: {sum(stats.values())} applications in {secs:.1f} s — "
          + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return EXIT_OK


def cmd_calendar(ctx: Context) -> int:
    cs = ctx.services.calendar
    a = ctx.args
    if a.cal_cmd == "list":
        ctx.ready()
        for o in cs.overrides(a.year):
            print(f"{o.day}\t{'working' if o.working else 'day off'}\t{o.note}")
        return EXIT_OK
    n = cs.set_day(ctx.actor(), a.date, a.cal_cmd == "working-day", a.note)
    print(f"{a.date}: {a.cal_cmd}; {n} due dates recomputed")
    return EXIT_OK


def cmd_settings(ctx: Context) -> int:
    ctx.ready()
    svc = ctx.services.security
    if ctx.args.settings_cmd == "set":
        svc.update(ctx.actor(), **{ctx.args.name: ctx.args.value})
    for k, v in dataclasses.asdict(svc.get()).items():
        print(f"{k}\t{v}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "init": cmd_init, "user": cmd_user, "demo": cmd_demo, "calendar": cmd_calendar,
    "settings": cmd_settings,
}
