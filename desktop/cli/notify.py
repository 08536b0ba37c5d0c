"""Notifications of decisions: ``notify send|list|mark-delivered|resend|export-sms|
import-sms-report|smtp|letter-format|template``.

``notify send`` is meant for a scheduled task: it takes the mail settings from
``TIZILIM_SMTP_URL`` and ``TIZILIM_SMTP_FROM`` when they are set, else from the database.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

from desktop.cli.context import Command, Context, print_json
from desktop.cli.errors import EXIT_OK, EXIT_PARTIAL, CliError
from models.notifications.sender import SendReport
from models.notifications.smtp import SmtpConfig
from reports.writers import letter_pdf

ENV_SMTP_URL = "TIZILIM_SMTP_URL"
ENV_SMTP_FROM = "TIZILIM_SMTP_FROM"


def smtp_from_env() -> SmtpConfig | None:
    """The mail settings of the environment (both variables), or None."""
    url = os.environ.get(ENV_SMTP_URL)
    if not url:
        return None
    return SmtpConfig.from_url(url, os.environ.get(ENV_SMTP_FROM, ""))


def _summary(r: SendReport) -> str:
    parts = [f"sent {r.sent}", f"to retry {r.retry}", f"failed {r.failed}",
             f"uncertain {r.uncertain}"]
    if r.requeued:
        parts.append(f"given back {r.requeued}")
    return ", ".join(parts) + (f" (stopped: {r.stopped})" if r.stopped else "")


def cmd_notify(ctx: Context) -> int:
    a = ctx.args
    handler = _COMMANDS[a.notify_cmd]
    return handler(ctx)


def _send(ctx: Context) -> int:
    r = ctx.services.notifications.send_due(ctx.actor(), letter_pdf, smtp=smtp_from_env(),
                                            limit=ctx.args.limit)
    print(_summary(r))
    return EXIT_PARTIAL if r.stopped else EXIT_OK


def _list(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.services.notifications.list(ctx.actor(), a.status, a.region)
    if a.json:
        print_json([r.as_json() for r in rows])
        return EXIT_OK
    for r in rows:
        when = r.delivered_on or (r.sent_at.date() if r.sent_at else "")
        print(f"{r.id}\t{r.portal_id}\t{r.kind}\t{r.status}\t{r.channel}\t{r.address or '-'}"
              f"\t№ {r.letter_number}\tattempts {r.attempts}\t{when}"
              f"{chr(9) + r.last_error if r.last_error else ''}")
    print(f"{len(rows)} notifications", file=sys.stderr)
    return EXIT_OK


def _mark_delivered(ctx: Context) -> int:
    a = ctx.args
    ctx.services.notifications.mark_delivered(ctx.actor(), a.id, a.date)
    print(f"notification {a.id}: delivered")
    return EXIT_OK


def _resend(ctx: Context) -> int:
    ctx.services.notifications.resend(ctx.actor(), ctx.args.id)
    print(f"notification {ctx.args.id}: will be sent again")
    return EXIT_OK


def _export_sms(ctx: Context) -> int:
    r = ctx.services.notifications.export_sms(ctx.actor(), ctx.args.out)
    print(f"{ctx.args.out}: {r.sent} SMS" + (f" ({_summary(r)})" if r.stopped else ""))
    return EXIT_PARTIAL if r.stopped else EXIT_OK


def _import_report(ctx: Context) -> int:
    r = ctx.services.notifications.import_sms_report(ctx.actor(), ctx.args.file)
    print(", ".join(f"{k} {v}" for k, v in dataclasses.asdict(r).items()))
    return EXIT_OK


def _smtp(ctx: Context) -> int:
    a = ctx.args
    svc = ctx.services.notifications
    if a.smtp_cmd == "set":
        url = a.url or os.environ.get(ENV_SMTP_URL)
        if not url:
            raise CliError(f"give the URL, or set {ENV_SMTP_URL} (keeps the password off "
                           "the command line)")
        svc.set_smtp(ctx.actor(), SmtpConfig.from_url(url, a.sender))
    elif a.smtp_cmd == "clear":
        svc.set_smtp(ctx.actor(), None)
    shown = svc.smtp_settings(ctx.actor())
    for k, v in (shown or {"smtp": "not configured"}).items():
        print(f"{k}\t{v}")
    return EXIT_OK


def _letter_format(ctx: Context) -> int:
    letters = ctx.services.letters
    actor = ctx.actor()
    if ctx.args.format:
        example = letters.set_number_format(actor, ctx.args.format)
        print(f"{letters.number_format(actor)}\t(for example {example})")
    else:
        print(letters.number_format(actor))
    return EXIT_OK


def _template(ctx: Context) -> int:
    a = ctx.args
    svc = ctx.services.templates
    actor = ctx.actor()
    if a.template_cmd == "list":
        for t in svc.templates(actor):
            print(f"{t.kind}\t{t.channel}\t{t.lang}\t{'shipped' if t.shipped else t.changed_by}")
        return EXIT_OK
    if a.template_cmd == "reset":
        svc.reset(actor, a.kind, a.channel, a.lang)
        print(f"{a.kind}/{a.channel}/{a.lang}: shipped template restored")
        return EXIT_OK
    if a.template_cmd == "show":
        t = next(t for t in svc.templates(actor)
                 if (t.kind, t.channel, t.lang) == (a.kind, a.channel, a.lang))
        print(t.body)
        return EXIT_OK
    body = Path(a.file).read_text(encoding="utf-8")
    if a.template_cmd == "preview":
        p = svc.preview(actor, a.kind, a.channel, a.lang, a.subject or "", body)
        if p.subject and a.channel == "email":
            print(p.subject)
        print(p.text or "\n".join(b.text for b in p.blocks))
        print(f"SMS: {p.sms_segments.count} segments ({p.sms_segments.encoding})",
              file=sys.stderr)
        return EXIT_OK
    svc.save(actor, a.kind, a.channel, a.lang, a.subject or "", body)
    print(f"{a.kind}/{a.channel}/{a.lang}: saved")
    return EXIT_OK


_COMMANDS: dict[str, Command] = {
    "send": _send, "list": _list, "mark-delivered": _mark_delivered, "resend": _resend,
    "export-sms": _export_sms, "import-sms-report": _import_report, "smtp": _smtp,
    "letter-format": _letter_format, "template": _template,
}

COMMANDS: dict[str, Command] = {"notify": cmd_notify}
