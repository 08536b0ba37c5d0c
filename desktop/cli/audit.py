"""The audit log: ``audit verify`` (the chain, its signed checkpoints, the saved head and, with
``--data``, the rows), ``audit seal``, ``audit key`` and ``audit trust-key``."""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_ERROR, EXIT_OK, CliError
from desktop.config import audit_trusted_path
from models.audit import head as audit
from models.audit.seal import add_trusted, key_id


def _hex_hash(value: str, flag: str, min_len: int) -> str:
    """A SHA-256 hash (or, for a printed head, its first ``min_len`` hex digits) from a flag."""
    value = value.strip().lower()
    if not min_len <= len(value) <= 64 or any(ch not in "0123456789abcdef" for ch in value):
        need = "64" if min_len == 64 else f"{min_len} to 64"
        raise CliError(f"{flag} takes a SHA-256 hash ({need} hex digits)")
    return value


def _verify(ctx: Context) -> int:
    db = ctx.services.db
    # the head kept outside the database, read before anything of this run is written
    # (the sign-in of --as appends an event and moves the head file on)
    path = db.audit_head_path
    saved = db.audit_head_at_open
    if ctx.args.head is not None:
        saved = _hex_hash(ctx.args.head, "--head", audit.MIN_HEAD_PREFIX)
    start = ctx.args.from_hash
    if start is not None:
        start = _hex_hash(start, "--from-hash", 64)
    actor = ctx.actor(write_optional=True)
    res = ctx.services.audit.verify(actor, known_head=saved, from_hash=start)
    if not res.ok:
        where = f"event #{res.first_bad_id}" if res.first_bad_id else "the end of the log"
        print(f"audit chain BROKEN at {where}: {res.problem}", file=sys.stderr)
        return EXIT_ERROR
    print(f"audit chain intact: {res.count} events"
          + (f" from {start[:16]}" if start else "") + f", head {res.head}")
    if saved:
        print(f"saved head {saved[:16]} found in the log"
              + (f" ({path})" if not ctx.args.head else ""))
    print(f"{res.checkpoints} signed checkpoints checked"
          + (f", events sealed up to #{res.sealed_through}" if res.sealed_through else ""))
    code = EXIT_OK
    if res.unsealed:
        print(f"audit log NOT SEALED: {res.unsealed} events from event "
              f"#{res.first_unsealed_id} on carry no signed checkpoint (forged, or written "
              "without a signing key; an admin may seal a verified log: audit seal)",
              file=sys.stderr)
        code = EXIT_ERROR
    if ctx.args.data:
        chk = ctx.services.audit.check_data(actor)
        if chk.ok:
            print(f"data matches the audit log: {chk.applications} applications, "
                  f"{chk.decisions} decisions, {chk.registry_entries} registry entries")
        else:
            print(f"data CHANGED outside the program: {chk.count} rows differ from the audit "
                  "log; " + "; ".join(chk.problems[:5]), file=sys.stderr)
            code = EXIT_ERROR
    return code


def cmd_audit(ctx: Context) -> int:
    a = ctx.args
    if a.audit_cmd == "verify":
        return _verify(ctx)
    db = ctx.services.db
    if a.audit_cmd == "key":
        signer = db.audit_signer
        if signer is None:
            raise CliError("this workstation has no audit signing key")
        print(f"{signer.public_b64} {signer.key_id}"
              + (f" ({signer.path})" if signer.path else ""))
        return EXIT_OK
    if a.audit_cmd == "trust-key":
        add_trusted(audit_trusted_path(), a.key, a.name)
        print(f"trusted: key {key_id(a.key)} {a.name}".rstrip())
        return EXIT_OK
    n = ctx.services.audit.seal(ctx.actor())
    print(f"{n} events sealed" if n else "nothing to seal: every event is sealed")
    return EXIT_OK


COMMANDS: dict[str, Command] = {"audit": cmd_audit}
