"""Screenshots of the administration's e-mail, templates and trust screens (called from
``docs/screenshot_ui.py`` with its ``save`` and ``pump``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _tamper(services: Any) -> None:
    """Change one status by SQL, as an attacker would, so that the data check has a finding
    to show (only in the script's own temporary database)."""
    import os

    from sqlalchemy import text

    home = os.environ.get("TIZILIM_HOME", "")
    if not home or home not in services.url:
        return
    with services.db.engine.begin() as c:
        c.execute(text("UPDATE applications SET status = 'registered' WHERE id = "
                       "(SELECT min(id) FROM applications WHERE status = 'submitted')"))


def shoot_admin(w: Any, lang: str, save: Callable[..., None],
                pump: Callable[..., None]) -> None:
    """The tabs added for issues 12 and 13, the user dialog with the position, the read-only
    notice."""
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.signin import read_only_notice
    from ui.screens.admin.view import TAB_AUDIT, TAB_MAIL, TAB_TEMPLATES

    adm = w.admin
    adm.tabs.setCurrentIndex(TAB_AUDIT)
    audit = adm.audit
    pump(lambda: audit.state is not None)
    audit.views.setCurrentIndex(1)
    pump(lambda: audit.checkpoints.rowCount() > 0 and not audit.checkpoints.is_loading())
    save(w, "admin-audit-checkpoints", lang)
    _tamper(w.ctx.services)
    audit.check_data()
    pump(lambda: audit.check_button.isEnabled(), 60)
    audit.views.setCurrentIndex(2)
    save(w, "admin-audit-datacheck", lang)
    audit.views.setCurrentIndex(0)

    adm.tabs.setCurrentIndex(TAB_MAIL)
    mail = adm.mail
    pump(lambda: mail.number_format.text() != "")
    mail.host.setText("smtp.ncsp.example.kz")
    mail.user.setText("registry")
    mail.sender_address.setText("registry@ncsp.example.kz")
    mail.test_to.setText("admin@ncsp.example.kz")
    mail.number_format.setText("{year}-{seq}")
    mail.show_example()
    pump(lambda: mail.example.property("role") == "ok")
    save(w, "admin-mail", lang)
    mail.number_format.setText("ИСХ-{seq}")
    mail.show_example()
    pump(lambda: mail.example.property("role") == "error")
    save(w, "admin-mail-refused", lang)

    adm.tabs.setCurrentIndex(TAB_TEMPLATES)
    tpl = adm.templates
    pump(lambda: bool(tpl.templates))
    tpl.kind.setCurrentIndex(tpl.kind.findData("refuse"))
    tpl.lang.setCurrentIndex(tpl.lang.findData(lang))
    pump(lambda: bool(tpl.preview.toPlainText()))
    pump(lambda: False, 1.0)
    save(w, "admin-templates", lang)
    body = tpl.body.toPlainText()
    tpl.body.setPlainText("\n".join(x for x in body.splitlines() if "{appeal}" not in x))
    tpl.show_preview()
    pump(lambda: tpl.state.property("role") == "error")
    save(w, "admin-templates-refused", lang)
    tpl.pick()

    adm.tabs.setCurrentIndex(0)
    pump(lambda: adm.users.model.rowCount() > 0)
    users = adm.users
    admin_row = next(u for u in users.model.rows if u.login == "admin")
    dlg = users.edit_dialog(admin_row)
    dlg.show()
    save(dlg, "user-dialog", lang)
    dlg.position.setText("")
    save(dlg, "user-dialog-no-position", lang)
    dlg.close()

    title, text = read_only_notice()
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, w)
    box.show()
    save(box, "read-only-notice", lang)
    box.close()
