"""The entry point of ``tizilim``.

Errors print one clear line on stderr and exit non-zero; there is never a traceback for an
expected problem. Neither SQLAlchemy nor the services are imported before a sub-command is
known: the bare command starts the desktop program, which loads them itself while the user
signs in.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.cli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliError,
    UsageError,
)
from desktop.cli.parser import build_parser
from desktop.console import setup_streams
from models.privacy_log import install as keep_personal_data_out_of_logs
from models.privacy_log import mask

if TYPE_CHECKING:
    from desktop.cli.context import Command

log = logging.getLogger("tizilim")


def commands() -> dict[str, Command]:
    """Every sub-command by name."""
    # imported here: the command modules load the services, which the bare program defers
    from desktop.cli import (
        admin,
        applications,
        audit,
        backup,
        intake,
        notify,
        registry,
        schema,
        stats,
        template,
    )

    return {**admin.COMMANDS, **intake.COMMANDS, **applications.COMMANDS,
            **registry.COMMANDS, **audit.COMMANDS, **backup.COMMANDS, **stats.COMMANDS,
            **notify.COMMANDS, **schema.COMMANDS, **template.COMMANDS}


def _silence_stdout() -> None:
    """After the reader closed the pipe: send what is left to /dev/null, quietly."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


#: a write failed for want of room: a full disk, a file-size limit, a quota
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _unexpected(args: argparse.Namespace, exc: Exception, db_error: type[Exception]) -> int:
    """An unexpected failure: one line, details only with -v."""
    if args.verbose:
        raise exc
    kind = "database error" if isinstance(exc, db_error) else "internal error"
    first = mask((str(exc).splitlines() or [""])[0][:300])
    print(f"tizilim: {kind}: {exc.__class__.__name__}: {first}", file=sys.stderr)
    log.debug("failure", exc_info=True)
    return EXIT_ERROR


def _quiet_unraisable(hook: sys.UnraisableHookArgs) -> None:
    """Errors in clean-ups after a failure (a temporary file on a full disk) go to the log,
    never as "Exception ignored …" on the terminal: the failure itself was reported."""
    log.debug("ignored in %r: %r", hook.object, hook.exc_value)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``tizilim`` and ``tizilim-cli`` (the same commands)."""
    setup_streams()  # UTF-8 whatever the code page; a console for the windowed program
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"tizilim: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    keep_personal_data_out_of_logs()
    if args.fresh and not (args.demo and args.command is None):
        print("tizilim: --fresh goes with --demo (tizilim --demo --fresh)", file=sys.stderr)
        return EXIT_USAGE
    if args.demo and args.command is None:
        from desktop.demo_run import run_demo

        return run_demo(args)
    if args.command is None:
        from desktop.main import run_gui

        return run_gui(args)
    if args.command == "selftest":  # checks the installation; opens a database only if set
        from desktop.selftest import run_selftest

        return run_selftest(args)
    # the services and what they raise: loaded only for a sub-command
    from sqlalchemy.exc import SQLAlchemyError

    sys.unraisablehook = _quiet_unraisable

    from desktop.cli.context import Context
    from models.errors import DomainError
    from models.intake.records import FileRefused

    ctx = None
    try:
        ctx = Context(args)
        code = commands()[args.command](ctx)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except CliError as exc:
        print(f"tizilim: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        msg = exc.message(args.lang)
        print(f"tizilim: {msg}", file=sys.stderr)
        return EXIT_REFUSED if isinstance(exc, FileRefused) else EXIT_ERROR
    except KeyboardInterrupt:
        print("tizilim: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        if exc.errno not in _NO_ROOM:
            return _unexpected(args, exc, SQLAlchemyError)
        from models.errors import render

        where = exc.filename or getattr(args, "out", None) or getattr(args, "report", "")
        print(f"tizilim: {render('export.disk_full', args.lang, {'path': where})}",
              file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # an unexpected failure: one line, details only with -v
        return _unexpected(args, exc, SQLAlchemyError)
    finally:
        if ctx is not None:
            ctx.close()
