"""Working on applications: ``list``, ``show``, ``decide``, ``resubmit``, ``recommend``,
``queue``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop.cli.context import Command, Context, print_json
from desktop.cli.errors import EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED, CliError
from models.applications.fixes import FixField
from models.applications.listing import iter_listing
from models.applications.worklist import WorklistFilter
from models.catalogs import Catalogs
from models.db.engine import cannot_write
from models.db.entities import Status
from models.intake.readers import parse_file
from models.intake.records import FileRefused, ParsedRecord, validate_record


def cmd_list(ctx: Context) -> int:
    actor = ctx.actor(write_optional=True)
    a = ctx.args
    f = WorklistFilter(statuses=tuple(Status(s) for s in a.status or ()), region=a.region,
                       overdue=a.overdue, sort="due_date")
    if a.json:
        rows_it = iter_listing(ctx.services.queries, actor, f, a.limit)
        first = next(rows_it, None)  # fail before printing anything
        if first is None:
            sys.stdout.write("[]\n")
            return EXIT_OK
        sys.stdout.write("[\n  " + json.dumps(first, ensure_ascii=False))
        for row in rows_it:
            sys.stdout.write(",\n  " + json.dumps(row, ensure_ascii=False))
        sys.stdout.write("\n]\n")
        return EXIT_OK
    qs = ctx.services.queries
    ids = qs.ordered_ids(actor, f, a.limit)
    shown = 0
    for start in range(0, len(ids), 2000):
        for r in qs.summaries(actor, ids[start:start + 2000]):
            due = r.due_date.isoformat() if r.due_date else "-"
            flag = " OVERDUE" if r.overdue else ""
            print(f"{r.portal_id}\t{r.status.value}\trev {r.revision}\tdue {due}{flag}\t"
                  f"{r.region}\t{r.full_name}")
            shown += 1
    print(f"{shown} applications", file=sys.stderr)
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    actor = ctx.actor(write_optional=True)
    try:
        d = ctx.services.queries.detail(actor, ctx.args.portal_id)
    except DBAPIError as exc:
        if not cannot_write(exc):
            raise
        # the look is audited where the database can be written; a read-only file is read
        d = ctx.services.queries.detail(actor, ctx.args.portal_id, audit_view=False)
        print("tizilim: the database cannot be written: this look was not recorded",
              file=sys.stderr)
    if ctx.args.json:
        print_json(d.as_json())
        return EXIT_OK
    s = d.summary
    print(f"{s.portal_id}  {s.full_name}")
    print(f"  status: {s.status.value}, revision {s.revision}, region {s.region}")
    print(f"  received: {s.received_at:%Y-%m-%d %H:%M} UTC, due: {s.due_date or '-'}"
          f"{' (overdue)' if s.overdue else ''}")
    ap = d.applicant
    who = (f"organization {ap.get('name')} (BIN {ap.get('bin')}"
           f"{', licence ' + ap['licence'] if ap.get('licence') else ''}, consent to "
           f"publication: {'yes' if ap.get('consent_to_publish') else 'no'})"
           if ap.get("kind") == "organization" else "the specialist")
    contacts = ", ".join(p for p in (ap.get("phone"), ap.get("email")) if p) or "-"
    print(f"  applicant: {who}; contacts {contacts}")
    if d.registry_number:
        print(f"  registry number: {d.registry_number}, included {d.included_on}"
              f"{', excluded ' + str(d.excluded_on) if d.excluded_on else ''}")
    for dec in d.decisions:
        print(f"  decision (rev {dec.revision}): {dec.kind} {' '.join(dec.reasons)} "
              f"by {dec.user} at {dec.decided_at:%Y-%m-%d %H:%M}"
              f"{' — ' + dec.comment if dec.comment else ''}"
              f"{', letter № ' + dec.letter_number if dec.letter_number else ''}")
        for fix in dec.fix_fields:
            print(f"    to correct: {fix['field']}{' — ' + fix['note'] if fix['note'] else ''}")
    for c in d.fix_checks:
        print(f"  marked field {c.field}: {'changed' if c.changed else 'NOT changed'}")
    for n in d.notifications:
        print(f"  notification {n.id} ({n.kind}): {n.status} by {n.channel} "
              f"{n.address or ''}, attempts {n.attempts}"
              f"{', delivered ' + str(n.delivered_on) if n.delivered_on else ''}"
              f"{', sent ' + f'{n.sent_at:%Y-%m-%d %H:%M}' if n.sent_at else ''}")
    for dup in d.duplicates:
        print(f"  possible duplicate: {dup['portal_id']} ({dup['reason']}) {dup['full_name']}")
    return EXIT_OK


def _kind_codes(a: argparse.Namespace) -> tuple[str, list[str]]:
    """``--register``, ``--return CODE…`` or ``--refuse CODE…`` as (kind, reason codes)."""
    if a.register:
        return "register", []
    return ("return", a.ret) if a.ret else ("refuse", a.refuse)


def cmd_decide(ctx: Context) -> int:
    a = ctx.args
    actor = ctx.actor(required=True)
    kind, codes = _kind_codes(a)
    fixes = [FixField.parse(f) for f in a.fix]
    res = ctx.services.review.decide(actor, a.portal_id, kind, codes, a.comment,
                                     late_cause=a.late_cause, fixes=fixes)
    extra = f", registry number {res.registry_number}" if res.registry_number else ""
    print(f"{res.portal_id}: {res.kind.value} (revision {res.revision}) → "
          f"{res.status.value}{extra}; letter № {res.letter_number}, notification by "
          f"{res.channel}")
    return EXIT_OK


def _resubmit_records(path: Path, portal_id: str, catalogs: Catalogs) -> list[ParsedRecord]:
    """The records of a resubmission file: the import format, or one bare application object."""
    try:
        return parse_file(path).records
    except FileRefused as refused:
        try:
            raw = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            raise refused from None
        if not isinstance(raw, dict) or not isinstance(raw.get("specialist"), dict):
            raise CliError(f"{path}: neither the import format (\"format\": "
                           "\"tizilim.applications\") nor one application object "
                           "with \"specialist\"", EXIT_REFUSED) from None
        raw.setdefault("portal_id", portal_id)
        raw.setdefault("received_at", dt.datetime.now(dt.UTC).isoformat())
        return [validate_record(1, raw, catalogs)]


def cmd_resubmit(ctx: Context) -> int:
    actor = ctx.actor()
    path = Path(ctx.args.file)
    pid = ctx.args.portal_id
    records = _resubmit_records(path, pid, ctx.services.catalogs)
    rec = next((r for r in records if r.portal_id == pid), None)
    if rec is None:
        found = ", ".join(sorted({r.portal_id or "-" for r in records})[:5]) or "no records"
        raise CliError(f"{path} holds no application {pid} (found: {found}); "
                       "nothing was changed", EXIT_REFUSED)
    if not rec.ok:
        for i in rec.issues:
            print(f"  {i.field}: {i.message(ctx.lang)}", file=sys.stderr)
        raise CliError("the new revision is invalid; nothing was changed", EXIT_PARTIAL)
    n = ctx.services.review.resubmit(actor, pid, rec.data or {}, rec.received_at)
    print(f"{pid}: revision {n} received")
    return EXIT_OK


def cmd_recommend(ctx: Context) -> int:
    a = ctx.args
    kind, codes = _kind_codes(a)
    r = ctx.services.recommendations.recommend(ctx.actor(), a.portal_id, kind, codes, a.note)
    print(f"{a.portal_id}: recommended {r.kind} {' '.join(r.reasons)} (revision {r.revision})")
    return EXIT_OK


def cmd_queue(ctx: Context) -> int:
    a = ctx.args
    hs = ctx.services.holds
    if a.queue_cmd == "next":
        pid = hs.take_next(ctx.actor(required=ctx.services.db.dialect != "sqlite"))
        print(pid or "the queue is empty")
        return EXIT_OK
    done = hs.release(ctx.actor(), a.portal_id, a.reason)
    print(f"{a.portal_id}: {'released' if done else 'was not held'}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "list": cmd_list, "show": cmd_show, "decide": cmd_decide, "resubmit": cmd_resubmit,
    "recommend": cmd_recommend, "queue": cmd_queue,
}
