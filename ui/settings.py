"""QSettings in Tizilim's own config folder (never the platform registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def open_settings(config_dir: Path) -> QSettings:
    """The INI file ``tizilim.ini`` in ``config_dir``."""
    return QSettings(str(config_dir / "tizilim.ini"), QSettings.Format.IniFormat)
