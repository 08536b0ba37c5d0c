"""The arguments of ``tizilim notify …`` (kept apart: the parser loads no services)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

STATUSES = ("pending", "sent", "delivered", "failed", "by-hand", "uncertain")
KINDS = ("register", "return", "refuse")
CHANNELS = ("letter", "email", "sms")


def add_notify(sub: argparse._SubParsersAction[Any],
               as_opt: Callable[[argparse.ArgumentParser], None],
               date: Callable[[str], dt.date]) -> None:
    """``notify`` and its sub-commands."""
    no = sub.add_parser("notify", help="notifications of decisions: send, lists, by hand")
    ns = no.add_subparsers(dest="notify_cmd", required=True)
    send = ns.add_parser("send", help="send what is due (e-mail; for a scheduled task)")
    send.add_argument("--limit", type=int, default=200)
    as_opt(send)
    ls = ns.add_parser("list", help="notifications by status (a clerk: their region)")
    ls.add_argument("--status", choices=STATUSES)
    ls.add_argument("--region")
    ls.add_argument("--json", action="store_true")
    as_opt(ls)
    md = ns.add_parser("mark-delivered", help="a letter handed over (or an uncertain send "
                                              "confirmed), with the date")
    md.add_argument("id", type=int)
    md.add_argument("--date", type=date, help="the day it was delivered (default: today)")
    as_opt(md)
    rs = ns.add_parser("resend", help="send an uncertain notification again (admin)")
    rs.add_argument("id", type=int)
    as_opt(rs)
    ex = ns.add_parser("export-sms", help="write the SMS that are due for the gateway")
    ex.add_argument("--out", required=True)
    as_opt(ex)
    im = ns.add_parser("import-sms-report", help="record the gateway's delivery report")
    im.add_argument("file")
    as_opt(im)
    sm = ns.add_parser("smtp", help="the mail settings kept in the database (admin)")
    ss = sm.add_subparsers(dest="smtp_cmd", required=True)
    as_opt(ss.add_parser("show"))
    st = ss.add_parser("set", help="smtp://…, smtp+starttls://… or smtps://user:pass@host:port")
    st.add_argument("url", nargs="?", help="default: $TIZILIM_SMTP_URL")
    st.add_argument("--from", dest="sender", required=True, help="the From address")
    as_opt(st)
    as_opt(ss.add_parser("clear"))
    lf = ns.add_parser("letter-format", help="the form of outgoing numbers, e.g. {year}/{seq:05d}")
    lf.add_argument("format", nargs="?")
    as_opt(lf)
    tp = ns.add_parser("template", help="templates of letters, e-mails and SMS (admin)")
    ts = tp.add_subparsers(dest="template_cmd", required=True)
    as_opt(ts.add_parser("list"))
    for name in ("show", "reset", "preview", "set"):
        t = ts.add_parser(name)
        t.add_argument("kind", choices=KINDS)
        t.add_argument("channel", choices=CHANNELS)
        t.add_argument("lang", choices=("kk", "ru"))
        if name in ("preview", "set"):
            t.add_argument("file", help="the template's text (UTF-8)")
            t.add_argument("--subject", help="an e-mail's subject")
        as_opt(t)
