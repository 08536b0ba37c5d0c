"""A return's marked fields and documents: which, with what note, and what the resubmission did.

A field is named as validation names it: a column (``full_name``, ``contacts``, ``address``,
``experience``, ``education``, ``employment``, ``qualification``…), a sub-field
(``address.region``, ``qualification.commission``), an education or employment record by its
number (``education[2]``) or one of its fields (``employment[1].position``). The labels, in
Kazakh and Russian, are in ``resources/catalogs/application_fields.json``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.db.entities import DecisionKind
from models.errors import InvalidInput
from resources import resource_path

MAX_FIXES = 60
MAX_NOTE = 300  # characters of one field's note

_RECORD = re.compile(r"^(education|employment)\[(\d{1,3})\](?:\.([a-z_]+))?$")

#: How a column or sub-field reads from a revision's data (records are handled apart).
_PATHS: dict[str, tuple[str, ...]] = {
    "full_name": ("last_name", "first_name", "middle_name"),
    "contacts": ("phone", "email"),
    "address": ("region", "settlement", "registration_address"),
    "address.region": ("region",),
    "address.settlement": ("settlement",),
    "address.registration_address": ("registration_address",),
    "qualification.category": ("qualification.category",),
    "qualification.assigned_on": ("qualification.assigned_on",),
    "qualification.commission": ("qualification.commission",),
}


@functools.cache
def _labels() -> dict[str, dict[str, str]]:
    with resource_path("catalogs", "application_fields.json").open(encoding="utf-8") as fh:
        found: dict[str, dict[str, str]] = json.load(fh)["fields"]
    return found


def _pattern(field: str) -> tuple[str, int | None]:
    """The catalogue key of ``field`` and its record number (``education[2].level`` →
    ``("education[].level", 2)``)."""
    m = _RECORD.match(field)
    if not m:
        return field, None
    group, n, sub = m.group(1), int(m.group(2)), m.group(3)
    return f"{group}[]" + (f".{sub}" if sub else ""), n


def is_field(field: str) -> bool:
    key, n = _pattern(field)
    return key in _labels() and (n is None or n >= 1)


def field_label(field: str, lang: str) -> str:
    """The field's name in ``kk`` or ``ru`` (``KeyError`` for a field that is not one)."""
    key, n = _pattern(field)
    text = _labels()[key]["kk" if lang == "kk" else "ru"]
    return text.format(n=n) if n is not None else text


def field_names() -> list[str]:
    """Every field a return can mark, records written with ``[n]``."""
    return [k.replace("[]", "[n]") for k in _labels()]


@dataclass(frozen=True, slots=True)
class FixField:
    """One marked field or document, with an optional short note for the applicant."""

    field: str
    note: str = ""

    @classmethod
    def parse(cls, text: str) -> FixField:
        """``FIELD`` or ``FIELD=NOTE`` (the command line's way of writing one)."""
        field, _, note = text.partition("=")
        return cls(field.strip(), note.strip())

    def as_json(self) -> dict[str, str]:
        return {"field": self.field, "note": self.note}


@dataclass(frozen=True, slots=True)
class FixCheck:
    """A field a return marked, and whether the resubmission changed it."""

    field: str
    kk: str
    ru: str
    note: str
    changed: bool

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "label": {"kk": self.kk, "ru": self.ru},
                "note": self.note, "changed": self.changed}


def check_fixes(kind: DecisionKind, fixes: Iterable[FixField], data: dict[str, Any]
                ) -> list[dict[str, str]]:
    """The marked fields as stored with the decision, checked against the revision's data.

    Only a return marks fields; each must be one of the form (a record by a number that the
    revision has), each at most once (the first note counts), notes short.
    """
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for fix in fixes:
        if kind is not DecisionKind.RETURN:
            raise InvalidInput("decision.fixes_only_return")
        field = fix.field.strip()
        if not is_field(field):
            raise InvalidInput("decision.unknown_field", field=field[:80])
        key, n = _pattern(field)
        if n is not None:
            records = data.get(key.split("[", 1)[0]) or []
            if n > len(records):
                raise InvalidInput("decision.no_such_record", field=field, count=len(records))
        note = " ".join(fix.note.split())
        if len(note) > MAX_NOTE:
            raise InvalidInput("decision.fix_note_too_long", field=field, max=MAX_NOTE)
        if field in seen:
            continue
        seen.add(field)
        out.append({"field": field, "note": note})
        if len(out) > MAX_FIXES:
            raise InvalidInput("decision.too_many_fixes", max=MAX_FIXES)
    return out


def value_of(data: dict[str, Any], field: str) -> object:
    """What ``field`` holds in a revision's data (for comparing two revisions)."""
    key, n = _pattern(field)
    if n is not None:
        group, _, sub = key.partition(".")
        records = data.get(group[:-2]) or []
        record = records[n - 1] if n <= len(records) else None
        if not sub or not isinstance(record, dict):
            return record
        return record.get(sub)
    parts = _PATHS.get(field, (field,))
    values = []
    for part in parts:
        head, _, tail = part.partition(".")
        v = data.get(head)
        values.append(v.get(tail) if tail and isinstance(v, dict) else v)
    return values[0] if len(values) == 1 else tuple(values)


def compare_fixes(fixes: Iterable[dict[str, str]], before: dict[str, Any],
                  after: dict[str, Any]) -> tuple[FixCheck, ...]:
    """For each marked field: its labels, its note and whether ``after`` changed it."""
    out = []
    for fix in fixes:
        field = fix.get("field", "")
        if not is_field(field):
            continue
        out.append(FixCheck(field, field_label(field, "kk"), field_label(field, "ru"),
                            fix.get("note", ""),
                            value_of(before, field) != value_of(after, field)))
    return tuple(out)
