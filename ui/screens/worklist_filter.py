"""The worklist's filter as saved in the settings, and the filter it opens with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.context import AppContext
from ui.text import STATUS_NAMES
from ui.widgets.common import from_iso

if TYPE_CHECKING:
    from models.applications.worklist import WorklistFilter

OPEN_STATUSES = ("submitted", "resubmitted")


#: a filter as saved in the settings (JSON: statuses, region, dates as ISO text, sort, …)
FilterState = dict[str, object]


def status_key(statuses: object) -> str:
    """The status choice of saved ``statuses``: ``open``, ``all`` or one status."""
    chosen = [str(x) for x in statuses] if isinstance(statuses, list | tuple) else []
    if sorted(chosen) == sorted(OPEN_STATUSES):
        return "open"
    if len(chosen) == 1:
        return chosen[0] if chosen[0] in STATUS_NAMES else "open"
    return "all"


def text_or_none(value: object) -> str | None:
    """A saved code (region, profession): its text, None when empty."""
    return str(value) if value else None


def saved_filter_state(ctx: AppContext) -> FilterState:
    """The worklist's last filter as saved (awaiting decision when there is none)."""
    s = ctx.load_json("worklist/last_filter", {"statuses": list(OPEN_STATUSES)})
    return s if isinstance(s, dict) else {"statuses": list(OPEN_STATUSES)}


def opening_filter(ctx: AppContext) -> WorklistFilter | None:
    """The filter the worklist opens with: the last one used. Read from the settings
    without widgets, so the first page can be read while the window is still being built;
    the view finds the same filter in its widgets and does not read it again (None: a
    saved state the widgets would change, the view reads it itself)."""
    from models.applications.worklist import WorklistFilter
    from models.enums import Status

    s = saved_filter_state(ctx)
    cats = ctx.services.catalogs
    key = status_key(s.get("statuses"))
    statuses = OPEN_STATUSES if key == "open" else () if key == "all" else (key,)

    def known(catalog: str, code: object) -> str | None:
        return str(code) if code and any(i.code == code for i in cats.values(catalog)) else None

    start, end = from_iso(s.get("from")), from_iso(s.get("to"))
    if (start is None) != (end is None):  # half a range: the date fields fill the rest
        return None
    return WorklistFilter(
        statuses=tuple(Status(x) for x in statuses),
        region=known("regions", s.get("region")) if ctx.actor.is_admin else None,
        profession=known("professions", s.get("profession")),
        overdue=bool(s.get("overdue")),
        due_today=bool(s.get("due_today")),
        received_from=start,
        received_to=end,
        search=str(s.get("search") or "").strip(),
        sort=str(s.get("sort") or "due_date"),
        descending=bool(s.get("descending")),
    )
