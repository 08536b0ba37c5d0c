"""Where Tizilim keeps its files, and which database it opens."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from models.db.engine import Database

APP_NAME = "Tizilim"
ENV_DB = "TIZILIM_DB_URL"
ENV_HOME = "TIZILIM_HOME"  # overrides every folder (tests, portable installs)
ENV_AUDIT_HEAD = "TIZILIM_AUDIT_HEAD"  # where this workstation keeps the audit head
ENV_AUDIT_KEY = "TIZILIM_AUDIT_KEY"  # the Ed25519 key that signs audit checkpoints
ENV_AUDIT_TRUSTED = "TIZILIM_AUDIT_TRUSTED"  # other workstations' public keys


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


def audit_head_path(db: Database) -> Path:
    """Where this workstation keeps the audit head of a server database.

    ``TIZILIM_AUDIT_HEAD`` if set, else a file in the user data folder named after the
    server, port and database (one per database this workstation uses).
    """
    env = os.environ.get(ENV_AUDIT_HEAD)
    if env:
        return Path(env)
    u = db.engine.url
    name = "".join(ch if ch.isalnum() or ch in "-_." else "_"
                   for ch in f"{u.host or 'local'}-{u.port or ''}-{u.database or ''}")
    return data_dir() / f"audit-head-{name}.txt"


def use_audit_head(db: Database) -> None:
    """Keep the audit head outside the database for every backend, the same way for the
    desktop program and the batch command: next to a SQLite file (the default), in
    :func:`audit_head_path` for a server, or where ``TIZILIM_AUDIT_HEAD`` says."""
    if db.audit_head_path is None or os.environ.get(ENV_AUDIT_HEAD):
        db.set_audit_head(audit_head_path(db))
    use_audit_key(db)


def use_audit_key(db: Database) -> None:
    """Seal every commit with this workstation's key and trust the listed public keys.

    A key that cannot be read or made (a read-only profile) leaves the database unsealed:
    reading still works, and ``audit verify`` reports what no checkpoint seals."""
    from models.audit.seal import SealError, Signer, read_trusted

    try:
        signer: Signer | None = Signer.load_or_create(audit_key_path())
    except (SealError, OSError):
        logging.getLogger(__name__).warning("no audit signing key: commits are not sealed")
        signer = None
    try:
        trusted = frozenset(read_trusted(audit_trusted_path()))
    except (SealError, OSError):
        trusted = frozenset()
    db.set_audit_signer(signer, trusted)


def audit_key_path() -> Path:
    """The private key that signs this workstation's audit checkpoints: ``TIZILIM_AUDIT_KEY``
    (e.g. a key file an administrator holds), else ``audit-signing-key.pem`` in the user's
    configuration folder (created on first use, readable by the user only)."""
    env = os.environ.get(ENV_AUDIT_KEY)
    return Path(env) if env else config_dir() / "audit-signing-key.pem"


def audit_trusted_path() -> Path:
    """The public keys of the other workstations whose checkpoints this one accepts."""
    env = os.environ.get(ENV_AUDIT_TRUSTED)
    return Path(env) if env else config_dir() / "audit-trusted-keys.txt"
