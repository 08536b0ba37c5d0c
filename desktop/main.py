"""Start the desktop program (the bare ``tizilim`` command)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Open the workstation window; returns the process exit code."""
    from desktop.app import run

    return run(args)
