"""The worklist's filter and its sort orders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.db.entities import Application, Status
from models.statistics.drill import Drill


@dataclass(frozen=True)
class WorklistFilter:
    statuses: tuple[Status, ...] = ()
    region: str | None = None
    profession: str | None = None
    overdue: bool = False
    due_today: bool = False
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    search: str = ""
    sort: str = "due_date"  # a column of SORT_COLUMNS
    descending: bool = False
    drill: Drill | None = None  # only the applications behind a figure of the statistics


#: On SQLite a name search matching at least this many applications is "broad": its pages
#: are read by walking the sort order's index and keeping the matches, instead of sorting
#: every match for each page (a common name on a million applications: 110 ms -> 15 ms a
#: page). Not when sorting by name (the matches cluster in the name order, the walk can be
#: long) or within received dates. PostgreSQL's planner makes that choice itself from the
#: trigram statistics.
BROAD_SEARCH = 1000


BROAD_KEEP_S = 300.0


SORT_COLUMNS = {
    "id": Application.id,
    "portal_id": Application.portal_id,
    "received_at": Application.received_at,
    "due_date": Application.due_date,
    "status": Application.status,
    "region": Application.region_code,
    "name": Application.name_key,
    "profession": Application.profession_code,
    "revision": Application.revision,
    # read in two parts each (see QueryService._parts): held first by the holder's login,
    # unheld last; without duplicates first, with them last (descending: the exact reverse)
    "holder": Application.held_by,
    "duplicates": Application.has_duplicates,
}


#: sort keys paged in two parts instead of one ORDER BY
SPLIT_SORTS = frozenset({"holder", "duplicates"})
