"""Reference catalogs (regions, professions, categories, education levels, reasons).

The wording lives in ``resources/catalogs/*.json`` (from the project glossary), never in code,
so official wording can replace it without a code change.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models.db.entities import CatalogItem
from models.dto import Bilingual, Reason
from resources import resource_path

CATALOGS = ("regions", "professions", "categories", "education_levels", "reasons")


@functools.cache
def load_catalog_file(name: str) -> tuple[dict[str, str], ...]:
    """The items of one catalog file, as shipped."""
    if name not in CATALOGS:
        raise KeyError(name)
    with resource_path("catalogs", f"{name}.json").open(encoding="utf-8") as fh:
        return tuple(json.load(fh))


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


@dataclass(frozen=True)
class Catalogs:
    """All catalogs in memory: lookup by code, by Russian or Kazakh name (case-insensitive)."""

    items: dict[str, dict[str, Bilingual]]
    reasons: dict[str, Reason]

    @classmethod
    def shipped(cls) -> Catalogs:
        return _shipped()

    def get(self, catalog: str, code: str) -> Bilingual:
        return self.items[catalog][code]

    def values(self, catalog: str) -> list[Bilingual]:
        return list(self.items[catalog].values())

    def resolve(self, catalog: str, value: str) -> str | None:
        """The code for a code or a Russian/Kazakh name of a value; None if unknown."""
        table = self.items[catalog]
        if value in table:
            return value
        return self._by_name[catalog].get(_fold(value))

    @functools.cached_property
    def _by_name(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for catalog, table in self.items.items():
            m: dict[str, str] = {}
            for item in table.values():
                m[_fold(item.code)] = item.code
                m[_fold(item.ru)] = item.code
                m[_fold(item.kk)] = item.code
            out[catalog] = m
        return out


@functools.cache
def _shipped() -> Catalogs:
    items: dict[str, dict[str, Bilingual]] = {}
    reasons: dict[str, Reason] = {}
    for name in CATALOGS:
        rows = load_catalog_file(name)
        items[name] = {r["code"]: Bilingual(r["code"], r["kk"], r["ru"]) for r in rows}
        if name == "reasons":
            reasons = {r["code"]: Reason(r["code"], r["kind"], r["kk"], r["ru"]) for r in rows}
    return Catalogs(items, reasons)


def sync_catalogs(session: Session) -> int:
    """Load the shipped catalogs into the database (idempotent); returns the item count."""
    session.execute(delete(CatalogItem))
    n = 0
    for name in CATALOGS:
        for pos, row in enumerate(load_catalog_file(name)):
            session.add(
                CatalogItem(
                    catalog=name,
                    code=row["code"],
                    name_ru=row["ru"],
                    name_kk=row["kk"],
                    kind=row.get("kind"),
                    position=pos,
                )
            )
            n += 1
    return n


def catalogs_from_db(session: Session) -> Catalogs:
    """The catalogs as stored in the database (what ``init`` loaded)."""
    items: dict[str, dict[str, Bilingual]] = {name: {} for name in CATALOGS}
    reasons: dict[str, Reason] = {}
    rows = session.scalars(select(CatalogItem).order_by(CatalogItem.catalog, CatalogItem.position))
    for r in rows:
        items.setdefault(r.catalog, {})[r.code] = Bilingual(r.code, r.name_kk, r.name_ru)
        if r.catalog == "reasons":
            reasons[r.code] = Reason(r.code, r.kind or "", r.name_kk, r.name_ru)
    return Catalogs(items, reasons)
