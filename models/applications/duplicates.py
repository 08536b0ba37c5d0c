"""Possible duplicates: links between applications of the same IIN or name and birth date."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from models.applications.transitions import DUPLICATE_SCOPE
from models.db.bulk import bulk_insert, in_list, placeholder
from models.db.entities import Application, DuplicateLink


def _name_pairs_sql(session: Session, n: int) -> str:
    """Applications with any of ``n`` (name, birth date) pairs: a VALUES list joined to the
    name index, one index seek per pair on both SQLite and PostgreSQL."""
    ph = placeholder(session)
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
    ph = placeholder(session)
    scope = {s.value for s in DUPLICATE_SCOPE}
    made = 0
    for start in range(0, len(app_ids), 500):
        ids = list(app_ids[start:start + 500])
        mine = conn.exec_driver_sql(
            f"SELECT id, iin, name_key, birth_date FROM applications WHERE id IN "
            f"{in_list(ph, len(ids))}", tuple(ids)).all()
        if not mine:
            continue
        # Status is checked here, not in SQL: with it, planners prefer the status index and
        # scan every open application.
        iins = sorted({m[1] for m in mine})
        iin_index: dict[str, list[int]] = {}
        for oid, iin, st in conn.exec_driver_sql(
                f"SELECT id, iin, status FROM applications WHERE iin IN {in_list(ph, len(iins))}",
                tuple(iins)):
            if st in scope:
                iin_index.setdefault(iin, []).append(oid)
        pairs = sorted({(m[2], m[3]) for m in mine})
        name_index: dict[tuple[str, object], list[int]] = {}
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
                f"{in_list(ph, len(part))}", tuple(part)).tuples())
            conn.exec_driver_sql(
                f"UPDATE applications SET has_duplicates = {ph} WHERE id IN "
                f"{in_list(ph, len(part))} AND has_duplicates = {ph}", (True, *part, False))
        new = [{"application_id": x, "other_id": y, "reason": why}
               for (x, y), why in sorted(links.items()) if (x, y) not in existing]
        bulk_insert(session, DuplicateLink, new)
        made += len(new)
    return made


def unlink_duplicates(session: Session, app: Application) -> None:
    """Drop the application's duplicate links (both ways) before they are looked for afresh."""

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
