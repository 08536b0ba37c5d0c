"""Receiving applications, deciding on them, resubmission and registry exclusion.

These services are the only way to change applications and registry entries: each call is one
transaction that checks the caller's role and region, validates, writes the audit log and
commits atomically (or changes nothing).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import operator
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import JSON, Date, DateTime, Table, exists, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.actor import Actor
from models.catalogs import Catalogs
from models.db import Database
from models.entities import (
    Application,
    AuditEvent,
    CalendarOverride,
    Counter,
    Decision,
    DecisionKind,
    DuplicateLink,
    RegistryEntry,
    Revision,
    Role,
    Status,
)
from models.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from models.search_fold import fold_case, fold_cyrillic, to_latin
from models.transitions import DECISION_RESULT, DUPLICATE_SCOPE, REASON_KIND, can_decide
from models.validation import normalize_name_key
from models.workcalendar import WorkCalendar, local_day, to_utc_naive, utc_now

log = logging.getLogger(__name__)
T = TypeVar("T")
REGISTRY_COUNTER = "registry_number"
MAX_RETRIES = 3


# --- helpers -------------------------------------------------------------------------------


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarOverride.day, CalendarOverride.working))
    return WorkCalendar({d: w for d, w in rows})


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


SEARCH_TEXT_MAX = 400  # the column's length


def search_text(last: str, first: str, middle: str, iin: str, portal_id: str) -> str:
    """What name search matches: ``name | iin | portal id | name folds…``.

    The name as written (casefolded, ё→е), then its Russian look-alike and Latin folds
    (see :mod:`models.search_fold`) so that a search in either script finds it; search
    input goes through :func:`models.search_fold.fold_query`. Folds that would not fit the
    column are left out (the name as written always fits).
    """
    parts = [_part_forms(p) for p in (last, first, middle) if p]
    forms = [" ".join(f[k] for f in parts) for k in range(3)]
    out = f"{forms[0]} | {iin} | {portal_id.casefold()}"
    for extra in (forms[1], forms[2]):
        if extra not in out.split(" | ") and len(out) + 3 + len(extra) <= SEARCH_TEXT_MAX:
            out += " | " + extra
    return out


@functools.lru_cache(maxsize=8192)
def _part_forms(part: str) -> tuple[str, str, str]:
    """One name part as written, folded to Russian look-alikes, in Latin (names repeat)."""
    return fold_case(part), fold_cyrillic(part), to_latin(part)


def columns_from_data(data: dict[str, Any]) -> dict[str, Any]:
    """Application columns from a validated revision's data."""
    q = data["qualification"]
    return {
        "last_name": data["last_name"],
        "first_name": data["first_name"],
        "middle_name": data["middle_name"],
        "name_key": normalize_name_key(data["last_name"], data["first_name"],
                                       data["middle_name"]),
        "iin": data["iin"],
        "birth_date": _d(data["birth_date"]),
        "phone": data["phone"],
        "email": data["email"],
        "region_code": data["region"],
        "settlement": data["settlement"],
        "registration_address": data["registration_address"],
        "profession_code": data["profession"],
        "experience_years": data["experience"]["years"],
        "experience_months": data["experience"]["months"],
        "education": data["education"],
        "employment": data["employment"],
        "category_code": q["category"],
        "category_assigned_on": _d(q["assigned_on"]),
        "commission": q["commission"],
        "consent": data["consent_to_publish"],
    }


def require_region(actor: Actor, region: str, *, what: str = "") -> None:
    if not actor.may_see_region(region):
        raise PermissionDenied(
            "Нет доступа к данным другого региона", "Басқа өңірдің деректеріне рұқсат жоқ",
            region=region, what=what,
        )


class Busy(Conflict):
    """The database kept refusing the transaction (serialization failures or deadlocks)."""


def _retryable(exc: DBAPIError) -> str | None:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code if code in ("40001", "40P01") else None


