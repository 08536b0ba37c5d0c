"""The review's duplicates tab: other applications that may be the same person, side by side."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.screens.review_values import CSS, DuplicateFacts, Record
from ui.text import catalog_name, fmt_date, status_name

if TYPE_CHECKING:
    from models.actor import Actor
    from models.applications.queries import QueryService
    from models.applications.summaries import ApplicationDetail
    from models.catalogs import Catalogs

#: at most this many duplicates are read in full for the side-by-side view
DUPLICATE_FACTS = 10


def duplicate_facts(
    queries: QueryService, actor: Actor, detail: ApplicationDetail
) -> DuplicateFacts:
    """IIN, profession and registry number of each duplicate the actor may see (read in
    the worker; each look at another person's data is audited like any other view)."""
    out: DuplicateFacts = {}
    for x in detail.duplicates[:DUPLICATE_FACTS]:
        if {"iin", "profession", "registry_number"} <= set(x):
            out[x["portal_id"]] = dict(x)
            continue
        if not actor.may_see_region(x["region"]):
            continue
        other = queries.detail(actor, x["portal_id"])
        out[x["portal_id"]] = {
            "iin": other.data.get("iin"),
            "profession": other.summary.profession,
            "registry_number": other.registry_number,
        }
    return out


class DuplicatesHtml(QObject):
    """The side-by-side table of the duplicates, with an "Open" link for each."""

    def __init__(self, detail: ApplicationDetail, catalogs: Catalogs, lang: str,
                 dup_facts: DuplicateFacts | None = None) -> None:
        super().__init__()
        self.d, self.cats, self.lang = detail, catalogs, lang
        self.dup_facts = dup_facts or {}

    def html(self) -> str:
        d, s = self.d.data, self.d.summary
        dups = self.d.duplicates
        if not dups:
            return CSS + "<p>" + escape(self.tr("No possible duplicates were found.")) + "</p>"
        reasons = {"iin": self.tr("same IIN"), "name_birth": self.tr("same name and birth date")}

        def fact(x: Record, key: str) -> str:
            v = self.dup_facts.get(x["portal_id"], {}).get(key, x.get(key))
            return "—" if v is None or v == "" else str(v)

        def region(code: str | None) -> str:
            return catalog_name(self.cats, "regions", code, self.lang)

        def profession(code: str | None) -> str:
            return catalog_name(self.cats, "professions", code, self.lang)

        heads = [self.tr("Field"), self.tr("This application")] + [x["portal_id"] for x in dups]
        rows = [
            [self.tr("Number"), s.portal_id] + [x["portal_id"] for x in dups],
            [self.tr("Why"), "—"] + [reasons.get(x["reason"], x["reason"]) for x in dups],
            [self.tr("Status"), status_name(s.status)] + [status_name(x["status"]) for x in dups],
            [self.tr("Full name"), s.full_name] + [x["full_name"] for x in dups],
            [self.tr("Birth date"), fmt_date(d.get("birth_date"))]
            + [fmt_date(x["birth_date"]) for x in dups],
            [self.tr("Region"), region(s.region)] + [region(x["region"]) for x in dups],
            [self.tr("IIN"), d.get("iin") or "—"] + [fact(x, "iin") for x in dups],
            [self.tr("Profession"), profession(s.profession)]
            + [profession(fact(x, "profession")) or "—" for x in dups],
            [self.tr("Registry number"), str(self.d.registry_number or "—")]
            + [fact(x, "registry_number") for x in dups],
        ]
        plain = (self.tr("Number"), self.tr("Why"), self.tr("Registry number"))
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
                same = str(v) == str(this) and str(v) != "—" and r[0] not in plain
                style = ' style="background-color:#fff3cd"' if same else ""
                cells.append(f"<td{style}>{escape(str(v))}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        links = [
            f'<td><a href="app:{escape(x["portal_id"])}">'
            + escape(self.tr("Open {0}").format(x["portal_id"]))
            + "</a></td>"
            for x in dups
        ]
        out.append("<tr><td></td><td></td>" + "".join(links) + "</tr>")
        out.append("</table>")
        return "".join(out)
