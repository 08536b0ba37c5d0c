"""Can the desktop open a window here? Asked before ``QApplication`` exists.

Without a display, or with Qt's xcb plugin missing a system library, ``QApplication`` aborts
the process with several lines that blame the wrong package. :func:`display_problem` finds
the same cases first and says in one line what is wrong and which Debian packages to install.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: where the list of every package the window needs is kept and explained
PACKAGES_DOC = "docs/install.md"

#: Debian packages whose name does not follow from the library's (policy 8.1)
_PACKAGE_OF = {
    "libGL": "libgl1",
    "libEGL": "libegl1",
    "libGLX": "libglx0",
    "libGLdispatch": "libglvnd0",
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libdbus-1": "libdbus-1-3",
    "libgcc_s": "libgcc-s1",
    "libz": "zlib1g",
}

Ldd = Callable[[Path], str]
Connect = Callable[[str], bool]


def debian_package(soname: str) -> str:
    """The Debian package that ships the library ``soname`` (``libxcb-icccm.so.4`` →
    ``libxcb-icccm4``; a name ending in a digit gets a hyphen: ``libxkbcommon-x11-0``)."""
    name, _, version = soname.partition(".so.")
    if name in _PACKAGE_OF:
        return _PACKAGE_OF[name]
    base = name.lower().replace("_", "-")
    major = version.split(".")[0]
    return f"{base}{'-' if base[-1:].isdigit() else ''}{major}"


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin of this installation (source or frozen), if present."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    path = plugins / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def run_ldd(path: Path) -> str:
    """``ldd``'s report on ``path`` (empty when ldd is not installed or fails)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def missing_libraries(report: str) -> list[str]:
    """The libraries ``ldd`` reported as "not found", in order, once each."""
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", report, re.M)
    return list(dict.fromkeys(found))


def can_connect(display: str) -> bool:
    """Whether an X server answers on ``display`` (through libxcb, as Qt connects)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(conn) and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn:
            xcb.xcb_disconnect(conn)


def display_problem(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    ldd: Ldd = run_ldd,
    connect: Connect = can_connect,
    plugin: Path | None = None,
) -> str | None:
    """One line saying why no window can open here and what to do, or None if it can.

    Only Linux with X11 (Qt's xcb plugin) is checked; a platform chosen with
    ``QT_QPA_PLATFORM`` (offscreen, wayland, vnc …) and a Wayland session are Qt's to judge.
    """
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None
    if not chosen and env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return ("no display: the desktop window needs a graphical session (DISPLAY is not set); "
                "the sub-commands work without one (tizilim --help)")
    plugin = plugin if plugin is not None else xcb_plugin()
    if plugin is not None:
        missing = missing_libraries(ldd(plugin))
        if missing:
            packages = " ".join(dict.fromkeys(debian_package(s) for s in missing))
            return (f"the desktop window cannot start: this system lacks {', '.join(missing)}; "
                    f"install them with: sudo apt-get install {packages} "
                    f"(every package the window needs: {PACKAGES_DOC})")
    if not connect(display):
        return (f"cannot open the display {display}: no X server answers there or it refuses "
                "this user (check DISPLAY and xhost/xauth); the sub-commands work without one")
    return None
