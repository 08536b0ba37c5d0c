"""The audit head kept outside the database (a file on the workstation)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from models.calendar.workdays import utc_now


class HeadFile:
    """A small text file holding a recent head of the chain (``<hash> <UTC time>``).

    It is rewritten atomically (temporary file, fsync, rename) after each commit that appended
    events. Verification then requires that hash to be *in* the chain: truncating the newest
    events removes it. (Several workstations on one server each keep their own file; each
    file's hash must be found, so none can raise a false alarm.)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> str | None:
        try:
            text = self.path.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return None
        return text[0] if text and len(text[0]) == 64 else None

    def write(self, head: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}")
        stamp = utc_now().isoformat(timespec="seconds")
        with open(tmp, "w", encoding="ascii") as f:
            f.write(f"{head} {stamp}Z\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)


MIN_HEAD_PREFIX = 16  # hex digits of a head printed on an export that identify it
