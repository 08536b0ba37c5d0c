"""The README's demo: every demo account has its own random password (none shared)."""

from __future__ import annotations

from pathlib import Path

from desktop.demo_run import DEMO_CLERK, DEMO_LOGIN, prepare
from models.services import Services


def test_demo_accounts_get_their_own_passwords(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    passwords, stats = prepare(url)
    assert set(passwords) == {DEMO_LOGIN, DEMO_CLERK} and stats
    assert passwords[DEMO_LOGIN] != passwords[DEMO_CLERK]
    assert all(len(pw) >= 12 for pw in passwords.values())
    services = Services.open(url)
    try:
        us = services.users
        assert us.authenticate(DEMO_LOGIN, passwords[DEMO_LOGIN]).is_admin
        assert us.authenticate(DEMO_CLERK, passwords[DEMO_CLERK]).region == "750000000"
    finally:
        services.close()
    assert prepare(url) == ({}, None)  # an existing demo is left as it is
