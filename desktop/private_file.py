"""A file only the current user may read (the demo passwords), on Linux and on Windows.

On POSIX the file is created with mode 0600 (never readable by others, not even briefly).
Windows has no such mode bits (``chmod`` only sets read-only there): the file's access list
is replaced by one entry, the current user, with ``icacls`` (part of every Windows since
Vista). If that fails the file is deleted and :class:`PrivateFileError` raised, rather than
leaving a readable file behind silently.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path


class PrivateFileError(OSError):
    """The file could not be made private; it was not kept."""


def _windows_owner_only(path: Path) -> None:
    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    who = f"{domain}\\{user}" if domain else user
    done = subprocess.run(
        ["icacls", str(path), "/inheritance:r", "/grant:r", f"{who}:(F)"],
        capture_output=True, text=True, check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    if done.returncode != 0:
        raise PrivateFileError(f"icacls could not restrict {path}: {done.stderr.strip()}")


def write_private(path: Path, text: str, *, windows: bool = os.name == "nt") -> None:
    """Write ``text`` to ``path`` so that only the current user can read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if windows:
        path.write_text(text, encoding="utf-8")
        try:
            _windows_owner_only(path)
        except (OSError, PrivateFileError):
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an earlier leftover keeps its mode otherwise
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
