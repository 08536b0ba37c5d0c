"""Fixes from the desktop audit: real key presses, cancel, width, diffs, sort, times."""

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
