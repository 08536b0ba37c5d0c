"""The command line of ``tizilim``: global options and every sub-command's arguments."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import NoReturn

from desktop.cli.errors import UsageError
from desktop.cli.notify_args import add_notify
from desktop.version import version


class Parser(argparse.ArgumentParser):
    """argparse without its exit 2 and multi-line usage dump on a wrong command line."""

    def error(self, message: str) -> NoReturn:
        sub = self.prog.removeprefix("tizilim").strip()
        raise UsageError(f"{sub + ': ' if sub else ''}{message} "
                         f"(see: {self.prog} --help)")


def _date(value: str) -> dt.date:
    """An ISO date argument."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line (global options, then one sub-command)."""
    p = Parser(
        prog="tizilim",
        description="Registry of specialists who provide special social services "
                    "(Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі).",
    )
    p.add_argument("--db", help="SQLAlchemy URL (default: $TIZILIM_DB_URL or the local file)")
    p.add_argument("--lang", choices=("ru", "kk"), default=os.environ.get("TIZILIM_LANG", "ru"),
                   help="language of messages")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--version", action="version", version=f"Tizilim {version()}")
    p.add_argument("--demo", action="store_true",
                   help="open a demo database (created on first use) and start the program; "
                        "without a screen, run a batch demo and print what it did")
    p.add_argument("--fresh", action="store_true",
                   help="with --demo: delete the existing demo database and make a new one")
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
    add.add_argument("--position", default="", help="position (signs decision letters); "
                     "\"Kazakh / Russian\" signs each half of a letter in its language")
    as_opt(add)
    up = ua.add_parser("update", help="change a user's full name or position")
    up.add_argument("login")
    up.add_argument("--name", help="full name")
    up.add_argument("--position", help="position (signs decision letters)")
    as_opt(up)
    ul = ua.add_parser("list", help="list users")
    as_opt(ul)
    rcv = ua.add_parser("recover", help="a new password for a user, unlocked and active, by "
                                        "whoever controls the database (the last admin's "
                                        "way back in)")
    rcv.add_argument("login")

    demo = sub.add_parser("demo", help="add realistic demo applications")
    demo.add_argument("--count", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--today", type=_date, help=argparse.SUPPRESS)  # reproducible data sets
    as_opt(demo)

    tpl = sub.add_parser("template", help="write the XLSX import template (an example row, "
                         "drop-down lists, a reference sheet in kk and ru)")
    tpl.add_argument("--out", required=True)
    tpl.add_argument("--lang", dest="template_lang", choices=("kk", "ru"),
                     help="language of the drop-down lists (default: the message language)")

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
    de.add_argument("--late-cause", dest="late_cause", metavar="TEXT",
                    help="why the decision comes after the due date (kept on a late decision; "
                         "recorded as not given when absent)")
    de.add_argument("--fix", nargs="+", default=[], metavar="FIELD[=NOTE]",
                    help="with --return: a field or document to correct, e.g. "
                         "education[1].document='the copy is unreadable'")
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
    av.add_argument("--data", action="store_true",
                    help="also replay the log and compare it with the applications, decisions "
                         "and registry entries (names a row changed outside the program)")
    as_opt(av)
    as_opt(aus.add_parser("seal", help="sign a checkpoint over the events no checkpoint seals "
                                       "yet, after checking the chain (admin)"))
    aus.add_parser("key", help="print this workstation's public key (to trust it elsewhere)")
    tk = aus.add_parser("trust-key", help="accept checkpoints signed by another workstation's "
                                          "key (its 'audit key')")
    tk.add_argument("key", help="the public key, base64")
    tk.add_argument("--name", default="", help="whose key it is")

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

    sta = sub.add_parser("stats", help="statistics for a period: timeliness, workload, "
                                       "reasons (a summary, JSON, or a PDF or Excel file)")
    sta.add_argument("--from", dest="date_from", type=_date, required=True)
    sta.add_argument("--to", dest="date_to", type=_date, required=True)
    sta.add_argument("--region", help="KATO code")
    sta.add_argument("--profession", help="profession code")
    so = sta.add_mutually_exclusive_group()
    so.add_argument("--json", action="store_true")
    so.add_argument("--out", help="FILE.pdf or FILE.xlsx")
    sta.add_argument("--lang", dest="report_lang", choices=("kk", "ru", "both"),
                     default="both", help="language of the file (default: both)")
    as_opt(sta)

    dbp = sub.add_parser("db", help="the database schema: status, upgrade (PostgreSQL: run by "
                                    "the schema owner; clients never migrate)")
    dbs = dbp.add_subparsers(dest="db_cmd", required=True)
    dbs.add_parser("status", help="the schema revision of the database and of this program")
    dbs.add_parser("upgrade", help="upgrade the schema to this program's revision (SQLite: "
                                   "after a verified backup beside the file)")

    sub.add_parser("selftest", help="check this installation: resources, font, translations, "
                                    "migrations, a tiny PDF and XLSX, the database if configured")

    let = sub.add_parser("letters", help="decision letters (returns and refusals) as PDF")
    lg = let.add_mutually_exclusive_group(required=True)
    lg.add_argument("--date", type=_date)
    lg.add_argument("--portal-id")
    let.add_argument("--out", required=True)
    as_opt(let)
    add_notify(sub, as_opt, _date)
    return p
