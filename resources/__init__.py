"""Data files shipped with Tizilim: catalogs, fonts, translations."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Absolute path of a file under ``resources/`` (frozen or not); rejects ``..``."""
    if any(p in ("..", "") or p.startswith("/") for p in parts):
        raise ValueError(f"bad resource path: {parts!r}")
    frozen = getattr(sys, "frozen", False)
    base = Path(getattr(sys, "_MEIPASS", "")) / "resources" if frozen else _ROOT
    return base.joinpath(*parts)
