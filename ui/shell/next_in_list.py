"""After a decision: the next application of the list the user is working through (its
filter and sort), not the national queue (that is only the queue action's, Ctrl+N)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.context import AppContext

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationSummary
    from models.applications.worklist import WorklistFilter

OPEN = ("submitted", "resubmitted")
#: rows of the list read again at most, from where the decided application stood
SCAN_ROWS = 600
PAGE = 200


class NextInList(QObject):
    """``find`` looks in a worker for the first application after the decided one, in the
    list's order, that awaits a decision and that nobody else holds."""

    found = Signal(str)  # the portal id to open
    none_left = Signal()  # nothing after it in this list awaits a decision

    def __init__(
        self, ctx: AppContext, on_error: Callable[[BaseException], None], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.on_error = ctx, on_error

    def usable(self, r: ApplicationSummary, decided: str) -> bool:
        held = r.held_by
        return (
            r.portal_id != decided
            and r.status.value in OPEN
            and (not held or held == self.ctx.actor.login)
        )

    def pick(
        self,
        f: WorklistFilter,
        decided: str,
        position: int | None,
        following: Sequence[ApplicationSummary],
    ) -> str | None:
        """(In the worker.) The rows that followed the decided one when the list was last
        read, as they are now; then the list as it is now from where the decided one stood
        (from the top when it was not in the list)."""
        queries, actor = self.ctx.services.queries, self.ctx.actor
        checked = {r.id for r in following}
        if following:
            for r in queries.summaries(actor, [r.id for r in following]):
                if self.usable(r, decided):
                    return r.portal_id
        offset = max(0, position or 0)
        while offset < (position or 0) + SCAN_ROWS:
            rows = queries.page(actor, f, offset, PAGE)
            for r in rows:
                if r.id not in checked and self.usable(r, decided):
                    return r.portal_id
            if len(rows) < PAGE:
                break
            offset += PAGE
        return None

    def find(
        self,
        f: WorklistFilter,
        decided: str,
        position: int | None,
        following: Sequence[ApplicationSummary],
    ) -> None:
        """``position``: where the decided application stood in the list (None: not in it);
        ``following``: the rows after it as last read."""
        rows = list(following)

        def done(pid: str | None) -> None:
            if pid:
                self.found.emit(pid)
            else:
                self.none_left.emit()

        self.ctx.workers.start(
            lambda job: self.pick(f, decided, position, rows),
            on_done=done,
            on_error=self.on_error,
            name="next-in-list",
        )
