"""Demo data is realistic, complete from the first records on, and deterministic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from models.actor import SYSTEM
from models.applications.duplicates import duplicate_pairs
from models.applications.transitions import OPEN_FOR_DECISION
from models.audit.verify import verify
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import (
    Application,
    Base,
    Counter,
    Decision,
    RegistryEntry,
    Revision,
    Status,
    StatusCount,
)
from models.db.migrate import init_database
from models.db.trust_entities import DuplicateMember
from models.demo.generator import SCRIPT_SIZE, DemoGenerator
from models.demo.names import russian_patronymic
from models.demo.writer import generate
from models.intake.validation import validate_specialist
from models.registry.numbers import REGISTRY_COUNTER

TODAY = dt.date(2026, 11, 23)  # a Monday


def _spec(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "address": {"region": data["region"], "settlement": data["settlement"],
                                "registration_address": data["registration_address"]}}


def test_generated_records_pass_validation() -> None:
    cat = Catalogs.shipped()
    gen = DemoGenerator(5, cat, TODAY)
    for i in range(400):
        rec = gen.record(i)
        clean, issues = validate_specialist(_spec(rec.data), cat, rec.received_at.date())
        assert clean is not None, (rec.portal_id, [str(x) for x in issues])
        if rec.data2 is not None:
            assert rec.resubmitted_at and rec.decided_at
            assert rec.received_at < rec.decided_at < rec.resubmitted_at
            clean, issues = validate_specialist(_spec(rec.data2), cat,
                                                rec.resubmitted_at.date())
            assert clean is not None, (rec.portal_id, [str(x) for x in issues])
        if rec.decided_at is not None:
            assert rec.received_at < rec.decided_at
            assert rec.decided_at.date() < TODAY


def test_russian_patronymics() -> None:
    cases = {"Дмитрий": ("Дмитриевич", "Дмитриевна"), "Сергей": ("Сергеевич", "Сергеевна"),
             "Николай": ("Николаевич", "Николаевна"), "Алексей": ("Алексеевич", "Алексеевна"),
             "Андрей": ("Андреевич", "Андреевна"), "Игорь": ("Игоревич", "Игоревна"),
             "Михаил": ("Михайлович", "Михайловна"), "Евгений": ("Евгеньевич", "Евгеньевна"),
             "Александр": ("Александрович", "Александровна"), "Олег": ("Олегович", "Олеговна")}
    for father, (male, female) in cases.items():
        assert russian_patronymic(father, False) == male
        assert russian_patronymic(father, True) == female


def test_same_seed_same_records() -> None:
    a = DemoGenerator(9, Catalogs.shipped(), TODAY)
    b = DemoGenerator(9, Catalogs.shipped(), TODAY)
    assert [a.record(i) for i in range(60)] == [b.record(i) for i in range(60)]
    c = DemoGenerator(10, Catalogs.shipped(), TODAY)
    assert a.application(60) != c.application(60)


def test_forty_records_cover_every_case(db: Any) -> None:
    """Coverage is scripted: a small demo already shows every status, reason and case."""
    stats = generate(db, SYSTEM, 40, seed=3, today=TODAY)
    assert sum(stats.values()) == 40 and all(n > 0 for n in stats.values()), stats
    cat = Catalogs.shipped()
    with db.read() as s:
        apps = s.scalars(select(Application)).all()
        assert {a.status for a in apps} == set(Status)
        assert {a.region_code for a in apps} == set(cat.items["regions"])
        assert {a.profession_code for a in apps} == set(cat.items["professions"])
        reasons = {c for codes in s.scalars(select(Decision.reason_codes)) for c in codes}
        assert reasons == set(cat.reasons)
        links = [(a, why) for a, _, why in s.execute(duplicate_pairs())]
        assert {why for _, why in links} == {"iin", "name_birth"}
        flagged = {a.id for a in apps if a.has_duplicates}
        assert flagged == {i for i, _ in links}
        open_due = [a.due_date for a in apps if a.status in OPEN_FOR_DECISION]
        assert all(d is not None for d in open_due)
        assert any(d < TODAY for d in open_due)  # overdue
        assert TODAY in open_due  # due today
        assert any(TODAY < d <= TODAY + dt.timedelta(days=7) for d in open_due)  # days left
        assert sum(d < TODAY for d in open_due) < len(open_due) / 2  # a minority overdue
        assert all(a.due_date is None for a in apps if a.status not in OPEN_FOR_DECISION)
        entries = s.scalars(select(RegistryEntry)).all()
        assert len(entries) == stats["registered"]
        assert any(e.excluded_on is not None and e.exclusion_reason for e in entries)
        assert s.scalar(select(Counter.value).where(Counter.name == REGISTRY_COUNTER)) == \
            max(e.registry_number for e in entries)
        resub = [a for a in apps if a.status is Status.RESUBMITTED]
        assert all(a.revision == 2 for a in resub)
        assert s.scalar(select(func.count()).select_from(Revision)) == 40 + len(resub)
        # the triggers' work, replayed by the demo, matches the rows
        counts = {(c.region_code, c.status): c.n for c in s.scalars(select(StatusCount))
                  if c.n}
        expect: dict[tuple[str, str], int] = {}
        for a in apps:
            expect[(a.region_code, a.status.value)] = \
                expect.get((a.region_code, a.status.value), 0) + 1
        assert counts == expect
        assert any("ә" in a.last_name + a.first_name or "ұ" in a.last_name + a.first_name
                   for a in apps)
        assert not any("йовна" in a.middle_name or "йович" in a.middle_name for a in apps)
        assert verify(s).ok


def test_first_script_is_independent_of_count(db: Any) -> None:
    """The scripted records are the same whether the demo has 18 or 1,200 records."""
    stats = generate(db, SYSTEM, 1200, seed=2, today=TODAY)
    assert all(n > 0 for n in stats.values()), stats
    small = DemoGenerator(2, Catalogs.shipped(), TODAY)
    with db.read() as s:
        first = s.scalars(select(Application).order_by(Application.id).limit(SCRIPT_SIZE)).all()
        assert [a.portal_id for a in first] == [small.record(i).portal_id
                                                 for i in range(SCRIPT_SIZE)]
        assert s.scalar(select(func.count()).select_from(DuplicateMember)) > 10
        assert verify(s).ok
    again = generate(db, SYSTEM, 1200, seed=2, today=TODAY)  # idempotent for a seed
    assert sum(again.values()) == 0


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            pk = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(*pk))]
    return out


def test_same_seed_and_day_give_identical_databases(db: Any, tmp_path: Path) -> None:
    generate(db, SYSTEM, 300, seed=7, today=TODAY, batch=120)
    other = Database.from_url(f"sqlite:///{tmp_path / 'other.db'}")
    init_database(other)
    generate(other, SYSTEM, 300, seed=7, today=TODAY, batch=120)
    a, b = _dump(db), _dump(other)
    other.dispose()
    assert a["applications"] and a["audit_events"] and a["duplicate_members"]
    for name in a:
        assert a[name] == b[name], name
