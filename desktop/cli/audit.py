"""The audit log: ``audit verify`` checks the hash chain and the saved head."""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_ERROR, EXIT_OK, CliError
from models.audit import head as audit


def _hex_hash(value: str, flag: str, min_len: int) -> str:
    """A SHA-256 hash (or, for a printed head, its first ``min_len`` hex digits) from a flag."""
    value = value.strip().lower()
    if not min_len <= len(value) <= 64 or any(ch not in "0123456789abcdef" for ch in value):
        need = "64" if min_len == 64 else f"{min_len} to 64"
        raise CliError(f"{flag} takes a SHA-256 hash ({need} hex digits)")
    return value


def cmd_audit(ctx: Context) -> int:
    actor = ctx.actor()
    path = ctx.services.db.audit_head_path
    saved = ctx.args.head or (audit.HeadFile(path).read() if path else None)
    if ctx.args.head is not None:
        saved = _hex_hash(ctx.args.head, "--head", audit.MIN_HEAD_PREFIX)
    start = ctx.args.from_hash
    if start is not None:
        start = _hex_hash(start, "--from-hash", 64)
    res = ctx.services.audit.verify(actor, known_head=saved, from_hash=start)
    if res.ok:
        print(f"audit chain intact: {res.count} events"
              + (f" from {start[:16]}" if start else "") + f", head {res.head}")
        if saved:
            print(f"saved head {saved[:16]} found in the log"
                  + (f" ({path})" if not ctx.args.head else ""))
        return EXIT_OK
    where = f"event #{res.first_bad_id}" if res.first_bad_id else "the end of the log"
    print(f"audit chain BROKEN at {where}: {res.problem}", file=sys.stderr)
    return EXIT_ERROR


COMMANDS: dict[str, Command] = {"audit": cmd_audit}
