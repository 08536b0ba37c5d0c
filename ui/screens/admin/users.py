"""Administration, the users tab: create, change role and region, deactivate, reset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.dialogs.user import UserDialog
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.common import run
from ui.tables.lists import ListModel
from ui.text import catalog_name, fmt_local, role_name
from ui.widgets.common import fit_columns, setup_table

if TYPE_CHECKING:
    from models.people.users import UserInfo

C = "UsersTab"


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        cats = ctx.services.catalogs
        self.model: ListModel[UserInfo] = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("UsersTab", "Login"), lambda u: u.login),
                (QT_TRANSLATE_NOOP("UsersTab", "Full name"), lambda u: u.full_name),
                (QT_TRANSLATE_NOOP("UsersTab", "Position"), lambda u: u.position),
                (QT_TRANSLATE_NOOP("UsersTab", "Role"), lambda u: role_name(u.role)),
                (
                    QT_TRANSLATE_NOOP("UsersTab", "Region"),
                    lambda u: catalog_name(cats, "regions", u.region, ctx.lang),
                ),
                (QT_TRANSLATE_NOOP("UsersTab", "Active"), lambda u: self._yes(u.active)),
                (
                    QT_TRANSLATE_NOOP("UsersTab", "Locked until"),
                    lambda u: fmt_local(u.locked_until),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(self.table, (120, 220, 200, 150, 200, 80))
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_user")
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("toggle_user")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_password")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit_user")
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.toggle_button, self.reset_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        lay.addWidget(self.table)

        self.new_button.clicked.connect(self.create_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.edit_button.clicked.connect(self.edit_user)
        self.retranslate()
        self.load()

    def _yes(self, v: bool) -> str:
        return self.tr("yes") if v else self.tr("no")

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New user…"))
        self.toggle_button.setText(self.tr("Deactivate / activate"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.edit_button.setText(self.tr("Change…"))
        self.model.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def load(self) -> None:
        svc, actor = self.ctx.services.users, self.ctx.actor
        run(self, self.ctx, lambda job: svc.list(actor), self.model.set_rows)

    def selected(self) -> UserInfo | None:
        return self.model.row(self.table.currentIndex())

    def user_dialog(self, login: str = "", password_only: bool = False) -> UserDialog:
        return UserDialog(self.ctx, login, password_only, self)

    def edit_dialog(self, user: UserInfo) -> UserDialog:
        return UserDialog(self.ctx, parent=self, edit=user)

    def create_user(self) -> None:
        v = self.user_dialog().launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        run(
            self,
            self.ctx,
            lambda job: svc.add(
                actor, v.login, v.password, v.role, v.region, v.full_name, v.position
            ),
            lambda _u: self.load(),
        )

    def edit_user(self) -> None:
        """Change the selected user's role, region (clerks), full name and position."""
        u = self.selected()
        if u is None:
            return
        v = self.edit_dialog(u).launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        run(
            self,
            self.ctx,
            lambda job: svc.update(
                actor,
                u.login,
                role=v.role,
                region=v.region,
                full_name=v.full_name,
                position=v.position,
            ),
            lambda _r: self.load(),
        )

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        run(
            self,
            self.ctx,
            lambda job: svc.set_active(actor, u.login, not u.active),
            lambda _r: self.load(),
        )

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        v = self.user_dialog(u.login, True).launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        run(
            self,
            self.ctx,
            lambda job: svc.reset_password(actor, u.login, v.password),
            lambda _r: self.load(),
        )
