"""The paged table model against a scripted service: reloads, the lazy count and far pages.

No database here: the service's answers and their timing are the test's, so the races
between a reload, the exact count and a page read in the background can be set up exactly.
"""

from __future__ import annotations

import threading
import types
from typing import Any

import pytest

from models.errors import DomainError


class FakeRegistry:
    """Registry numbers 0..n-1 per query name; far pages wait for ``slow`` to be set."""

    def __init__(self, data: dict[str, list[int]]) -> None:
        self.data = data
        self.slow = threading.Event()
        self.slow.set()
        self.count_error: Exception | None = None

    def count(self, actor: Any, q: str, search: str, inc: bool, at_most: int | None = None
              ) -> int:
        if at_most is None and self.count_error is not None:
            raise self.count_error
        n = len(self.data[q])
        return n if at_most is None else min(n, at_most)

    def page(self, actor: Any, q: str, search: str, offset: int, limit: int, inc: bool,
             descending: bool = False) -> list[int]:
        if offset:
            assert self.slow.wait(15)
        rows = self.data[q][::-1] if descending else self.data[q]
        return rows[offset:offset + limit]


@pytest.fixture
def model(qapp: Any) -> Any:
    from ui.tables.registry import RegistryModel
    from ui.workers import Workers

    svc = FakeRegistry({"A": list(range(100_000)), "B": list(range(10**6, 10**6 + 102_000)),
                        "C": list(range(500))})
    ctx = types.SimpleNamespace(services=types.SimpleNamespace(registry=svc), actor=None,
                                workers=Workers(), lang="ru")
    m = RegistryModel(ctx)
    m.COUNT_DELAY_MS = 0
    m.svc = svc
    yield m
    svc.slow.set()
    ctx.workers.wait()


def settle(qtbot: Any, m: Any, until: Any = None) -> None:
    qtbot.waitUntil(lambda: not m.is_loading() and not m.pending() and not m.is_counting()
                    and (until is None or until()), timeout=15000)


def query(name: str) -> Any:
    from ui.tables.registry import RegistryFilter

    return RegistryFilter(query=name)  # type: ignore[arg-type]


def test_a_far_page_asked_for_before_a_reload_is_not_shown_in_the_new_list(
    qtbot: Any, model: Any
) -> None:
    m = model
    m.set_query(query("A"))
    settle(qtbot, m)
    assert m.total() == 100_000
    m.svc.slow.clear()  # a far page is slow: the reload overtakes it
    m.set_query(query("B"))
    assert m.row_at(99_250) is None  # painted meanwhile: read in the background
    settle(qtbot, m, lambda: m.total() == 102_000)
    m.svc.slow.set()
    assert m.workers.wait(15000)  # the slow page has arrived and been handled
    qtbot.wait(50)
    n = 99_250 // m.PAGE
    assert m._pages.get(n) in (None, m.svc.data["B"][n * m.PAGE:(n + 1) * m.PAGE])
    qtbot.waitUntil(lambda: m.row_at(99_250) is not None, timeout=15000)
    assert m.row_at(99_250) == m.svc.data["B"][99_250]  # asked again, for the new list


def test_the_first_page_stays_whole_when_the_count_stops_below_it(
    qtbot: Any, model: Any
) -> None:
    m = model
    m.COUNT_AT_MOST = 10
    with qtbot.waitSignal(m.counted, timeout=15000):
        m.set_query(query("C"))
    assert m.rowCount() == 500 and not m.is_counting()
    assert [m.row_at(r) for r in (5, 10, 150, 199)] == [5, 10, 150, 199]


def test_a_failed_count_is_reported_and_the_list_stays_as_counted(
    qtbot: Any, model: Any
) -> None:
    m = model
    m.COUNT_AT_MOST = 1000
    m.svc.count_error = DomainError("db.busy")
    with qtbot.waitSignal(m.failed, timeout=15000) as sig:
        m.set_query(query("A"))
    assert sig.args[0] is m.svc.count_error
    assert m.rowCount() == 1000 and m.is_counting()
    m.svc.count_error = None  # Refresh counts again
    with qtbot.waitSignal(m.counted, timeout=15000):
        m.reload()
    assert m.rowCount() == 100_000



def test_a_list_without_its_queries_is_refused_when_defined() -> None:
    from ui.tables.paged import PagedModel

    with pytest.raises(TypeError, match="fetch_page, cell"):
        type("Half", (PagedModel,), {"fetch_count": lambda self, q: 0})
