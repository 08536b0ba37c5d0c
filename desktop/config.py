"""Where Tizilim keeps its files, and which database it opens."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Tizilim"
ENV_DB = "TIZILIM_DB_URL"
ENV_HOME = "TIZILIM_HOME"  # overrides every folder (tests, portable installs)


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    p = Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def config_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    p = Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def log_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    p = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def default_db_url() -> str:
    return "sqlite:///" + str(data_dir() / "tizilim.db")


def resolve_db_url(cli_value: str | None) -> str:
    """``--db``, else ``TIZILIM_DB_URL``, else the SQLite file in the user data folder."""
    return cli_value or os.environ.get(ENV_DB) or default_db_url()
