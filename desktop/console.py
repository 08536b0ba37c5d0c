"""Standard streams a command can always write to, in UTF-8.

- A redirected ``tizilim list > file`` on a Russian or Kazakh Windows would encode in the
  ANSI code page (cp1251) and fail on ә, ғ, қ …; every text stream is switched to UTF-8.
- The windowed ``tizilim.exe`` has no console (``sys.stdout`` is None): a sub-command run
  from a command prompt attaches to that prompt's console; started from nowhere, its output
  goes to the null device (and errors to the log).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import Any, TextIO


def _attach_parent_console() -> bool:
    """Windows: attach to the console of the process that started us (a command prompt)."""
    import ctypes

    windll: Any = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    kernel32 = windll.kernel32
    if not kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        return False
    kernel32.SetConsoleOutputCP(65001)  # bytes written to CONOUT$ are read as UTF-8
    return True


def _utf8(stream: TextIO | None) -> TextIO | None:
    """``stream`` re-configured to UTF-8 (same errors policy), if it is a text wrapper."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(encoding="utf-8")
    return stream


def setup_streams() -> None:
    """Make ``sys.stdout``, ``sys.stderr`` (and ``stdin`` where missing) usable and UTF-8."""
    if sys.stdout is None or sys.stderr is None:
        attached = os.name == "nt" and _attach_parent_console()
        target = "CONOUT$" if attached else os.devnull
        if sys.stdout is None:
            sys.stdout = open(target, "w", encoding="utf-8")
        if sys.stderr is None:
            sys.stderr = open(target, "w", encoding="utf-8")
        if sys.stdin is None:
            sys.stdin = open("CONIN$" if attached else os.devnull, encoding="utf-8")
    _utf8(sys.stdout)
    _utf8(sys.stderr)
