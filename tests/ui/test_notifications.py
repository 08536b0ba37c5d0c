"""The notifications screen: the clerk's letters to deliver by hand, sending through a real SMTP
server on 127.0.0.1 (aiosmtpd) with progress and cancel, resend, letters, the SMS file and report.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.notifications.conftest import Mailbox, _authenticate, free_port, smtp_config
from tests.ui.conftest import ABAI, open_window

LEFT = Qt.MouseButton.LeftButton


class SlowMailbox(Mailbox):
    """Takes ``delay`` seconds to accept each message (time to press Cancel)."""

    delay = 0.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def mail() -> Iterator[SlowMailbox]:
    box = SlowMailbox()
    box.port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=box.port,
                            authenticator=_authenticate, auth_require_tls=False)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def outbox(seeded: Any, tmp_path: Path) -> Any:
    """Notifications in every state (the demo's), Abai's first."""
    from models.demo.outbox import fill_outbox

    assert fill_outbox(seeded.services, seeded.admin, tmp_path, ABAI) >= 10
    return seeded.services.notifications


def screen(qtbot: Any, w: Any) -> Any:
    w.show_screen("notifications")
    v = w.screens["notifications"]
    assert w.stack.currentWidget() is v
    qtbot.waitUntil(lambda: v.model.query is not None and not v.model.is_loading(),
                    timeout=15000)
    return v


def show(qtbot: Any, v: Any, view: str) -> None:
    from ui.screens.notifications import VIEWS

    v.tabs.setCurrentIndex(VIEWS.index(view))
    qtbot.waitUntil(lambda: v.model.query.view == view and not v.model.is_loading(),
                    timeout=15000)


def select(v: Any, rows: list[int]) -> None:
    sm = v.table.selectionModel()
    sm.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        sm.select(v.model.index(r, 0), flags)


def wait_done(qtbot: Any, v: Any) -> None:
    qtbot.waitUntil(lambda: not v.running() and not v.model.is_loading(), timeout=30000)


def test_a_clerk_starts_with_their_regions_letters_to_deliver_by_hand(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, monkeypatch: Any) -> None:
    from models.calendar.workdays import today_local
    from ui.screens.notifications_deliver import DeliverDialog

    w = open_window(qtbot, make_ctx(seeded.clerk))
    qtbot.waitUntil(lambda: w.nav.attention > 0, timeout=15000)
    expected = outbox.count(seeded.clerk, "by-hand")
    assert w.nav.attention == outbox.attention(seeded.clerk) >= expected >= 1
    assert f"({w.nav.attention})" in w.nav.items["notifications"].text(0)
    v = screen(qtbot, w)
    assert v.view() == "by-hand" and v.model.rowCount() == expected
    rows = [v.model.row_at(i) for i in range(v.model.rowCount())]
    assert {r.region for r in rows} == {ABAI} and {r.status for r in rows} == {"by_hand"}
    for b in (v.send_button, v.resend_button, v.sms_export_button, v.sms_report_button):
        assert not b.isVisibleTo(v)  # an administrator's work
    assert not v.deliver_button.isEnabled()  # nothing chosen yet
    select(v, [0])
    assert v.deliver_button.isEnabled() and v.print_button.isEnabled()
    asked: list[dt.date] = []

    def launch(dlg: Any) -> dt.date:
        asked.append(dlg.day())
        return dlg.day()

    monkeypatch.setattr(DeliverDialog, "launch", launch)
    qtbot.mouseClick(v.deliver_button, LEFT)
    wait_done(qtbot, v)
    assert asked == [today_local()]  # the day defaults to today
    (done,) = [n for n in outbox.list(seeded.admin, "delivered") if n.id == rows[0].id]
    assert done.delivered_on == today_local() and done.delivered_by == "clerk"
    assert v.model.rowCount() == expected - 1
    assert "1" in v.result.text()
    qtbot.waitUntil(lambda: w.nav.attention == outbox.attention(seeded.clerk), timeout=15000)


def test_a_letter_delivered_meanwhile_is_refused_with_a_message(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, monkeypatch: Any,
        shown_messages: Any) -> None:
    from ui.screens.notifications_deliver import DeliverDialog

    w = open_window(qtbot, make_ctx(seeded.clerk))
    v = screen(qtbot, w)
    select(v, [0])
    row = v.model.row_at(0)
    outbox.mark_delivered(seeded.admin, row.id)  # another workstation was quicker
    monkeypatch.setattr(DeliverDialog, "launch", lambda dlg: dlg.day())
    qtbot.mouseClick(v.deliver_button, LEFT)
    wait_done(qtbot, v)
    ((kind, _title, text),) = shown_messages
    assert kind == "warning" and f"№ {row.id}" in text and "не ожидает вручения" in text


def test_the_delivery_dialog_defaults_to_today_and_refuses_days_to_come(qtbot: Any,
                                                                      make_ctx: Any,
                                                                      seeded: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.screens.notifications_deliver import DeliverDialog
    from ui.widgets.common import qdate

    make_ctx(seeded.clerk, "kk")
    today = dt.date(2026, 3, 20)
    dlg = DeliverDialog(["P-1", "P-2"], today)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.day() == today and dlg.date.maximumDate() == qdate(today)
    dlg.date.setDate(qdate(today + dt.timedelta(days=3)))
    assert dlg.day() == today
    assert dlg.width() <= 1366 - 16 and dlg.height() <= 728 - 39
    qtbot.keyClick(dlg.date, Qt.Key.Key_Return)  # Enter: the default button
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_send_now_delivers_through_smtp_with_progress(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, mail: SlowMailbox) -> None:
    admin = seeded.admin
    outbox.set_smtp(admin, smtp_config(mail.port))
    due = outbox.due_emails(admin)
    assert due >= 3
    w = open_window(qtbot, make_ctx(admin))
    v = screen(qtbot, w)
    assert v.view() == "pending"
    mail.delay = 0.2
    seen: list[int] = []
    v.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(v.send_button, LEFT)
    assert v.running() and v.progress.isVisible() and v.cancel_button.isEnabled()
    assert not v.send_button.isEnabled()
    wait_done(qtbot, v)
    assert len(mail.messages) == due and outbox.due_emails(admin) == 0
    assert seen and max(seen) > 0  # the bar moved
    assert not v.progress.isVisible()
    assert v.result.text().startswith(f"Отправлено: {due}")
    assert outbox.count(admin, "sent") >= due
    assert {r.channel for r in [v.model.row_at(i) for i in range(v.model.rowCount())]} <= {"sms"}


def test_cancel_stops_between_messages_and_loses_none(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, mail: SlowMailbox,
        monkeypatch: Any) -> None:
    from ui.screens import notifications_jobs

    admin = seeded.admin
    monkeypatch.setattr(notifications_jobs, "BATCH", 1)
    outbox.set_smtp(admin, smtp_config(mail.port))
    due = outbox.due_emails(admin)
    w = open_window(qtbot, make_ctx(admin))
    v = screen(qtbot, w)
    mail.delay = 0.5
    qtbot.mouseClick(v.send_button, LEFT)
    qtbot.waitUntil(lambda: v.progress.value() > 0, timeout=15000)
    qtbot.mouseClick(v.cancel_button, LEFT)
    wait_done(qtbot, v)
    sent = len(mail.messages)
    assert 1 <= sent < due
    assert outbox.due_emails(admin) == due - sent  # the rest wait, none claimed and stuck
    assert outbox.count(admin, "pending") >= due - sent
    assert all(r.status != "sending" for r in outbox.page(admin, "all", 0, 100))
    assert "Отправка остановлена" in v.result.text()


def test_no_mail_server_points_to_administration(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any) -> None:
    w = open_window(qtbot, make_ctx(seeded.admin))
    v = screen(qtbot, w)
    due = outbox.due_emails(seeded.admin)
    qtbot.mouseClick(v.send_button, LEFT)
    wait_done(qtbot, v)
    assert "«Администрирование»" in v.result.text()
    assert w.stack.currentWidget() is w.screens["admin"]  # "Open Administration now?" yes
    assert w.screens["admin"].tabs.currentWidget() is w.screens["admin"].mail  # its mail tab
    assert outbox.due_emails(seeded.admin) == due


def test_an_unreachable_server_is_named_and_nothing_is_lost(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, shown_messages: Any) -> None:
    admin = seeded.admin
    outbox.set_smtp(admin, smtp_config(free_port()))  # nobody listens there
    due = outbox.due_emails(admin)
    w = open_window(qtbot, make_ctx(admin))
    v = screen(qtbot, w)
    qtbot.mouseClick(v.send_button, LEFT)
    wait_done(qtbot, v)
    ((kind, _t, text),) = shown_messages
    assert kind == "warning" and "Почтовый сервер недоступен" in text
    assert outbox.count(admin, "pending") >= due and outbox.count(admin, "sent") < due + 5


def test_resend_an_uncertain_one_after_confirming(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, monkeypatch: Any) -> None:
    from ui.dialogs import messages

    admin = seeded.admin
    w = open_window(qtbot, make_ctx(admin))
    v = screen(qtbot, w)
    show(qtbot, v, "failed")
    rows = [v.model.row_at(i) for i in range(v.model.rowCount())]
    i = next(n for n, r in enumerate(rows) if r.status == "uncertain")
    j = next(n for n, r in enumerate(rows) if r.status != "uncertain")
    select(v, [j])
    assert not v.resend_button.isEnabled()  # only an uncertain one is sent again
    select(v, [i])
    assert v.resend_button.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: questions.append(text) is None
                        and len(questions) > 1)
    qtbot.mouseClick(v.resend_button, LEFT)  # "No": nothing changes
    assert not v.running()
    assert rows[i].portal_id in questions[0]
    assert [r.status for r in outbox.page(admin, "all", 0, 100) if r.id == rows[i].id] == [
        "uncertain"]
    qtbot.mouseClick(v.resend_button, LEFT)  # "Yes"
    wait_done(qtbot, v)
    assert [r.status for r in outbox.page(admin, "all", 0, 100) if r.id == rows[i].id] == [
        "pending"]


def test_print_the_letters_of_the_selected_rows(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, monkeypatch: Any,
        tmp_path: Path) -> None:
    from ui.dialogs import files
    from ui.screens import notifications

    w = open_window(qtbot, make_ctx(seeded.admin))
    v = screen(qtbot, w)
    show(qtbot, v, "all")
    select(v, [0, 2])
    chosen = [v.model.row_at(0), v.model.row_at(2)]
    opened: list[Path] = []
    monkeypatch.setattr(files, "save_file", lambda *_a: str(tmp_path / "letters"))
    monkeypatch.setattr(notifications, "open_pdf", opened.append)
    qtbot.mouseClick(v.print_button, LEFT)
    wait_done(qtbot, v)
    out = tmp_path / "letters.pdf"
    assert opened == [out]
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    squashed = "".join(text.split())
    for r in chosen:
        assert "".join(r.letter_number.split()) in squashed
    assert "2" in v.result.text()


def test_sms_file_and_delivery_report(
        qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any, monkeypatch: Any,
        tmp_path: Path) -> None:
    from ui.dialogs import files

    admin = seeded.admin
    due_sms = [r for r in outbox.page(admin, "pending", 0, 100) if r.channel == "sms"]
    assert due_sms
    w = open_window(qtbot, make_ctx(admin))
    v = screen(qtbot, w)
    out = tmp_path / "gateway.csv"
    monkeypatch.setattr(files, "save_file", lambda *_a: str(out))
    qtbot.mouseClick(v.sms_export_button, LEFT)
    wait_done(qtbot, v)
    with out.open(encoding="utf-8", newline="") as fh:
        refs = [r["ref"] for r in csv.DictReader(fh)]
    assert len(refs) == len(due_sms)
    assert str(len(refs)) in v.result.text() and str(out) in v.result.text()
    report = tmp_path / "report.csv"
    report.write_text(f"ref;status;detail\n{refs[0]};DELIVERED;\n"
                      + "".join(f"{r};UNDELIVERED;absent\n" for r in refs[1:]), encoding="utf-8")
    monkeypatch.setattr(files, "open_file", lambda *_a: str(report))
    before = outbox.count(admin, "by-hand")
    qtbot.mouseClick(v.sms_report_button, LEFT)
    wait_done(qtbot, v)
    assert v.result.text().startswith("Доставлено: 1;")
    assert outbox.count(admin, "by-hand") == before + len(refs) - 1


def test_a_viewer_has_no_notifications(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    w = open_window(qtbot, make_ctx(seeded.viewer))
    assert "notifications" not in w.nav.items
    with pytest.raises(KeyError):
        w.screen_for("notifications")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_screen_fits_1366x768(qtbot: Any, make_ctx: Any, seeded: Any, outbox: Any,
                                  lang: str) -> None:
    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    v = screen(qtbot, w)
    w.resize(1366 - 16, 728 - 39)
    hint = w.minimumSizeHint()
    assert hint.width() <= 1366 - 16 and hint.height() <= 728 - 39
    for b in (v.send_button, v.print_button, v.sms_report_button):
        assert b.isVisible() and b.geometry().right() <= v.width()
    # the lists by keyboard: Ctrl+PgDown / Ctrl+PgUp from the table
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    v.table.setFocus()
    start = v.view()
    qtbot.keyClick(v.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert v.view() != start
    qtbot.keyClick(v.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert v.view() == start


def test_the_screen_follows_the_interface_language(qtbot: Any, make_ctx: Any, seeded: Any,
                                                  outbox: Any) -> None:
    w = open_window(qtbot, make_ctx(seeded.clerk, "ru"))
    v = screen(qtbot, w)
    assert v.tabs.tabText(0) == "Вручить лично"
    assert v.deliver_button.text() == "Отметить &вручение…"
    w.switch_language("kk")
    qtbot.waitUntil(lambda: v.tabs.tabText(0) == "Қолма-қол табыс ету", timeout=5000)
    assert v.model.headerData(1, Qt.Orientation.Horizontal) == "Өтініш беруші"
    assert v.model.data(v.model.index(0, 5)) == "қолма-қол табыс ету"
