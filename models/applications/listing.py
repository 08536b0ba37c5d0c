"""The worklist as JSON for scripts (``tizilim list --json``): summaries plus decisions,
registry numbers and duplicate links, loaded in batches for each page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from models.actor import Actor
from models.applications.duplicates import duplicate_pairs
from models.applications.queries import QueryService
from models.applications.worklist import WorklistFilter
from models.db.entities import Application, Decision, RegistryEntry

PAGE = 2000


def iter_listing(qs: QueryService, actor: Actor, f: WorklistFilter, limit: int = 0
                 ) -> Iterator[dict[str, Any]]:
    """Every application the actor may see under ``f`` (at most ``limit`` if > 0), as dicts."""
    db = qs.db
    all_ids = qs.ordered_ids(actor, f, limit)
    for start in range(0, len(all_ids), PAGE):
        rows = qs.summaries(actor, all_ids[start:start + PAGE])
        ids = [r.id for r in rows]
        with db.read() as s:
            decisions: dict[int, list[dict[str, Any]]] = {}
            for d in s.scalars(select(Decision).where(Decision.application_id.in_(ids))
                               .order_by(Decision.id)):
                decisions.setdefault(d.application_id, []).append({
                    "kind": d.kind.value, "revision": d.revision,
                    "reasons": list(d.reason_codes), "comment": d.comment,
                    "user": d.user_login, "time": d.decided_at.isoformat() + "Z"})
            numbers = {a: n for a, n in s.execute(
                select(RegistryEntry.application_id, RegistryEntry.registry_number)
                .where(RegistryEntry.application_id.in_(ids)))}
            dups: dict[int, list[str]] = {}
            pairs = duplicate_pairs().subquery()
            for app_id, other in s.execute(
                    select(pairs.c.application_id, Application.portal_id)
                    .join(Application, Application.id == pairs.c.other_id)
                    .where(pairs.c.application_id.in_(ids))
                    .order_by(Application.portal_id)):
                dups.setdefault(app_id, []).append(other)
        for r in rows:
            out = r.as_json()
            out["decisions"] = decisions.get(r.id, [])
            out["registry_number"] = numbers.get(r.id)
            out["duplicates"] = dups.get(r.id, [])
            yield out
