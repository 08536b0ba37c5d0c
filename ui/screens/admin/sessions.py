"""Administration, the "signed in" tab: who is signed in where."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens.admin.common import run
from ui.tables.lists import ListModel
from ui.text import fmt_local, role_name
from ui.widgets.common import fit_columns, setup_table
from ui.workers import Job

if TYPE_CHECKING:
    from models.enums import Role
    from models.people.signins import SessionInfo

    #: a session and its user's role ("" for a user no longer listed)
    SessionRow = tuple[SessionInfo, Role | str]

C = "SessionsTab"


class SessionsTab(QWidget):
    """Read each time the tab is shown and on Refresh."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: ListModel[SessionRow] = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("SessionsTab", "User"), lambda r: r[0].login),
                (QT_TRANSLATE_NOOP("SessionsTab", "Role"), lambda r: role_name(r[1])),
                (QT_TRANSLATE_NOOP("SessionsTab", "Workstation"), lambda r: r[0].workstation),
                (
                    QT_TRANSLATE_NOOP("SessionsTab", "Signed in at"),
                    lambda r: fmt_local(r[0].started_at),
                ),
                (
                    QT_TRANSLATE_NOOP("SessionsTab", "Last seen"),
                    lambda r: fmt_local(r[0].last_seen_at),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("sessions")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(self.table, (140, 260, 220, 150))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh_sessions")
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.intro, 1)
        bar.addWidget(self.refresh_button)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.load)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Who is signed in where (sessions seen in the last 12 hours)."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def load(self) -> None:
        svc, actor = self.ctx.services, self.ctx.actor

        def work(job: Job) -> list[SessionRow]:
            roles: dict[str, Role | str] = {u.login: u.role for u in svc.users.list(actor)}
            return [(s, roles.get(s.login, "")) for s in svc.sessions.list_active(actor)]

        run(self, self.ctx, work, self.model.set_rows)
