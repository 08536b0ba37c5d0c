"""Name search in either script: Kazakh letters, a Russian keyboard or Latin find the same name."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, text, update

from models.actor import SYSTEM
from models.applications.receive import NewApplication, receive_many
from models.applications.search import search_text
from models.applications.worklist import WorklistFilter
from models.calendar.overrides import load_calendar
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import Application, DecisionKind
from models.db.migrate import alembic_config
from models.demo.generator import DemoGenerator
from models.names.fold import fold_query, name_forms, to_latin
from models.services import Services
from tests.factories import signing_admin

TODAY = dt.date(2026, 11, 23)


def _receive(db: Database, names: list[tuple[str, str, str]]) -> list[str]:
    gen = DemoGenerator(11, Catalogs.shipped(), TODAY)
    items = []
    for i, (last, first, middle) in enumerate(names):
        pid, received, data = gen.application(100 + i)
        data.update(last_name=last, first_name=first, middle_name=middle)
        items.append(NewApplication(f"S-{i}", received, data))
    with db.write() as s:
        receive_many(s, SYSTEM, items, load_calendar(s))
    return [it.portal_id for it in items]


def _found(services: Services, term: str) -> set[str]:
    qs = services.queries
    f = WorklistFilter(search=fold_query(term))
    assert qs.count(SYSTEM, f) == len(rows := qs.page(SYSTEM, f))
    return {r.portal_id for r in rows}


NAMES = [("Сәрсенбаева", "Гүлнұр", "Ерланқызы"), ("Иванова", "Ольга", "Сергеевна"),
         ("Қасымов", "Жәнібек", ""), ("Шәріпова", "Айгүл", "Нұрланқызы")]


@pytest.mark.parametrize("term", ["Гүлнұр", "гулнур", "gulnur", "GULNUR", "Gülnūr",
                                  "сарсенбаева гулнур", "sarsenbaeva gulnur"])
def test_worklist_finds_a_kazakh_name_in_either_script(db: Any, services: Services,
                                                       term: str) -> None:
    ids = _receive(db, NAMES)
    assert _found(services, term) == {ids[0]}


def test_worklist_latin_spellings_and_plain_input(db: Any, services: Services) -> None:
    ids = _receive(db, NAMES)
    for term in ("Zhanibek", "Janibek", "Qasymov", "Kasymov", "Жанибек", "Касымов"):
        assert _found(services, term) == {ids[2]}, term
    for term in ("Sharipova", "Şäripova", "Aigul", "Aygul", "Айгуль"[:5]):
        assert _found(services, term) == {ids[3]}, term
    assert _found(services, "ivanova") == {ids[1]}
    assert _found(services, "Иванова Ольга") == {ids[1]}
    # the services fold what the user typed themselves
    qs = services.queries
    for term, want in (("гулнур", ids[0]), ("gulnur", ids[0]), ("Гүлнұр", ids[0]),
                       ("Zhanibek", ids[2]), ("Qasymov", ids[2]), ("Şäripova", ids[3])):
        assert [r.portal_id for r in qs.page(SYSTEM, WorklistFilter(search=term))] == [want]


def test_registry_search_finds_either_script(db: Any, services: Services) -> None:
    ids = _receive(db, NAMES)
    services.review.decide(signing_admin(services.db), ids[0], DecisionKind.REGISTER)
    reg = services.registry
    for term in ("Гүлнұр", "гулнур", "gulnur"):
        assert reg.count(SYSTEM, search=fold_query(term)) == 1, term
    assert reg.count(SYSTEM, search=fold_query("Ольга")) == 0  # not registered
    assert reg.count(SYSTEM, search="Zhanibek") == 0 and reg.count(SYSTEM, search="gulnur") == 1


def test_a_viewer_cannot_probe_an_iin_through_registry_search(db: Any, services: Services) -> None:
    from models.actor import Actor
    from models.db.entities import Role

    ids = _receive(db, NAMES)
    services.review.decide(signing_admin(services.db), ids[0], DecisionKind.REGISTER)
    reg = services.registry
    with db.read() as s:
        iin, consent = s.execute(select(Application.iin, Application.consent)
                                 .where(Application.portal_id == ids[0])).one()
    assert reg.count(SYSTEM, search=iin) == 1  # an admin finds the IIN
    viewer = Actor(user_id=None, login="reader", role=Role.VIEWER)
    # a viewer finds names (in the public edition: only those who consented)
    assert reg.count(viewer, search="gulnur") == (1 if consent else 0)
    for term in (iin, iin[:6], iin[-4:]):
        assert reg.count(viewer, search=term) == 0, term
        assert reg.page(viewer, search=term) == []


def test_fold_functions() -> None:
    assert name_forms("Гүлнұр") == ["гүлнұр", "гулнур", "gulnur"]
    assert fold_query("  Гүлнұр   Ерланқызы ") == "гулнур ерланкызы"
    assert fold_query("Zhanar") == fold_query("Janar") == to_latin("Жанар") == "janar"
    assert fold_query("P-2026-000001") == "p-2026-000001"  # ids are only casefolded
    assert fold_query("870412") == "870412"
    for word in ("Iskhakov", "Исхаков", "Gülnūr", "Shchukin", "Yessenov"):
        once = fold_query(word)
        assert fold_query(once) == once  # the services may fold input that is folded already
    assert fold_query("Iskhakov") == to_latin("Исхаков")
    st = search_text("Сәрсенбаева", "Гүлнұр", "", "870412300001", "P-1")
    assert st == ("сәрсенбаева гүлнұр | 870412300001 | p-1 | сарсенбаева гулнур | "
                  "sarsenbaeva gulnur")
    long = search_text("Ә" * 100, "Ү" * 100, "Ө" * 100, "870412300001", "P-1")
    assert len(long) <= 400 and long.startswith("ә" * 100)


def test_migration_recomputes_old_search_texts(db: Any, services: Services) -> None:
    """Rows written before 0005 (name casefolded only) get the folds, and the search index
    follows, when the migration runs."""
    from alembic import command

    ids = _receive(db, NAMES)
    with db.write() as s:
        for a in s.scalars(select(Application)).all():
            old = " ".join(p for p in (a.last_name, a.first_name, a.middle_name) if p)
            s.execute(update(Application).where(Application.id == a.id).values(
                search_text=f"{old.casefold()} | {a.iin} | {a.portal_id.casefold()}"))
    assert _found(services, "gulnur") == set()
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        command.upgrade(cfg, "head")
    assert _found(services, "gulnur") == _found(services, "гулнур") == {ids[0]}
    assert _found(services, "Гүлнұр") == {ids[0]}
    with db.read() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM applications WHERE search_text LIKE "
                             "'%| sarsenbaeva gulnur erlankizi'")) == 1


def test_broad_search_pages_and_counts_like_a_narrow_one(db: Any, services: Services,
                                                         monkeypatch: Any) -> None:
    """A search matching many applications is read by walking the sort order's index
    (``BROAD_SEARCH``); every page and count is what the plain plan gives, on both databases."""
    import dataclasses

    from models.applications import queries
    from models.db.entities import Status

    gen = DemoGenerator(5, Catalogs.shipped(), TODAY)
    items = []
    for i in range(60):
        pid, received, data = gen.application(500 + i)
        if i % 3:  # two in three share a surname fragment, spelt the Kazakh or Russian way
            data.update(last_name=("Нұрланова", "Нурланов")[i % 2])
        items.append(NewApplication(f"B-{i:03}", received, data))
    with db.write() as s:
        receive_many(s, SYSTEM, items, load_calendar(s))
    qs = services.queries
    base = WorklistFilter(search="нұрлан")
    filters = [dataclasses.replace(base, sort=k, descending=d)
               for k in ("due_date", "name", "received_at", "status", "portal_id")
               for d in (False, True)]
    filters.append(dataclasses.replace(base, statuses=(Status.SUBMITTED, Status.RESUBMITTED)))

    def read(f: WorklistFilter) -> tuple[int, list[str], list[str]]:
        return (qs.count(SYSTEM, f), [r.portal_id for r in qs.page(SYSTEM, f, 0, 100)],
                [r.portal_id for r in qs.page(SYSTEM, f, 7, 5)])

    narrow = [read(f) for f in filters]
    assert narrow[0][0] == 40 and len(narrow[0][1]) == 40
    with db.read() as s:
        assert not qs._is_broad(s, base)
    monkeypatch.setattr(queries, "BROAD_SEARCH", 10)
    with db.read() as s:
        # SQLite reads a broad search its own way; PostgreSQL's planner chooses by itself
        assert qs._is_broad(s, base) == (db.dialect == "sqlite")
        assert not qs._is_broad(s, WorklistFilter(search="B-001"))
        assert not qs._is_broad(s, dataclasses.replace(base, sort="name"))
    assert [read(f) for f in filters] == narrow
    # counting can stop early
    assert qs.count(SYSTEM, base, at_most=25) == 25
    assert qs.count(SYSTEM, base, at_most=1000) == 40
    assert qs.count(SYSTEM, WorklistFilter(profession=None, overdue=False,
                                           received_from=dt.date(2000, 1, 1)), at_most=7) == 7
