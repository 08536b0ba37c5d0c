"""HTML of one application for the review screen: form sections, warnings, duplicates, history.

Pure functions over the ``ApplicationDetail`` DTO; texts through ``Renderer.tr``.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ui.text import catalog_name, decision_name, field_label, fmt_date, fmt_local, status_name

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.catalogs import Catalogs
    from models.errors import Issue

#: one application record as stored (JSON: the DTO's ``data``, a duplicate's facts)
Record = dict[str, Any]
#: what was read of each duplicate for the side-by-side view, by its portal id
DuplicateFacts = dict[str, Record]

CHANGED = "background-color:#fff3cd;"
CSS = """
<style>
h3 { margin-top: 14px; margin-bottom: 4px; color: #1f4e79; }
td { padding: 2px 8px 2px 0; vertical-align: top; }
td.k { color: #555555; white-space: nowrap; }
.warn { color: #8a5300; }
.err { color: #a10000; }
.ok { color: #1e6b2e; }
table.grid td, table.grid th { border: 1px solid #cccccc; padding: 3px 6px; }
th { text-align: left; background: #eef2f7; }
</style>
"""


def flatten(data: object, prefix: str = "") -> dict[str, object]:
    """``{"a": {"b": 1}, "l": [{"x": 2}]}`` → ``{"a.b": 1, "l[1].x": 2}``."""
    out: dict[str, object] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(data, list):
        for i, v in enumerate(data, 1):
            out.update(flatten(v, f"{prefix}[{i}]"))
        if not data:
            out[prefix] = None
    else:
        out[prefix] = data
    return out


def changed_fields(old: Record, new: Record) -> set[str]:
    a, b = flatten(old), flatten(new)
    return {k for k in set(a) | set(b) if a.get(k) != b.get(k)}


#: revision keys stored flat that the form (and its validation messages) keep under "address"
ADDRESS_KEYS = ("region", "settlement", "registration_address")
#: the catalog behind a coded field, by the field's last name
CODED = {
    "region": "regions",
    "profession": "professions",
    "level": "education_levels",
    "category": "categories",
}


def form_field(key: str) -> str:
    """A revision key as the form's field name: ``region`` → ``address.region``."""
    return f"address.{key}" if key in ADDRESS_KEYS else key


def warnings_for(detail: ApplicationDetail, catalogs: Catalogs) -> list[Issue]:
    """Validation issues of the current revision (warnings such as IIN vs birth date)."""
    from models.intake.records import validate_record

    d = detail.data
    spec = dict(d)
    spec["address"] = {
        "region": d.get("region"),
        "settlement": d.get("settlement"),
        "registration_address": d.get("registration_address"),
    }
    raw = {
        "portal_id": detail.summary.portal_id,
        "received_at": detail.summary.received_at.replace(tzinfo=dt.UTC).isoformat(),
        "specialist": spec,
    }
    try:
        return list(validate_record(0, raw, catalogs).issues)
    except Exception:  # a warning list must never stop the review
        return []


class Renderer(QObject):
    def __init__(
        self,
        detail: ApplicationDetail,
        catalogs: Catalogs,
        lang: str,
        dup_facts: DuplicateFacts | None = None,
    ) -> None:
        super().__init__()
        self.d, self.cats, self.lang = detail, catalogs, lang
        self.dup_facts = dup_facts or {}
        self.issues = warnings_for(detail, catalogs)
        revs = detail.revisions
        self.changed: set[str] = (
            changed_fields(revs[-2].data, revs[-1].data) if len(revs) > 1 else set()
        )

    def v(self, value: object) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return escape(str(value))

    def shown(self, key: str, value: object) -> str:
        """One stored value as the reader sees it (catalog names, dd.MM.yyyy dates), escaped."""
        import re

        leaf = re.split(r"[.\]]", key)[-1]
        if value is not None and value != "" and leaf in CODED:
            return self.v(catalog_name(self.cats, CODED[leaf], str(value), self.lang))
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return self.v(fmt_date(value))
        return self.v(value)

    def diff(self, old: Record, new: Record) -> str:
        """Changed fields as "label: previous → current" list items, highlighted."""
        a, b = flatten(old), flatten(new)
        items = []
        for k in sorted(changed_fields(old, new)):
            items.append(
                f'<li style="{CHANGED}"><b>{escape(field_label(form_field(k)))}</b>: '
                f"<s>{self.shown(k, a.get(k))}</s> → {self.shown(k, b.get(k))}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>" if items else ""

    def _issues(self, key: str) -> str:
        out = []
        field = form_field(key)
        for i in self.issues:
            if (
                i.field == field
                or i.field.startswith(field + ".")
                or (key == "phone" and i.field == "contact")
            ):
                cls = "warn" if i.severity == "warning" else "err"
                out.append(f'<br><span class="{cls}">⚠ {escape(i.message(self.lang))}</span>')
        return "".join(out)

    def row(self, label: str, value: str, key: str = "") -> str:
        style = (
            f' style="{CHANGED}"'
            if key
            and any(
                c == key or c.startswith(key + ".") or c.startswith(key + "[") for c in self.changed
            )
            else ""
        )
        mark = ""
        if style:
            before = flatten(self.d.revisions[-2].data)
            was = (
                " " + escape(self.tr("was: {0}")).format(self.shown(key, before.get(key)))
                if key in before and not isinstance(before.get(key), (dict, list))
                else ""
            )
            mark = " <i>(" + escape(self.tr("changed")) + was + ")</i>"
        return (
            f'<tr><td class="k">{escape(label)}</td>'
            f"<td{style}>{value}{mark}{self._issues(key) if key else ''}</td></tr>"
        )

    def cat(self, catalog: str, code: object) -> str:
        return self.v(catalog_name(self.cats, catalog, str(code), self.lang) if code else None)

    def application(self) -> str:
        d, s = self.d.data, self.d.summary
        h = [CSS]
        if self.changed:
            h.append(
                f'<p style="{CHANGED}">'
                + escape(self.tr("Fields changed since the previous revision are highlighted."))
                + "</p>"
            )
        general = [
            i
            for i in self.issues
            if i.field in ("application", "specialist", "qualification", "received_at")
        ]
        for i in general:
            cls = "warn" if i.severity == "warning" else "err"
            h.append(f'<p class="{cls}">⚠ {escape(i.message(self.lang))}</p>')
        h.append("<h3>" + escape(self.tr("Person")) + "</h3><table>")
        h.append(self.row(self.tr("Last name"), self.v(d.get("last_name")), "last_name"))
        h.append(self.row(self.tr("First name"), self.v(d.get("first_name")), "first_name"))
        h.append(self.row(self.tr("Middle name"), self.v(d.get("middle_name")), "middle_name"))
        h.append(self.row(self.tr("IIN"), self.v(d.get("iin")), "iin"))
        h.append(
            self.row(self.tr("Birth date"), self.v(fmt_date(d.get("birth_date"))), "birth_date")
        )
        h.append("</table>")
        h.append("<h3>" + escape(self.tr("Contacts")) + "</h3><table>")
        h.append(self.row(self.tr("Mobile phone"), self.v(d.get("phone")), "phone"))
        h.append(self.row(self.tr("E-mail"), self.v(d.get("email")), "email"))
        h.append("</table>")
        h.append("<h3>" + escape(self.tr("Address")) + "</h3><table>")
        h.append(self.row(self.tr("Region"), self.cat("regions", d.get("region")), "region"))
        h.append(self.row(self.tr("Settlement"), self.v(d.get("settlement")), "settlement"))
        h.append(
            self.row(
                self.tr("Registration address"),
                self.v(d.get("registration_address")),
                "registration_address",
            )
        )
        h.append("</table>")
        exp = d.get("experience") or {}
        h.append("<h3>" + escape(self.tr("Profession and experience")) + "</h3><table>")
        h.append(
            self.row(
                self.tr("Profession"), self.cat("professions", d.get("profession")), "profession"
            )
        )
        h.append(
            self.row(
                self.tr("Experience in special social services"),
                escape(
                    self.tr("%n year(s)", "", int(exp.get("years") or 0))
                    + " "
                    + self.tr("%n month(s)", "", int(exp.get("months") or 0))
                ),
                "experience",
            )
        )
        h.append("</table>")
        h.append("<h3>" + escape(self.tr("Education")) + "</h3>")
        h.append(
            self.grid(
                [
                    self.tr("Level"),
                    self.tr("Institution"),
                    self.tr("Start date"),
                    self.tr("End date"),
                    self.tr("Document"),
                ],
                [
                    [
                        self.cat("education_levels", e.get("level")),
                        self.v(e.get("institution")),
                        self.v(fmt_date(e.get("start"))),
                        self.v(fmt_date(e.get("end"))),
                        self.v(e.get("document")),
                    ]
                    for e in d.get("education") or []
                ],
                "education",
            )
        )
        h.append("<h3>" + escape(self.tr("Employment")) + "</h3>")
        h.append(
            self.grid(
                [
                    self.tr("Organization"),
                    self.tr("BIN"),
                    self.tr("Position"),
                    self.tr("Start date"),
                    self.tr("End date"),
                ],
                [
                    [
                        self.v(e.get("organization")),
                        self.v(e.get("bin")),
                        self.v(e.get("position")),
                        self.v(fmt_date(e.get("start"))),
                        self.v(fmt_date(e.get("end")))
                        if e.get("end")
                        else escape(self.tr("current job")),
                    ]
                    for e in d.get("employment") or []
                ],
                "employment",
            )
        )
        q = d.get("qualification") or {}
        h.append("<h3>" + escape(self.tr("Qualification category")) + "</h3><table>")
        h.append(
            self.row(
                self.tr("Category"),
                self.cat("categories", q.get("category")),
                "qualification.category",
            )
        )
        h.append(
            self.row(
                self.tr("Date assigned"),
                self.v(fmt_date(q.get("assigned_on"))),
                "qualification.assigned_on",
            )
        )
        h.append(
            self.row(
                self.tr("Attestation commission"),
                self.v(q.get("commission")),
                "qualification.commission",
            )
        )
        h.append("</table>")
        consent = bool(d.get("consent_to_publish"))
        h.append("<h3>" + escape(self.tr("Consent to publication")) + "</h3>")
        text = (
            self.tr("The specialist CONSENTS to publication in the public registry.")
            if consent
            else self.tr(
                "The specialist does NOT consent to publication: "
                "only the full registry edition will show this entry."
            )
        )
        h.append(f'<p class="{"ok" if consent else "warn"}"><b>{escape(text)}</b></p>')
        if self.d.registry_number:
            h.append("<h3>" + escape(self.tr("Registry")) + "</h3><table>")
            h.append(self.row(self.tr("Registry number"), self.v(self.d.registry_number)))
            h.append(self.row(self.tr("Included on"), self.v(fmt_date(self.d.included_on))))
            if self.d.excluded_on:
                h.append(self.row(self.tr("Excluded on"), self.v(fmt_date(self.d.excluded_on))))
            h.append("</table>")
        h.append(
            "<p style='color:#777'>" + escape(self.tr("Received")) + f": "
            f"{escape(fmt_local(s.received_at))}</p>"
        )
        return "".join(h)

    def grid(self, heads: list[str], rows: list[list[str]], key: str) -> str:
        if not rows:
            return f"<p>—{self._issues(key)}</p>"
        out = ['<table class="grid" cellspacing="0"><tr>']
        out += [f"<th>{escape(x)}</th>" for x in heads]
        out.append("</tr>")
        for i, r in enumerate(rows, 1):
            changed = any(c.startswith(f"{key}[{i}]") for c in self.changed)
            style = f' style="{CHANGED}"' if changed else ""
            out.append(f"<tr{style}>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
            errs = "".join(
                self._issues(f"{key}[{i}].{f}")
                for f in (
                    "level",
                    "institution",
                    "start",
                    "end",
                    "document",
                    "organization",
                    "bin",
                    "position",
                )
            )
            if errs:
                out.append(f'<tr><td colspan="{len(heads)}">{errs}</td></tr>')
        out.append("</table>")
        return "".join(out)

    def duplicates(self) -> str:
        d, s = self.d.data, self.d.summary
        if not self.d.duplicates:
            return CSS + "<p>" + escape(self.tr("No possible duplicates were found.")) + "</p>"
        reasons = {"iin": self.tr("same IIN"), "name_birth": self.tr("same name and birth date")}

        def fact(x: Record, key: str) -> str:
            v = self.dup_facts.get(x["portal_id"], {}).get(key, x.get(key))
            return "—" if v is None or v == "" else str(v)

        heads = [self.tr("Field"), self.tr("This application")] + [
            x["portal_id"] for x in self.d.duplicates
        ]
        rows = [
            [self.tr("Number"), s.portal_id] + [x["portal_id"] for x in self.d.duplicates],
            [self.tr("Why"), "—"]
            + [reasons.get(x["reason"], x["reason"]) for x in self.d.duplicates],
            [self.tr("Status"), status_name(s.status)]
            + [status_name(x["status"]) for x in self.d.duplicates],
            [self.tr("Full name"), s.full_name] + [x["full_name"] for x in self.d.duplicates],
            [self.tr("Birth date"), fmt_date(d.get("birth_date"))]
            + [fmt_date(x["birth_date"]) for x in self.d.duplicates],
            [self.tr("Region"), catalog_name(self.cats, "regions", s.region, self.lang)]
            + [
                catalog_name(self.cats, "regions", x["region"], self.lang)
                for x in self.d.duplicates
            ],
            [self.tr("IIN"), d.get("iin") or "—"] + [fact(x, "iin") for x in self.d.duplicates],
            [self.tr("Profession"), catalog_name(self.cats, "professions", s.profession, self.lang)]
            + [
                catalog_name(self.cats, "professions", fact(x, "profession"), self.lang) or "—"
                for x in self.d.duplicates
            ],
            [self.tr("Registry number"), str(self.d.registry_number or "—")]
            + [fact(x, "registry_number") for x in self.d.duplicates],
        ]
        out = [
            CSS,
            "<p>" + escape(self.tr("Other applications that may be the same person:")) + "</p>",
            '<table class="grid" cellspacing="0"><tr>',
        ]
        out += [f"<th>{escape(h)}</th>" for h in heads]
        out.append("</tr>")
        for r in rows:
            this = r[1]
            cells = [f"<td><b>{escape(r[0])}</b></td>", f"<td>{escape(str(this))}</td>"]
            for v in r[2:]:
                same = (
                    str(v) == str(this)
                    and str(v) != "—"
                    and r[0] not in (self.tr("Number"), self.tr("Why"), self.tr("Registry number"))
                )
                style = ' style="background-color:#fff3cd"' if same else ""
                cells.append(f"<td{style}>{escape(str(v))}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        links = [
            f'<td><a href="app:{escape(x["portal_id"])}">'
            + escape(self.tr("Open {0}").format(x["portal_id"]))
            + "</a></td>"
            for x in self.d.duplicates
        ]
        out.append("<tr><td></td><td></td>" + "".join(links) + "</tr>")
        out.append("</table>")
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
        lines += [f"• {escape(self._reason(c))}" for c in rec.reasons]
        if rec.note:
            lines.append(self.tr("Note: {0}").format(escape(rec.note)))
        return "<br>".join(lines)

    def history(self) -> str:
        out = [CSS]
        events: list[tuple[dt.datetime, str]] = []
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
            events.append((r.received_at, txt))
        for dec in self.d.decisions:
            reasons = "".join(f"<li>{escape(self._reason(c))}</li>" for c in dec.reasons)
            txt = (
                "<b>" + escape(self.tr("Decision: {0}").format(decision_name(dec.kind))) + "</b> "
                + escape(self.tr("(on revision {0})").format(dec.revision)) + " — "
                + escape(fmt_local(dec.decided_at)) + ", " + escape(dec.user)
            )
            if reasons:
                txt += f"<ul>{reasons}</ul>"
            if dec.comment:
                txt += "<br>" + escape(self.tr("Comment")) + f": <i>{escape(dec.comment)}</i>"
            events.append((dec.decided_at, txt))
        events.sort(key=lambda e: e[0])
        out.append(
            "<ol>" + "".join(f"<li style='margin-bottom:8px'>{t}</li>" for _, t in events) + "</ol>"
        )
        return "".join(out)

    def _reason(self, code: str) -> str:
        r = self.cats.reasons.get(code)
        return (r.kk if self.lang == "kk" else r.ru) if r else code
