"""UI tests: offscreen Qt, a fresh home and database per test (SQLite or PostgreSQL).

``db_url`` and the isolated ``TIZILIM_HOME`` come from ``tests/conftest.py``; with
``TIZILIM_TEST_PG_URL`` set the same tests run on PostgreSQL. The offscreen platform shows one
screen of 1366×768 at 96 dpi (``screen-1366x768.json``: the common office laptop), not its
default 800×800.
"""

from __future__ import annotations

import os
from pathlib import Path

SCREEN_CONFIG = Path(__file__).with_name("screen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"

import datetime as dt  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from tests.factories import application, iin_for  # noqa: E402

PASSWORD = "correct horse battery staple"
ABAI = "100000000"
ALMATY = "750000000"


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from desktop.app import TizilimApp

    return TizilimApp


@dataclass
class Seeded:
    services: Any
    admin: Any
    clerk: Any
    viewer: Any


def _now_kz(hours_ago: int = 1) -> str:
    from models.calendar.workdays import KZ_TZ

    return (
        (dt.datetime.now(KZ_TZ) - dt.timedelta(hours=hours_ago)).replace(microsecond=0).isoformat()
    )


def known_apps() -> list[dict[str, Any]]:
    """Three applications the tests look for by name, number and IIN."""
    b1, b2, b3 = dt.date(1986, 4, 12), dt.date(1990, 7, 1), dt.date(1979, 2, 3)
    return [
        application(
            "T-0001",
            _now_kz(3),
            last_name="Тестбекова",
            first_name="Гүлнұр",
            middle_name="Әсетқызы",
            iin=iin_for(b1, female=True, serial=7001),
            birth_date=b1.isoformat(),
        ),
        application(
            "T-0002",
            _now_kz(2),
            last_name="Жолдасбеков",
            first_name="Нұрлан",
            middle_name="",
            iin=iin_for(b2, serial=7002),
            birth_date=b2.isoformat(),
        ),
        application(
            "T-0003",
            _now_kz(1),
            last_name="Петрова",
            first_name="Анна",
            middle_name="Игоревна",
            iin=iin_for(b3, female=True, serial=7003),
            birth_date=b3.isoformat(),
            address={
                "region": ALMATY,
                "settlement": "Алматы",
                "registration_address": "Абай даңғылы, 1",
            },
        ),
    ]


@pytest.fixture
def seeded(db_url: str) -> Iterator[Seeded]:
    """Users (admin, an Abai clerk, a viewer), 120 demo applications and three known ones."""
    from desktop.wiring import build_services
    from models.actor import SYSTEM
    from models.catalogs import Catalogs
    from models.db.migrate import init_database
    from models.demo.writer import generate
    from models.intake.records import ParsedFile, validate_record

    s = build_services(db_url)
    init_database(s.db)
    s.users.add(SYSTEM, "admin", PASSWORD, "admin", None, "Әкімші Тест",
                "Тізілім бөлімінің басшысы")
    s.users.add(SYSTEM, "clerk", PASSWORD, "mio", ABAI, "Абай ЖАО")
    s.users.add(SYSTEM, "viewer", PASSWORD, "viewer", None, "")
    admin = s.users.authenticate("admin", PASSWORD)
    generate(s.db, admin, 120, seed=7)
    recs = [validate_record(i, a, Catalogs.shipped()) for i, a in enumerate(known_apps(), 1)]
    assert all(r.ok for r in recs), [str(i) for r in recs for i in r.issues]
    s.imports.import_parsed(admin, ParsedFile("test", "json", recs))
    yield Seeded(
        s, admin, s.users.authenticate("clerk", PASSWORD), s.users.authenticate("viewer", PASSWORD)
    )
    s.db.dispose()


@pytest.fixture
def make_ctx(qapp: Any, seeded: Seeded) -> Iterator[Callable[..., Any]]:
    """An AppContext for an actor; its workers are joined and translators removed after."""
    from desktop.config import config_dir
    from ui.context import AppContext
    from ui.i18n import Language
    from ui.settings import open_settings
    from ui.workers import Workers

    made: list[Any] = []

    def make(actor: Any, lang: str = "ru") -> Any:
        language = Language()
        language.set(lang)
        ctx = AppContext(seeded.services, actor, language, open_settings(config_dir()), Workers())
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.workers.cancel_all()
        assert ctx.workers.wait(30000)
        ctx.language.uninstall()


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes are recorded instead of blocking the test."""
    from ui.dialogs import messages

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        messages, "show", lambda _p, kind, title, text: shown.append((kind, title, text))
    )
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    return shown


def open_window(qtbot: Any, ctx: Any) -> Any:
    from ui.shell.window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    if w.may_review:
        qtbot.waitUntil(
            lambda: not w.worklist.model.is_loading() and bool(w.nav.counts), timeout=15000
        )
    if "registry" in w.screens:
        qtbot.waitUntil(lambda: not w.registry.model.is_loading(), timeout=15000)
    return w


@pytest.fixture
def admin_window(qtbot: Any, make_ctx: Callable[..., Any], seeded: Seeded) -> Any:
    return open_window(qtbot, make_ctx(seeded.admin))


def blocking(real: Any, gate: Any, started: Any) -> Any:
    """``real`` run after ``gate`` opens (the test presses Cancel in between)."""

    def fn(*a: Any, **kw: Any) -> Any:
        started.set()
        assert gate.wait(30)
        return real(*a, **kw)

    return fn
