"""Modules the main window needs, loaded while the password is typed.

Importing them when sign-in succeeds put their import time (tens of milliseconds, Qt's enums
created on first use) between the click and the first worklist page. The launcher calls
:func:`preload` on the GUI thread once the database is open; nothing here touches data.
"""

from __future__ import annotations

import importlib

MODULES = (
    "ui.context",
    "ui.main_window",
    "ui.models.worklist",
    "ui.widgets.worklist",
    "ui.widgets.review",
    "ui.dialogs.reason",
)


def preload() -> None:
    """Import the main window's modules (idempotent, cheap once done)."""
    for name in MODULES:
        importlib.import_module(name)
