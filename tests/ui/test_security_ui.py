"""Issue 5 on the desktop: idle lock, work queue (take next, holder, release, notices),
a clerk's recommendation beside the decision buttons, sessions and security settings."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import PASSWORD, open_window
from ui.dialogs.reason import ReasonDialog
from ui.dialogs.release import ReleaseDialog


def wait_detail(qtbot: Any, w: Any, pid: str | None = None) -> Any:
    qtbot.waitUntil(
        lambda: w.review.detail is not None
        and (pid is None or w.review.detail.summary.portal_id == pid)
        and not w.ctx.workers.active,
        timeout=15000,
    )
    return w.review.detail


def open_app(qtbot: Any, w: Any, pid: str) -> Any:
    w.open_application(pid)
    return wait_detail(qtbot, w, pid)


def test_idle_lock_hides_data_and_only_the_same_user_unlocks(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    ctx = make_ctx(seeded.admin)
    ctx.extra["idle_lock_ms"] = 400
    w = open_window(qtbot, ctx)
    assert w.guard.activity.timeout_ms == 400
    # no lock while the scene is set up (a loaded machine takes longer than 400 ms for it)
    w.guard.activity.set_timeout_ms(600_000)
    # unsaved input: a half-filled decision dialog and the hand-entry form
    open_app(qtbot, w, "T-0001")
    dlg = w.review.make_dialog("return")
    qtbot.addWidget(dlg)
    dlg.checks["RET-DOCUMENTS"].setChecked(True)
    dlg.comment.setPlainText("Полдела сделано")
    dlg.show()
    w.show_screen("entry")
    form = w.screens["entry"]
    form.fields["last_name"].setText("Незаконченная")
    title_before = dlg.windowTitle()
    w.guard.activity.reset()
    w.guard.activity.set_timeout_ms(400)

    qtbot.waitUntil(lambda: w.guard.locked, timeout=10000)
    w.guard.activity.set_timeout_ms(600_000)  # no second lock while the test types
    lock = w.guard.lock_dialog
    assert lock is not None and lock.isVisible()
    # nothing personal is visible: the screens are swapped out, the dialog is covered
    assert w.central.currentWidget() is w.locked_page
    assert not form.isVisible() and not w.review.isVisible()
    assert "Тестбекова" not in w.windowTitle() and "Тестбекова" not in dlg.windowTitle()
    cover = dlg.findChild(type(w.guard.covers[0]))
    assert cover is not None and cover.isVisible() and cover.geometry() == dlg.rect()
    assert not w.menuBar().isEnabled()

    # another user cannot unlock: no password check at all, a clear message instead
    lock.login.setText("clerk")
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    assert lock.error.isVisible() and "admin" in lock.error.text()
    assert w.guard.locked
    # the same user with a wrong password: refused by the service
    lock.login.setText("admin")
    lock.password.setText("wrong password 123")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: "Неверный логин или пароль" in lock.error.text(), timeout=20000)
    assert w.guard.locked
    # the right password
    lock.password.setText(PASSWORD)
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: not w.guard.locked, timeout=20000)
    assert w.central.currentWidget() is w.work_page and form.isVisible()
    assert form.fields["last_name"].text() == "Незаконченная"
    assert dlg.isVisible() and dlg.comment.toPlainText() == "Полдела сделано"
    assert dlg.checks["RET-DOCUMENTS"].isChecked() and dlg.windowTitle() == title_before
    assert not w.guard.covers and w.menuBar().isEnabled()
    dlg.close()


def test_lock_offers_sign_out(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    w = open_window(qtbot, make_ctx(seeded.admin))
    w.lock_action.trigger()
    assert w.guard.locked and w.guard.lock_dialog is not None
    with qtbot.waitSignal(w.sign_out_requested, timeout=5000):
        w.guard.lock_dialog.sign_out_button.click()


def test_take_next_release_by_admin_and_the_holders_notice(
    qtbot: Any, make_ctx: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk_w = open_window(qtbot, make_ctx(seeded.clerk))
    admin_w = open_window(qtbot, make_ctx(seeded.admin))

    # the clerk takes the next application of their region (Ctrl+N) and it opens, held
    clerk_w.next_due_action.trigger()
    d = wait_detail(qtbot, clerk_w)
    pid = d.summary.portal_id
    assert d.summary.held_by == "clerk" and d.summary.held_since is not None
    assert clerk_w.review.release_button.isVisible()
    assert "clerk" not in clerk_w.review.hold_label.text()  # "you hold it"
    # the worklist's holder column shows who and since when
    admin_w.worklist.reload()
    qtbot.waitUntil(lambda: not admin_w.worklist.model.is_loading(), timeout=15000)
    m = admin_w.worklist.model
    holder_col = next(i for i, c in enumerate(m.columns) if c.key == "holder")
    texts = [m.data(m.index(r, holder_col)) or "" for r in range(m.rowCount())]
    assert any(t.startswith("clerk, ") for t in texts)

    # the admin opens it: who holds it, decisions disabled, "Release…" offered
    open_app(qtbot, admin_w, pid)
    rv = admin_w.review
    assert "clerk" in rv.hold_label.text()
    assert not rv.register.isEnabled() and not rv.return_.isEnabled()
    assert "clerk" in rv.state_label.text()
    assert rv.release_button.isVisible()
    monkeypatch.setattr(ReleaseDialog, "launch", lambda self: "Срочная проверка")
    rv.release_button.click()
    qtbot.waitUntil(
        lambda: rv.detail is not None and rv.detail.summary.held_by is None, timeout=15000
    )
    wait_detail(qtbot, admin_w, pid)
    assert rv.register.isEnabled()

    # the clerk's next action brings the notice
    assert not clerk_w.message_bar.isVisible()
    clerk_w.next_due_action.trigger()
    qtbot.waitUntil(lambda: clerk_w.message_bar.isVisible(), timeout=15000)
    text = clerk_w.message_bar.text()
    assert pid in text and "admin" in text and "Срочная проверка" in text


def test_decision_after_the_hold_was_released_is_a_clear_conflict(
    qtbot: Any, make_ctx: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch, shown_messages: Any
) -> None:
    from models.actor import SYSTEM
    from ui.dialogs.reason import DecisionChoice

    s = seeded.services
    s.users.add(SYSTEM, "admin2", PASSWORD, "admin", None, "Екінші әкімші", "Бас маман")
    admin2 = s.users.authenticate("admin2", PASSWORD)
    w = open_window(qtbot, make_ctx(seeded.admin))
    open_app(qtbot, w, "T-0002")
    w.review.take_button.click()
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.held_by == "admin",
        timeout=15000,
    )
    s.holds.release(admin2, "T-0002", "Передано другому")
    monkeypatch.setattr(ReasonDialog, "launch", lambda self: DecisionChoice("register", (), ""))
    w.review.register.click()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=15000)
    kind, title, text = shown_messages[-1]
    assert kind == "warning" and "освободил заявку T-0002" in text and "admin2" in text
    assert "Передано другому" in text and title == "Заявку у вас освободили: решение не сохранено"
    detail = s.queries.detail(seeded.admin, "T-0002", audit_view=False)
    assert detail.summary.status.value == "submitted"


def test_clerk_recommendation_appears_beside_the_admin_buttons(
    qtbot: Any, make_ctx: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk_w = open_window(qtbot, make_ctx(seeded.clerk))
    open_app(qtbot, clerk_w, "T-0001")
    rv = clerk_w.review
    assert rv.recommend.isVisible() and rv.recommend.isEnabled()
    assert not rv.register.isVisible() and not rv.refuse.isVisible()
    assert not rv.recommendation.isVisible()

    def drive(dialog: ReasonDialog) -> Any:
        assert dialog.recommend and not dialog.preview.isVisible()
        dialog.set_kind("return")
        assert dialog.checks["RET-PROFESSION"].isVisibleTo(dialog)
        assert not dialog.checks["REF-EMIGRATION"].isVisibleTo(dialog)
        dialog.checks["RET-PROFESSION"].setChecked(True)
        dialog.comment.setPlainText("Проверить диплом")
        return dialog.choice()

    monkeypatch.setattr(ReasonDialog, "launch", drive)
    rv.recommend.click()
    qtbot.waitUntil(
        lambda: rv.detail is not None and rv.detail.recommendation is not None, timeout=15000
    )
    rec = seeded.services.recommendations.latest(seeded.admin, "T-0001")
    assert rec.kind == "return" and rec.reasons == ("RET-PROFESSION",) and rec.user == "clerk"

    admin_w = open_window(qtbot, make_ctx(seeded.admin))
    open_app(qtbot, admin_w, "T-0001")
    arv = admin_w.review
    assert arv.recommendation.isVisible()
    shown = arv.recommendation.text()
    assert "clerk" in shown and "несоответствие наименования профессии" in shown
    assert "Проверить диплом" in shown and "Вернуть на доработку" in shown
    assert arv.register.isEnabled() and not arv.recommend.isVisible()
    # the same view in Kazakh shows the reasons in Kazakh
    admin_w.switch_language("kk")
    qtbot.waitUntil(
        lambda: "кәсіп атауының сәйкес келмеуі" in arv.recommendation.text(), timeout=5000
    )
    admin_w.switch_language("ru")


def test_sessions_in_the_signed_in_tab_and_settings(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from ui.screens.admin.view import TAB_SESSIONS, TAB_SETTINGS

    s = seeded.services
    s.sessions.start(seeded.clerk)
    ctx = make_ctx(seeded.admin)
    ctx.session_id = s.sessions.start(seeded.admin)
    w = open_window(qtbot, ctx)
    w.show_screen("admin")
    adm = w.admin
    adm.tabs.setCurrentIndex(TAB_SESSIONS)
    qtbot.waitUntil(lambda: adm.sessions.model.rowCount() == 2, timeout=15000)
    m = adm.sessions.model
    rows = {
        m.data(m.index(r, 0)): [m.data(m.index(r, c)) for c in range(m.columnCount())]
        for r in range(m.rowCount())
    }
    assert set(rows) == {"admin", "clerk"}
    assert rows["admin"][1] == "Администратор" and rows["clerk"][1] == "Сотрудник МИО"
    assert rows["admin"][2] == seeded.admin.workstation and rows["admin"][3]

    # security settings: read, change, applied to this window's idle lock
    adm.tabs.setCurrentIndex(TAB_SETTINGS)
    spins = adm.security.spins
    qtbot.waitUntil(lambda: spins["idle_lock_minutes"].value() == 15, timeout=15000)
    assert spins["hold_expiry_minutes"].value() == 30
    spins["idle_lock_minutes"].setValue(7)
    spins["max_failed_attempts"].setValue(6)
    adm.security.save_button.click()
    qtbot.waitUntil(lambda: s.security.get().idle_lock_minutes == 7, timeout=15000)
    qtbot.waitUntil(lambda: w.guard.activity.timeout_ms == 7 * 60_000, timeout=15000)
    assert s.security.get().max_failed_attempts == 6

    # quitting ends the session
    w.close()
    qtbot.waitUntil(
        lambda: {x.login for x in s.sessions.list_active(seeded.admin)} == {"clerk"},
        timeout=15000,
    )
