"""Worklist: paging model, filters (received range, due today), search, sort (holder,
duplicates, kept after a restart), keyboard, saved filters, regions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui.conftest import ABAI, open_window


def wait_loaded(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)


def rows(model: Any) -> list[Any]:
    from ui.tables.paged import ROW_ROLE

    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def test_model_reports_true_count_and_keeps_a_bounded_cache(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from models.applications.worklist import WorklistFilter
    from ui.tables.worklist import WorklistModel

    ctx = make_ctx(seeded.admin)
    m = WorklistModel(ctx)
    m.PAGE, m.MAX_PAGES = 10, 3
    m.sync_fetch = True  # read every page here; the async path is tested below
    with qtbot.waitSignal(m.reloaded, timeout=15000):
        m.set_query(WorklistFilter(sort="name"))
    total = seeded.services.queries.count(seeded.admin, WorklistFilter())
    assert m.rowCount() == total > 100
    got = [r.portal_id for r in rows(m)]
    assert m.cached_rows() <= 30  # never the whole table
    expected = [
        r.portal_id
        for r in seeded.services.queries.page(seeded.admin, WorklistFilter(sort="name"), 0, total)
    ]
    assert got == expected  # the far half, read backwards, keeps the order
    # painted cells are kept per row only while the row's page is kept
    shown = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert shown == expected
    assert len(m._views) <= 30 and set(m._views) <= {
        r for n in m._pages for r in range(n * m.PAGE, (n + 1) * m.PAGE)}


def test_pages_are_read_in_the_background(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    from models.applications.worklist import WorklistFilter
    from ui.tables.paged import ROW_ROLE
    from ui.tables.worklist import WorklistModel

    m = WorklistModel(make_ctx(seeded.admin))
    m.PAGE = 20
    with qtbot.waitSignal(m.reloaded, timeout=15000):
        m.set_query(WorklistFilter(sort="received_at"))
    last = m.index(m.rowCount() - 1, 0)
    assert m.data(last, ROW_ROLE) is None  # not yet: requested, the GUI does not wait
    with qtbot.waitSignal(m.dataChanged, timeout=15000):
        pass
    assert m.data(last, ROW_ROLE) is not None and m.pending() == 0


def test_filter_search_sort_and_open_with_enter(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    w = admin_window
    view = w.worklist
    assert w.stack.currentWidget() is view
    # the navigation shows counts per status
    counts = seeded.services.queries.counts_by_status(seeded.admin)
    sub = counts[next(k for k in counts if k.value == "submitted")]
    assert f"({sub})" in w.nav.items["worklist:submitted"].text(0)

    w.nav.setCurrentItem(w.nav.items["worklist:all"])
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == sum(counts.values())

    # profession filter: every row has it
    view.profession.set_code("PSYCHOLOGIST")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() > 0
    assert {r.profession for r in rows(view.model)} == {"PSYCHOLOGIST"}
    view.profession.set_code(None)

    # search as you type, Kazakh letters in lower case, debounced
    for ch in "тестбек":  # QTest only types ASCII: insert letter by letter
        view.search.insert(ch)
    assert view.model.query.search == ""  # not yet: the search waits for a pause
    qtbot.waitUntil(
        lambda: view.model.query.search == "тестбек" and not view.model.is_loading(), timeout=15000
    )
    assert [r.portal_id for r in rows(view.model)] == ["T-0001"]
    # by IIN
    iin = seeded.services.queries.detail(seeded.admin, "T-0002", audit_view=False).data["iin"]
    view.search.setText(iin)
    qtbot.waitUntil(
        lambda: view.model.query.search == iin and not view.model.is_loading(), timeout=15000
    )
    assert [r.portal_id for r in rows(view.model)] == ["T-0002"]

    # sort by clicking the name header: server-side, descending on the second click
    view.search.clear()
    qtbot.waitUntil(
        lambda: view.model.query.search == "" and not view.model.is_loading(), timeout=15000
    )
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, view)
    assert view.model.query.sort == "name" and view.model.query.descending

    # Enter opens the current application
    view.search.setText("T-0002")
    qtbot.waitUntil(
        lambda: (
            view.model.query.search == "T-0002"
            and not view.model.is_loading()
            and view.model.rowCount() == 1
        ),
        timeout=15000,
    )
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id == "T-0002",
        timeout=15000,
    )
    assert w.stack.currentWidget() is w.review
    assert "Жолдасбеков" in w.review.heading.text()


def test_overdue_and_due_today_filters_and_saved_filters(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    view = admin_window.worklist
    view.overdue.setChecked(True)
    wait_loaded(qtbot, view)
    from models.applications.worklist import WorklistFilter

    assert view.model.rowCount() == seeded.services.queries.count(
        seeded.admin, WorklistFilter(overdue=True, statuses=view.model.query.statuses)
    )
    assert all(r.overdue for r in rows(view.model))
    view.save_filter("late")
    view.reset()
    wait_loaded(qtbot, view)
    assert not view.overdue.isChecked()
    view.saved.setCurrentIndex(view.saved.findData("late"))
    view._apply_saved(view.saved.currentIndex())
    wait_loaded(qtbot, view)
    assert view.overdue.isChecked() and view.model.query.overdue
    # the last filter is remembered in the settings
    assert view.ctx.load_json("worklist/last_filter", {})["overdue"] is True
    # "Delete" names the saved filter and works only while one is chosen
    from PySide6.QtCore import Qt

    assert view.delete_button.text() == "Удалить сохранённый фильтр"
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.saved.findData("late") == -1 and not view.delete_button.isEnabled()


def test_clerk_sees_only_their_region(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    w = open_window(qtbot, make_ctx(seeded.clerk))
    view = w.worklist
    assert not view.region.isVisibleTo(w)
    w.nav.setCurrentItem(w.nav.items["worklist:all"])
    wait_loaded(qtbot, view)
    got = rows(view.model)
    assert got and {r.region for r in got} == {ABAI}
    assert "T-0003" not in {r.portal_id for r in got}  # an Almaty application
    # even opening it by number is refused
    w.open_application("T-0003")
    qtbot.waitUntil(
        lambda: "T-0003" not in w.review.heading.text() or "Нет доступа" in w.review.heading.text(),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: "Нет доступа" in w.review.heading.text(), timeout=15000)
    assert w.review.detail is None
    # no decision buttons for a clerk, no administration
    assert "admin" not in w.nav.items
    w.open_application("T-0001")
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    assert not w.review.register.isEnabled()


def test_a_broad_list_shows_rows_before_it_is_counted(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    """Past ``COUNT_AT_MOST`` the first page comes with "N+" and the exact count follows
    (rows added, not reset: the selection stays); far pages are read forwards meanwhile."""
    from models.applications.worklist import WorklistFilter

    view = admin_window.worklist
    model = view.model
    total = seeded.services.queries.count(seeded.admin, WorklistFilter())
    assert total > 50
    model.COUNT_AT_MOST = 50
    model.PAGE = 20
    gate = __import__("threading").Event()
    exact = model.fetch_count

    def slow_count(query: Any) -> int:  # the exact count waits until the test lets it go
        gate.wait(15)
        return exact(query)

    model.fetch_count = slow_count  # type: ignore[method-assign]
    # counted row by row (a status alone is read from the counters, exact at once)
    since = __import__("datetime").date(2000, 1, 1)
    view.received.set_value(since, None)
    view.show_status("all")
    wait_loaded(qtbot, view)
    assert model.query.received_from == since
    assert model.is_counting() and model.rowCount() == 50 < total
    assert "50+" in view.count_label.text()
    view.table.selectRow(3)
    picked = view.current_portal_id()
    expected = [r.portal_id for r in seeded.services.queries.page(
        seeded.admin, model.query, 0, 50)]
    qtbot.waitUntil(lambda: all(model.row_at(i) is not None for i in range(50)), timeout=15000)
    assert [model.row_at(i).portal_id for i in range(50)] == expected  # read forwards
    with qtbot.waitSignal(model.counted, timeout=15000):
        gate.set()
    assert not model.is_counting() and model.rowCount() == total
    assert view.current_portal_id() == picked
    assert "+" not in view.count_label.text() and f"{total}" in view.count_label.text()


def test_the_worklist_opens_as_it_was_left_with_one_read(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    """The last filter (status, search, sort) comes back at sign-in; the first page is read
    once, started before the window is built, and the navigation shows the same status."""
    ctx = make_ctx(seeded.admin)
    ctx.save_json(
        "worklist/last_filter",
        {"statuses": ["returned"], "search": "", "sort": "name", "descending": True},
    )
    w = open_window(qtbot, ctx)
    view, model = w.worklist, w.worklist.model
    assert model._generation == 1  # one reload: the view found the filter it was given
    assert w.nav.currentItem() is w.nav.items["worklist:returned"]
    assert view.status.currentData() == "returned"
    q = model.query
    assert [s.value for s in q.statuses] == ["returned"] and (q.sort, q.descending) == (
        "name", True)
    got = [r.portal_id for r in rows(model)]
    assert got and all(r.status.value == "returned" for r in rows(model))
    want = seeded.services.queries.page(seeded.admin, q, 0, len(got))
    assert got == [r.portal_id for r in want]  # in the saved order (name, descending)
    header = view.table.horizontalHeader()
    assert model.columns[header.sortIndicatorSection()].sort_key == "name"
    # "awaiting decision" saved the old way (both open statuses) opens as such, not as "all"
    ctx.save_json("worklist/last_filter", {"statuses": ["submitted", "resubmitted"]})
    w2 = open_window(qtbot, ctx)
    assert w2.nav.currentItem() is w2.nav.items["worklist:open"]
    assert {s.value for s in w2.worklist.model.query.statuses} == {"submitted", "resubmitted"}


def test_the_navigation_follows_the_status_chosen_in_the_filter(
    qtbot: Any, admin_window: Any
) -> None:
    w = admin_window
    view = w.worklist
    gen = view.model._generation
    view.status.setCurrentIndex(view.status.findData("refused"))
    wait_loaded(qtbot, view)
    assert w.nav.currentItem() is w.nav.items["worklist:refused"]
    assert view.model._generation == gen + 1  # one read: the navigation did not ask again
    assert {r.status.value for r in rows(view.model)} == {"refused"}


def test_sort_by_holder_and_duplicates_and_the_arrow_after_a_restart(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from tests.ui.conftest import open_window
    from ui.tables.paged import ROW_ROLE

    ctx = make_ctx(seeded.admin)
    w = open_window(qtbot, ctx)
    view = w.worklist
    cols = [c.key for c in view.model.columns]

    def first_rows(n: int = 5) -> list[Any]:
        return [view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(n)]

    seeded.services.holds.take(seeded.admin, "T-0002")
    # ascending: held applications first (by the holder's login)
    view.table.sortByColumn(cols.index("holder"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "holder" and not view.model.is_loading(),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: first_rows(1)[0] is not None, timeout=15000)
    assert first_rows(1)[0].held_by == "admin"
    view.table.sortByColumn(cols.index("duplicates"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "duplicates" and not view.model.is_loading(),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: first_rows(1)[0] is not None, timeout=15000)
    view.model.sync_fetch = True  # read every page here to check the order
    has = [r.has_duplicates for r in first_rows(view.model.rowCount())]
    assert has[0] and has == sorted(has, reverse=True)

    # sort by name, descending; a restart shows the arrow on the name column
    view.table.sortByColumn(cols.index("name"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "name" and not view.model.is_loading(), timeout=15000
    )
    w.close()
    again = open_window(qtbot, ctx)
    header = again.worklist.table.horizontalHeader()
    assert again.worklist.model.query.sort == "name" and again.worklist.model.query.descending
    assert header.sortIndicatorSection() == cols.index("name")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_received_range_and_due_today_filters(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    import datetime as dt

    from models.applications.worklist import WorklistFilter
    from models.calendar.workdays import local_day, today_local
    from ui.tables.paged import ROW_ROLE
    from ui.widgets.common import qdate

    view = admin_window.worklist
    view.model.sync_fetch = True
    q = seeded.services.queries

    def rows() -> list[Any]:
        return [
            view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(view.model.rowCount())
        ]

    def settled() -> None:
        qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)

    today = today_local()
    start = today - dt.timedelta(days=1)
    view.received.start.setDate(qdate(start))
    view.received.end.setDate(qdate(today))
    view.received.enabled.setChecked(True)  # the user ticks the range on
    qtbot.waitUntil(lambda: view.model.query.received_from == start, timeout=5000)
    settled()
    got = rows()
    want = q.count(
        seeded.admin,
        WorklistFilter(statuses=view.model.query.statuses, received_from=start, received_to=today),
    )
    assert len(got) == want > 0
    assert all(start <= local_day(r.received_at) <= today for r in got)
    assert {"T-0001", "T-0002", "T-0003"} <= {r.portal_id for r in got}
    view.received.enabled.setChecked(False)
    view.due_today.setChecked(True)
    qtbot.waitUntil(lambda: view.model.query.due_today, timeout=5000)
    settled()
    got = rows()
    assert len(got) == q.count(
        seeded.admin, WorklistFilter(statuses=view.model.query.statuses, due_today=True)
    )
    assert all(r.due_date == today for r in got)