def with_retries(fn: Callable[[], T], retries: int = MAX_RETRIES) -> T:
    """Run one transaction, retrying serialization failures and deadlocks (PostgreSQL).

    At most ``retries`` retries after the first attempt, with a short random pause; if the
    database still refuses, a bilingual :class:`Busy` conflict is raised — never the raw
    database error.
    """
    for attempt in range(retries + 1):
        try:
            return fn()
        except DBAPIError as exc:
            code = _retryable(exc)
            if code is None:
                raise
            if attempt < retries:
                log.info("retrying after %s (retry %d of %d)", code, attempt + 1, retries)
                time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
                continue
            log.warning("giving up after %d retries (%s)", retries, code)
            raise Busy("Данные одновременно меняют другие пользователи; ничего не сохранено, "
                       "повторите действие",
                       "Деректерді бір мезетте басқа пайдаланушылар өзгертуде; ештеңе "
                       "сақталмады, әрекетті қайталаңыз", sqlstate=code) from None
    raise AssertionError("unreachable")


# --- receiving -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewApplication:
    """A validated application ready to be received."""

    portal_id: str
    received_at: dt.datetime  # aware or naive-local
    data: dict[str, Any]


def reserve_ids(session: Session, table: Table, n: int) -> list[int]:
    """``n`` new primary keys for ``table``, ascending, for rows inserted with explicit ids.

    PostgreSQL draws them from the table's sequence (safe with concurrent writers); SQLite
    continues after the largest id, which is safe because a write transaction holds the
    database's write lock (``BEGIN IMMEDIATE``).
    """
    if n <= 0:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        seq = conn.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table.name}', 'id')").scalar_one()
        return sorted(v for (v,) in conn.exec_driver_sql(
            f"SELECT nextval('{seq}') FROM generate_series(1, {int(n)})"))
    top = conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table.name}").scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + n))


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) with one driver-level executemany.

    Values go through the columns' own bind processors (dates, JSON, enums), so what is
    stored is exactly what an ORM or Core insert would store, without SQLAlchemy's per-row
    parameter compilation. Column defaults are not applied: give every NOT NULL column.
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    cols = list(rows[0])
    q = dialect.identifier_preparer
    ph = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
    sql = (f"INSERT INTO {q.format_table(table)} ({', '.join(q.quote(c) for c in cols)}) "
           f"VALUES ({', '.join([ph] * len(cols))})")
    procs = [(i, _fast_processor(dialect, table.c[c].type, p), isinstance(table.c[c].type, JSON))
             for i, c in enumerate(cols)
             if (p := table.c[c].type._cached_bind_processor(dialect)) is not None]
    get = operator.itemgetter(*cols)
    out = []
    for r in rows:
        v = list(get(r)) if len(cols) > 1 else [get(r)]
        for i, p, is_json in procs:
            x = v[i]
            if x is not None and not (is_json and type(x) is RawJSON):
                v[i] = p(x)
        out.append(tuple(v))
    conn.exec_driver_sql(sql, out)


_PROBES: dict[type, Any] = {dt.datetime: dt.datetime(2001, 2, 3, 4, 5, 6, 7),
                            dt.date: dt.date(2001, 2, 3)}


def _fast_processor(dialect: Any, type_: Any, slow: Callable[[Any], Any]
                    ) -> Callable[[Any], Any]:
    """SQLite stores dates and times as ISO text; ``isoformat`` (in C) gives the same text as
    SQLAlchemy's formatter when the column keeps the default storage format — checked on a
    probe value, else the column's own processor is used."""
    if dialect.name != "sqlite":
        return slow
    kind = dt.datetime if isinstance(type_, DateTime) else dt.date if isinstance(type_, Date) \
        else None
    if kind is None:
        return slow
    fast: Callable[[Any], Any] = (
        (lambda v: v.isoformat(" ", "microseconds")) if kind is dt.datetime
        else (lambda v: v.isoformat()))
    probe = _PROBES[kind]
    return fast if fast(probe) == slow(probe) else slow


class RawJSON(str):
    """JSON text serialised already: :func:`bulk_insert` stores it as it is."""


def json_texts(session: Session, data: dict[str, Any]) -> tuple[RawJSON, RawJSON, RawJSON]:
    """A revision's data, its education and its employment as JSON text, with the engine's
    serializer; the two lists are encoded once and spliced into the data's text."""
    dumps = getattr(session.get_bind().dialect, "_json_serializer", None) or json.dumps
    edu, emp = dumps(data["education"]), dumps(data["employment"])
    if dumps is not json.dumps:
        return RawJSON(dumps(data)), RawJSON(edu), RawJSON(emp)
    rest = dumps({k: v for k, v in data.items() if k not in ("education", "employment")})
    whole = (rest[:-1] + (", " if len(rest) > 2 else "") + '"education": ' + edu
             + ', "employment": ' + emp + "}")
    return RawJSON(whole), RawJSON(edu), RawJSON(emp)


