"""The review's history tab: revisions with what changed, decisions with their letters, the
notifications of the decisions (channel, address, status, attempts, delivery), and a clerk's
recommendation."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.screens.review_values import CHANGED, CSS, Record, Values, changed_fields, flatten
from ui.screens.review_values import form_field as _form_field
from ui.text import decision_name, field_label, fmt_date, fmt_local

if TYPE_CHECKING:
    from models.applications.fixes import FixCheck
    from models.applications.summaries import ApplicationDetail, DecisionInfo
    from models.notifications.history import NotificationInfo


def fix_label(field: str, lang: str) -> str:
    """A field a return marked, in ``lang`` (the field itself when it is not one)."""
    from models.applications.fixes import field_label as fix_field_label

    try:
        return fix_field_label(field, lang)
    except KeyError:
        return field


class HistoryHtml(QObject):
    """Revisions, decisions and notifications of one application, oldest first."""

    def __init__(self, detail: ApplicationDetail, values: Values) -> None:
        super().__init__()
        self.d, self.val, self.lang = detail, values, values.lang

    # -- words ------------------------------------------------------------------------------
    def channel_name(self, channel: str) -> str:
        names = {"email": self.tr("e-mail"), "sms": self.tr("SMS"), "hand": self.tr("by hand")}
        return names.get(channel, channel)

    def status_name(self, status: str) -> str:
        names = {
            "pending": self.tr("waiting to be sent"),
            "sending": self.tr("being sent"),
            "sent": self.tr("sent"),
            "delivered": self.tr("delivered"),
            "uncertain": self.tr("uncertain: check whether it arrived"),
            "by_hand": self.tr("to be delivered by hand"),
        }
        return names.get(status, status)

    # -- parts ------------------------------------------------------------------------------
    def diff(self, old: Record, new: Record) -> str:
        """Changed fields as "label: previous → current" list items, highlighted."""
        a, b = flatten(old), flatten(new)
        items = []
        for k in sorted(changed_fields(old, new)):
            items.append(
                f'<li style="{CHANGED}"><b>{escape(field_label(_form_field(k)))}</b>: '
                f"<s>{self.val.shown(k, a.get(k))}</s> → {self.val.shown(k, b.get(k))}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>" if items else ""

    def fix_checks(self, checks: tuple[FixCheck, ...]) -> str:
        """The fields the last return marked: which the resubmission changed, which not."""
        if not checks:
            return ""
        items = []
        for c in checks:
            label = c.kk if self.lang == "kk" else c.ru
            note = f" — <i>{escape(c.note)}</i>" if c.note else ""
            if c.changed:
                mark = '<span class="ok">✔ ' + escape(self.tr("changed")) + "</span>"
            else:
                mark = '<span class="err">✘ ' + escape(self.tr("not changed")) + "</span>"
            items.append(f"<li>{mark}: <b>{escape(label)}</b>{note}</li>")
        changed = sum(1 for c in checks if c.changed)
        head = self.tr("Fields marked in the return: %n of them changed", "", changed)
        return f"<p><b>{escape(head)}</b> ({len(checks)})</p><ul>{''.join(items)}</ul>"

    def _decision(self, dec: DecisionInfo) -> str:
        txt = (
            "<b>" + escape(self.tr("Decision: {0}").format(decision_name(dec.kind))) + "</b> "
            + escape(self.tr("(on revision {0})").format(dec.revision)) + " — "
            + escape(fmt_local(dec.decided_at)) + ", " + escape(dec.user)
        )
        reasons = "".join(f"<li>{escape(self.val.reason(c))}</li>" for c in dec.reasons)
        if reasons:
            txt += f"<ul>{reasons}</ul>"
        if dec.fix_fields:
            fixes = "".join(
                f"<li>{escape(fix_label(f.get('field', ''), self.lang))}"
                + (f" — <i>{escape(f['note'])}</i>" if f.get("note") else "") + "</li>"
                for f in dec.fix_fields
            )
            txt += escape(self.tr("Fields and documents to correct:")) + f"<ul>{fixes}</ul>"
        if dec.comment:
            txt += "<br>" + escape(self.tr("Comment")) + f": <i>{escape(dec.comment)}</i>"
        if dec.letter_number or dec.signer:
            signed = ", ".join(p for p in (dec.signer_position, dec.signer) if p)
            txt += "<br>" + escape(
                self.tr("Letter No. {0}, signed by {1}").format(dec.letter_number or "—", signed)
            )
        return txt

    def notifications(self) -> str:
        """Each decision's notification: channel, address, status, attempts, delivery."""
        rows = self.d.notifications
        if not rows:
            return ""
        heads = [self.tr("Letter No."), self.tr("Decision"), self.tr("Channel"),
                 self.tr("Recipient"), self.tr("Status"), self.tr("Attempts"),
                 self.tr("Sent / delivered")]
        out = ["<h3>" + escape(self.tr("Notifications to the applicant")) + "</h3>",
               '<table class="grid" cellspacing="0"><tr>']
        out += [f"<th>{escape(h)}</th>" for h in heads]
        out.append("</tr>")
        for n in rows:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in self._notification(n))
                       + "</tr>")
        out.append("</table>")
        return "".join(out)

    def _notification(self, n: NotificationInfo) -> list[str]:
        status = escape(self.status_name(n.status))
        if n.last_error:
            status += f'<br><span class="warn">{escape(n.last_error)}</span>'
        if n.next_attempt_at and n.status == "pending":
            status += "<br>" + escape(self.tr("next try {0}").format(fmt_local(n.next_attempt_at)))
        when = []
        if n.sent_at:
            when.append(escape(self.tr("sent {0}").format(fmt_local(n.sent_at))))
        if n.delivered_on:
            by = f" ({n.delivered_by})" if n.delivered_by else ""
            when.append(escape(self.tr("delivered {0}").format(fmt_date(n.delivered_on)) + by))
        tries = len(n.history) or n.attempts
        return [escape(n.letter_number or "—"), escape(decision_name(n.kind)),
                escape(self.channel_name(n.channel)), escape(n.address or "—"), status,
                str(tries), "<br>".join(when) or "—"]

    def html(self) -> str:
        out = [CSS]
        events: list[tuple[dt.datetime, str]] = []
        last = self.d.revisions[-1].number if self.d.revisions else 0
        for r in self.d.revisions:
            txt = (
                "<b>" + escape(self.tr("Revision {0} received").format(r.number)) + "</b> — "
                + escape(fmt_local(r.received_at)) + "; "
                + escape(self.tr("due {0}").format(fmt_date(r.due_date))) + "; "
                + escape(self.tr("entered by {0}").format(r.created_by))
            )
            if r.number > 1:
                prev = next((p for p in self.d.revisions if p.number == r.number - 1), None)
                if prev is not None:
                    ch = self.diff(prev.data, r.data)
                    if ch:
                        txt += "<br>" + escape(self.tr("Changed fields:")) + ch
                if r.number == last:
                    txt += self.fix_checks(self.d.fix_checks)
            events.append((r.received_at, txt))
        for dec in self.d.decisions:
            events.append((dec.decided_at, self._decision(dec)))
        events.sort(key=lambda e: e[0])
        out.append(
            "<ol>" + "".join(f"<li style='margin-bottom:8px'>{t}</li>" for _, t in events) + "</ol>"
        )
        out.append(self.notifications())
        return "".join(out)

    def recommendation(self) -> str:
        """A clerk's recommendation on the application: who, when, what, the grounds and the
        note ("" when there is none)."""
        rec = self.d.recommendation
        if rec is None:
            return ""
        head = self.tr("Recommendation of {0}, {1}").format(
            escape(rec.user), fmt_local(rec.created_at)
        )
        lines = [f"<b>{head}</b>", f"<b>{escape(decision_name(rec.kind))}</b>"]
        lines += [f"• {escape(self.val.reason(c))}" for c in rec.reasons]
        if rec.note:
            lines.append(self.tr("Note: {0}").format(escape(rec.note)))
        return "<br>".join(lines)
