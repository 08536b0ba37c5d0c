"""Administration: users, the working-day calendar, catalogs (read-only), the audit log,
who is signed in where, and the security settings shared by every workstation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.screens.admin.audit import AuditTab
from ui.screens.admin.calendar import CalendarTab
from ui.screens.admin.catalogs import CatalogsTab
from ui.screens.admin.security import SecurityTab
from ui.screens.admin.sessions import SessionsTab
from ui.screens.admin.users import UsersTab

TAB_USERS, TAB_CALENDAR, TAB_CATALOGS, TAB_AUDIT, TAB_SESSIONS, TAB_SETTINGS = range(6)


class AdminView(QWidget):
    """The six tabs; the audit log, sessions and settings are read when their tab opens."""

    status_message = Signal(str)  # a change to tell in the status bar
    due_dates_changed = Signal()  # the calendar changed: due dates (lists, counts) too
    settings_saved = Signal(object)  # the SecuritySettings now in effect

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminView")
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # six tabs in Kazakh must not widen the window
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.users = UsersTab(ctx)
        self.calendar = CalendarTab(ctx)
        self.catalogs = CatalogsTab(ctx)
        self.audit = AuditTab(ctx)
        self.sessions = SessionsTab(ctx)
        self.security = SecurityTab(ctx)
        for tab in (
            self.users,
            self.calendar,
            self.catalogs,
            self.audit,
            self.sessions,
            self.security,
        ):
            self.tabs.addTab(tab, "")
        self.calendar.recomputed.connect(self._recomputed)
        self.security.saved.connect(self.settings_saved)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate(
            (
                self.tr("Users"),
                self.tr("Working-day calendar"),
                self.tr("Catalogs"),
                self.tr("Audit log"),
                self.tr("Signed in"),
                self.tr("Security settings"),
            )
        ):
            self.tabs.setTabText(i, text)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _tab_changed(self, i: int) -> None:
        if i == TAB_AUDIT:
            self.audit.open()
        elif i == TAB_SESSIONS:
            self.sessions.load()
        elif i == TAB_SETTINGS:
            self.security.load()

    def _recomputed(self, n: int) -> None:
        self.status_message.emit(self.tr("Due dates recomputed: %n", "", n))
        self.due_dates_changed.emit()
