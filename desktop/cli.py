"""The ``tizilim`` command: the desktop program when called bare, batch sub-commands otherwise.

Errors print one clear line on stderr and exit non-zero; there is never a traceback for an
expected problem.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.config import resolve_db_url, use_audit_head

log = logging.getLogger("tizilim")

EXIT_OK, EXIT_ERROR, EXIT_REFUSED, EXIT_PARTIAL = 0, 1, 2, 3
EXIT_USAGE = 64  # a wrong command line (sysexits EX_USAGE); 2 means "file refused"
EXIT_BROKEN_PIPE = 141  # the reader went away (128 + SIGPIPE), e.g. ``| head``


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


class UsageError(Exception):
    """A wrong command line: printed as one line, exit :data:`EXIT_USAGE`."""


class Parser(argparse.ArgumentParser):
    """argparse without its exit 2 and multi-line usage dump on a wrong command line."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        sub = self.prog.removeprefix("tizilim").strip()
        raise UsageError(f"{sub + ': ' if sub else ''}{message} "
                         f"(see: {self.prog} --help)")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="tizilim",
        description="Registry of specialists who provide special social services "
                    "(Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі).",
    )
    p.add_argument("--db", help="SQLAlchemy URL (default: $TIZILIM_DB_URL or the local file)")
    p.add_argument("--lang", choices=("ru", "kk"), default=os.environ.get("TIZILIM_LANG", "ru"),
                   help="language of messages")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--demo", action="store_true",
                   help="open a demo database (created on first use) and start the program; "
                        "without a screen, run a batch demo and print what it did")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def as_opt(sp: argparse.ArgumentParser, required: bool = False) -> None:
        sp.add_argument("--as", dest="as_login", required=required, metavar="LOGIN",
                        help="act as this user (password from TIZILIM_PASSWORD or a prompt)")

    sub.add_parser("init", help="create or upgrade the schema, load catalogs")
    ua = sub.add_parser("user", help="manage users").add_subparsers(dest="user_cmd",
                                                                     required=True)
    add = ua.add_parser("add", help="create a user")
    add.add_argument("login")
    add.add_argument("--role", choices=("admin", "mio", "viewer"), required=True)
    add.add_argument("--region", help="KATO code (required for mio)")
    add.add_argument("--name", default="", help="full name")
    as_opt(add)
    ul = ua.add_parser("list", help="list users")
    as_opt(ul)

    demo = sub.add_parser("demo", help="add realistic demo applications")
    demo.add_argument("--count", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=_date, help=argparse.SUPPRESS)  # reproducible data sets
    as_opt(demo)

    tpl = sub.add_parser("template", help="write the empty XLSX import template")
    tpl.add_argument("--out", required=True)

    imp = sub.add_parser("import", help="import applications from JSON or XLSX")
    imp.add_argument("file")
    imp.add_argument("--report", help="write rejected records to this XLSX")
    as_opt(imp)

    ls = sub.add_parser("list", help="list applications")
    ls.add_argument("--status", action="append",
                    choices=("submitted", "resubmitted", "registered", "returned", "refused"))
    ls.add_argument("--region")
    ls.add_argument("--overdue", action="store_true")
    ls.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
    ls.add_argument("--json", action="store_true")
    as_opt(ls)

    sh = sub.add_parser("show", help="show one application")
    sh.add_argument("portal_id")
    sh.add_argument("--json", action="store_true")
    as_opt(sh)

    de = sub.add_parser("decide", help="register, return or refuse an application")
    de.add_argument("portal_id")
    g = de.add_mutually_exclusive_group(required=True)
    g.add_argument("--register", action="store_true")
    g.add_argument("--return", dest="ret", nargs="+", metavar="CODE")
    g.add_argument("--refuse", nargs="+", metavar="CODE")
    de.add_argument("--comment", default="")
    as_opt(de)

    rs = sub.add_parser("resubmit", help="a returned application's new revision")
    rs.add_argument("portal_id")
    rs.add_argument("file")
    as_opt(rs)

    ex = sub.add_parser("exclude", help="exclude a specialist from the registry")
    ex.add_argument("registry_number", type=int)
    ex.add_argument("--reason", required=True)
    ex.add_argument("--date", type=_date)
    as_opt(ex)

    cal = sub.add_parser("calendar", help="extra days off and working days")
    cs = cal.add_subparsers(dest="cal_cmd", required=True)
    for name in ("day-off", "working-day"):
        c = cs.add_parser(name)
        c.add_argument("date", type=_date)
        c.add_argument("--note", default="")
        as_opt(c)
    cl = cs.add_parser("list")
    cl.add_argument("--year", type=int)

    au = sub.add_parser("audit", help="the audit log")
    aus = au.add_subparsers(dest="audit_cmd", required=True)
    av = aus.add_parser("verify", help="check the hash chain (and that the saved head is in it)")
    av.add_argument("--head", help="a head hash printed earlier (e.g. on an exported registry)")
    av.add_argument("--from-hash", dest="from_hash", metavar="HASH",
                    help="start from this hash: the prev_hash of the first kept event after "
                         "older events were archived")
    as_opt(av)

    bk = sub.add_parser("backup", help="a verified copy of the SQLite database")
    bk.add_argument("--out", required=True)
    rst = sub.add_parser("restore", help="check a backup, then replace the SQLite database "
                                          "(admin; appends a backup.restore audit event)")
    rst.add_argument("file")
    rst.add_argument("--yes", action="store_true",
                     help="confirm the replacement without a prompt (scripts)")
    as_opt(rst)

    rc = sub.add_parser("recommend", help="a clerk's recommendation on an application")
    rc.add_argument("portal_id")
    rg = rc.add_mutually_exclusive_group(required=True)
    rg.add_argument("--register", action="store_true")
    rg.add_argument("--return", dest="ret", nargs="+", metavar="CODE")
    rg.add_argument("--refuse", nargs="+", metavar="CODE")
    rc.add_argument("--note", default="")
    as_opt(rc)

    qu = sub.add_parser("queue", help="the work queue: take the next application, release one")
    qs = qu.add_subparsers(dest="queue_cmd", required=True)
    as_opt(qs.add_parser("next", help="take the open application due first"))
    qr = qs.add_parser("release", help="release a hold (someone else's: admin, with --reason)")
    qr.add_argument("portal_id")
    qr.add_argument("--reason", default="")
    as_opt(qr)

    st = sub.add_parser("settings", help="security settings")
    sts = st.add_subparsers(dest="settings_cmd", required=True)
    sts.add_parser("show")
    ss = sts.add_parser("set")
    ss.add_argument("name", choices=("max_failed_attempts", "lockout_minutes",
                                     "idle_lock_minutes", "hold_expiry_minutes"))
    ss.add_argument("value", type=int)
    as_opt(ss)

    exp = sub.add_parser("export", help="print the registry as PDF or Excel")
    exp.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    exp.add_argument("--lang", dest="report_lang", choices=("kk", "ru", "both"), required=True)
    exp.add_argument("--edition", choices=("full", "public"), default="full")
    exp.add_argument("--region")
    exp.add_argument("--profession")
    exp.add_argument("--from", dest="date_from", type=_date)
    exp.add_argument("--to", dest="date_to", type=_date)
    exp.add_argument("--as-of", dest="as_of", type=_date)
    exp.add_argument("--out", required=True)
    as_opt(exp)

    let = sub.add_parser("letters", help="decision letters (returns and refusals) as PDF")
    lg = let.add_mutually_exclusive_group(required=True)
    lg.add_argument("--date", type=_date)
    lg.add_argument("--portal-id")
    let.add_argument("--out", required=True)
    as_opt(let)
    return p


