"""Administration: letter templates (a refusal explained), the audit tab's seal state, data
check and seal, the user dialog's position, and a readable name for every audit action."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

TAB_AUDIT, TAB_TEMPLATES = 3, 7
ROOT = Path(__file__).resolve().parents[2]


def test_template_refused_without_the_appeal_route_then_saved_and_reset(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    w = admin_window
    w.show_screen("admin")
    w.admin.tabs.setCurrentIndex(TAB_TEMPLATES)
    tab = w.admin.templates
    qtbot.waitUntil(lambda: bool(tab.templates), timeout=15000)
    tab.kind.setCurrentIndex(tab.kind.findData("refuse"))
    tab.channel.setCurrentIndex(tab.channel.findData("letter"))
    tab.lang.setCurrentIndex(tab.lang.findData("ru"))
    assert "{appeal}" in tab.required.text()
    qtbot.waitUntil(lambda: "Административн" in tab.preview.toPlainText(), timeout=15000)
    shipped = tab.body.toPlainText()
    assert "{appeal}" in shipped
    tab.body.setPlainText("\n".join(x for x in shipped.splitlines() if "{appeal}" not in x))
    assert tab.state.text() == "Изменено, ещё не сохранено."
    # the sample follows the typing: refused at once, before any save
    qtbot.waitUntil(lambda: tab.state.property("role") == "error", timeout=15000)
    assert "порядок обжалования" in tab.state.text()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.state.property("role") == "error", timeout=15000)
    assert "порядок обжалования" in tab.state.text()
    (t,) = [x for x in seeded.services.templates.templates(seeded.admin)
            if (x.kind, x.channel, x.lang) == ("refuse", "letter", "ru")]
    assert t.shipped and t.body == shipped  # refused: nothing stored

    tab.body.setPlainText(shipped + "\nС уважением.")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.state.property("role") == "ok", timeout=15000)
    (t,) = [x for x in seeded.services.templates.templates(seeded.admin)
            if (x.kind, x.channel, x.lang) == ("refuse", "letter", "ru")]
    assert t.changed_by == "admin" and t.body.endswith("С уважением.")
    qtbot.waitUntil(lambda: "С уважением." in tab.preview.toPlainText(), timeout=15000)
    assert seeded.services.audit.page(seeded.admin, 0, 5, "template.update")
    assert tab.reset_button.isEnabled()
    tab.reset_button.click()  # confirmed (messages.ask answers yes in tests)
    qtbot.waitUntil(lambda: tab.body.toPlainText() == shipped, timeout=15000)
    assert seeded.services.audit.page(seeded.admin, 0, 5, "template.reset")
    sms = tab.channel.model().item(tab.channel.findData("sms"))
    assert not sms.isEnabled() and "SMS" in sms.toolTip()  # a refusal has none
    tab.channel.setCurrentIndex(tab.channel.findData("sms"))
    assert tab.channel.currentData() == "letter"
    tab.kind.setCurrentIndex(tab.kind.findData("register"))
    assert sms.isEnabled()
    tab.channel.setCurrentIndex(tab.channel.findData("sms"))  # an SMS: its length in segments
    qtbot.waitUntil(lambda: "SMS:" in tab.preview.toPlainText(), timeout=15000)
    assert not tab.subject.isVisibleTo(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("return"))  # no SMS: back to the letter
    assert tab.channel.currentData() == "letter" and "{resubmit}" in tab.required.text()


def _audit_tab(qtbot: Any, w: Any) -> Any:
    w.show_screen("admin")
    w.admin.tabs.setCurrentIndex(TAB_AUDIT)
    tab = w.admin.audit
    qtbot.waitUntil(lambda: tab.state is not None and not tab.model.is_loading(), timeout=15000)
    return tab


def test_unsealed_events_shown_then_sealed_now(qtbot: Any, admin_window: Any, seeded: Any
                                               ) -> None:
    db = seeded.services.db
    signer, db.audit_signer = db.audit_signer, None  # a workstation without a key writes
    try:
        seeded.services.security.update(seeded.admin, idle_lock_minutes=14)
    finally:
        db.audit_signer = signer
    assert signer is not None
    tab = _audit_tab(qtbot, admin_window)
    assert tab.state.unsealed_after >= 1
    assert "не " in tab.seal_state.text().lower()  # "… not yet sealed"
    m = tab.model
    qtbot.waitUntil(lambda: m.data(m.index(0, 0)) is not None, timeout=15000)
    seal_col = [c.key for c in m.columns].index("sealed")
    assert m.data(m.index(0, seal_col)) == "ещё не запечатано"
    qtbot.waitUntil(lambda: tab.checkpoints.rowCount() > 0, timeout=15000)
    before_cps = tab.checkpoints.rowCount()

    tab.seal_button.click()
    qtbot.waitUntil(lambda: tab.verify_result.text().startswith("Запечатано"), timeout=30000)
    qtbot.waitUntil(lambda: tab.state.unsealed_after == 0, timeout=15000)
    qtbot.waitUntil(lambda: tab.checkpoints.rowCount() > before_cps, timeout=15000)
    st = seeded.services.audit.seal_state(seeded.admin)
    assert st.unsealed_after == 0
    (sealed,) = seeded.services.audit.page(seeded.admin, 0, 1, "audit.seal")
    assert json.loads(sealed.after)["unsealed"] >= 1
    assert seeded.services.audit.verify(seeded.admin).sealed
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.verify_result.property("role") == "ok"
                    and "цел" in tab.verify_result.text(), timeout=30000)


def test_data_check_names_a_row_changed_outside_the_program(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    from sqlalchemy import text

    tab = _audit_tab(qtbot, admin_window)
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.verify_result.property("role") == "ok", timeout=30000)
    assert "совпадают" in tab.verify_result.text()
    with seeded.services.db.engine.begin() as c:  # an edit by SQL, with no event
        c.execute(text("UPDATE applications SET status = 'registered' "
                       "WHERE portal_id = 'T-0002'"))
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.verify_result.property("role") == "error", timeout=30000)
    items = [tab.findings.item(i).text() for i in range(tab.findings.count())]
    (line,) = [x for x in items if "T-0002" in x]
    assert "«Зарегистрирована»" in line and "«Подана»" in line and "вне программы" in line
    assert tab.views.currentWidget() is tab.findings


def test_user_dialog_sets_full_name_and_position(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    from ui.dialogs.user import UserDialog

    adm = admin_window
    adm.show_screen("admin")
    users = adm.admin.users
    qtbot.waitUntil(lambda: users.model.rowCount() == 3, timeout=15000)

    def fill(dlg: Any) -> Any:
        dlg.login.setText("decider")
        dlg.role.setCurrentIndex(dlg.role.findData("admin"))
        dlg.full_name.setText("Нұрланов  Асқар")
        assert dlg.sign_note.text()  # an admin without a position cannot decide
        dlg.position.setText("Бас  маман")
        assert not dlg.sign_note.text()
        dlg.password.setText("a long enough password")
        dlg.repeat.setText("a long enough password")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fill)
    users.new_button.click()
    qtbot.waitUntil(lambda: users.model.rowCount() == 4, timeout=15000)
    (u,) = [x for x in seeded.services.users.list(seeded.admin) if x.login == "decider"]
    assert (u.full_name, u.position) == ("Нұрланов Асқар", "Бас маман") and u.can_sign
    (made,) = seeded.services.audit.page(seeded.admin, 0, 1, "user.create")
    assert json.loads(made.after)["position"] == "Бас маман"


# -- every audit action written by models/ has a readable name ----------------------------

#: the call → the index of its action argument
_ACTION_ARG = {"record": 2, "make_row": 1, "_change": 2, "_audit": 2}


def _expand(node: ast.expr) -> set[str]:
    """The action strings an argument can be (constants, both arms of a ternary, known
    f-strings); a bare name is a parameter whose callers are scanned themselves."""
    from typing import get_args

    from models.db.entities import DecisionKind
    from models.notifications.sender import Outcome

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _expand(node.body) | _expand(node.orelse)
    if isinstance(node, ast.JoinedStr):
        prefix = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        known = {"application.": [k.value for k in DecisionKind],
                 "notification.": list(get_args(Outcome))}
        assert prefix in known, f"an f-string action {prefix}… this test cannot expand"
        return {prefix + x for x in known[prefix]}
    return set()


def written_actions() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "models").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            i = _ACTION_ARG.get(name)
            if i is not None and len(node.args) > i:
                found |= {a for a in _expand(node.args[i]) if "." in a}
    return found


def test_every_audit_action_has_a_name() -> None:
    from ui.audit_text import ACTION_NAMES

    actions = written_actions()
    assert {"smtp.update", "smtp.test", "template.update", "audit.seal",
            "notification.sent", "letters.number_format", "user.reset_password"} <= actions
    missing = sorted(actions - set(ACTION_NAMES))
    assert not missing, f"audit actions without a name in ui/audit_text.py: {missing}"
