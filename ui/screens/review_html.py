"""HTML of one application for the review screen: the form with its warnings and what changed;
the duplicates, the history and the applicant come from their own modules.

Pure functions over the ``ApplicationDetail`` DTO; texts through ``Renderer.tr``.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.screens.review_applicant import ApplicantHtml
from ui.screens.review_duplicates import DuplicatesHtml
from ui.screens.review_history import HistoryHtml
from ui.screens.review_values import (
    CHANGED,
    CSS,
    DuplicateFacts,
    Record,
    Values,
    changed_fields,
    flatten,
    form_field,
    warnings_for,
)
from ui.text import fmt_date, fmt_local

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.catalogs import Catalogs

__all__ = ["DuplicateFacts", "Record", "Renderer", "changed_fields", "flatten"]


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
        self.val = Values(catalogs, lang)
        self.hist = HistoryHtml(detail, self.val)

    def v(self, value: object) -> str:
        return self.val.v(value)

    def shown(self, key: str, value: object) -> str:
        """One stored value as the reader sees it (catalog names, dd.MM.yyyy dates), escaped."""
        return self.val.shown(key, value)

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
        return self.val.cat(catalog, code)

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
        if self.d.fix_checks:  # a resubmission: the fields the return marked, changed or not
            h.append(f'<div style="{CHANGED}">' + self.hist.fix_checks(self.d.fix_checks)
                     + "</div>")
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
        h.append(ApplicantHtml(self.d.applicant, self.val).html())
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
        return DuplicatesHtml(self.d, self.cats, self.lang, self.dup_facts).html()

    def history(self) -> str:
        return self.hist.html()

    def diff(self, old: Record, new: Record) -> str:
        """Changed fields as "label: previous → current" list items, highlighted."""
        return self.hist.diff(old, new)

    def recommendation(self) -> str:
        return self.hist.recommendation()