# --- helpers ---------------------------------------------------------------------------------


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        from models.db.engine import Database

        self.args = args
        self.lang: str = args.lang
        url = resolve_db_url(args.db)
        self.db = Database.from_url(url)
        use_audit_head(self.db)
        self._ready = False

    def ready(self) -> None:
        """Make sure the schema exists (first use of a fresh file)."""
        if self._ready:
            return
        from models.db.migrate import current_revision, init_database

        if current_revision(self.db.engine) is None:
            init_database(self.db)
        self._ready = True

    def actor(self, required: bool = False) -> Any:
        from models.actor import SYSTEM
        from models.people.users import UserService

        self.ready()
        login = getattr(self.args, "as_login", None) or os.environ.get("TIZILIM_USER")
        if not login:
            if required:
                raise CliError("--as LOGIN (or TIZILIM_USER) is required")
            if self.db.dialect != "sqlite":
                raise CliError("--as LOGIN is required on a shared database server "
                               "/ ортақ дерекқор серверінде --as LOGIN міндетті")
            if UserService(self.db).count():
                raise CliError("--as LOGIN (or TIZILIM_USER) is required: this database has "
                               "users / бұл дерекқорда пайдаланушылар бар: --as LOGIN міндетті")
            return SYSTEM  # the built-in local operator, only until the first user exists
        password = os.environ.get("TIZILIM_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CliError("no password: set TIZILIM_PASSWORD or run interactively")
            password = getpass.getpass(f"Password for {login}: ")
        return UserService(self.db).authenticate(login, password)

    def msg(self, exc: Any) -> str:
        return exc.message(self.lang) if hasattr(exc, "message") else str(exc)


def _read_password_twice(login: str) -> str:
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


def _print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# --- commands -----------------------------------------------------------------------------


def cmd_init(ctx: Context) -> int:
    from models.db.migrate import init_database

    n = init_database(ctx.db)
    ctx._ready = True
    print(f"database ready: {ctx.db.engine.url.render_as_string(hide_password=True)} "
          f"({n} catalog items)")
    return EXIT_OK


def cmd_user(ctx: Context) -> int:
    from models.actor import SYSTEM
    from models.people.users import UserService

    ctx.ready()
    us = UserService(ctx.db)
    a = ctx.args
    if a.user_cmd == "add":
        if us.count() == 0:  # the first run: the built-in operator creates the first admin
            if a.role != "admin":
                raise CliError("the first user must be an admin (--role admin) / "
                               "алғашқы пайдаланушы әкімші болуы керек")
            actor = SYSTEM
        else:
            actor = ctx.actor()
        pw = _read_password_twice(a.login)
        u = us.add(actor, a.login, pw, a.role, a.region, a.name)
        print(f"user {u.login} ({u.role.value}{', ' + u.region if u.region else ''}) created")
    else:
        for u in us.list(ctx.actor()):
            print(f"{u.login}\t{u.role.value}\t{u.region or ''}\t"
                  f"{'active' if u.active else 'inactive'}")
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    from models.demo.writer import generate

    actor = ctx.actor()
    t0 = dt.datetime.now()
    stats = generate(ctx.db, actor, ctx.args.count, ctx.args.seed, today=ctx.args.today)
    secs = (dt.datetime.now() - t0).total_seconds()
    print(f"demo: {sum(stats.values())} applications in {secs:.1f} s — "
          + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return EXIT_OK


def cmd_template(ctx: Context) -> int:
    from reports.intake_xlsx import write_template

    write_template(ctx.args.out)
    print(f"template written: {ctx.args.out}")
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from models.intake.readers import parse_file
    from models.intake.service import ImportService
    from reports.intake_xlsx import write_rejection_report

    actor = ctx.actor()
    parsed = parse_file(ctx.args.file)
    report = ImportService(ctx.db).import_parsed(actor, parsed)
    print(f"{report.total} records: {report.imported} imported, "
          f"{report.already_present} already present, {len(report.rejected)} rejected")
    for r in report.rejected:
        for i in r.issues:
            if i.severity == "error":
                print(f"  record {r.index} {r.portal_id or '-'}: {i.field}: {i.message(ctx.lang)}",
                      file=sys.stderr)
    if ctx.args.report:
        write_rejection_report(report.rejected, ctx.args.report)
        print(f"report written: {ctx.args.report}")
    return report.exit_code


def cmd_list(ctx: Context) -> int:
    from models.applications.listing import iter_listing
    from models.applications.queries import QueryService
    from models.applications.worklist import WorklistFilter
    from models.db.entities import Status

    actor = ctx.actor()
    a = ctx.args
    f = WorklistFilter(statuses=tuple(Status(s) for s in a.status or ()), region=a.region,
                       overdue=a.overdue, sort="due_date")
    if a.json:
        rows_it = iter_listing(QueryService(ctx.db), actor, f, a.limit)
        first = next(rows_it, None)  # fail before printing anything
        if first is None:
            sys.stdout.write("[]\n")
            return EXIT_OK
        sys.stdout.write("[\n  " + json.dumps(first, ensure_ascii=False))
        for row in rows_it:
            sys.stdout.write(",\n  " + json.dumps(row, ensure_ascii=False))
        sys.stdout.write("\n]\n")
        return EXIT_OK
    qs = QueryService(ctx.db)
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
    from models.applications.queries import QueryService

    d = QueryService(ctx.db).detail(ctx.actor(), ctx.args.portal_id)
    if ctx.args.json:
        _print_json(d.as_json())
        return EXIT_OK
    s = d.summary
    print(f"{s.portal_id}  {s.full_name}")
    print(f"  status: {s.status.value}, revision {s.revision}, region {s.region}")
    print(f"  received: {s.received_at:%Y-%m-%d %H:%M} UTC, due: {s.due_date or '-'}"
          f"{' (overdue)' if s.overdue else ''}")
    if d.registry_number:
        print(f"  registry number: {d.registry_number}, included {d.included_on}"
              f"{', excluded ' + str(d.excluded_on) if d.excluded_on else ''}")
    for dec in d.decisions:
        print(f"  decision (rev {dec.revision}): {dec.kind} {' '.join(dec.reasons)} "
              f"by {dec.user} at {dec.decided_at:%Y-%m-%d %H:%M}"
              f"{' — ' + dec.comment if dec.comment else ''}")
    for dup in d.duplicates:
        print(f"  possible duplicate: {dup['portal_id']} ({dup['reason']}) {dup['full_name']}")
    return EXIT_OK


def cmd_decide(ctx: Context) -> int:
    from models.applications.review import ReviewService

    a = ctx.args
    actor = ctx.actor(required=True)
    if a.register:
        kind, codes = "register", []
    elif a.ret:
        kind, codes = "return", a.ret
    else:
        kind, codes = "refuse", a.refuse
    res = ReviewService(ctx.db).decide(actor, a.portal_id, kind, codes, a.comment)
    extra = f", registry number {res.registry_number}" if res.registry_number else ""
    print(f"{res.portal_id}: {res.kind.value} (revision {res.revision}) → "
          f"{res.status.value}{extra}")
    return EXIT_OK


def _resubmit_records(path: Path, portal_id: str) -> list[Any]:
    """The records of a resubmission file: the import format, or one bare application object."""
    from models.catalogs import Catalogs
    from models.intake.readers import parse_file
    from models.intake.records import FileRefused, validate_record

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
        return [validate_record(1, raw, Catalogs.shipped())]


def cmd_resubmit(ctx: Context) -> int:
    from models.applications.review import ReviewService

    actor = ctx.actor()
    path = Path(ctx.args.file)
    pid = ctx.args.portal_id
    records = _resubmit_records(path, pid)
    rec = next((r for r in records if r.portal_id == pid), None)
    if rec is None:
        found = ", ".join(sorted({r.portal_id or "-" for r in records})[:5]) or "no records"
        raise CliError(f"{path} holds no application {pid} (found: {found}); "
                       "nothing was changed", EXIT_REFUSED)
    if not rec.ok:
        for i in rec.issues:
            print(f"  {i.field}: {i.message(ctx.lang)}", file=sys.stderr)
        raise CliError("the new revision is invalid; nothing was changed", EXIT_PARTIAL)
    n = ReviewService(ctx.db).resubmit(actor, pid, rec.data or {}, rec.received_at)
    print(f"{pid}: revision {n} received")
    return EXIT_OK


def cmd_exclude(ctx: Context) -> int:
    from models.registry.service import RegistryService

    a = ctx.args
    RegistryService(ctx.db).exclude(ctx.actor(), a.registry_number, a.reason, a.date)
    print(f"registry entry {a.registry_number} excluded")
    return EXIT_OK


def cmd_calendar(ctx: Context) -> int:
    from models.calendar.service import CalendarService

    cs = CalendarService(ctx.db)
    a = ctx.args
    if a.cal_cmd == "list":
        ctx.ready()
        for o in cs.overrides(a.year):
            print(f"{o.day}\t{'working' if o.working else 'day off'}\t{o.note}")
        return EXIT_OK
    n = cs.set_day(ctx.actor(), a.date, a.cal_cmd == "working-day", a.note)
    print(f"{a.date}: {a.cal_cmd}; {n} due dates recomputed")
    return EXIT_OK


def _hex_hash(value: str, flag: str, min_len: int) -> str:
    """A SHA-256 hash (or, for a printed head, its first ``min_len`` hex digits) from a flag."""
    value = value.strip().lower()
    if not min_len <= len(value) <= 64 or any(ch not in "0123456789abcdef" for ch in value):
        need = "64" if min_len == 64 else f"{min_len} to 64"
        raise CliError(f"{flag} takes a SHA-256 hash ({need} hex digits)")
    return value


def cmd_audit(ctx: Context) -> int:
    from models.audit.head import MIN_HEAD_PREFIX, HeadFile
    from models.audit.service import AuditService

    actor = ctx.actor()
    path = ctx.db.audit_head_path
    saved = ctx.args.head or (HeadFile(path).read() if path else None)
    if ctx.args.head is not None:
        saved = _hex_hash(ctx.args.head, "--head", MIN_HEAD_PREFIX)
    start = ctx.args.from_hash
    if start is not None:
        start = _hex_hash(start, "--from-hash", 64)
    res = AuditService(ctx.db).verify(actor, known_head=saved, from_hash=start)
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


def cmd_export(ctx: Context) -> int:
    from models.dto import RegistryQuery
    from models.registry.service import RegistryService, check_output
    from reports.jobs import export_registry

    a = ctx.args
    q = RegistryQuery(edition=a.edition, region=a.region, profession=a.profession,
                      included_from=a.date_from, included_to=a.date_to, as_of=a.as_of)
    check_output(a.out)  # bad input: one line, before signing in, auditing or writing
    RegistryService(ctx.db).check_query(q)
    n = export_registry(ctx.db, ctx.actor(), q, a.format, a.report_lang, a.out)
    print(f"{a.out}: {n} entries ({a.edition}, {a.report_lang})")
    return EXIT_OK


def cmd_letters(ctx: Context) -> int:
    from models.registry.service import check_output
    from reports.jobs import export_letters

    a = ctx.args
    check_output(a.out)
    n = export_letters(ctx.db, ctx.actor(), a.date, a.portal_id, a.out)
    print(f"{a.out}: {n} letters")
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from models.db.backup import backup, server_backup_error

    if ctx.db.dialect != "sqlite":
        raise server_backup_error()
    ctx.ready()
    rep = backup(ctx.db, ctx.args.out)
    print(f"backup written and verified: {rep.path} ({rep.size // 1024} KiB, "
          f"{rep.events} audit events, head {rep.head})")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from models.db.backup import plan_restore, restore, server_backup_error

    if ctx.db.dialect != "sqlite":
        raise server_backup_error()
    actor = ctx.actor()
    if not actor.is_admin:  # refused (and audited) before anything is read or asked
        restore(ctx.db, ctx.args.file, actor)
    plan = plan_restore(ctx.db, ctx.args.file)
    lost = (f"{plan.events_lost} newer audit events of the current log are not in it"
            if plan.events_lost else "nothing of the current log is lost")
    summary = (f"{ctx.args.file}: {plan.check.events} audit events, head {plan.check.head[:16]}"
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
    check, kept = restore(ctx.db, ctx.args.file, actor, confirmed=True)
    print(f"restored from {ctx.args.file}: {check.events} audit events, head {check.head}; "
          f"backup.restore recorded (previous head {plan.live_head[:16]})")
    if kept:
        print(f"the previous database was kept as {kept}")
    return EXIT_OK


def _kind_codes(a: argparse.Namespace) -> tuple[str, list[str]]:
    if a.register:
        return "register", []
    return ("return", a.ret) if a.ret else ("refuse", a.refuse)


def cmd_recommend(ctx: Context) -> int:
    from models.applications.recommendations import RecommendationService

    a = ctx.args
    kind, codes = _kind_codes(a)
    r = RecommendationService(ctx.db).recommend(ctx.actor(), a.portal_id, kind, codes, a.note)
    print(f"{a.portal_id}: recommended {r.kind} {' '.join(r.reasons)} (revision {r.revision})")
    return EXIT_OK


def cmd_queue(ctx: Context) -> int:
    from models.applications.holds import HoldService

    a = ctx.args
    hs = HoldService(ctx.db)
    if a.queue_cmd == "next":
        pid = hs.take_next(ctx.actor(required=ctx.db.dialect != "sqlite"))
        print(pid or "the queue is empty")
        return EXIT_OK
    done = hs.release(ctx.actor(), a.portal_id, a.reason)
    print(f"{a.portal_id}: {'released' if done else 'was not held'}")
    return EXIT_OK


def cmd_settings(ctx: Context) -> int:
    import dataclasses

    from models.people.security_settings import SettingsService

    ctx.ready()
    svc = SettingsService(ctx.db)
    if ctx.args.settings_cmd == "set":
        svc.update(ctx.actor(), **{ctx.args.name: ctx.args.value})
    for k, v in dataclasses.asdict(svc.get()).items():
        print(f"{k}\t{v}")
    return EXIT_OK


COMMANDS = {
    "init": cmd_init, "user": cmd_user, "demo": cmd_demo, "template": cmd_template,
    "import": cmd_import, "list": cmd_list, "show": cmd_show, "decide": cmd_decide,
    "resubmit": cmd_resubmit, "exclude": cmd_exclude, "calendar": cmd_calendar,
    "audit": cmd_audit, "export": cmd_export, "letters": cmd_letters,
    "backup": cmd_backup, "restore": cmd_restore, "recommend": cmd_recommend,
    "queue": cmd_queue, "settings": cmd_settings,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tizilim`` command."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"tizilim: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from models.privacy_log import install as keep_personal_data_out_of_logs
    from models.privacy_log import mask

    keep_personal_data_out_of_logs()
    if args.demo and args.command is None:
        from desktop.demo_run import run_demo

        return run_demo(args)
    if args.command is None:
        from desktop.main import run_gui

        return run_gui(args)
    from models.errors import DomainError

    ctx = None
    try:
        ctx = Context(args)
        code = COMMANDS[args.command](ctx)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except CliError as exc:
        print(f"tizilim: {exc}", file=sys.stderr)
        return exc.code
    except DomainError as exc:
        from models.intake.records import FileRefused

        msg = exc.message(args.lang)
        print(f"tizilim: {msg}", file=sys.stderr)
        return EXIT_REFUSED if isinstance(exc, FileRefused) else EXIT_ERROR
    except KeyboardInterrupt:
        print("tizilim: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an unexpected failure: one line, details only with -v
        from sqlalchemy.exc import SQLAlchemyError

        if args.verbose:
            raise
        kind = "database error" if isinstance(exc, SQLAlchemyError) else "internal error"
        first = mask((str(exc).splitlines() or [""])[0][:300])
        print(f"tizilim: {kind}: {exc.__class__.__name__}: {first}", file=sys.stderr)
        log.debug("failure", exc_info=True)
        return EXIT_ERROR
    finally:
        if ctx is not None:
            ctx.db.dispose()


if __name__ == "__main__":
    sys.exit(main())
