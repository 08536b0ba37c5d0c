"""Background jobs: a QRunnable per job with progress/finished/failed signals and cancel.

Only GUI slots touch widgets; a job gets plain values and returns plain values (DTOs).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class JobSignals(QObject):
    """Emitted from the worker thread; each carries the job so the pool can route it."""

    progress = Signal(object, int, str)
    finished = Signal(object, object)
    failed = Signal(object, object)  # the job, the exception (DomainError or a bug)


class Job(QRunnable):
    """Run ``fn(job)`` in the pool; ``fn`` may call ``job.report`` and ``job.cancelled``."""

    def __init__(self, fn: Callable[[Job], object], name: str = "job") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.name = name
        self.signals = JobSignals()
        self._cancel = threading.Event()

    # -- used by the job function --------------------------------------------------------
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, percent: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(self, int(percent), text)

    def counter(self, text: str = "") -> Callable[[int, int], None]:
        """A ``progress(done, total)`` callback as the services expect."""

        def cb(done: int, total: int) -> None:
            self.report(int(done * 100 / total) if total else 100, text)

        return cb

    # -- used by the GUI -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except Exception as exc:  # delivered to the GUI; bugs are logged there
            if not isinstance(exc, Cancelled):
                log.debug("job %s failed", self.name, exc_info=True)
            try:
                exc.__dict__.setdefault("_tizilim_tb", traceback.format_exc())
            except AttributeError:
                pass
            self.signals.failed.emit(self, exc)
        else:
            self.signals.finished.emit(self, result)


@dataclass(frozen=True)
class _Callbacks:
    """What runs on the GUI thread for one job (its result type varies from job to job)."""

    done: Callable[[Any], object] | None
    error: Callable[[BaseException], object] | None
    progress: Callable[[int, str], object] | None


class Workers(QObject):
    """The pool all jobs run in. Callbacks always run on the GUI thread (queued through
    this object), so they may touch widgets; jobs stay referenced until they end."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: dict[Job, _Callbacks] = {}

    def start(
        self,
        fn: Callable[[Job], T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_progress: Callable[[int, str], object] | None = None,
        name: str = "job",
    ) -> Job:
        """Run ``fn`` in the pool; ``on_done`` gets its result on the GUI thread."""
        job = Job(fn, name)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.progress.connect(self._on_progress)
        self._jobs[job] = _Callbacks(on_done, on_error, on_progress)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self.pool.start(job)
        return job

    def _on_progress(self, job: Job, percent: int, text: str) -> None:
        cbs = self._jobs.get(job)
        if cbs and cbs.progress is not None and not job.cancelled():
            cbs.progress(percent, text)

    def _on_finished(self, job: Job, result: object) -> None:
        cbs = self._forget(job)
        if cbs and cbs.done is not None:
            cbs.done(result)

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        cbs = self._forget(job)
        if cbs is None:
            return
        if cbs.error is not None:
            cbs.error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc  # reaches the excepthook: logged and shown

    def _forget(self, job: Job) -> _Callbacks | None:
        cbs = self._jobs.pop(job, None)
        if not self._jobs:
            self.busy_changed.emit(False)
        return cbs

    @property
    def active(self) -> int:
        return len(self._jobs)

    def cancel_all(self) -> None:
        for j in list(self._jobs):
            j.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job has finished and its callbacks ran (quit, tests)."""
        from PySide6.QtCore import QCoreApplication

        ok = self.pool.waitForDone(msecs)
        QCoreApplication.processEvents()
        return ok
