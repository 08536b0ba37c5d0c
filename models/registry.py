"""Read side of the registry: entries for screens, rows for printing, letters' data.

Printing streams: the sort keys of the selected entries are read first (small tuples), sorted in
the chosen language's alphabet, then full rows are fetched in chunks in that order, so memory
stays bounded however large the registry grows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from models import audit
from models.access import FOREIGN_REGION, deny, scope_region
from models.actor import Actor
from models.catalogs import Catalogs
from models.collation import name_sort_key
from models.db import Database
from models.dto import (
    Bilingual,
    EducationRecord,
    EmploymentRecord,
    LetterData,
    RegistryQuery,
    RegistryRow,
)
from models.entities import Application, Decision, DecisionKind, RegistryEntry, Role
from models.errors import NotFound, PermissionDenied
from models.workcalendar import as_local, today_local

CHUNK = 1000


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
    def count(self, actor: Actor, q: RegistryQuery = RegistryQuery(), search: str = "",
              include_excluded: bool = False) -> int:
        region = scope_region(self.db, actor, q.region, "registry", "count")
        if actor.role is Role.VIEWER:
            q = RegistryQuery(**{**_asdict(q), "edition": "public"})
        with self.db.read() as s:
            stmt = _where(select(func.count()).select_from(RegistryEntry).join(Application),
                          q, region, include_excluded)
            if search:
                stmt = stmt.where(_search(search))
            return int(s.scalar(stmt) or 0)

    def page(self, actor: Actor, q: RegistryQuery = RegistryQuery(), search: str = "",
             offset: int = 0, limit: int = 100, include_excluded: bool = False
             ) -> list[EntrySummary]:
        """A window of registry entries ordered by registry number."""
        region = scope_region(self.db, actor, q.region, "registry", "list")
        if actor.role is Role.VIEWER:
            q = RegistryQuery(**{**_asdict(q), "edition": "public"})
        with self.db.read() as s:
            stmt = _where(select(RegistryEntry, Application).join(Application), q, region,
                          include_excluded)
            if search:
                stmt = stmt.where(_search(search))
            stmt = stmt.order_by(RegistryEntry.registry_number).offset(offset).limit(limit)
            return [EntrySummary(e.registry_number, a.portal_id, a.full_name, a.region_code,
                                 a.profession_code, e.included_on, e.excluded_on,
                                 e.exclusion_reason, a.consent)
                    for e, a in s.execute(stmt)]

    # -- printing ---------------------------------------------------------------------------
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
        """
        region = scope_region(self.db, actor, q.region, "registry", "export")
        if actor.role is Role.VIEWER and q.edition != "public":
            raise deny(self.db, actor, "Эта роль может печатать только общедоступный реестр",
                       "Бұл рөл тек жалпыға қолжетімді тізілімді басып шығара алады",
                       "registry", what="export", region=region)
        sort_lang = "ru" if lang == "ru" else "kk"
        with self.db.write() as s:
            keys = s.execute(_where(
                select(RegistryEntry.id, Application.region_code, Application.last_name,
                       Application.first_name, Application.middle_name,
                       RegistryEntry.registry_number).join(Application), q, region)).all()
            audit.record(s, actor, "registry.export", "registry", "",
                         after={"edition": q.edition, "region": region,
                                "profession": q.profession, "as_of": q.as_of,
                                "lang": lang, "count": len(keys)},
                         region=region)
            head = audit.current_head(s)
        keys.sort(key=lambda k: (k[1], name_sort_key(
            " ".join(p for p in (k[2], k[3], k[4]) if p), sort_lang), k[5]))
        ids = [k[0] for k in keys]
        return len(ids), self._stream(ids), head

    def _stream(self, ids: list[int]) -> Iterator[RegistryRow]:
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            with self.db.read() as s:
                got = {e.id: (e, a) for e, a in s.execute(
                    select(RegistryEntry, Application).join(Application)
                    .where(RegistryEntry.id.in_(part)))}
                rows = [self._row(*got[i]) for i in part if i in got]
            yield from rows

    def _bil(self, catalog: str, code: str | None) -> Bilingual:
        if code is None:
            return Bilingual("", "", "")
        try:
            return self.catalogs.get(catalog, code)
        except KeyError:
            return Bilingual(code, code, code)

    def _row(self, e: RegistryEntry, a: Application) -> RegistryRow:
        return RegistryRow(
            registry_number=e.registry_number,
            last_name=a.last_name, first_name=a.first_name, middle_name=a.middle_name,
            birth_date=a.birth_date, phone=a.phone, email=a.email,
            region=self._bil("regions", a.region_code), settlement=a.settlement,
            registration_address=a.registration_address,
            profession=self._bil("professions", a.profession_code),
            experience_years=a.experience_years, experience_months=a.experience_months,
            education=tuple(EducationRecord(self._bil("education_levels", r.get("level")),
                                            r.get("institution") or "", _date(r.get("start")),
                                            _date(r.get("end")), r.get("document") or "")
                            for r in a.education),
            employment=tuple(EmploymentRecord(r.get("organization") or "", r.get("bin") or "",
                                              r.get("position") or "", _date(r.get("start")),
                                              _date(r.get("end")))
                             for r in a.employment),
            category=self._bil("categories", a.category_code) if a.category_code else None,
            category_assigned_on=a.category_assigned_on, commission=a.commission,
            included_on=e.included_on, consent=a.consent,
        )

    # -- letters ----------------------------------------------------------------------------
    def letters(self, actor: Actor, day: dt.date | None = None,
                portal_id: str | None = None) -> list[LetterData]:
        """Return and refusal letters: all of one day's decisions, or one application's last."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "Недостаточно прав", "Құқық жеткіліксіз", "decision",
                       portal_id or "", what="letters")
        with self.db.write() as s:
            stmt = select(Decision, Application).join(Application).where(
                Decision.kind.in_([DecisionKind.RETURN, DecisionKind.REFUSE]))
            if portal_id:
                stmt = stmt.where(Application.portal_id == portal_id)
            if day:
                stmt = stmt.where(Decision.decided_on == day)
            if actor.role is Role.MIO:
                stmt = stmt.where(Application.region_code == actor.region)
            found = s.execute(stmt.order_by(Decision.id)).all()
            if portal_id:
                if not found:
                    exists_ = s.scalar(select(Application.region_code).where(
                        Application.portal_id == portal_id))
                    if exists_ and not actor.may_see_region(exists_):
                        refused = PermissionDenied(*FOREIGN_REGION, region=exists_)
                        audit.record(s, actor, "access.denied", "application", portal_id,
                                     after={"what": "letters", "message": refused.ru},
                                     region=exists_)
                        s.commit()
                        raise refused
                    raise NotFound(f"По заявке {portal_id} нет решения о возврате или отказе",
                                   f"{portal_id} өтінімі бойынша қайтару немесе бас тарту "
                                   "туралы шешім жоқ")
                found = found[-1:]
            out = []
            for d, a in found:
                rev = next((r for r in a.revisions if r.number == d.revision), None)
                out.append(LetterData(
                    portal_id=a.portal_id, applicant_name=a.full_name, phone=a.phone,
                    email=a.email,
                    received_at=as_local(rev.received_at if rev else a.received_at),
                    decided_at=as_local(d.decided_at), kind=d.kind.value,
                    reasons=tuple(self.catalogs.reasons[c] for c in d.reason_codes
                                  if c in self.catalogs.reasons),
                    comment=d.comment, decided_by=d.user_login, revision=d.revision))
            audit.record(s, actor, "letters.print", "decision", portal_id or str(day or ""),
                         after={"count": len(out), "portal_ids": [x.portal_id for x in out]},
                         region=actor.region if actor.role is Role.MIO else None)
            return out


def _asdict(q: RegistryQuery) -> dict[str, Any]:
    return {k: getattr(q, k) for k in q.__dataclass_fields__}


def _search(term: str) -> Any:
    t = " ".join(term.casefold().replace("ё", "е").split())
    like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return and_(Application.search_text.like(like, escape="\\"))
