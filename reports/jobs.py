"""Export jobs: fetch from the registry service and write a file (used by the CLI and the UI).

No Qt here: the UI runs these functions in a worker thread and passes its own progress and
cancel callbacks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from models.actor import Actor
from models.db import Database
from models.dto import RegistryQuery
from models.registry import RegistryService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def export_registry(
    db: Database,
    actor: Actor,
    query: RegistryQuery,
    fmt: str,
    lang: str,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> int:
    """Write the registry as ``pdf`` or ``xlsx`` in ``kk``, ``ru`` or ``both``; returns count."""
    from reports.meta import ReportMeta

    svc = RegistryService(db)
    count, rows = svc.rows(actor, query, lang)
    cat = svc.catalogs
    meta = ReportMeta.from_query(
        query,
        generated_at=dt.datetime.now().replace(microsecond=0),
        count=count,
        region=cat.get("regions", query.region) if query.region else None,
        profession=cat.get("professions", query.profession) if query.profession else None,
    )
    if fmt == "pdf":
        from reports.registry_pdf import build
    elif fmt == "xlsx":
        from reports.registry_xlsx import build
    else:
        raise ValueError(fmt)
    build(rows, out, lang=lang, meta=meta, progress=progress, is_cancelled=is_cancelled)
    return count


def export_letters(
    db: Database,
    actor: Actor,
    day: dt.date | None,
    portal_id: str | None,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> int:
    """All return/refusal letters of a day (or one application's) into one PDF."""
    from reports.letters import build_letters

    letters = RegistryService(db).letters(actor, day, portal_id)
    build_letters(letters, out, progress=progress, is_cancelled=is_cancelled)
    return len(letters)
