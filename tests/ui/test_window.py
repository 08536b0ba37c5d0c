"""The main window: keyboard shortcuts, fitting a 1366 px screen, its layout kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def activate(qtbot: Any, w: Any) -> None:
    w.activateWindow()
    w.raise_()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)


def test_ctrl_f_focuses_search_and_ctrl_n_takes_next(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    w = admin_window
    activate(qtbot, w)
    w.worklist.table.setFocus()
    qtbot.keyClick(w.worklist.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.worklist.search.hasFocus(), timeout=5000)
    # from the review screen too: Ctrl+F goes back to the worklist search
    w.open_application("T-0001")
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    qtbot.keyClick(w.review, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.worklist and w.worklist.search.hasFocus(),
        timeout=5000,
    )
    # Ctrl+N takes the next application due and opens it, held by the admin
    w.review.detail = None
    qtbot.keyClick(w.worklist.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.review and w.review.detail is not None,
        timeout=15000,
    )
    assert w.review.detail.summary.held_by == "admin"


def test_window_fits_1366_px_after_every_screen_in_both_languages(
    qtbot: Any, admin_window: Any
) -> None:
    w = admin_window
    for lang in ("ru", "kk"):
        w.switch_language(lang)
        for key in ("entry", "import", "registry", "admin"):
            w.show_screen(key)
        w.open_application("T-0001")
        qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
        w.show_screen("worklist:all")
        assert w.minimumSizeHint().width() <= 1366, lang
        assert w.minimumSizeHint().height() <= 768, lang
    # the filter rows wrap: at 1366 px every filter is still on screen
    w.resize(1366, 768)
    view = w.worklist
    qtbot.waitUntil(lambda: view.reset_button.geometry().right() <= view.width(), timeout=5000)
    assert view.reset_button.isVisible() and view.reset_button.width() > 0


def test_column_widths_come_back_from_the_settings(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    from tests.ui.conftest import open_window

    ctx = make_ctx(seeded.admin)
    w = open_window(qtbot, ctx)
    w.worklist.table.setColumnWidth(5, 417)
    w.close()  # saves the layout in QSettings
    assert ctx.settings.value("tables/worklist") is not None
    again = open_window(qtbot, ctx)
    assert again.worklist.table.columnWidth(5) == 417


def test_the_first_window_fills_the_screen_and_its_geometry_is_kept(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from tests.ui.conftest import open_window

    ctx = make_ctx(seeded.admin)
    w = open_window(qtbot, ctx)
    assert w.isMaximized()  # the first time: the available screen
    w.showNormal()
    w.setGeometry(40, 50, 1000, 600)
    qtbot.waitUntil(lambda: w.size().width() == 1000, timeout=5000)
    w.close()
    again = open_window(qtbot, ctx)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (1000, 600)
