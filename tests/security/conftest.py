"""Users of every role and a few applications in two regions."""

from __future__ import annotations

from typing import Any

import pytest

from models.actor import SYSTEM, Actor
from models.intake.records import ParsedFile, validate_record
from models.services import Services
from tests.factories import many

PW = "correct horse battery staple"
ABAI = "100000000"  # the factory's region
ALMATY = "750000000"


def receive(services: Services, actor: Actor, apps: list[dict[str, Any]]) -> None:
    recs = [validate_record(i, a, services.catalogs) for i, a in enumerate(apps, 1)]
    assert all(r.ok for r in recs), [r.issues for r in recs]
    services.imports.import_parsed(actor, ParsedFile("t", "json", recs))


def in_region(apps: list[dict[str, Any]], region_name: str) -> list[dict[str, Any]]:
    for a in apps:
        a["specialist"]["address"]["region"] = region_name
    return apps


@pytest.fixture
def people(services: Services) -> dict[str, Actor]:
    us = services.users
    us.add(SYSTEM, "admin", PW, "admin", None, "Әкімші Тест", "Тізілім бөлімінің басшысы")
    admin = us.authenticate("admin", PW)
    us.add(admin, "abai", PW, "mio", ABAI)
    us.add(admin, "almaty", PW, "mio", ALMATY)
    us.add(admin, "viewer", PW, "viewer")
    return {n: us.authenticate(n, PW) for n in ("admin", "abai", "almaty", "viewer")}


@pytest.fixture
def apps(services: Services, people: dict[str, Actor]) -> dict[str, list[str]]:
    """Three applications in Abai (P-2026-000001..3), two in Almaty city (…4, …5)."""
    receive(services, people["admin"], many(3))
    receive(services, people["admin"], in_region(many(2, start=4), "город Алматы"))
    return {"abai": [f"P-2026-00000{i}" for i in (1, 2, 3)],
            "almaty": ["P-2026-000004", "P-2026-000005"]}
