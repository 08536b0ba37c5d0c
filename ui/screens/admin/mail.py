"""Administration, the e-mail tab: the SMTP settings, a test message, the letter numbers.

The password is never shown back: an empty field keeps the stored one. The test message and
every read or save run in a worker; the example of the next outgoing number follows the format
as it is typed (refused formats are explained in the user's language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.screens.admin.common import failed, run
from ui.text import domain_message

if TYPE_CHECKING:
    from models.notifications.smtp import SmtpConfig

#: security → the usual port
PORTS = {"starttls": 587, "tls": 465, "plain": 25}


def _mark(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    label.setProperty("role", role)
    label.style().polish(label)


class MailTab(QWidget):
    """Read when the tab is shown (:meth:`load`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.password_set = False
        self.smtp_box, self.number_box = QGroupBox(), QGroupBox()
        self.host = QLineEdit()
        self.host.setObjectName("smtp_host")
        self.port = QSpinBox()
        self.port.setObjectName("smtp_port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("smtp_security")
        for code in PORTS:
            self.security.addItem("", code)
        self.user = QLineEdit()
        self.user.setObjectName("smtp_user")
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit()
        self.sender_address.setObjectName("smtp_sender")
        self.test_to = QLineEdit()
        self.test_to.setObjectName("smtp_test_to")
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for lab, w in zip(
            self.labels,
            (self.host, self.port, self.security, self.user, self.password, self.sender_address,
             self.test_to),
            strict=True,
        ):
            form.addRow(lab, w)
        self.smtp_hint = QLabel()
        self.smtp_hint.setObjectName("smtp_hint")
        self.smtp_hint.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_smtp")
        self.test_button = QPushButton()
        self.test_button.setObjectName("test_smtp")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the server answers when it answers
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.smtp_result = QLabel()
        self.smtp_result.setObjectName("smtp_result")
        self.smtp_result.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.save_button, self.test_button, self.progress):
            bar.addWidget(w)
        bar.addStretch(1)
        box = QVBoxLayout(self.smtp_box)
        box.addLayout(form)
        box.addWidget(self.smtp_hint)
        box.addLayout(bar)
        box.addWidget(self.smtp_result)
        box.addStretch(1)

        self.number_format = QLineEdit()
        self.number_format.setObjectName("number_format")
        self.number_format.setMaxLength(40)
        self.number_label = QLabel()
        self.example = QLabel()
        self.example.setObjectName("number_example")
        self.example.setWordWrap(True)
        self.save_format_button = QPushButton()
        self.save_format_button.setObjectName("save_number_format")
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.number_label)
        row.addWidget(self.number_format, 1)
        row.addWidget(self.save_format_button)
        nbox = QVBoxLayout(self.number_box)
        nbox.addWidget(self.format_help)
        nbox.addLayout(row)
        nbox.addWidget(self.example)
        self.format_result = QLabel()
        self.format_result.setObjectName("number_format_result")
        nbox.addWidget(self.format_result)

        lay = QHBoxLayout(self)
        lay.addWidget(self.smtp_box, 3)
        right = QVBoxLayout()
        right.addWidget(self.number_box)
        right.addStretch(1)
        lay.addLayout(right, 2)

        self._example_timer = QTimer(self)
        self._example_timer.setSingleShot(True)
        self._example_timer.setInterval(250)
        self._example_timer.timeout.connect(self.show_example)
        self._asked = ""
        self.number_format.textEdited.connect(self._format_edited)
        self.security.currentIndexChanged.connect(self._security_changed)
        for w in (self.host, self.sender_address, self.user, self.password):
            w.textChanged.connect(self._check)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.save_format_button.clicked.connect(self.save_format)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.smtp_box.setTitle(self.tr("Mail server (SMTP)"))
        self.number_box.setTitle(self.tr("Outgoing letter numbers"))
        for lab, text in zip(
            self.labels,
            (
                self.tr("Server:"),
                self.tr("Port:"),
                self.tr("Security:"),
                self.tr("Login:"),
                self.tr("Password:"),
                self.tr("Sender address:"),
                self.tr("Send the test to:"),
            ),
            strict=True,
        ):
            lab.setText(text)
        for i, text in enumerate(
            (
                self.tr("STARTTLS (port 587)"),
                self.tr("TLS from the start (port 465)"),
                self.tr("No encryption (this computer only)"),
            )
        ):
            self.security.setItemText(i, text)
        self._password_placeholder()
        self.save_button.setText(self.tr("Save"))
        self.test_button.setText(self.tr("Send a test message"))
        self.number_label.setText(self.tr("Format:"))
        self.save_format_button.setText(self.tr("Save the format"))
        self.format_help.setText(
            self.tr(
                "Text with {year} and {seq} (the letter's number within the year), each "
                "exactly once; {seq:05d} pads it with zeros to 5 digits. Numbers already "
                "issued keep their form."
            )
        )
        self._check()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _password_placeholder(self) -> None:
        self.password.setPlaceholderText(
            self.tr("(stored; leave empty to keep it)") if self.password_set else ""
        )

    # -- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        notify, letters, actor = (
            self.ctx.services.notifications,
            self.ctx.services.letters,
            self.ctx.actor,
        )

        def read(job: Any) -> tuple[dict[str, Any] | None, str]:
            return notify.smtp_settings(actor), letters.number_format(actor)

        run(self, self.ctx, read, self._show)

    def _show(self, got: tuple[dict[str, Any] | None, str]) -> None:
        smtp, fmt = got
        if smtp:
            self.host.setText(str(smtp["host"]))
            self.security.setCurrentIndex(max(0, self.security.findData(smtp["security"])))
            self.port.setValue(int(smtp["port"]))
            self.user.setText(str(smtp.get("user") or ""))
            self.sender_address.setText(str(smtp["sender"]))
            self.password_set = bool(smtp.get("password_set"))
        self.password.clear()
        self._password_placeholder()
        self.number_format.setText(fmt)
        self.show_example()
        self._check()

    # -- SMTP ---------------------------------------------------------------------------------
    def _security_changed(self, _i: int) -> None:
        if self.port.value() in PORTS.values():  # the usual port follows the security
            self.port.setValue(PORTS[str(self.security.currentData())])
        self._check()

    def config(self) -> SmtpConfig:
        from models.notifications.smtp import SmtpConfig

        return SmtpConfig(
            self.host.text().strip(),
            self.port.value(),
            self.security.currentData(),
            self.sender_address.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def problem(self) -> str:
        from models.notifications.smtp import is_loopback

        host = self.host.text().strip()
        if not host or " " in host:
            return self.tr("Enter the mail server's name or address.")
        if self.security.currentData() == "plain" and not is_loopback(host):
            return self.tr(
                "Without encryption the password would cross the network in clear text: "
                "choose STARTTLS or TLS (no encryption only for a server on this computer, "
                "127.0.0.1)."
            )
        if "@" not in self.sender_address.text():
            return self.tr("Enter the sender's e-mail address.")
        if self.password.text() and not self.user.text().strip():
            return self.tr("A password needs a login.")
        return ""

    def _check(self, *_a: object) -> None:
        p = self.problem()
        _mark(self.smtp_hint, p, "error" if p else "")
        self.save_button.setEnabled(not p)
        self.test_button.setEnabled(not p and self.progress.isHidden())

    def save(self) -> None:
        svc, actor, cfg = self.ctx.services.notifications, self.ctx.actor, self.config()
        self.smtp_result.setText("")
        run(
            self,
            self.ctx,
            lambda job: svc.set_smtp(actor, cfg, keep_password=True),
            lambda _r: self._saved(),
        )

    def _saved(self) -> None:
        _mark(self.smtp_result, self.tr("The mail settings are saved."), "ok")
        self.load()

    def send_test(self) -> None:
        svc, actor, cfg = self.ctx.services.notifications, self.ctx.actor, self.config()
        to = self.test_to.text().strip() or cfg.sender
        self.test_button.setEnabled(False)
        self.progress.setVisible(True)
        _mark(self.smtp_result, self.tr("Sending a test message to {0}…").format(to), "")
        self.ctx.workers.start(
            lambda job: svc.test_smtp(actor, cfg, to, keep_password=True),
            on_done=lambda _r: self._tested(to, None),
            on_error=lambda exc: self._tested(to, exc),
            name="smtp-test",
        )

    def _tested(self, to: str, exc: BaseException | None) -> None:
        from models.notifications.smtp import DeliveryError

        self.progress.setVisible(False)
        self._check()
        if exc is None:
            _mark(
                self.smtp_result,
                self.tr("The server accepted the test message to {0}.").format(to),
                "ok",
            )
        elif isinstance(exc, DeliveryError):
            why = {
                "transport": self.tr(
                    "Could not connect or sign in to the mail server (check the server, port, "
                    "security, login and password)."
                ),
                "temporary": self.tr("The server refused for now; try again later."),
                "permanent": self.tr("The server refused the message or the address."),
            }[exc.kind]
            _mark(
                self.smtp_result,
                self.tr("The test message was not sent. {0}\nThe server said: {1}").format(
                    why, exc.detail
                ),
                "error",
            )
        elif domain_message(exc, self.ctx.lang) is not None:
            _mark(self.smtp_result, domain_message(exc, self.ctx.lang) or "", "error")
        else:
            failed(self, self.ctx, exc)

    # -- letter numbers -----------------------------------------------------------------------
    def _format_edited(self, _text: str) -> None:
        self.format_result.setText("")
        self._example_timer.start()

    def show_example(self) -> None:
        svc, actor = self.ctx.services.letters, self.ctx.actor
        fmt = self.number_format.text()
        self._asked = fmt
        self.ctx.workers.start(
            lambda job: svc.next_number_example(actor, fmt),
            on_done=lambda number: self._example(fmt, str(number), None),
            on_error=lambda exc: self._example(fmt, "", exc),
            name="number-example",
        )

    def _example(self, fmt: str, number: str, exc: BaseException | None) -> None:
        if fmt != self._asked:  # typed on since: a newer answer is coming
            return
        if exc is None:
            _mark(self.example, self.tr("The next letter will be No. {0}").format(number), "ok")
            self.save_format_button.setEnabled(True)
            return
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            failed(self, self.ctx, exc)
            return
        _mark(self.example, msg, "error")
        self.save_format_button.setEnabled(False)

    def save_format(self) -> None:
        svc, actor, fmt = self.ctx.services.letters, self.ctx.actor, self.number_format.text()
        run(self, self.ctx, lambda job: svc.set_number_format(actor, fmt), self._format_saved)

    def _format_saved(self, _example: str) -> None:
        self.show_example()
        _mark(self.format_result, self.tr("The format is saved."), "ok")
