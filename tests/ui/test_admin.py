"""Administration: the audit log in words, a user's role and region, a password reset."""

from __future__ import annotations

from typing import Any

import pytest


def test_audit_log_in_words(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    from ui.text import catalog_name, role_name

    w = admin_window
    w.show_screen("admin")
    admin = w.admin
    admin.tabs.setCurrentIndex(3)
    m = admin.audit.model
    qtbot.waitUntil(lambda: m.query is not None and not m.is_loading(), timeout=15000)
    cols = [c.key for c in m.columns]
    shown = []
    for r in range(min(m.rowCount(), 400)):
        qtbot.waitUntil(lambda r=r: m.data(m.index(r, 0)) is not None, timeout=15000)
        shown.append({k: m.data(m.index(r, i)) for i, k in enumerate(cols)})
    created = next(
        x for x in shown if x["action"] == "пользователь создан" and "clerk" in x["after"]
    )
    region = catalog_name(seeded.services.catalogs, "regions", "100000000", "ru")
    assert created["after"] == (
        f"ФИО: Абай ЖАО; логин: clerk; регион: {region}; роль: {role_name('mio')}")
    assert created["entity"].startswith("пользователь ")
    roles = {x["role"] for x in shown}
    assert "Администратор" in roles and not roles & {"admin", "mio", "viewer"}
    assert not any(x["action"].startswith(("application.", "user.", "login.")) for x in shown)
    assert not any("{" in (x["after"] or "") for x in shown)  # no raw JSON
    decided = [x for x in shown if x["action"] == "зарегистрирована"]
    assert decided and all("статус: Подана → Зарегистрирована" in x["after"] for x in decided)


def test_admin_changes_a_users_role_and_region(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from tests.ui.conftest import ALMATY
    from ui.dialogs.user import UserDialog

    w = admin_window
    w.show_screen("admin")
    adm = w.admin
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 3, timeout=15000)

    def fill(dlg: Any) -> Any:
        assert dlg.login.text() == "viewer" and dlg.login.isReadOnly()
        assert not dlg.password.isVisibleTo(dlg)
        dlg.role.setCurrentIndex(dlg.role.findData("mio"))
        assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dlg.region.set_code(ALMATY)
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fill)
    logins = [u.login for u in adm.users.model.rows]
    adm.users.table.selectRow(logins.index("viewer"))
    adm.users.edit_button.click()
    qtbot.waitUntil(
        lambda: next(u for u in adm.users.model.rows if u.login == "viewer").region == ALMATY,
        timeout=15000,
    )
    u = next(u for u in seeded.services.users.list(seeded.admin) if u.login == "viewer")
    assert u.role.value == "mio" and u.region == ALMATY


def test_admin_resets_a_password(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    from ui.dialogs.user import NewUser, UserDialog

    new = "a brand new password 42"
    w = admin_window
    w.show_screen("admin")
    adm = w.admin
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 3, timeout=15000)
    monkeypatch.setattr(
        UserDialog, "launch", lambda self: NewUser(self.login.text(), "", "", None, new)
    )
    adm.users.table.selectRow([u.login for u in adm.users.model.rows].index("clerk"))
    adm.users.reset_button.click()
    users = seeded.services.users

    def works() -> bool:
        try:
            return users.authenticate("clerk", new).login == "clerk"
        except Exception:
            return False

    qtbot.waitUntil(works, timeout=15000)


@pytest.mark.parametrize(("lang", "yes", "no"), [("kk", "иә", "жоқ"), ("ru", "да", "нет")])
def test_audit_log_says_yes_and_no_in_the_interface_language(
    qapp: Any, lang: str, yes: str, no: str
) -> None:
    """A true/false value of an audit event reads as a word of the interface language
    (the words were once extracted into no context and never translated)."""
    from ui.audit_text import value_text
    from ui.i18n import Language

    language = Language()
    language.set(lang)
    try:
        assert value_text("consent", True, None, lang) == yes
        assert value_text("consent", False, None, lang) == no
    finally:
        language.uninstall()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_audit_object_is_named_in_the_interface_language(
    qapp: Any, seeded: Any, lang: str
) -> None:
    """No object of the demo's audit log shows as a program key ("registry_entry 12")."""
    from ui.audit_text import entity_text
    from ui.i18n import Language

    s, admin = seeded.services, seeded.admin
    entities = {e.entity for e in s.audit.page(admin, limit=100_000)} | {
        "registry_entry", "decision", "database", "audit"}
    language = Language()
    language.set(lang)
    try:
        for entity in entities:
            shown = entity_text(entity, "7")
            assert "_" not in shown and not shown.startswith(entity), (entity, shown)
    finally:
        language.uninstall()
