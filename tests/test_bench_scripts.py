"""The benchmark scripts still work against today's code (a tiny size; nothing is timed).

``bench/`` is not imported by the program, so a change of an internal API (the bulk insert
took tables, now entities) broke ``bench_stats.grow`` — and the statistics screenshots built
on it — unnoticed until this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.calendar.workdays import today_local
from models.db.entities import Application, Decision
from models.services import Services

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_the_statistics_benchmark_grows_a_year_the_service_reads(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    from bench_stats import grow

    today = today_local()
    grow(services.db, 300, 4, today.year, today)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 300
        assert s.scalar(select(func.count()).select_from(Decision)) > 0