def append_audit(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """:func:`models.audit.record_many` for many rows: the same chain and head, but the rows
    between the first and the last go in with :func:`bulk_insert`.

    The first row takes the chain's lock and head the ordinary way, the middle ones are
    chained here with :func:`models.audit.event_hash`, and the last one goes through
    ``record_many`` again (which reads the new head from the table), so the session ends with
    the head that the commit hook saves.
    """
    if len(rows) < 3:
        audit.record_many(session, rows)
        return
    audit.record_many(session, rows[:1])
    head = audit.appended_head(session) or audit.current_head(session)
    batch = []
    for row in rows[1:-1]:
        row = dict(row, prev_hash=head)
        row["hash"] = head = audit.event_hash(head, row)
        batch.append(row)
    bulk_insert(session, AuditEvent.__table__, batch)
    audit.forget_head(session)
    audit.record_many(session, rows[-1:])


def application_row(it: NewApplication, calendar: WorkCalendar, now: dt.datetime,
                    due_of: dict[dt.date, dt.date] | None = None) -> dict[str, Any]:
    """The ``applications`` row of a newly received application (without its id)."""
    cols = columns_from_data(it.data)
    received = to_utc_naive(it.received_at)
    received_on = local_day(received)
    if due_of is None:
        due = calendar.due_date(received_on)
    else:
        due = due_of.get(received_on)
        if due is None:
            due = due_of[received_on] = calendar.due_date(received_on)
    cols.update(
        portal_id=it.portal_id, status=Status.SUBMITTED, revision=1, received_at=received,
        received_on=received_on, due_date=due,
        search_text=search_text(cols["last_name"], cols["first_name"], cols["middle_name"],
                                cols["iin"], it.portal_id),
        has_duplicates=False, created_at=now, updated_at=now, version=1,
    )
    return cols


RECEIVE_AFTER = {"revision": 1, "status": "submitted"}


def receive_many(session: Session, actor: Actor, items: Sequence[NewApplication],
                 calendar: WorkCalendar, *, chunk: int = 2000,
                 progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Insert new applications with their first revision, audit and duplicate flags.

    Rows get ids from :func:`reserve_ids` and go in with :func:`bulk_insert` (one driver
    executemany per table and chunk); the caller owns the transaction. Returns the new ids.
    """
    now = utc_now()
    ids: list[int] = []
    total = len(items)
    due_of: dict[dt.date, dt.date] = {}
    for start in range(0, total, chunk):
        part = items[start:start + chunk]
        rows = [application_row(it, calendar, now, due_of) for it in part]
        for r in rows:
            if not actor.may_see_region(r["region_code"]):
                require_region(actor, r["region_code"], what=r["portal_id"])
        new_ids = reserve_ids(session, Application.__table__, len(rows))
        for i, r in zip(new_ids, rows, strict=True):
            r["id"] = i
        revs = []
        for r, it in zip(rows, part, strict=True):
            data, r["education"], r["employment"] = json_texts(session, it.data)
            revs.append({"application_id": r["id"], "number": 1,
                         "received_at": r["received_at"], "due_date": r["due_date"],
                         "data": data, "created_by": actor.login, "created_at": now})
        bulk_insert(session, Application.__table__, rows)
        bulk_insert(session, Revision.__table__, revs)
        template = audit.make_row(actor, "application.receive", "application", "",
                                  after=RECEIVE_AFTER, at=now)
        append_audit(session, [dict(template, entity_id=r["portal_id"],
                                    region_code=r["region_code"]) for r in rows])
        flag_duplicates(session, new_ids)
        ids.extend(new_ids)
        if progress:
            progress(len(ids), total)
    return ids


def _ph(session: Session) -> str:
    """The driver's positional placeholder."""
    return "?" if session.connection().dialect.paramstyle in ("qmark", "numeric") else "%s"


def _in(ph: str, n: int) -> str:
    return "(" + ", ".join([ph] * n) + ")"


def _name_pairs_sql(session: Session, n: int) -> str:
    """Applications with any of ``n`` (name, birth date) pairs: a VALUES list joined to the
    name index, one index seek per pair on both SQLite and PostgreSQL."""
    ph = _ph(session)
    one = f"({ph}, {ph})" if ph == "?" else f"({ph}, CAST({ph} AS DATE))"
    return ("WITH wanted(k, b) AS (VALUES " + ", ".join([one] * n) + ") "
            "SELECT a.id, a.name_key, a.birth_date, a.status FROM wanted "
            "JOIN applications a ON a.name_key = wanted.k AND a.birth_date = wanted.b")


def flag_duplicates(session: Session, app_ids: Sequence[int]) -> int:
    """Link the given applications with others of the same IIN or name and birth date.

    Two indexed look-ups per chunk of 500 (by IIN, by normalised name), sent as plain driver
    SQL; matching is done here, so the cost grows with the number of new applications, not
    with the size of the table. Returns the number of links made.
    """
    session.flush()
    conn = session.connection()
    ph = _ph(session)
    scope = {s.value for s in DUPLICATE_SCOPE}
    made = 0
    for start in range(0, len(app_ids), 500):
        ids = list(app_ids[start:start + 500])
        mine = conn.exec_driver_sql(
            f"SELECT id, iin, name_key, birth_date FROM applications WHERE id IN "
            f"{_in(ph, len(ids))}", tuple(ids)).all()
        if not mine:
            continue
        # Status is checked here, not in SQL: with it, planners prefer the status index and
        # scan every open application.
        iins = sorted({m[1] for m in mine})
        iin_index: dict[str, list[int]] = {}
        for oid, iin, st in conn.exec_driver_sql(
                f"SELECT id, iin, status FROM applications WHERE iin IN {_in(ph, len(iins))}",
                tuple(iins)):
            if st in scope:
                iin_index.setdefault(iin, []).append(oid)
        pairs = sorted({(m[2], m[3]) for m in mine})
        name_index: dict[tuple[str, Any], list[int]] = {}
        for oid, key, birth, st in conn.exec_driver_sql(
                _name_pairs_sql(session, len(pairs)), tuple(v for p in pairs for v in p)):
            if st in scope:
                name_index.setdefault((key, birth), []).append(oid)
        links: dict[tuple[int, int], str] = {}
        for mid, iin, key, birth in mine:
            for oid in name_index.get((key, birth), ()):
                if oid != mid:
                    links[(mid, oid)] = links[(oid, mid)] = "name_birth"
            for oid in iin_index.get(iin, ()):
                if oid != mid:
                    links[(mid, oid)] = links[(oid, mid)] = "iin"
        if not links:
            continue
        involved = sorted({x for x, _ in links})
        existing: set[tuple[int, int]] = set()
        for i in range(0, len(involved), 500):
            part = involved[i:i + 500]
            existing.update(conn.exec_driver_sql(
                "SELECT application_id, other_id FROM duplicate_links WHERE application_id IN "
                f"{_in(ph, len(part))}", tuple(part)).tuples())
            conn.exec_driver_sql(
                f"UPDATE applications SET has_duplicates = {ph} WHERE id IN "
                f"{_in(ph, len(part))} AND has_duplicates = {ph}", (True, *part, False))
        new = [{"application_id": x, "other_id": y, "reason": why}
               for (x, y), why in sorted(links.items()) if (x, y) not in existing]
        bulk_insert(session, DuplicateLink.__table__, new)
        made += len(new)
    return made


# --- deciding ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionResult:
    portal_id: str
    kind: DecisionKind
    status: Status
    revision: int
    decided_at: dt.datetime
    registry_number: int | None = None


def _conflict_already(portal_id: str) -> Conflict:
    return Conflict(
        f"По этой редакции заявки {portal_id} решение уже принято; новое решение не сохранено",
        f"{portal_id} өтінімінің осы редакциясы бойынша шешім қабылданып қойған; "
        "жаңа шешім сақталмады",
        portal_id=portal_id,
    )


def _lock_app(session: Session, portal_id: str) -> Application:
    app = session.scalar(
        select(Application).where(Application.portal_id == portal_id).with_for_update()
    )
    if app is None:
        raise NotFound(f"Заявка {portal_id} не найдена", f"{portal_id} өтінімі табылмады",
                       portal_id=portal_id)
    return app


def next_registry_number(session: Session) -> int:
    n = session.scalar(
        update(Counter).where(Counter.name == REGISTRY_COUNTER)
        .values(value=Counter.value + 1).returning(Counter.value)
    )
    if n is None:
        session.add(Counter(name=REGISTRY_COUNTER, value=1))
        session.flush()
        return 1
    return int(n)


RECEIVED_AT_SLACK = dt.timedelta(minutes=5)  # clocks of the portal and the workstation differ


def _check_resubmitted_at(session: Session, app: Application, received: dt.datetime) -> None:
    """A new revision arrives after the return it answers, and not in the future."""
    if received > utc_now() + RECEIVED_AT_SLACK:
        raise InvalidInput(
            f"Дата поступления новой редакции ({received:%Y-%m-%d %H:%M} UTC) ещё не наступила",
            f"Жаңа редакцияның түскен күні ({received:%Y-%m-%d %H:%M} UTC) әлі келген жоқ",
        )
    returned_at = session.scalar(
        select(Decision.decided_at).where(Decision.application_id == app.id,
                                          Decision.revision == app.revision)
        .order_by(Decision.id.desc()).limit(1))
    if returned_at is not None and received < returned_at:
        raise InvalidInput(
            f"Дата поступления новой редакции ({received:%Y-%m-%d %H:%M} UTC) раньше "
            f"возврата заявки на доработку ({returned_at:%Y-%m-%d %H:%M} UTC)",
            f"Жаңа редакцияның түскен күні ({received:%Y-%m-%d %H:%M} UTC) өтінімнің "
            f"пысықтауға қайтарылған күнінен ({returned_at:%Y-%m-%d %H:%M} UTC) бұрын",
        )


def _changed_meanwhile(portal_id: str) -> Conflict:
    return Conflict(f"Заявка {portal_id} изменена другим пользователем",
                    f"{portal_id} өтінімін басқа пайдаланушы өзгертті", portal_id=portal_id)


def _as_record(data: dict[str, Any], portal_id: str, received_at: dt.datetime
               ) -> dict[str, Any]:
    """A correction as an import record: the whole record, or a bare ``specialist`` object."""
    kept = received_at.replace(tzinfo=dt.UTC).isoformat()
    if "specialist" in data:
        return {"portal_id": data.get("portal_id", portal_id),
                "received_at": data.get("received_at") or kept,
                "specialist": data["specialist"]}
    return {"portal_id": portal_id, "received_at": kept, "specialist": data}


def _unlink_duplicates(session: Session, app: Application) -> None:
    """Drop the application's duplicate links (both ways) before they are looked for afresh."""
    from sqlalchemy import delete

    others = list(session.scalars(select(DuplicateLink.other_id).where(
        DuplicateLink.application_id == app.id)))
    session.execute(delete(DuplicateLink).where(
        (DuplicateLink.application_id == app.id) | (DuplicateLink.other_id == app.id)))
    app.has_duplicates = False
    if others:
        still = exists().where(DuplicateLink.application_id == Application.id)
        session.execute(update(Application).where(Application.id.in_(others), ~still)
                        .values(has_duplicates=False)
                        .execution_options(synchronize_session=False))


class ReviewService:
    """Decisions, resubmissions and exclusions (p.9–10 of the Rules)."""

    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def check_reasons(self, kind: DecisionKind, codes: Iterable[str]) -> list[str]:
        """The reason codes, deduplicated in order; refuses wrong kinds and unknown codes."""
        want = REASON_KIND[kind]
        out: list[str] = []
        for code in codes:
            r = self.catalogs.reasons.get(code)
            if r is None:
                raise InvalidInput(f"Неизвестный код причины: {code}",
                                   f"Белгісіз себеп коды: {code}")
            if want is None or r.kind != want:
                raise InvalidInput(
                    f"Причина {code} не подходит для этого решения",
                    f"{code} себебі бұл шешімге сәйкес келмейді",
                )
            if code not in out:
                out.append(code)
        if want is not None and not out:
            raise InvalidInput("Укажите хотя бы одну причину из перечня",
                               "Тізбеден кемінде бір себепті көрсетіңіз")
        return out

    def decide(self, actor: Actor, portal_id: str, kind: DecisionKind | str,
               reasons: Iterable[str] = (), comment: str = "",
               expected_revision: int | None = None) -> DecisionResult:
        """Register, return or refuse the current revision; exactly once per revision."""
        kind = DecisionKind(kind)
        if actor.role is not Role.ADMIN:
            from models.access import deny

            raise deny(self.db, actor, "Решение по заявке принимает только администратор",
                       "Өтінім бойынша шешімді тек әкімші қабылдайды", "application",
                       portal_id, what="decide")
        codes = self.check_reasons(kind, reasons)
        comment = (comment or "").strip()
        if len(comment) > 4000:
            raise InvalidInput("Комментарий слишком длинный (не более 4000 символов)",
                               "Түсініктеме тым ұзын (4000 таңбадан аспауы керек)")

        released: list[str] = []

        def run() -> DecisionResult | None:
            from models.holds import check_may_act

            with self.db.write() as s:
                app = _lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if not can_decide(app.status):
                    raise _conflict_already(portal_id) if s.scalar(
                        select(Decision.id).where(Decision.application_id == app.id,
                                                  Decision.revision == app.revision)
                    ) else Conflict(
                        f"Заявка {portal_id} в статусе «{app.status.value}»: решение невозможно",
                        f"{portal_id} өтінімі «{app.status.value}» мәртебесінде: "
                        "шешім қабылдау мүмкін емес",
                    )
                if expected_revision is not None and expected_revision != app.revision:
                    raise Conflict(
                        f"Заявка {portal_id} изменилась (редакция {app.revision})",
                        f"{portal_id} өтінімі өзгерді ({app.revision}-редакция)",
                    )
                notice = check_may_act(s, actor, app)
                if notice is not None:  # commit "the holder was told", then tell them
                    released.append(notice)
                    return None
                now = utc_now()
                before = {"status": app.status.value, "revision": app.revision}
                s.add(Decision(application_id=app.id, revision=app.revision, kind=kind,
                               reason_codes=codes, comment=comment, user_id=actor.user_id,
                               user_login=actor.login, decided_at=now,
                               decided_on=local_day(now)))
                app.status = DECISION_RESULT[kind]
                app.due_date = None
                app.held_by = None
                app.held_since = None
                app.updated_at = now
                number = None
                if kind is DecisionKind.REGISTER:
                    number = next_registry_number(s)
                    s.add(RegistryEntry(registry_number=number, application_id=app.id,
                                        included_on=local_day(now)))
                s.flush()
                audit.record(s, actor, f"application.{kind.value}", "application", portal_id,
                             before=before,
                             after={"status": app.status.value, "revision": app.revision,
                                    "reasons": codes, "comment": comment,
                                    "registry_number": number},
                             region=app.region_code)
                return DecisionResult(portal_id, kind, app.status, app.revision, now, number)

        try:
            result = with_retries(run)
        except (IntegrityError, StaleDataError) as exc:
            log.info("concurrent decision on %s refused: %s", portal_id, type(exc).__name__)
            raise _conflict_already(portal_id) from None
        except PermissionDenied as exc:
            from models.access import record_denial

            record_denial(self.db, actor, exc, "application", portal_id, what="decide",
                          region=exc.details.get("region"))  # type: ignore[arg-type]
            raise
        if result is None:
            from models.holds import released_conflict

            by, reason = released[-1].split("\x00", 1)
            raise released_conflict(portal_id, by, reason)
        return result

    def resubmit(self, actor: Actor, portal_id: str, data: dict[str, Any],
                 received_at: dt.datetime | None = None) -> int:
        """A returned application comes back as a new revision with a new deadline."""
        if actor.role is Role.VIEWER:
            from models.access import deny

            raise deny(self.db, actor, "Недостаточно прав", "Құқық жеткіліксіз", "application",
                       portal_id, what="resubmit")

        def run() -> int:
            with self.db.write() as s:
                app = _lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if app.status is not Status.RETURNED:
                    raise Conflict(
                        f"Повторно подать можно только возвращённую заявку ({portal_id})",
                        f"Тек пысықтауға қайтарылған өтінімді қайта беруге болады ({portal_id})",
                    )
                cols = columns_from_data(data)
                require_region(actor, cols["region_code"], what=portal_id)
                cal = load_calendar(s)
                received = to_utc_naive(received_at or dt.datetime.now(dt.UTC))
                _check_resubmitted_at(s, app, received)
                received_on = local_day(received)
                due = cal.due_date(received_on)
                before = {"status": app.status.value, "revision": app.revision}
                now = utc_now()
                app.revision += 1
                for k, v in cols.items():
                    setattr(app, k, v)
                app.search_text = search_text(app.last_name, app.first_name, app.middle_name,
                                              app.iin, app.portal_id)
                app.status = Status.RESUBMITTED
                app.received_at = received
                app.received_on = received_on
                app.due_date = due
                app.updated_at = now
                s.add(Revision(application_id=app.id, number=app.revision,
                               received_at=received, due_date=due, data=data,
                               created_by=actor.login, created_at=now))
                s.flush()
                audit.record(s, actor, "application.resubmit", "application", portal_id,
                             before=before,
                             after={"status": app.status.value, "revision": app.revision,
                                    "due_date": due},
                             region=app.region_code)
                flag_duplicates(s, [app.id])
                return app.revision

        try:
            return with_retries(run)
        except (IntegrityError, StaleDataError):
            raise Conflict(f"Заявка {portal_id} изменена другим пользователем",
                           f"{portal_id} өтінімін басқа пайдаланушы өзгертті") from None
        except PermissionDenied as exc:
            from models.access import record_denial

            record_denial(self.db, actor, exc, "application", portal_id, what="resubmit",
                          region=exc.details.get("region"))  # type: ignore[arg-type]
            raise

    def correct(self, actor: Actor, portal_id: str, data: dict[str, Any], *,
                expected_version: int | None = None) -> int:
        """Correct an undecided application (a paper entry's typo) before it is decided.

        ``data`` is a record of the import format (``portal_id``, ``received_at``,
        ``specialist``) or just its ``specialist`` object (the receipt time is then kept); it is
        validated exactly like an imported record. A clerk of the application's region or an
        administrator may; decided and closed applications are refused. ``expected_version``
        (the application's version when it was read) makes a concurrent change a
        :class:`Conflict`. The current revision's data is replaced, the changed fields are
        audited before and after, and duplicates are flagged afresh. Returns the new version.
        """
        if actor.role not in (Role.ADMIN, Role.MIO):
            from models.access import deny

            raise deny(self.db, actor, "Исправить заявку может сотрудник МИО или администратор",
                       "Өтінімді ЖАО қызметкері немесе әкімші түзете алады", "application",
                       portal_id, what="correct")
        if not isinstance(data, dict):
            raise InvalidInput("Данные заявки должны быть объектом",
                               "Өтінім деректері объект болуы керек")

        def run() -> int:
            from models.holds import held_conflict, live_holder
            from models.intake import validate_record
            from models.settings import load as load_settings

            with self.db.write() as s:
                app = _lock_app(s, portal_id)
                require_region(actor, app.region_code, what=portal_id)
                if not can_decide(app.status):
                    raise Conflict(
                        f"Заявка {portal_id} в статусе «{app.status.value}»: исправить можно "
                        "только заявку, по которой решение ещё не принято",
                        f"{portal_id} өтінімі «{app.status.value}» мәртебесінде: тек шешім "
                        "қабылданбаған өтінімді түзетуге болады",
                    )
                if expected_version is not None and expected_version != app.version:
                    raise _changed_meanwhile(portal_id)
                holder = live_holder(app, load_settings(s).hold_expiry, utc_now())
                if holder is not None and holder != actor.user_id:
                    from models.entities import User

                    login = s.scalar(select(User.login).where(User.id == holder)) or "?"
                    raise held_conflict(portal_id, login, app.held_since)
                rec = validate_record(1, _as_record(data, portal_id, app.received_at),
                                      self.catalogs)
                errors = [i for i in rec.issues if i.severity == "error"]
                if rec.portal_id != portal_id and not errors:
                    raise InvalidInput(
                        f"Номер заявки менять нельзя ({portal_id} → {rec.portal_id})",
                        f"Өтінім нөмірін өзгертуге болмайды ({portal_id} → {rec.portal_id})")
                if errors or rec.data is None or rec.received_at is None:
                    first = errors[0] if errors else None
                    where = f": {first.field}: " if first else ""
                    raise InvalidInput(
                        f"Исправленные данные не прошли проверку{where}{first.ru if first else ''}",
                        f"Түзетілген деректер тексеруден өтпеді{where}"
                        f"{first.kk if first else ''}",
                        issues=list(errors))
                new = rec.data
                cols = columns_from_data(new)
                require_region(actor, cols["region_code"], what=portal_id)
                rev = s.scalar(select(Revision).where(Revision.application_id == app.id,
                                                      Revision.number == app.revision))
                old = dict(rev.data) if rev is not None else {}
                received = to_utc_naive(rec.received_at)
                changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
                moved = received != app.received_at
                if not changed and not moved:
                    return app.version
                old_version = app.version
                before: dict[str, Any] = {k: old.get(k) for k in changed}
                after: dict[str, Any] = {k: new.get(k) for k in changed}
                for k, v in cols.items():
                    setattr(app, k, v)
                app.search_text = search_text(app.last_name, app.first_name, app.middle_name,
                                              app.iin, app.portal_id)
                if moved:
                    before["received_at"], after["received_at"] = app.received_at, received
                    before["due_date"] = app.due_date
                    app.received_at, app.received_on = received, local_day(received)
                    app.due_date = after["due_date"] = load_calendar(s).due_date(
                        app.received_on)
                app.updated_at = utc_now()
                if rev is not None:
                    rev.data = new
                    rev.received_at, rev.due_date = app.received_at, app.due_date
                _unlink_duplicates(s, app)
                s.flush()
                flag_duplicates(s, [app.id])
                version = app.version
                audit.record(s, actor, "application.correct", "application", portal_id,
                             before=dict(before, version=old_version),
                             after=dict(after, version=version, revision=app.revision),
                             region=app.region_code)
                return version

        try:
            return with_retries(run)
        except (IntegrityError, StaleDataError):
            raise _changed_meanwhile(portal_id) from None
        except PermissionDenied as exc:
            from models.access import record_denial

            record_denial(self.db, actor, exc, "application", portal_id, what="correct",
                          region=exc.details.get("region"))  # type: ignore[arg-type]
            raise

    def exclude(self, actor: Actor, registry_number: int, reason: str,
                on: dt.date | None = None) -> None:
        """Exclude a specialist from the registry; the entry and its number are kept."""
        if not actor.is_admin:
            from models.access import deny

            raise deny(self.db, actor, "Исключить из реестра может только администратор",
                       "Тізілімнен тек әкімші шығара алады", "registry_entry", registry_number,
                       what="exclude")
        reason = (reason or "").strip()
        if not reason:
            raise InvalidInput("Укажите причину исключения", "Шығару себебін көрсетіңіз")

        def run() -> None:
            with self.db.write() as s:
                e = s.scalar(select(RegistryEntry).where(
                    RegistryEntry.registry_number == registry_number).with_for_update())
                if e is None:
                    raise NotFound(f"Запись реестра № {registry_number} не найдена",
                                   f"№ {registry_number} тізілім жазбасы табылмады")
                if e.excluded_on is not None:
                    raise Conflict(f"Запись № {registry_number} уже исключена",
                                   f"№ {registry_number} жазбасы бұрын шығарылған")
                day = on or local_day(utc_now())
                if day < e.included_on:
                    raise InvalidInput("Дата исключения раньше даты включения",
                                       "Шығару күні енгізу күнінен бұрын")
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
            raise Conflict(f"Запись № {registry_number} изменена другим пользователем",
                           f"№ {registry_number} жазбасын басқа пайдаланушы өзгертті") from None


def existing_portal_ids(session: Session, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    batch = list(ids)
    for start in range(0, len(batch), 900):
        part = batch[start:start + 900]
        found.update(session.scalars(select(Application.portal_id).where(
            Application.portal_id.in_(part))))
    return found


def app_exists(session: Session, portal_id: str) -> bool:
    return bool(session.scalar(select(exists().where(Application.portal_id == portal_id))))


__all__ = [
    "ReviewService", "DecisionResult", "NewApplication", "receive_many", "flag_duplicates",
    "load_calendar", "DomainError", "Busy", "with_retries",
]
