"""After a decision "next" is the next application of the worklist as filtered and sorted
(not the national queue: that is only the queue action's, Ctrl+N)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from ui.dialogs.reason import DecisionChoice, ReasonDialog


def wait_list(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)


def click_header(qtbot: Any, view: Any, key: str) -> None:
    """A real click on the header of column ``key`` (sorts by it)."""
    header = view.table.horizontalHeader()
    col = next(i for i, c in enumerate(view.model.columns) if c.key == key)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def open_row(qtbot: Any, w: Any, row: int) -> str:
    """Double-click row ``row`` of the worklist; the review opens it."""
    view = w.worklist
    table = view.table
    table.scrollTo(view.model.index(row, 0))
    rect = table.visualRect(view.model.index(row, 0))
    # (QTest's double click alone is the second click of a pair: the first comes before)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pid = view.model.row_at(row).portal_id
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.review
        and w.review.detail is not None
        and w.review.detail.summary.portal_id == pid,
        timeout=15000,
    )
    return str(pid)


def return_with_clicks(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The return dialog is driven by clicks: the first ground's text (and the cause of the
    delay when the decision is late), then the OK button."""

    def launch(dialog: ReasonDialog) -> DecisionChoice | None:
        dialog.show()
        qtbot.waitExposed(dialog)
        row = dialog.rows["RET-DOCUMENTS"]
        qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
        assert dialog.checks["RET-DOCUMENTS"].isChecked()
        if dialog.late:  # a decision after its due date asks for the cause of the delay
            dialog.late_cause.setText("Болезнь рецензента")  # QTest types Latin-1 only
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.result() == ReasonDialog.DialogCode.Accepted
        return dialog.choice()

    monkeypatch.setattr(ReasonDialog, "launch", launch)


def test_next_follows_the_sort_of_the_list(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = admin_window
    view = w.worklist
    click_header(qtbot, view, "name")
    qtbot.waitUntil(lambda: view.model.query.sort == "name", timeout=5000)
    wait_list(qtbot, view)
    rows = [view.model.row_at(r) for r in range(6)]
    expected = next(r.portal_id for r in rows[4:] if not r.held_by)
    decided = open_row(qtbot, w, 3)
    return_with_clicks(qtbot, monkeypatch)
    qtbot.mouseClick(w.review.return_, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id != decided,
        timeout=15000,
    )
    assert w.review.detail.summary.portal_id == expected  # the next by name, not the queue's
    assert decided in w.review.banner.text()
    assert seeded.services.queries.detail(seeded.admin, decided, audit_view=False) \
        .summary.status.value == "returned"
    # the navigation marks the list the review belongs to; a click on it goes back
    current = w.nav.currentItem()
    assert current is w.nav.items["worklist:open"]
    rect = w.nav.visualItemRect(current)
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.stack.currentWidget() is view


def test_next_after_the_last_of_a_search_goes_back_to_the_list(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = admin_window
    view = w.worklist
    view.search.setFocus()
    view.search.setText("Жолдасбеков")  # (QTest types Latin-1 only)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.query.search == "Жолдасбеков", timeout=5000)
    wait_list(qtbot, view)
    assert view.model.rowCount() == 1
    decided = open_row(qtbot, w, 0)
    assert decided == "T-0002"
    return_with_clicks(qtbot, monkeypatch)
    qtbot.mouseClick(w.review.return_, Qt.MouseButton.LeftButton)
    # nothing else in this search awaits a decision: back to the list, not to the queue
    qtbot.waitUntil(lambda: w.stack.currentWidget() is view, timeout=15000)
    assert "T-0002" in w.statusBar().currentMessage()
    assert w.review.detail.summary.portal_id == "T-0002"
    assert seeded.services.holds.held_by_me(seeded.admin) == []  # nothing taken from the queue


def test_the_decision_banner_follows_the_language(
    qtbot: Any, admin_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = admin_window
    decided = open_row(qtbot, w, 0)
    monkeypatch.setattr(
        ReasonDialog, "launch", lambda self: DecisionChoice("refuse", ("REF-EMIGRATION",), "")
    )
    qtbot.mouseClick(w.review.refuse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: decided in w.review.banner.text(), timeout=15000)
    assert "Отказано" in w.review.banner.text()
    w.switch_language("kk")
    qtbot.waitUntil(lambda: "Отказано" not in w.review.banner.text(), timeout=5000)
    assert decided in w.review.banner.text() and "Бас тартылды" in w.review.banner.text()
    # the history says "on revision 1" in Kazakh word order
    w.open_application(decided)
    qtbot.waitUntil(lambda: w.review.detail is not None  # (read again: decided now)
                    and w.review.detail.summary.portal_id == decided
                    and w.review.detail.summary.status.value == "refused", timeout=15000)
    history = w.review.history.toPlainText()
    assert "(1-редакция бойынша)" in history and "(редакция 1)" not in history
