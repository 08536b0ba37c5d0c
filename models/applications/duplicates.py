"""Possible duplicates: groups of applications sharing an IIN, or a name and birth date.

A group holds one row per member (``duplicate_members``), not one per pair: 1,800 records of
the same name and birth date are 1,800 rows, not 3.24 million links. Every member of a group
is a possible duplicate of every other; :func:`duplicate_pairs` gives the pairs for reading
(the reason ``iin`` wins when two applications share both).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, delete, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from models.applications.transitions import DUPLICATE_SCOPE
from models.db.bulk import bulk_insert, in_list, placeholder
from models.db.entities import Application
from models.db.trust_entities import DuplicateGroup, DuplicateMember


def _name_pairs_sql(session: Session, n: int) -> str:
    """Applications with any of ``n`` (name, birth date) pairs: a VALUES list joined to the
    name index, one index seek per pair on both SQLite and PostgreSQL."""
    ph = placeholder(session)
    one = f"({ph}, {ph})" if ph == "?" else f"({ph}, CAST({ph} AS DATE))"
    return ("WITH wanted(k, b) AS (VALUES " + ", ".join([one] * n) + ") "
            "SELECT a.id, a.name_key, a.birth_date, a.status FROM wanted "
            "JOIN applications a ON a.name_key = wanted.k AND a.birth_date = wanted.b")


def name_birth_key(name_key: str, birth: object) -> str:
    """The key of a name-and-birth-date group (``YYYY-MM-DD|name``)."""
    return f"{str(birth)[:10]}|{name_key}"


def duplicate_pairs() -> Select[Any]:
    """(application_id, other_id, reason) for every two members of a group; filter it by
    ``application_id``. ``reason`` is ``iin`` when the two share an IIN, else ``name_birth``."""
    mine, other = aliased(DuplicateMember), aliased(DuplicateMember)
    return (select(mine.application_id.label("application_id"),
                   other.application_id.label("other_id"),
                   func.min(DuplicateGroup.kind).label("reason"))
            .join(other, and_(other.group_id == mine.group_id,
                              other.application_id != mine.application_id))
            .join(DuplicateGroup, DuplicateGroup.id == mine.group_id)
            .group_by(mine.application_id, other.application_id))


def _matches(session: Session, mine: Sequence[Any]) -> dict[tuple[str, str], set[int]]:
    """Each IIN and name-and-birth key of ``mine`` → the applications that have it (``mine``
    themselves and the others in :data:`DUPLICATE_SCOPE`)."""
    conn = session.connection()
    ph = placeholder(session)
    scope = {s.value for s in DUPLICATE_SCOPE}
    found: dict[tuple[str, str], set[int]] = {}
    for mid, iin, key, birth in mine:
        found.setdefault(("iin", iin), set()).add(mid)
        found.setdefault(("name_birth", name_birth_key(key, birth)), set()).add(mid)
    # Status is checked here, not in SQL: with it, planners prefer the status index and
    # scan every open application.
    iins = sorted({m[1] for m in mine})
    for oid, iin, st in conn.exec_driver_sql(
            f"SELECT id, iin, status FROM applications WHERE iin IN {in_list(ph, len(iins))}",
            tuple(iins)):
        if st in scope:
            found[("iin", iin)].add(oid)
    pairs = sorted({(m[2], m[3]) for m in mine})
    for oid, key, birth, st in conn.exec_driver_sql(
            _name_pairs_sql(session, len(pairs)), tuple(v for p in pairs for v in p)):
        if st in scope:
            found[("name_birth", name_birth_key(key, birth))].add(oid)
    return {k: ids for k, ids in found.items() if len(ids) > 1}


def _group_ids(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The group of each key, made where missing."""
    out: dict[tuple[str, str], int] = {}
    for kind in ("iin", "name_birth"):
        wanted = sorted(k for c, k in keys if c == kind)
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            out.update(((kind, k), g) for g, k in session.execute(
                select(DuplicateGroup.id, DuplicateGroup.key).where(
                    DuplicateGroup.kind == kind, DuplicateGroup.key.in_(part))).tuples())
    missing = [k for k in keys if k not in out]
    for kind, key in missing:
        g = DuplicateGroup(kind=kind, key=key)
        session.add(g)
        session.flush()
        out[(kind, key)] = g.id
    return out


def flag_duplicates(session: Session, app_ids: Sequence[int]) -> int:
    """Put the given applications into the groups of their IIN and of their name and birth
    date, with the others that share them (open, returned or registered ones).

    Two indexed look-ups per chunk of 500 (by IIN, by normalised name), sent as plain driver
    SQL; the cost grows with the number of new applications and their group members, never
    with their pairs. Returns the number of memberships made.
    """
    session.flush()
    conn = session.connection()
    ph = placeholder(session)
    made = 0
    for start in range(0, len(app_ids), 500):
        ids = list(app_ids[start:start + 500])
        mine = conn.exec_driver_sql(
            f"SELECT id, iin, name_key, birth_date FROM applications WHERE id IN "
            f"{in_list(ph, len(ids))}", tuple(ids)).all()
        if not mine:
            continue
        matches = _matches(session, mine)
        if not matches:
            continue
        groups = _group_ids(session, sorted(matches))
        gids = sorted(set(groups.values()))
        existing: set[tuple[int, int]] = set()
        for i in range(0, len(gids), 500):
            part = gids[i:i + 500]
            existing.update(session.execute(
                select(DuplicateMember.group_id, DuplicateMember.application_id)
                .where(DuplicateMember.group_id.in_(part))).tuples())
        new = sorted({(groups[k], a) for k, members in matches.items() for a in members}
                     - existing)
        bulk_insert(session, DuplicateMember,
                    [{"group_id": g, "application_id": a} for g, a in new])
        involved = sorted({a for members in matches.values() for a in members})
        for i in range(0, len(involved), 500):
            part = involved[i:i + 500]
            conn.exec_driver_sql(
                f"UPDATE applications SET has_duplicates = {ph} WHERE id IN "
                f"{in_list(ph, len(part))} AND has_duplicates = {ph}", (True, *part, False))
        made += len(new)
    return made


def unlink_duplicates(session: Session, app: Application) -> None:
    """Take the application out of its groups before they are looked for afresh; members
    left without any other member lose their duplicates flag."""
    gids = list(session.scalars(select(DuplicateMember.group_id).where(
        DuplicateMember.application_id == app.id)))
    session.execute(delete(DuplicateMember).where(DuplicateMember.application_id == app.id))
    app.has_duplicates = False
    if not gids:
        return
    others = list(session.scalars(select(DuplicateMember.application_id).where(
        DuplicateMember.group_id.in_(gids))))
    if others:
        mine, other = aliased(DuplicateMember), aliased(DuplicateMember)
        still = exists().where(mine.application_id == Application.id,
                               other.group_id == mine.group_id,
                               other.application_id != mine.application_id)
        session.execute(update(Application).where(Application.id.in_(others), ~still)
                        .values(has_duplicates=False)
                        .execution_options(synchronize_session=False))
