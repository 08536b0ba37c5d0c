"""Atomic output: write to a temporary file beside the target, rename when complete."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from models.errors import DomainError
from reports.meta import Cancelled, Progress, ReportCancelled


@contextlib.contextmanager
def atomic_path(out: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``out``; on success rename it to ``out``.

    On any exception (including cancellation) the temporary file is removed and ``out`` is
    left untouched, so a half-written report never appears under the requested name.
    """
    target = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        _chmod_like_a_new_file(tmp_path)
        os.replace(tmp_path, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        if exc.errno in NO_ROOM:
            raise OutputFull("export.disk_full", path=str(target)) from None
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


#: a write failed for want of room: a full disk, a file-size limit, a quota
NO_ROOM = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


class OutputFull(DomainError):
    """The file could not be written for want of room; nothing was left behind."""


def _chmod_like_a_new_file(path: Path) -> None:
    """mkstemp makes files private (0600); a saved report gets the user's usual mode.

    Windows has no mode bits (the file takes the folder's access list, as any new file
    does): nothing to do there. Elsewhere the umask is read from Linux's ``/proc`` (not with
    os.umask(), which would briefly change it for every thread); without ``/proc`` the
    usual 022 is assumed."""
    if os.name == "nt":
        return
    mask = 0o022
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                mask = int(line.split()[1], 8)
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~mask)


class ProgressTicker:
    """Counts rows, reports ``progress(done, total)`` now and then, and polls for cancel."""

    def __init__(
        self,
        progress: Progress | None,
        is_cancelled: Cancelled | None,
        total: int | None,
        step: int = 200,
    ) -> None:
        self._progress = progress
        self._cancelled = is_cancelled
        self.total = max(total or 0, 0)
        self._step = step
        self.done = 0

    def tick(self) -> None:
        """One more row done; raise ``ReportCancelled`` if cancellation was asked for."""
        self.done += 1
        if self.done % self._step == 0:
            self.check()
            if self._progress is not None:
                self._progress(self.done, max(self.total, self.done))

    def check(self) -> None:
        """Raise ``ReportCancelled`` if cancellation was asked for."""
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()

    def finish(self) -> None:
        """Report completion: ``progress(done, done)``."""
        self.check()
        if self._progress is not None:
            self._progress(self.done, self.done)
