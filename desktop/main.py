"""Start the desktop program (the bare ``tizilim`` command)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.errors import EXIT_ERROR


def run_gui(args: argparse.Namespace) -> int:
    """Open the workstation window; returns the process exit code.

    Where no window can open (no display, a system library Qt's display plugin needs is
    missing) one line says so and what to install, instead of Qt's abort.
    """
    from desktop.display import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"tizilim: {problem}", file=sys.stderr)
        return EXIT_ERROR
    from desktop.app import run

    return run(args)
