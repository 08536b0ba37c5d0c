"""Reading applications: worklist pages, counts and one application's detail, scoped."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

from sqlalchemy import ColumnElement, Select, UnaryExpression, and_, func, or_, select, text
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.duplicates import duplicate_pairs
from models.applications.fixes import FixCheck, compare_fixes
from models.applications.holds import HELD_SQL
from models.applications.recommendations import latest_recommendation
from models.applications.search import fts_ids, fts_join
from models.applications.summaries import (
    SUMMARY_COLUMNS,
    ApplicationDetail,
    ApplicationSummary,
    DecisionInfo,
    RevisionInfo,
    SummaryRow,
    summary_of,
)
from models.applications.transitions import OPEN_FOR_DECISION
from models.applications.worklist import (
    BROAD_KEEP_S,
    BROAD_SEARCH,
    SORT_COLUMNS,
    SPLIT_SORTS,
    WorklistFilter,
)
from models.audit import chain as audit
from models.calendar.workdays import today_local, utc_now
from models.db.engine import Database
from models.db.entities import (
    Application,
    Decision,
    DecisionKind,
    RegistryEntry,
    Revision,
    Role,
    Status,
    StatusCount,
    User,
)
from models.db.notification_entities import LetterRecord
from models.db.sort_indexes import OPEN_SQL
from models.errors import NotFound
from models.intake.applicant import applicant_of
from models.names.fold import fold_query
from models.notifications.history import notifications_of
from models.people.access import ForeignRegion, asked_region, deny, record_denial, scope_region
from models.people.security_settings import load as load_settings
from models.statistics.drill import drill_ids


def _by_status_and_region_only(f: WorklistFilter) -> bool:
    """Whether ``f`` narrows by status and region alone (a count the counters can give:
    a million rows are not counted one by one, which PostgreSQL cannot do from an index)."""
    return not (f.profession or f.overdue or f.due_today or f.received_from or f.received_to
                or f.drill or fold_query(f.search))


def _order(f: WorklistFilter) -> list[UnaryExpression[Any]]:
    col = SORT_COLUMNS.get(f.sort, Application.due_date)
    return [col.desc() if f.descending else col.asc(),
            Application.id.desc() if f.descending else Application.id.asc()]


class QueryService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._broad: dict[tuple[str, int], tuple[bool, float]] = {}

    # -- worklist ------------------------------------------------------------------------
    def _scope(self, actor: Actor, f: WorklistFilter, what: str) -> str | None:
        """The region the actor may list; refusals are audited (call before a session opens)."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_applications", "application", what=what,
                       region=f.region)
        region = scope_region(self.db, actor, f.region, "application", what)
        self._check_region(actor, region, what)
        return region

    def _check_region(self, actor: Actor, region: str | None, what: str) -> None:
        """A viewer, or a clerk without a region of their own, sees no applications (audited;
        call before the first query of a session)."""
        if actor.role is Role.VIEWER or not actor.may_see_region(region or ""):
            raise deny(self.db, actor, "access.no_applications", "application", what=what,
                       region=region)

    def _scoped(self, actor: Actor, f: WorklistFilter, stmt: Select[Any],
                region: str | None, what: str = "list", broad: bool = False) -> Select[Any]:
        """``stmt`` limited to ``region`` (from :meth:`_scope`) and the filter's conditions;
        ``broad``: the search matches many applications (see :meth:`_is_broad`)."""
        self._check_region(actor, region, what)
        today = today_local()
        if f.statuses:
            # the open statuses in the partial sort indexes' own words (migration 0010)
            stmt = stmt.where(text(OPEN_SQL) if frozenset(f.statuses) == OPEN_FOR_DECISION
                              else Application.status.in_(f.statuses))
        if region:
            stmt = stmt.where(Application.region_code == region)
        if f.profession:
            stmt = stmt.where(Application.profession_code == f.profession)
        if f.overdue:
            stmt = stmt.where(text(OPEN_SQL), Application.due_date < today)
        if f.due_today:
            stmt = stmt.where(text(OPEN_SQL), Application.due_date == today)
        if f.received_from:
            stmt = stmt.where(Application.received_on >= f.received_from)
        if f.received_to:
            stmt = stmt.where(Application.received_on <= f.received_to)
        if f.drill is not None:
            stmt = stmt.where(Application.id.in_(drill_ids(f.drill)))
        term = fold_query(f.search)
        if term:
            stmt = stmt.where(self._search_clause(term, broad))
        return stmt

    def _search_clause(self, term: str, broad: bool = False) -> ColumnElement[bool]:
        fts = fts_ids(self.db.dialect, term)
        if fts is not None:
            # broad: "id + 0" keeps SQLite from reading every match by id and sorting them;
            # it walks the ORDER BY index instead and keeps the ids in the match set
            return (Application.id + 0 if broad else Application.id).in_(fts)
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return Application.search_text.like(like, escape="\\")

    def _is_broad(self, s: Session, f: WorklistFilter, counting: bool = False) -> bool:
        """Whether to read ``f``'s pages the broad way (see :data:`BROAD_SEARCH`): its search
        matches at least that many applications (counted no further; remembered a few
        minutes per term, as every page of one search asks again). ``counting``: for a
        count, where the sort order does not matter (the filter's index is scanned and the
        matches kept, instead of looking each match up by id: 150 -> 70 ms for 73,000)."""
        term = fold_query(f.search)
        if not term or fts_ids(self.db.dialect, term) is None:
            return False
        if not counting and (f.sort == "name" or f.received_from or f.received_to):
            return False
        key = (term, BROAD_SEARCH)
        known = self._broad.get(key)
        now = time.monotonic()
        if known is not None and now - known[1] < BROAD_KEEP_S:
            return known[0]
        if len(self._broad) > 1000:
            self._broad.clear()
        broad = self._count_broad(s, term)
        self._broad[key] = (broad, now)
        return broad

    def _count_broad(self, s: Session, term: str) -> bool:
        fts = fts_ids(self.db.dialect, term)
        assert fts is not None
        n = s.scalar(select(func.count()).select_from(fts.limit(BROAD_SEARCH).subquery()))
        return int(n or 0) >= BROAD_SEARCH

    def count(self, actor: Actor, f: WorklistFilter = WorklistFilter(),
              at_most: int | None = None) -> int:
        """How many applications ``f`` lists; with ``at_most``, counting stops there (the
        result is then ``at_most`` when there are that many or more)."""
        region = self._scope(actor, f, "search" if f.search else "count")
        if _by_status_and_region_only(f):  # the trigger-kept counters answer (migration 0004)
            with self.db.read() as s:
                stmt = select(func.coalesce(func.sum(StatusCount.n), 0))
                if f.statuses:
                    stmt = stmt.where(StatusCount.status.in_([st.value for st in f.statuses]))
                if region:
                    stmt = stmt.where(StatusCount.region_code == region)
                return int(s.scalar(stmt) or 0)
        term = fold_query(f.search)
        only_search = bool(term) and not region and not f.statuses and \
            _by_status_and_region_only(dataclasses.replace(f, search=""))
        fts = fts_ids(self.db.dialect, term) if only_search else None
        with self.db.read() as s:
            if fts is not None:  # a search alone is counted by the search index alone
                inner = fts
            elif at_most is not None and term and fts_ids(self.db.dialect, term) is not None:
                # counting stops early: the matches are streamed, not all read first
                inner = fts_join(self._scoped(actor, dataclasses.replace(f, search=""),
                                              select(Application.id), region),
                                 Application.id, term)
            else:
                inner = self._scoped(actor, f, select(Application.id), region,
                                     broad=at_most is None and self._is_broad(s, f, True))
            if at_most is not None:
                inner = inner.limit(at_most)
            return int(s.scalar(select(func.count()).select_from(inner.subquery())) or 0)

    def page(self, actor: Actor, f: WorklistFilter = WorklistFilter(), offset: int = 0,
             limit: int = 100) -> list[ApplicationSummary]:
        """One window of the worklist, sorted, with a stable tie-breaker on id."""
        region = self._scope(actor, f, "search" if f.search else "list")
        with self.db.read() as s:
            # ids first (the sort runs over an index, not over whole rows), then the rows
            broad = self._is_broad(s, f)
            ids_stmt = self._scoped(actor, f, select(Application.id), region, broad=broad)
            if f.sort in SPLIT_SORTS:
                return self._summaries(s, self._split_ids(s, f, ids_stmt, offset, limit))
            ids = list(s.scalars(ids_stmt.order_by(*_order(f)).offset(offset).limit(limit)))
            return self._summaries(s, ids)

    @staticmethod
    def _parts(s: Session, f: WorklistFilter
               ) -> list[tuple[ColumnElement[bool], list[UnaryExpression[Any]]]]:
        """A two-part sort as (condition, ORDER BY) pairs in worklist order.

        ``holder``: applications held now (not expired), by the holder's login, then the
        rest by id; ``duplicates``: without duplicates, then with them, by id. Descending is
        the exact reverse (the worklist reads far pages backwards). Each part is ordered by
        an index or is small: a held application is open and in the partial index
        ``ix_app_queue_held``; the unheld part and the part without duplicates go by the
        primary key, so no page sorts the whole table.
        """
        desc = f.descending
        by_id = Application.id.desc() if desc else Application.id.asc()
        if f.sort == "holder":
            cutoff = utc_now() - load_settings(s).hold_expiry
            held = and_(HELD_SQL, Application.held_since > cutoff)  # the partial index's words
            free = or_(Application.status.not_in(list(OPEN_FOR_DECISION)),
                       Application.held_by.is_(None), Application.held_since.is_(None),
                       Application.held_since <= cutoff)
            login = (select(User.login).where(User.id == Application.held_by)
                     .correlate(Application).scalar_subquery())
            parts = [(held, [login.desc() if desc else login.asc(), by_id]), (free, [by_id])]
        else:
            parts = [(~Application.has_duplicates, [by_id]),
                     (Application.has_duplicates.expression, [by_id])]
        return parts[::-1] if desc else parts

    def _split_ids(self, s: Session, f: WorklistFilter, ids_stmt: Select[Any], offset: int,
                   limit: int) -> list[int]:
        """A window (``limit`` 0: everything) of a two-part sort; a part is counted only
        when the window starts after its end."""
        out: list[int] = []
        for cond, order in self._parts(s, f):
            stmt = ids_stmt.where(cond).order_by(*order)
            want = limit - len(out) if limit else 0
            rows = list(s.scalars(stmt.offset(offset).limit(want) if want else
                                  stmt.offset(offset)))
            out += rows
            if limit and len(out) >= limit:
                break
            if rows or not offset:
                offset = 0
            else:
                n = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
                offset = max(0, offset - int(n or 0))
        return out

    def ordered_ids(self, actor: Actor, f: WorklistFilter = WorklistFilter(),
                    limit: int = 0) -> list[int]:
        """Every id the actor may see under ``f``, in worklist order, from one sorted query
        (for a full listing: paging with OFFSET would sort again for every page)."""
        region = self._scope(actor, f, "search" if f.search else "list")
        with self.db.read() as s:
            stmt = self._scoped(actor, f, select(Application.id), region)
            if f.sort in SPLIT_SORTS:
                return self._split_ids(s, f, stmt, 0, limit)
            stmt = stmt.order_by(*_order(f))
            if limit:
                stmt = stmt.limit(limit)
            return list(s.scalars(stmt))

    def summaries(self, actor: Actor, ids: list[int]) -> list[ApplicationSummary]:
        """Worklist lines for ids from :meth:`ordered_ids`, in that order (scope re-checked)."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_applications", "application", what="list")
        with self.db.read() as s:
            return [x for x in self._summaries(s, ids) if actor.may_see_region(x.region)]

    @staticmethod
    def _summaries(s: Session, ids: list[int]) -> list[ApplicationSummary]:
        if not ids:
            return []
        rows = s.execute(select(*SUMMARY_COLUMNS, User.login)
                         .outerjoin(User, User.id == Application.held_by)
                         .where(Application.id.in_(ids)))
        by_id = {r.id: (SummaryRow(r), r.login) for r in rows}
        today = today_local()
        expiry = load_settings(s).hold_expiry
        return [summary_of(*by_id[i], today, expiry) for i in ids if i in by_id]

    def counts_by_status(self, actor: Actor, region: str | None = None) -> dict[Status, int]:
        f = WorklistFilter(region=region)
        scoped = self._scope(actor, f, "statistics")
        with self.db.read() as s:  # counters kept by triggers (migration 0004)
            stmt = select(StatusCount.status, func.sum(StatusCount.n)).group_by(
                StatusCount.status)
            if scoped:
                stmt = stmt.where(StatusCount.region_code == scoped)
            out = {st: 0 for st in Status}
            for st, n in s.execute(stmt):
                out[Status(st)] = int(n or 0)
            return out

    # -- one application ----------------------------------------------------------------
    def detail(self, actor: Actor, portal_id: str, *, audit_view: bool = True
               ) -> ApplicationDetail:
        """Everything about one application; viewing personal data is audited.

        With it comes the newest recommendation of a clerk on the current revision, if any.
        """
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "access.no_applications", "application", portal_id,
                       what="open")
        refused: ForeignRegion | None = None
        with self.db.write() if audit_view else self.db.read() as s:
            a = s.scalar(select(Application).where(Application.portal_id == portal_id))
            if a is None:
                raise NotFound("application.not_found", portal_id=portal_id)
            if not actor.may_see_region(a.region_code):
                refused = ForeignRegion(a.region_code, what="open")
                if audit_view:
                    audit.record(s, actor, "access.denied", "application", portal_id,
                                 after={"what": "open", "message": refused.ru},
                                 region=a.region_code)
                    s.commit()
                    raise refused
            else:
                detail = self._detail(s, a)
                if audit_view:
                    audit.record(s, actor, "application.view", "application", portal_id,
                                 region=a.region_code)
                return detail
        # a read-only look was refused: audit it in its own transaction
        assert refused is not None
        record_denial(self.db, actor, refused, "application", portal_id, what="open",
                      region=asked_region(refused))
        raise refused

    def _detail(self, s: Session, a: Application) -> ApplicationDetail:
        expiry = load_settings(s).hold_expiry
        holder = s.scalar(select(User.login).where(User.id == a.held_by)) \
            if a.held_by else None
        revs = tuple(RevisionInfo(r.number, r.received_at, r.due_date, r.data,
                                  r.created_by) for r in a.revisions)
        numbers = dict(s.execute(select(LetterRecord.decision_id, LetterRecord.number)
                                 .where(LetterRecord.application_id == a.id)).tuples().all())
        decs = tuple(DecisionInfo(d.kind.value, d.revision, tuple(d.reason_codes),
                                  d.comment, d.user_login, d.decided_at,
                                  fix_fields=tuple(d.fix_fields or ()),
                                  letter_number=numbers.get(d.id, ""), signer=d.signer_name,
                                  signer_position=d.signer_position)
                     for d in a.decisions)
        entry = s.scalar(select(RegistryEntry).where(RegistryEntry.application_id == a.id))
        pairs = duplicate_pairs().subquery()
        dup_rows = s.execute(
            select(Application.portal_id, Application.status, Application.last_name,
                   Application.first_name, Application.middle_name,
                   Application.birth_date, Application.region_code, pairs.c.reason)
            .join(pairs, pairs.c.other_id == Application.id)
            .where(pairs.c.application_id == a.id)
            .order_by(Application.portal_id)
        ).all()
        dups = tuple(
            {"portal_id": p, "status": Status(st).value,
             "full_name": " ".join(x for x in (ln, fn, mn) if x),
             "birth_date": bd.isoformat(), "region": rg, "reason": why}
            for p, st, ln, fn, mn, bd, rg, why in dup_rows
        )
        return ApplicationDetail(
            summary_of(a, holder, today_local(), expiry),
            revs[-1].data if revs else {},
            decs, revs,
            entry.registry_number if entry else None,
            entry.included_on if entry else None,
            entry.excluded_on if entry else None,
            dups,
            latest_recommendation(s, a.id, a.revision),
            a.version,
            applicant_of(revs[-1].data if revs else {}),
            notifications_of(s, a.id),
            _fix_checks(a, revs),
        )


def _fix_checks(a: Application, revs: tuple[RevisionInfo, ...]) -> tuple[FixCheck, ...]:
    """The fields the last return marked, against the revision that answered it."""
    ret = next((d for d in reversed(a.decisions) if d.kind is DecisionKind.RETURN
                and d.fix_fields and d.revision < a.revision), None)
    data = {r.number: r.data for r in revs}
    if ret is None or ret.revision not in data or not revs:
        return ()
    return compare_fixes(ret.fix_fields, data[ret.revision], revs[-1].data)


def revision_data(session: Session, app_id: int, number: int) -> dict[str, Any] | None:
    return session.scalar(select(Revision.data).where(Revision.application_id == app_id,
                                                      Revision.number == number))


def decisions_on(session: Session, day: dt.date) -> list[Decision]:
    return list(session.scalars(select(Decision).where(Decision.decided_on == day)
                                .order_by(Decision.id)))
