"""Application-wide input watch: when did the user last use the keyboard or mouse.

One event filter on the QApplication notes the time of each input event (a comparison and
an assignment, nothing more). A timer ticks now and then: it reports whether there was input
since the previous tick (the window's heartbeat: session and hold touches, notices) and,
after ``timeout`` without input, asks for the screen lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)
#: the longest pause between ticks; shorter timeouts tick four times per timeout
MAX_TICK_MS = 30_000


class ActivityMonitor(QObject):
    idle = Signal()  # no input for ``timeout_ms`` (emitted once until input resumes)
    tick = Signal(bool)  # was there input since the previous tick?

    def __init__(
        self,
        timeout_ms: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.last_input = clock()
        self._input_since_tick = False
        self._idle_sent = False
        self.timeout_ms = timeout_ms
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.set_timeout_ms(timeout_ms)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_timeout_ms(self, ms: int) -> None:
        self.timeout_ms = max(int(ms), 1)
        self.timer.setInterval(min(MAX_TICK_MS, max(self.timeout_ms // 4, 20)))

    def eventFilter(self, _obj: QObject, e: QEvent) -> bool:  # the hot path: keep it tiny
        if e.type() in INPUT_EVENTS:
            self.last_input = self.clock()
            self._input_since_tick = True
            self._idle_sent = False
        return False

    def reset(self) -> None:
        """Count the idle time from now (after unlocking)."""
        self.last_input = self.clock()
        self._idle_sent = False

    def idle_ms(self) -> float:
        return (self.clock() - self.last_input) * 1000

    def _tick(self) -> None:
        active, self._input_since_tick = self._input_since_tick, False
        self.tick.emit(active)
        if not self._idle_sent and self.idle_ms() >= self.timeout_ms:
            self._idle_sent = True
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
