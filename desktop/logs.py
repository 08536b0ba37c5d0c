"""The log file, Qt's messages, and traces of hard crashes.

- :func:`setup_logging`: a rotating ``tizilim.log`` in the user log folder, personal data
  masked in every record (:mod:`models.privacy_log`), Qt's own messages routed into it.
- :func:`enable_fault_trace`: Python's ``faulthandler`` writes a hard crash's trace (a
  segmentation fault, Qt's abort) into ``fault-<pid>.txt`` in the log folder; a clean exit
  deletes the file. :func:`previous_crashes` finds the traces of earlier runs, which the next
  start offers to show.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO, Any

from models.privacy_log import install, mask

LOG_NAME = "tizilim.log"
FAULT_PREFIX = "fault-"


def setup_logging(folder: Path, level: str = "INFO") -> Path:
    """Log to a rotating file in ``folder`` (5 × 2 MB kept); returns the file's path."""
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                          datefmt="%Y%m%dT%H%M%S")
    )
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_tizilim", False):
            root.removeHandler(h)
            h.close()
    handler._tizilim = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level, logging.INFO))
    install(root)  # IIN, phone, e-mail, dates and names masked in every record
    route_qt_messages()
    return path


def route_qt_messages() -> None:
    """Qt's warnings and debug output go to the log (not to a console nobody sees)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }

    def qt_handler(mode: QtMsgType, _ctx: Any, message: str) -> None:
        logging.getLogger("qt").log(levels.get(mode, logging.ERROR), "%s", message)

    qInstallMessageHandler(qt_handler)


class FaultTrace:
    """This process's crash-trace file: open while the program runs, removed at a clean exit."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / f"{FAULT_PREFIX}{os.getpid()}.txt"
        self._file: IO[str] | None = open(self.path, "w", encoding="utf-8")
        faulthandler.enable(self._file, all_threads=True)

    def close(self) -> None:
        """A clean exit: nothing to report next time."""
        if self._file is None:
            return
        faulthandler.disable()
        if sys.__stderr__ is not None:  # back to the console, as Python's -X faulthandler
            with contextlib.suppress(Exception):
                faulthandler.enable(sys.__stderr__)
        self._file.close()
        self._file = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def enable_fault_trace(folder: Path) -> FaultTrace:
    return FaultTrace(folder)


def _alive(pid: int) -> bool:
    if os.name == "nt":  # an open file cannot be deleted there: the unlink tells
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def previous_crashes(folder: Path) -> list[Path]:
    """Crash traces left by earlier runs (newest last); empty leftovers are deleted."""
    found: list[Path] = []
    for p in sorted(folder.glob(f"{FAULT_PREFIX}*.txt"), key=lambda q: q.stat().st_mtime):
        try:
            pid = int(p.stem.removeprefix(FAULT_PREFIX))
        except ValueError:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        try:
            empty = p.stat().st_size == 0
        except OSError:
            continue
        if empty:
            with contextlib.suppress(OSError):
                p.unlink()
        else:
            found.append(p)
    return found


def take_crash_report(folder: Path) -> tuple[Path, str] | None:
    """The newest earlier crash trace as text (masked), renamed ``crash-<pid>.txt`` so it
    is offered once; older ones are renamed too."""
    crashes = previous_crashes(folder)
    if not crashes:
        return None
    kept: Path | None = None
    for p in crashes:
        target = p.with_name("crash-" + p.name.removeprefix(FAULT_PREFIX))
        try:
            os.replace(p, target)
        except OSError:
            continue
        kept = target
    if kept is None:
        return None
    return kept, mask(kept.read_text(encoding="utf-8", errors="replace"))
