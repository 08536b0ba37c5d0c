"""The desktop says in one line why no window can open and what to install (issue 15)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.display import debian_package, display_problem, missing_libraries, run_ldd, xcb_plugin

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [ln.strip() for ln in (ROOT / "packaging/linux/desktop-packages.txt")
            .read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]

LDD_MISSING = """\
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x1)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_library_names_map_to_debian_packages() -> None:
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libGL.so.1") == "libgl1"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_missing_libraries_name_the_packages_in_one_line() -> None:
    problem = display_problem({"DISPLAY": ":0"}, platform="linux", ldd=lambda _p: LDD_MISSING,
                              connect=lambda _d: True, plugin=Path("libqxcb.so"))
    assert problem is not None and "\n" not in problem
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 " in problem
    assert missing_libraries(LDD_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_no_display_and_an_unanswered_display_are_said_plainly() -> None:
    assert "DISPLAY is not set" in (display_problem({}, platform="linux") or "")
    problem = display_problem({"DISPLAY": ":97"}, platform="linux", ldd=lambda _p: "",
                              plugin=Path("libqxcb.so"))  # the real libxcb connect
    assert problem is not None and problem.startswith("cannot open the display :97")


def test_offscreen_wayland_and_other_systems_are_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
                           platform="linux") is None
    assert display_problem({}, platform="win32") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin: Linux")
def test_the_package_list_covers_every_library_of_qts_display_plugin() -> None:
    """Every library the xcb plugin links that is not part of a minimal Debian is in
    desktop-packages.txt, which the README's apt-get line and the .deb's Depends repeat."""
    plugin = xcb_plugin()
    assert plugin is not None
    report = run_ldd(plugin)
    sonames = re.findall(r"^\s*(lib\S+\.so\.\d+)", report, re.M)
    assert sonames
    base = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libm6"}
    for soname in sonames:
        if "Qt6" in soname or "icu" in soname or soname.startswith(("libm.", "libc.", "libdl.",
                                                                     "libpthread.", "librt.")):
            continue
        pkg = debian_package(soname)
        if soname.startswith(("libxcb", "libxkb", "libX11", "libEGL", "libGL.", "libfont",
                              "libfreetype", "libglib", "libdbus")):
            assert pkg in PACKAGES or pkg in base, f"{soname} ({pkg}) is not in the list"


def test_readme_names_every_package_the_desktop_needs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if "apt-get install" in ln and "libxcb" in ln)
    named = re.findall(r"lib[\w.+-]+", line.split("apt-get install", 1)[1])
    assert sorted(named) == sorted(PACKAGES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display: Linux")
def test_the_program_prints_one_line_instead_of_qts_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TIZILIM_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "desktop.cli"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("tizilim: no display")
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr
