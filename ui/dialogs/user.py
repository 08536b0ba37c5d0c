"""Create a user, change one's role, region, full name and position, or set a new password.

The full name and the position sign the decision letters: a user without both cannot decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.text import position_hint, role_name
from ui.widgets.common import CatalogCombo

if TYPE_CHECKING:
    from models.people.users import UserInfo

MIN_PASSWORD = 12


@dataclass(frozen=True)
class NewUser:
    login: str
    full_name: str
    role: str
    region: str | None
    password: str
    position: str = ""


class UserDialog(QDialog):
    """``password_only``: the reset-password form for ``login``; ``edit``: a user row whose
    role, region, full name and position are changed (no password)."""

    def __init__(
        self,
        ctx: AppContext,
        login: str = "",
        password_only: bool = False,
        parent: QWidget | None = None,
        edit: UserInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UserDialog")
        self.password_only = password_only
        self.editing = edit is not None
        self.login = QLineEdit(edit.login if edit is not None else login)
        self.login.setObjectName("login")
        self.login.setReadOnly(password_only or self.editing)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.full_name.setMaxLength(200)
        self.position = QLineEdit()
        self.position.setObjectName("position")
        self.position.setMaxLength(200)
        self.position.setPlaceholderText(position_hint())
        self.position.setToolTip(position_hint())
        self.position.setMinimumWidth(380)  # the hint (Kazakh / Russian) readable
        self.sign_note = QLabel()
        self.sign_note.setObjectName("sign_note")
        self.sign_note.setWordWrap(True)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for r in ("mio", "admin", "viewer"):
            self.role.addItem(role_name(r), r)
        self.region = CatalogCombo(ctx, "regions", "—")
        self.region.setObjectName("region")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.textChanged.connect(self._check)
        self.login.textChanged.connect(self._check)
        self.full_name.textChanged.connect(self._check)
        self.position.textChanged.connect(self._check)
        self.role.currentIndexChanged.connect(self._check)
        self.region.currentIndexChanged.connect(self._check)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        if not password_only:
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Position (signs letters):"), self.position)
            form.addRow(self.tr("Role:"), self.role)
            form.addRow(self.tr("Region (clerks):"), self.region)
        if edit is not None:
            self.full_name.setText(edit.full_name or "")
            self.position.setText(edit.position or "")
            self.role.setCurrentIndex(max(0, self.role.findData(edit.role.value)))
            self.region.set_code(edit.region)
            self.password.setVisible(False)
            self.repeat.setVisible(False)
        else:
            form.addRow(self.tr("Password:"), self.password)
            form.addRow(self.tr("Repeat password:"), self.repeat)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        if not password_only:
            lay.addWidget(self.sign_note)
        lay.addWidget(self.buttons)
        self.setWindowTitle(
            self.tr("Reset password")
            if password_only
            else self.tr("Change user {0}").format(edit.login)
            if edit is not None
            else self.tr("New user")
        )
        self.setMinimumWidth(440)
        self._check()

    def problem(self) -> str:
        if not self.login.text().strip() or " " in self.login.text().strip():
            return self.tr("Enter a login without spaces.")
        if not self.password_only and self.role.currentData() == "mio" and not self.region.code():
            return self.tr("A clerk needs a region.")
        if self.editing:
            return ""
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password must be at least 12 characters long.")
        if self.password.text() != self.repeat.text():
            return self.tr("The passwords do not match.")
        return ""

    def can_sign(self) -> bool:
        return bool(self.full_name.text().strip() and self.position.text().strip())

    def _check(self, *_a: object) -> None:
        p = self.problem()
        self.hint.setText(p)
        self.sign_note.setText(
            ""
            if self.can_sign() or self.role.currentData() != "admin"
            else self.tr(
                "Without a full name and a position this administrator cannot decide: "
                "decision letters are signed with them."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not p)

    def value(self) -> NewUser:
        role = str(self.role.currentData())
        return NewUser(
            self.login.text().strip(),
            self.full_name.text().strip(),
            role,
            self.region.code() if role == "mio" else None,
            self.password.text(),
            " ".join(self.position.text().split()),
        )

    def launch(self) -> NewUser | None:
        return self.value() if self.exec() == QDialog.DialogCode.Accepted else None
