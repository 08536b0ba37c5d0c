"""Administration, e-mail: the SMTP settings (the password never shown back), a test message
to a real SMTP server on 127.0.0.1, and the letter number format with its live example."""

from __future__ import annotations

import json
from typing import Any

from tests.notifications.conftest import SMTP_PASSWORD, SMTP_USER, mailbox  # noqa: F401

TAB_MAIL = 6


def _mail_tab(qtbot: Any, w: Any) -> Any:
    w.show_screen("admin")
    w.admin.tabs.setCurrentIndex(TAB_MAIL)
    tab = w.admin.mail
    qtbot.waitUntil(lambda: tab.number_format.text() != "", timeout=15000)
    return tab


def _audit(seeded: Any, action: str) -> list[dict[str, Any]]:
    rows = seeded.services.audit.page(seeded.admin, 0, 50, action)
    return [json.loads(r.after) if r.after else {} for r in rows]


def test_smtp_settings_saved_test_message_arrives_password_never_shown(
    qtbot: Any, admin_window: Any, seeded: Any, mailbox: Any  # noqa: F811
) -> None:
    tab = _mail_tab(qtbot, admin_window)
    tab.host.setText("mail.example.kz")
    tab.security.setCurrentIndex(tab.security.findData("plain"))
    assert "127.0.0.1" in tab.smtp_hint.text()  # no clear text over the network
    assert not tab.save_button.isEnabled() and not tab.test_button.isEnabled()
    tab.host.setText("127.0.0.1")
    tab.port.setValue(mailbox.port)
    tab.user.setText(SMTP_USER)
    tab.password.setText(SMTP_PASSWORD)
    tab.sender_address.setText("registry@ncsp.example.kz")
    assert tab.save_button.isEnabled()
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.smtp_result.property("role") == "ok", timeout=15000)
    stored = seeded.services.notifications.smtp_settings(seeded.admin)
    assert stored is not None and stored["host"] == "127.0.0.1"
    assert stored["port"] == mailbox.port and stored["password_set"]
    assert seeded.services.notifications.smtp_in_force().password == SMTP_PASSWORD
    # read back: the password is not shown, the field says it is stored
    qtbot.waitUntil(lambda: tab.password_set, timeout=15000)
    assert tab.password.text() == "" and tab.password.placeholderText()
    (saved,) = _audit(seeded, "smtp.update")
    assert SMTP_PASSWORD not in json.dumps(saved)

    # a test message with the stored password (the field is empty), in a worker
    tab.test_to.setText("checker@example.kz")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.smtp_result.property("role") == "ok", timeout=20000)
    assert "checker@example.kz" in tab.smtp_result.text()
    assert len(mailbox.messages) == 1
    msg = mailbox.messages[0]
    assert msg["To"] == "checker@example.kz"
    assert "проверочное письмо" in msg.get_payload(decode=True).decode("utf-8")
    assert _audit(seeded, "smtp.test")[0]["ok"] is True

    # the server refuses the address: the reason is shown, nothing arrives
    mailbox.refuse_address = "nobody@example.kz"
    tab.test_to.setText("nobody@example.kz")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.smtp_result.property("role") == "error", timeout=20000)
    assert "550" in tab.smtp_result.text()
    assert len(mailbox.messages) == 1
    last = _audit(seeded, "smtp.test")[0]
    assert last["ok"] is False and "550" in last["detail"]


def test_letter_number_format_live_example_and_refusal(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    import datetime as dt

    tab = _mail_tab(qtbot, admin_window)
    year = dt.date.today().year
    qtbot.waitUntil(lambda: tab.example.property("role") == "ok", timeout=15000)
    assert f"{year}/00001" in tab.example.text()
    tab.number_format.setText("ИСХ-{seq}")
    tab._format_edited("")
    qtbot.waitUntil(lambda: tab.example.property("role") == "error", timeout=15000)
    assert "{year}" in tab.example.text() and "{seq}" in tab.example.text()
    assert not tab.save_format_button.isEnabled()
    tab.number_format.setText("ИСХ-{seq:04d}/{year}")
    tab._format_edited("")
    qtbot.waitUntil(lambda: tab.example.property("role") == "ok", timeout=15000)
    assert f"ИСХ-0001/{year}" in tab.example.text()
    tab.save_format_button.click()
    qtbot.waitUntil(lambda: tab.format_result.property("role") == "ok", timeout=15000)
    assert seeded.services.letters.number_format(seeded.admin) == "ИСХ-{seq:04d}/{year}"
    assert _audit(seeded, "letters.number_format")[0] == {"format": "ИСХ-{seq:04d}/{year}"}
