"""One run of a sub-command: its arguments, its services and who acts."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from desktop.cli.errors import CliError
from desktop.config import resolve_db_url
from desktop.wiring import build_services
from models.actor import SYSTEM, Actor
from models.db.migrate import init_database
from models.db.schema import schema_status, too_new, too_old, upgrade_sqlite
from models.errors import render


class Context:
    """The parsed arguments, the message language and the services of the database in use
    (opened with this workstation's audit head, as the desktop program opens them)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.lang: str = args.lang
        self.services = build_services(resolve_db_url(args.db))
        self._ready = False

    def ready(self) -> None:
        """Make sure the schema exists (first use of a fresh file) and is this program's:
        an older SQLite file is upgraded after a checked copy; a newer schema, or an older
        one on a server (only ``db upgrade`` by the schema owner migrates it), is refused."""
        if self._ready:
            return
        db = self.services.db
        status = schema_status(db.engine)
        if status.state == "empty":
            init_database(db)
        elif status.state == "newer":
            raise too_new(status)
        elif status.state == "older":
            if db.dialect != "sqlite":
                raise too_old(status)
            report = upgrade_sqlite(db)
            print(f"tizilim: database upgraded from schema {report.before} to {report.after}; "
                  f"the copy made first: {report.backup}", file=sys.stderr)
        self._ready = True

    def init_schema(self) -> int:
        """Create or upgrade the schema and load the catalogs; returns the catalog items.
        A schema newer than this program is refused, untouched."""
        status = schema_status(self.services.db.engine)
        if status.state == "newer":
            raise too_new(status)
        n = init_database(self.services.db)
        self._ready = True
        return n

    def actor(self, required: bool = False, write_optional: bool = False) -> Actor:
        """Who acts: ``--as`` (or ``TIZILIM_USER``) signed in with its password, or the
        built-in local operator on a SQLite file that has no users yet.

        ``write_optional`` (the reading commands): the sign-in is recorded where the database
        can be written, and a read-only file, a full disk or a lock held for more than 2 s
        never blocks it."""
        self.ready()
        login = getattr(self.args, "as_login", None) or os.environ.get("TIZILIM_USER")
        if not login:
            if required:
                raise CliError("--as LOGIN (or TIZILIM_USER) is required")
            if self.services.db.dialect != "sqlite":
                raise CliError(render("cli.login_required_server", self.lang, {}))
            if self.services.users.count():
                raise CliError(render("cli.login_required_users", self.lang, {}))
            return SYSTEM  # the built-in local operator, only until the first user exists
        password = os.environ.get("TIZILIM_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CliError("no password: set TIZILIM_PASSWORD or run interactively")
            password = getpass.getpass(f"Password for {login}: ")
        return self.services.users.authenticate(login, password, write_optional=write_optional,
                                                brief=write_optional)

    def close(self) -> None:
        """Release the database's connections."""
        self.services.close()


Command = Callable[[Context], int]


def read_password_twice(login: str) -> str:
    """A new password: ``TIZILIM_PASSWORD``, or typed twice at a prompt."""
    pw = os.environ.get("TIZILIM_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin.isatty():
        raise CliError("no password: set TIZILIM_PASSWORD or run interactively")
    a = getpass.getpass(f"New password for {login}: ")
    b = getpass.getpass("Repeat: ")
    if a != b:
        raise CliError("passwords differ")
    return a


def print_json(obj: Any) -> None:
    """``obj`` as indented JSON on stdout (dates and the like as strings)."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
