"""Demo data is realistic, complete and deterministic for a seed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from models import audit
from models.actor import SYSTEM
from models.catalogs import Catalogs
from models.demo import DemoGenerator, generate
from models.entities import Application, Decision, DuplicateLink, RegistryEntry
from models.validation import validate_specialist

TODAY = dt.date(2026, 11, 23)


def test_generated_records_pass_validation() -> None:
    gen = DemoGenerator(5, Catalogs.shipped(), TODAY)
    for i in range(300):
        pid, received, data = gen.application(i)
        spec = {**data, "address": {"region": data["region"], "settlement": data["settlement"],
                                    "registration_address": data["registration_address"]}}
        clean, issues = validate_specialist(spec, Catalogs.shipped(), received.date())
        assert clean is not None, (pid, [str(x) for x in issues])


def test_same_seed_same_data() -> None:
    a = DemoGenerator(9, Catalogs.shipped(), TODAY)
    b = DemoGenerator(9, Catalogs.shipped(), TODAY)
    assert [a.application(i) for i in range(50)] == [b.application(i) for i in range(50)]
    c = DemoGenerator(10, Catalogs.shipped(), TODAY)
    assert a.application(50) != c.application(50)


def test_demo_covers_every_status_region_profession_and_reason(db: Any) -> None:
    stats = generate(db, SYSTEM, 1200, seed=2, today=TODAY)
    assert all(n > 0 for n in stats.values()), stats
    cat = Catalogs.shipped()
    with db.read() as s:
        regions = set(s.scalars(select(Application.region_code).distinct()))
        profs = set(s.scalars(select(Application.profession_code).distinct()))
        reasons = {c for codes in s.scalars(select(Decision.reason_codes)) for c in codes}
        kazakh = s.scalar(select(func.count()).select_from(Application).where(
            Application.last_name.like("%ұ%") | Application.first_name.like("%ә%")))
        dups = s.scalar(select(func.count()).select_from(DuplicateLink))
        regs = s.scalar(select(func.count()).select_from(RegistryEntry))
        overdue = s.scalar(select(func.count()).select_from(Application).where(
            Application.due_date < TODAY))
        assert audit.verify(s).ok
    assert regions == set(cat.items["regions"])
    assert profs == set(cat.items["professions"])
    assert reasons == set(cat.reasons)
    assert kazakh and dups and overdue
    assert regs == stats["registered"]
