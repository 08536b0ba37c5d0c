"""The session heartbeat: while the user works, at most once a minute and in one worker,
the session row is touched, the hold on the open application kept alive, notices of
released holds fetched and the shared security settings read again."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.context import AppContext
from ui.text import domain_message
from ui.workers import Job

if TYPE_CHECKING:
    from models.applications.holds import HoldNotice
    from models.people.security_settings import SecuritySettings

#: at most one heartbeat per this many seconds of activity
HEARTBEAT_EVERY_S = 60.0


@dataclass
class Beat:
    """What one heartbeat read."""

    settings: SecuritySettings
    notices: list[HoldNotice] = field(default_factory=list)
    released: Exception | None = None  # why the hold on the open application was lost


class Heartbeat(QObject):
    """Beats on the input watch's ``tick`` while there was input, never while paused (the
    screen is locked); ``held`` tells which application's hold to keep (None: none)."""

    notices = Signal(list)  # HoldNotice list: holds of this user an administrator released
    hold_lost = Signal(str)  # the open application's hold was lost: why, in words
    settings_read = Signal(object)  # the SecuritySettings now in effect

    def __init__(
        self,
        ctx: AppContext,
        may_review: bool,
        held: Callable[[], str | None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.may_review, self.held, self.on_error = ctx, may_review, held, on_error
        self.every_s = float(ctx.extra.get("heartbeat_s", HEARTBEAT_EVERY_S))
        self.paused = False
        self._last = 0.0
        self._session_ended = False

    def tick(self, active: bool) -> None:
        """The input watch ticked (``active``: there was input since its last tick)."""
        if not active or self.paused:
            return
        now = time.monotonic()
        if now - self._last < self.every_s:
            return
        self._last = now
        self.beat()

    def set_paused(self, paused: bool) -> None:
        """Locked: no beats. Unlocked: one beat at once."""
        self.paused = paused
        if not paused:
            self._last = 0.0
            self.beat()

    def beat(self) -> None:
        svc, actor, sid = self.ctx.services, self.ctx.actor, self.ctx.session_id
        may_review = self.may_review
        pid = self.held() if may_review else None

        def work(job: Job) -> Beat:
            out_notices: list[HoldNotice] = []
            released: Exception | None = None
            if sid is not None:
                svc.sessions.touch(actor, sid)
            if may_review:
                if pid is not None:
                    try:
                        svc.holds.touch(actor, pid)
                    except Exception as exc:  # released or taken by someone else
                        released = exc
                out_notices = svc.holds.pending_notices(actor)
            return Beat(svc.security.get(), out_notices, released)

        def done(beat: Beat) -> None:
            self.notices.emit(beat.notices)
            if beat.released is not None:
                msg = domain_message(beat.released, self.ctx.lang)
                if msg is None:
                    raise beat.released
                self.hold_lost.emit(msg)
            self.settings_read.emit(beat.settings)

        self.ctx.workers.start(work, on_done=done, on_error=self.on_error, name="heartbeat")

    def end_session(self) -> None:
        """Sign-out or quit: the session row is closed (in a worker; quit waits for it)."""
        sid = self.ctx.session_id
        if sid is None or self._session_ended:
            return
        self._session_ended = True
        sessions, actor = self.ctx.services.sessions, self.ctx.actor
        self.ctx.workers.start(
            lambda job: sessions.end(actor, sid), on_error=lambda exc: None, name="session-end"
        )
