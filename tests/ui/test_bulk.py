"""Bulk work from the worklist: check rows (mouse and keyboard), register / return several
(one decided meanwhile by another reviewer), cancel, take and release, print letters."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from tests.ui.conftest import PASSWORD

OK = QDialogButtonBox.StandardButton.Ok


def wait_loaded(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)


def check_first_rows(qtbot: Any, view: Any, n: int) -> list[str]:
    """Select the first ``n`` rows with Shift+Down and check them with Space."""
    table, model = view.table, view.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    for _ in range(n - 1):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    pids = [model.row_at(r).portal_id for r in range(n)]
    assert list(model.checked) == pids
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    return pids


def statuses(seeded: Any, pids: list[str]) -> list[str]:
    from models.db.entities import Application

    with seeded.services.db.read() as s:
        got = dict(s.execute(select(Application.portal_id, Application.status)
                             .where(Application.portal_id.in_(pids))).all())
    return [got[p].value for p in pids]


def other_admin(seeded: Any) -> Any:
    from models.actor import SYSTEM

    seeded.services.users.add(SYSTEM, "other", PASSWORD, "admin", None, "Басқа Әкімші",
                              "Бас маман")
    return seeded.services.users.authenticate("other", PASSWORD)


def click_ok(dlg: QDialog) -> int:
    """What a user does in the dialog: give a late decision its cause, then press OK."""
    late = getattr(dlg, "late", False)
    if late and hasattr(dlg, "late_cause"):
        dlg.late_cause.setText("Көп өтінім / Много заявок")
    dlg.buttons.button(OK).click()
    return int(dlg.result())


@pytest.fixture
def results(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    from types import SimpleNamespace

    from ui.dialogs.bulk_result import BulkResultDialog

    shown: list[Any] = []

    def seen(self: Any) -> None:  # what the dialog shows, read before it is deleted
        t = self.table
        shown.append(SimpleNamespace(
            report=self.report, summary=self.summary.text(), title=self.windowTitle(),
            cells=[[t.item(i, j).text() for j in range(t.columnCount())]
                   for i in range(t.rowCount())]))

    monkeypatch.setattr(BulkResultDialog, "launch", seen)
    return shown


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    from ui.dialogs.bulk import BulkConfirmDialog

    seen: list[Any] = []

    def run(self: Any) -> int:
        seen.append([self.table.item(i, 0).text() for i in range(self.table.rowCount())])
        return click_ok(self)

    monkeypatch.setattr(BulkConfirmDialog, "exec", run)
    return seen


def test_bulk_register_with_a_row_decided_meanwhile(
    qtbot: Any, admin_window: Any, seeded: Any, results: list[Any], confirmed: list[Any]
) -> None:
    view = admin_window.worklist
    wait_loaded(qtbot, view)
    pids = check_first_rows(qtbot, view, 3)
    # one more with the mouse, on its check box
    rect = view.table.visualRect(view.model.index(3, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + rect.center().__class__(12, rect.height() // 2))
    assert len(view.model.checked) == 4
    pids.append(view.model.row_at(3).portal_id)
    assert view.bulk.checked_label.text() == "Отмечено: 4"
    # another reviewer registers the second between the selection and the action
    seeded.services.review.decide(other_admin(seeded), pids[1], "register")

    assert view.bulk.actions_button.isEnabled()
    view.bulk.register_action.trigger()
    assert confirmed == [pids]  # one confirmation listing them all
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    report = results[0].report
    assert [r.portal_id for r in report.rows] == pids
    assert [r.outcome for r in report.rows] == ["done", "conflict", "done", "done"]
    assert statuses(seeded, pids) == ["registered"] * 4
    dlg = results[0]
    assert [c[0] for c in dlg.cells] == pids and dlg.title == "Регистрация: результаты"
    assert "Включена в реестр: регистрационный №" in dlg.cells[0][2]
    assert "уже принято" in dlg.cells[1][2]
    assert "3 из 4" in dlg.summary
    assert view.model.checked == {}  # the checks are cleared; the list reloads
    wait_loaded(qtbot, view)
    from models.db.entities import Application, Decision

    with seeded.services.db.read() as s:
        last = dict(s.execute(select(Application.portal_id, Decision.user_login)
                              .join(Application).where(Application.portal_id.in_(pids))
                              .order_by(Decision.id)).all())  # the newest per application
    assert [last[p] for p in pids] == ["admin", "other", "admin", "admin"]


def test_bulk_return_same_grounds_each_its_letter_one_decided_meanwhile(
    qtbot: Any, admin_window: Any, seeded: Any, results: list[Any], confirmed: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models.db.entities import Application, Decision
    from models.db.notification_entities import LetterRecord
    from ui.dialogs.reason import ReasonDialog

    def give_grounds(self: Any) -> int:
        self.checks["RET-DOCUMENTS"].setChecked(True)
        self.comment.setPlainText("Дипломның көшірмесі жоқ")
        return click_ok(self)

    monkeypatch.setattr(ReasonDialog, "exec", give_grounds)
    view = admin_window.worklist
    wait_loaded(qtbot, view)
    pids = check_first_rows(qtbot, view, 3)
    seeded.services.review.decide(other_admin(seeded), pids[2], "refuse", ["REF-EMIGRATION"])
    view.bulk.return_action.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert confirmed == [pids]
    assert [r.outcome for r in results[0].report.rows] == ["done", "done", "conflict"]
    assert statuses(seeded, pids) == ["returned", "returned", "refused"]
    with seeded.services.db.read() as s:
        rows = s.execute(select(Decision.reason_codes, Decision.comment, LetterRecord.number)
                         .join(LetterRecord, LetterRecord.decision_id == Decision.id)
                         .join(Application).where(Decision.user_login == "admin",
                                                  Application.portal_id.in_(pids))).all()
    assert len(rows) == 2 and len({r.number for r in rows}) == 2  # each its own letter
    assert all(r.reason_codes == ["RET-DOCUMENTS"] and r.comment == "Дипломның көшірмесі жоқ"
               for r in rows)


def test_cancel_stops_before_the_next_application(
    qtbot: Any, admin_window: Any, seeded: Any, results: list[Any], confirmed: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    review = seeded.services.review
    real = review.decide
    gate, started = threading.Event(), threading.Event()

    def slow(*a: Any, **kw: Any) -> Any:
        started.set()
        assert gate.wait(30)
        return real(*a, **kw)

    monkeypatch.setattr(review, "decide", slow)
    view = admin_window.worklist
    wait_loaded(qtbot, view)
    pids = check_first_rows(qtbot, view, 3)
    view.bulk.register_action.trigger()
    assert started.wait(15)
    progress = view.bulk.progress
    assert progress is not None and progress.isVisible()
    progress.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    report = results[0].report
    assert report.cancelled
    assert [r.outcome for r in report.rows] == ["done", "not_done", "not_done"]
    assert statuses(seeded, pids) == ["registered", "submitted", "submitted"]
    assert view.bulk.progress is None and view.bulk.day_button.isEnabled()


def test_take_and_release_several_and_a_clerk_cannot_decide(
    qtbot: Any, make_ctx: Any, seeded: Any, results: list[Any]
) -> None:
    from tests.ui.conftest import open_window

    w = open_window(qtbot, make_ctx(seeded.clerk))
    view = w.worklist
    wait_loaded(qtbot, view)
    assert not view.bulk.register_action.isVisible()
    assert not view.bulk.refuse_action.isVisible()
    pids = check_first_rows(qtbot, view, 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # Space again: all of them unchecked
    assert view.model.checked == {} and not view.bulk.actions_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert list(view.model.checked) == pids
    view.bulk.take_action.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert results[0].report.done == 2
    assert seeded.services.holds.held_by_me(seeded.clerk) == sorted(
        pids, key=lambda p: pids.index(p))
    wait_loaded(qtbot, view)
    check_first_rows(qtbot, view, 2)
    view.bulk.release_action.trigger()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=30000)
    assert results[1].report.done == 2
    assert seeded.services.holds.held_by_me(seeded.clerk) == []


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_print_checked_letters_and_a_days_letters_as_one_pdf(
    qtbot: Any, admin_window: Any, seeded: Any, results: list[Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, shown_messages: list[Any],
) -> None:
    from ui.dialogs import files
    from ui.dialogs.bulk import DayDialog

    admin = seeded.services.users.authenticate("admin", PASSWORD)
    view = admin_window.worklist
    wait_loaded(qtbot, view)
    pids = check_first_rows(qtbot, view, 3)
    seeded.services.review.decide(admin, pids[0], "register")
    seeded.services.review.decide(admin, pids[1], "refuse", ["REF-EMIGRATION"])
    chosen: list[Path] = [tmp_path / "checked.pdf", tmp_path / "day.pdf"]
    monkeypatch.setattr(files, "save_file", lambda *_a: str(chosen.pop(0)))
    view.bulk.letters_action.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    assert [r.outcome for r in results[0].report.rows] == ["done", "done", "not_found"]
    text = pdf_text(tmp_path / "checked.pdf")
    assert pids[0] in text and pids[1] in text and pids[2] not in text

    def today_ok(self: Any) -> int:
        assert self.value() == __import__("models.calendar.workdays").calendar.workdays \
            .today_local()
        return click_ok(self)

    monkeypatch.setattr(DayDialog, "exec", today_ok)
    view.bulk.day_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "day.pdf").exists() and view.bulk.job is None,
                    timeout=30000)
    day_text = pdf_text(tmp_path / "day.pdf")
    assert pids[0] in day_text and pids[1] in day_text
    assert shown_messages and "2" in shown_messages[-1][2]


def test_registry_prints_the_checked_entries_letters(
    qtbot: Any, admin_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[Any],
) -> None:
    from ui.dialogs import files

    w = admin_window
    w.show_screen("registry")
    view = w.registry
    qtbot.waitUntil(lambda: not view.model.is_loading() and view.model.rowCount() > 2,
                    timeout=15000)
    assert not view.letters_button.isEnabled()
    pids = check_first_rows(qtbot, view, 2)
    assert view.letters_button.isEnabled() and view.checked_label.text() == "Отмечено: 2"
    out = tmp_path / "registry-letters.pdf"
    monkeypatch.setattr(files, "save_file", lambda *_a: str(out))
    view.letters_button.click()
    qtbot.waitUntil(lambda: view.bulk.job is None and out.exists(), timeout=30000)
    text = pdf_text(out)
    assert pids[0] in text and pids[1] in text
    assert "2 уведомления сохранено" in shown_messages[-1][2]
    assert view.model.checked == {}
