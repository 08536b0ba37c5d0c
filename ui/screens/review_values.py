"""What the review's HTML is built from: a revision flattened to keys, the keys that changed,
validation warnings, and one stored value as the reader sees it."""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ui.text import catalog_name, fmt_date

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

#: revision keys stored flat that the form (and its validation messages) keep under "address"
ADDRESS_KEYS = ("region", "settlement", "registration_address")
#: the catalog behind a coded field, by the field's last name
CODED = {
    "region": "regions",
    "profession": "professions",
    "level": "education_levels",
    "category": "categories",
}


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


class Values(QObject):
    """Stored values as the reader sees them: catalog names, dd.MM.yyyy dates, yes/no, "—"."""

    def __init__(self, catalogs: Catalogs, lang: str) -> None:
        super().__init__()
        self.cats, self.lang = catalogs, lang

    def v(self, value: object) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return escape(str(value))

    def shown(self, key: str, value: object) -> str:
        """One stored value as the reader sees it (catalog names, dd.MM.yyyy dates), escaped."""
        leaf = re.split(r"[.\]]", key)[-1]
        if value is not None and value != "" and leaf in CODED:
            return self.v(catalog_name(self.cats, CODED[leaf], str(value), self.lang))
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return self.v(fmt_date(value))
        return self.v(value)

    def cat(self, catalog: str, code: object) -> str:
        return self.v(catalog_name(self.cats, catalog, str(code), self.lang) if code else None)

    def reason(self, code: str) -> str:
        """A ground of p.9 in the interface language (its code when unknown)."""
        r = self.cats.reasons.get(code)
        return (r.kk if self.lang == "kk" else r.ru) if r else code
