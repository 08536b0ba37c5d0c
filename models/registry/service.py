"""The registry: listing, paging, printing rows and exclusions, scoped to the reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models.actor import Actor
from models.applications.search import fts_ids
from models.audit import chain as audit
from models.calendar.workdays import local_day, today_local, utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import Application, RegistryEntry, Role
from models.db.retries import with_retries
from models.dto import (
    Bilingual,
    EducationRecord,
    EmploymentRecord,
    RegistryQuery,
    RegistryRow,
)
from models.errors import Conflict, InvalidInput, NotFound
from models.names.collation import name_sort_key
from models.names.fold import fold_query
from models.people.access import deny, scope_region

CHUNK = 2000  # entries fetched per query while printing


#: The columns a printed row is built from (plain values, no ORM objects).
_ROW_COLUMNS = (
    RegistryEntry.id, RegistryEntry.registry_number, RegistryEntry.included_on,
    Application.last_name, Application.first_name, Application.middle_name,
    Application.birth_date, Application.phone, Application.email, Application.region_code,
    Application.settlement, Application.registration_address, Application.profession_code,
    Application.experience_years, Application.experience_months, Application.education,
    Application.employment, Application.category_code, Application.category_assigned_on,
    Application.commission, Application.consent,
)


@dataclass(frozen=True, slots=True)
class EntrySummary:
    registry_number: int
    portal_id: str
    full_name: str
    region: str
    profession: str
    included_on: dt.date
    excluded_on: dt.date | None
    exclusion_reason: str | None
    consent: bool


def _where(stmt: Select[Any], q: RegistryQuery, region: str | None,
           include_excluded: bool = False) -> Select[Any]:
    as_of = q.as_of or today_local()
    stmt = stmt.where(RegistryEntry.included_on <= as_of)
    if not include_excluded:
        stmt = stmt.where(or_(RegistryEntry.excluded_on.is_(None),
                              RegistryEntry.excluded_on > as_of))
    if q.edition == "public":
        stmt = stmt.where(Application.consent.is_(True))
    if region:
        stmt = stmt.where(Application.region_code == region)
    if q.profession:
        stmt = stmt.where(Application.profession_code == q.profession)
    if q.included_from:
        stmt = stmt.where(RegistryEntry.included_on >= q.included_from)
    if q.included_to:
        stmt = stmt.where(RegistryEntry.included_on <= q.included_to)
    return stmt


def _date(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


class RegistryService:
    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    # -- screens ----------------------------------------------------------------------------
    def exclude(self, actor: Actor, registry_number: int, reason: str,
                on: dt.date | None = None) -> None:
        """Exclude a specialist from the registry; the entry and its number are kept."""
        if not actor.is_admin:
            raise deny(self.db, actor, "registry.exclude_admin_only", "registry_entry",
                       registry_number, what="exclude")
        reason = (reason or "").strip()
        if not reason:
            raise InvalidInput("registry.exclusion_reason_required")

        def run() -> None:
            with self.db.write() as s:
                e = s.scalar(select(RegistryEntry).where(
                    RegistryEntry.registry_number == registry_number).with_for_update())
                if e is None:
                    raise NotFound("registry.entry_not_found", registry_number=registry_number)
                if e.excluded_on is not None:
                    raise Conflict("registry.already_excluded", registry_number=registry_number)
                day = on or local_day(utc_now())
                if day < e.included_on:
                    raise InvalidInput("registry.excluded_before_included")
                e.excluded_on = day
                e.exclusion_reason = reason
                e.excluded_by = actor.login
                s.flush()
                audit.record(s, actor, "registry.exclude", "registry_entry", registry_number,
                             after={"excluded_on": day, "reason": reason},
                             region=e.application.region_code)  # the audit row last

        try:
            with_retries(run)
        except StaleDataError:
            raise Conflict("registry.entry_changed", registry_number=registry_number) from None

    def _listed(self, actor: Actor, q: RegistryQuery, search: str, include_excluded: bool,
                what: str) -> Select[Any]:
        """Ids of the entries the screen lists (scoped to the actor). The applications are
        joined only when a condition needs them: the whole registry is counted and paged
        from its own small table (joining 100,000 application rows cost 0.3 s a count)."""
        region = scope_region(self.db, actor, q.region, "registry", what)
        if actor.role is Role.VIEWER:
            q = RegistryQuery(**{**_asdict(q), "edition": "public"})
        stmt = select(RegistryEntry.id)
        if q.edition == "public" or region or q.profession or search:
            stmt = stmt.join(Application)
        stmt = _where(stmt, q, region, include_excluded)
        if search:
            stmt = stmt.where(_search(search, actor.role is Role.VIEWER, self.db.dialect))
        return stmt

    def count(self, actor: Actor, q: RegistryQuery = RegistryQuery(), search: str = "",
              include_excluded: bool = False, at_most: int | None = None) -> int:
        """How many entries the screen lists; with ``at_most``, counting stops there."""
        stmt = self._listed(actor, q, search, include_excluded, "count")
        if at_most is not None:
            stmt = stmt.limit(at_most)
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)

    def page(self, actor: Actor, q: RegistryQuery = RegistryQuery(), search: str = "",
             offset: int = 0, limit: int = 100, include_excluded: bool = False,
             descending: bool = False) -> list[EntrySummary]:
        """A window of registry entries ordered by registry number (``descending``: from the
        last one, which is how the far end of a long list is read quickly)."""
        stmt = self._listed(actor, q, search, include_excluded, "list")
        number = RegistryEntry.registry_number
        stmt = stmt.order_by(number.desc() if descending else number)
        with self.db.read() as s:
            ids = list(s.scalars(stmt.offset(offset).limit(limit)))
            if not ids:
                return []
            rows = s.execute(
                select(RegistryEntry.id, RegistryEntry.registry_number, Application.portal_id,
                       Application.last_name, Application.first_name,
                       Application.middle_name, Application.region_code,
                       Application.profession_code, RegistryEntry.included_on,
                       RegistryEntry.excluded_on, RegistryEntry.exclusion_reason,
                       Application.consent)
                .join(Application).where(RegistryEntry.id.in_(ids)))
            by_id = {r[0]: r for r in rows}
        out = []
        for i in ids:
            (_id, number_, pid, last, first, middle, region, profession, included, excluded,
             reason, consent) = by_id[i]
            name = " ".join(p for p in (last, first, middle) if p)
            out.append(EntrySummary(number_, pid, name, region, profession, included, excluded,
                                    reason, consent))
        return out

    # -- printing ---------------------------------------------------------------------------
    def check_query(self, q: RegistryQuery) -> None:
        """Refuse a query that cannot be printed (unknown region or profession, a period that
        ends before it starts, an as-of date in the future) before anything is read."""
        if q.edition not in ("full", "public"):
            raise InvalidInput("registry.unknown_edition", edition=q.edition)
        if q.region and q.region not in self.catalogs.items["regions"]:
            raise InvalidInput("registry.unknown_region", code=q.region)
        if q.profession and q.profession not in self.catalogs.items["professions"]:
            raise InvalidInput("registry.unknown_profession", code=q.profession)
        if q.included_from and q.included_to and q.included_from > q.included_to:
            raise InvalidInput("registry.period_reversed", start=q.included_from,
                               end=q.included_to)
        today = today_local()
        if q.as_of and q.as_of > today:
            raise InvalidInput("registry.as_of_future", as_of=q.as_of)

    def rows(self, actor: Actor, q: RegistryQuery, lang: str) -> tuple[int, Iterator[RegistryRow]]:
        """The entries to print, in registry order for ``lang``: (count, row iterator).

        Viewers get the public edition whatever they ask. The export is audited.
        """
        count, rows, _head = self.rows_with_head(actor, q, lang)
        return count, rows

    def rows_with_head(self, actor: Actor, q: RegistryQuery, lang: str
                       ) -> tuple[int, Iterator[RegistryRow], str]:
        """Like :meth:`rows`, plus the audit log's newest hash right after the export event.

        Print the hash on the exported file: it is kept outside the database, so a later
        truncation of the log is detected (``tizilim audit verify --head HASH``).

        The query is checked first (:meth:`check_query`); the rows come from one read
        transaction that stays open until the iterator is exhausted or closed, so an entry
        excluded or a consent withdrawn while the file is being written does not change it.
        """
        self.check_query(q)
        region = scope_region(self.db, actor, q.region, "registry", "export")
        if actor.role is Role.VIEWER and q.edition != "public":
            raise deny(self.db, actor, "registry.public_only", "registry", what="export",
                       region=region)
        q = RegistryQuery(**{**_asdict(q), "as_of": q.as_of or today_local()})
        stream = self._snapshot(q, region, lang)
        count = next(stream)  # opens the snapshot and reads the sort keys
        if not isinstance(count, int):
            raise TypeError("the snapshot must start with its count")
        with self.db.write() as s:
            audit.record(s, actor, "registry.export", "registry", "",
                         after={"edition": q.edition, "region": region,
                                "profession": q.profession, "as_of": q.as_of,
                                "lang": lang, "count": count},
                         region=region)
            head = audit.current_head(s)
        return count, _rows_only(stream), head

    def _snapshot(self, q: RegistryQuery, region: str | None, lang: str
                  ) -> Generator[int | RegistryRow, None, None]:
        """Yield the count of the selected entries, then their rows in registry order.

        Everything is read in one transaction: REPEATABLE READ on PostgreSQL, one read
        transaction on SQLite (WAL keeps its snapshot while others commit).
        """
        sort_lang = "ru" if lang == "ru" else "kk"
        with self.db.read() as s:
            if self.db.dialect == "postgresql":
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            keys = list(s.execute(_where(
                select(RegistryEntry.id, Application.region_code, Application.last_name,
                       Application.first_name, Application.middle_name,
                       RegistryEntry.registry_number).join(Application), q, region)))
            region_keys: dict[str, object] = {}
            for code in {k[1] for k in keys}:
                name = self._bil("regions", code)
                region_keys[code] = name_sort_key(name.ru if sort_lang == "ru" else name.kk,
                                                  sort_lang)

            def order(k: Row[tuple[int, str, str, str, str | None, int]]) -> tuple[object, ...]:
                # registry order: region name, then full name, in the alphabet of sort_lang
                # (each region's key made once)
                full = " ".join(p for p in (k[2], k[3], k[4]) if p)
                return region_keys[k[1]], name_sort_key(full, sort_lang), k[5]

            keys.sort(key=order)
            ids = [k[0] for k in keys]
            del keys
            yield len(ids)
            yield from self._stream(s, ids, q, region)

    def _stream(self, s: Session, ids: list[int], q: RegistryQuery, region: str | None
                ) -> Iterator[RegistryRow]:
        """The rows of ``ids`` in that order, read in chunks as plain column values.

        The selection's filters are applied again, so an entry that no longer qualifies is
        left out rather than printed.
        """
        base = _where(select(*_ROW_COLUMNS).join(Application), q, region)
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            got = {r[0]: r for r in s.execute(base.where(RegistryEntry.id.in_(part)))}
            rows = [self._row(got[i]) for i in part if i in got]
            yield from rows

    def _bil(self, catalog: str, code: str | None) -> Bilingual:
        if code is None:
            return Bilingual("", "", "")
        try:
            return self.catalogs.get(catalog, code)
        except KeyError:
            return Bilingual(code, code, code)

    def _row(self, r: Row[Any]) -> RegistryRow:
        (_id, number, included_on, last, first, middle, birth, phone, email, region_code,
         settlement, address, profession_code, exp_years, exp_months, education, employment,
         category_code, category_on, commission, consent) = r
        return RegistryRow(
            registry_number=number,
            last_name=last, first_name=first, middle_name=middle or "",
            birth_date=birth, phone=phone or "", email=email or "",
            region=self._bil("regions", region_code), settlement=settlement,
            registration_address=address,
            profession=self._bil("professions", profession_code),
            experience_years=exp_years or 0, experience_months=exp_months or 0,
            education=tuple(EducationRecord(self._bil("education_levels", e.get("level")),
                                            e.get("institution") or "", _date(e.get("start")),
                                            _date(e.get("end")), e.get("document") or "")
                            for e in education or ()),
            employment=tuple(EmploymentRecord(e.get("organization") or "", e.get("bin") or "",
                                              e.get("position") or "", _date(e.get("start")),
                                              _date(e.get("end")))
                             for e in employment or ()),
            category=self._bil("categories", category_code) if category_code else None,
            category_assigned_on=category_on, commission=commission or "",
            included_on=included_on, consent=bool(consent),
        )


def check_output(out: str | Path) -> Path:
    """The path of a file to write, if it can be written there (its folder exists, it is
    not a folder itself); checked before an export reads or audits anything."""
    path = Path(out)
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput("export.folder_missing", folder=folder)
    if path.is_dir():
        raise InvalidInput("export.is_folder", path=path)
    return path


def _rows_only(stream: Generator[int | RegistryRow, None, None]) -> Iterator[RegistryRow]:
    """The rows of a started :meth:`RegistryService._snapshot` (its count already taken)."""
    try:
        for item in stream:
            if isinstance(item, RegistryRow):
                yield item
    finally:
        stream.close()


def _asdict(q: RegistryQuery) -> dict[str, Any]:
    return {k: getattr(q, k) for k in q.__dataclass_fields__}


def _search(term: str, names_only: bool = False, dialect: str = "") -> ColumnElement[bool]:
    """Substring search over the folded search text (names in either script, IIN, number),
    through the FTS index on SQLite.

    ``names_only`` (a viewer): a term with digits matches nothing, so the IIN in the search
    text can never be probed.
    """
    t = fold_query(term)
    if names_only and any(ch.isdigit() for ch in t):
        return false()
    fts = fts_ids(dialect, t)
    if fts is not None:
        return Application.id.in_(fts)
    like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return Application.search_text.like(like, escape="\\")
