"""The work queue: take the next application due that nobody holds (Ctrl+N), and the
notices of this user's holds that an administrator released."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.context import AppContext
from ui.workers import Job

if TYPE_CHECKING:
    from models.applications.holds import HoldNotice


class WorkQueue(QObject):
    """Reviewers only (``enabled``); nothing is taken while the screen is locked (``paused``).
    The window shows what the signals tell."""

    taken = Signal(str, str)  # the application taken (now held) and the banner to show over it
    none_waiting = Signal(str)  # nothing to take: the text for the status bar
    list_changed = Signal()  # a hold was taken: the worklist reads its rows again
    notice = Signal(str)  # one released hold, in words (for the message bar)
    released = Signal(object)  # frozenset[str]: the applications whose hold was released

    def __init__(
        self,
        ctx: AppContext,
        enabled: bool,
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.enabled, self.on_error = ctx, enabled, on_error
        self.paused = False

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    def take_next(self, banner: str = "") -> None:
        """Take the open application due first that nobody holds; ``taken`` opens it
        (``banner``: what was just done, shown above it)."""
        if not self.enabled or self.paused:
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor

        def work(job: Job) -> tuple[str | None, list[HoldNotice]]:
            notices = holds.pending_notices(actor)
            return holds.take_next(actor), notices

        def done(result: tuple[str | None, list[HoldNotice]]) -> None:
            pid, notices = result
            self.show_notices(notices)
            self.list_changed.emit()
            if pid:
                self.taken.emit(pid, banner)
            else:
                self.none_waiting.emit(
                    (banner + " " if banner else "") + self.tr("No applications are waiting.")
                )

        self.ctx.workers.start(work, on_done=done, on_error=self.on_error, name="take-next")

    def notice_text(self, n: HoldNotice) -> str:
        return self.tr("Your hold on {0} was released by {1}: {2}").format(
            n.portal_id, n.released_by, n.reason
        )

    def show_notices(self, notices: Sequence[HoldNotice]) -> None:
        for n in notices:
            self.notice.emit(self.notice_text(n))
        if notices and self.enabled:
            self.released.emit(frozenset(n.portal_id for n in notices))

    def check_notices(self) -> None:
        """Read this user's notices in a worker (an application was opened)."""
        if not self.enabled:
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: holds.pending_notices(actor),
            on_done=self.show_notices,
            on_error=self.on_error,
            name="notices",
        )
