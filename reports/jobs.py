"""Export jobs: fetch from the registry service and write a file (used by the CLI and the UI).

The caller passes the registry service of its composition root (``Services.registry``).
No Qt here: the UI runs these functions in a worker thread and passes its own progress and
cancel callbacks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from models.actor import Actor
from models.calendar.workdays import as_local, today_local, utc_now
from models.dto import RegistryQuery
from models.registry.service import RegistryService, check_output

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FORMATS = ("pdf", "xlsx")


def export_registry(
    registry: RegistryService,
    actor: Actor,
    query: RegistryQuery,
    fmt: str,
    lang: str,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> int:
    """Write the registry as ``pdf`` or ``xlsx`` in ``kk``, ``ru`` or ``both``; returns count.

    The query and the output path are checked before anything is read, audited or written.
    The registry is shown as of ``query.as_of`` or, when not given, as of today in
    Kazakhstan; the same date selects the rows and is printed. The file states when it was
    made in Kazakhstan time and the audit log's head right after the export was recorded.
    """
    from reports.labels import check_lang
    from reports.meta import ReportMeta

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    check_lang(lang)
    check_output(out)
    registry.check_query(query)
    query = dataclasses.replace(query, as_of=query.as_of or today_local())
    count, rows, head = registry.rows_with_head(actor, query, lang)
    cat = registry.catalogs
    meta = ReportMeta.from_query(
        query,
        generated_at=as_local(utc_now()).replace(microsecond=0),
        count=count,
        region=cat.get("regions", query.region) if query.region else None,
        profession=cat.get("professions", query.profession) if query.profession else None,
        audit_head=head,
    )
    if fmt == "pdf":
        from reports.registry_pdf import build
    else:
        from reports.registry_xlsx import build
    try:
        build(rows, out, lang=lang, meta=meta, progress=progress, is_cancelled=is_cancelled)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    return count


def export_letters(
    registry: RegistryService,
    actor: Actor,
    day: dt.date | None,
    portal_id: str | None,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> int:
    """All return/refusal letters of a day (or one application's) into one PDF."""
    from reports.letters import build_letters

    check_output(out)
    letters = registry.letters(actor, day, portal_id)
    build_letters(letters, out, progress=progress, is_cancelled=is_cancelled)
    return len(letters)
