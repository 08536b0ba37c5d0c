"""The registry screen's list: paged from SQL, the far end read backwards, counted lazily;
excluding an entry."""

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


def test_exclude_a_registry_entry(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    w = admin_window
    w.show_screen("registry")
    view = w.registry
    qtbot.waitUntil(
        lambda: not view.model.is_loading() and view.model.rowCount() > 0, timeout=15000
    )
    from PySide6.QtCore import Qt

    assert not view.exclude_button.isEnabled()  # no entry chosen: nothing to exclude
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.current_entry() is not None, timeout=15000)
    e = view.current_entry()
    assert not e.excluded_on and view.exclude_button.isEnabled()
    monkeypatch.setattr(view, "ask_reason", lambda _e: "решение суда")
    before = view.model.total()
    qtbot.mouseClick(view.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not view.model.is_loading() and view.model.total() == before - 1, timeout=15000
    )
    view.excluded.setChecked(True)  # shown again with excluded entries, dated
    qtbot.waitUntil(
        lambda: view.model.query.include_excluded and not view.model.is_loading(), timeout=15000
    )
    assert view.model.total() >= before  # with the ones excluded earlier
    from ui.tables.paged import ROW_ROLE

    view.model.sync_fetch = True
    entries = [
        view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(view.model.rowCount())
    ]
    assert next(x for x in entries if x.registry_number == e.registry_number).excluded_on
    row = next(r for r, x in enumerate(entries) if x.registry_number == e.registry_number)
    view.table.selectRow(row)
    assert not view.exclude_button.isEnabled()  # already excluded
