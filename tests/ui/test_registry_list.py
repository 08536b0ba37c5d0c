"""The registry screen's list: paged from SQL, the far end read backwards, counted lazily."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import open_window
from tests.ui.test_worklist import rows as _rows


def test_registry_model_reads_every_entry_in_order(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from models.dto import RegistryQuery
    from ui.tables.registry import RegistryFilter, RegistryModel

    ctx = make_ctx(seeded.admin)
    reg = seeded.services.registry
    total = reg.count(seeded.admin)
    assert total > 30
    want = [e.registry_number for e in reg.page(seeded.admin, limit=total)]
    assert want == sorted(want)
    # descending is the exact reverse (what the far half is read with)
    back = reg.page(seeded.admin, limit=total, descending=True)
    assert [e.registry_number for e in back] == want[::-1]
    assert reg.count(seeded.admin, at_most=7) == 7
    public = reg.count(seeded.admin, RegistryQuery(edition="public"))
    assert public == sum(1 for e in reg.page(seeded.admin, limit=total) if e.consent)

    m = RegistryModel(ctx)
    m.PAGE, m.MAX_PAGES = 10, 3
    m.sync_fetch = True
    with qtbot.waitSignal(m.reloaded, timeout=15000):
        m.set_query(RegistryFilter(RegistryQuery()))
    assert m.rowCount() == total
    assert [e.registry_number for e in _rows(m)] == want  # far half read backwards
    assert m.cached_rows() <= 30


def test_registry_screen_counts_after_its_first_page(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    """Past ``COUNT_AT_MOST`` the screen says "N+" and then the exact number."""
    w = open_window(qtbot, make_ctx(seeded.admin, "ru"))
    w.show_screen("registry")
    view = w.registry
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)
    total = seeded.services.registry.count(seeded.admin)
    view.model.COUNT_AT_MOST = 10
    with qtbot.waitSignal(view.model.counted, timeout=15000):
        view.model.reload()
        qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)
        assert view.model.rowCount() == 10 and view.model.is_counting()
        assert view.count_label.text() == "Записей: 10+ (подсчёт…)"
    assert view.model.rowCount() == total
    assert view.count_label.text() == f"Записей: {total}"
