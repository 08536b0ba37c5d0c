"""Administration: users, the working-day calendar, catalogs (read-only), the audit log,
who is signed in where, the security settings shared by every workstation, the mail server
with the letter numbers, and the letter templates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.screens.admin.audit import AuditTab
from ui.screens.admin.calendar import CalendarTab
from ui.screens.admin.catalogs import CatalogsTab
from ui.screens.admin.mail import MailTab
from ui.screens.admin.security import SecurityTab
from ui.screens.admin.sessions import SessionsTab
from ui.screens.admin.templates import TemplatesTab
from ui.screens.admin.users import UsersTab

(TAB_USERS, TAB_CALENDAR, TAB_CATALOGS, TAB_AUDIT, TAB_SESSIONS, TAB_SETTINGS, TAB_MAIL,
 TAB_TEMPLATES) = range(8)


class AdminView(QWidget):
    """The eight tabs; all but users, calendar and catalogs are read when their tab opens."""

    status_message = Signal(str)  # a change to tell in the status bar
    due_dates_changed = Signal()  # the calendar changed: due dates (lists, counts) too
    settings_saved = Signal(object)  # the SecuritySettings now in effect

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminView")
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # eight tabs in Kazakh must not widen the window
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.users = UsersTab(ctx)
        self.calendar = CalendarTab(ctx)
        self.catalogs = CatalogsTab(ctx)
        self.audit = AuditTab(ctx)
        self.sessions = SessionsTab(ctx)
        self.security = SecurityTab(ctx)
        self.mail = MailTab(ctx)
        self.templates = TemplatesTab(ctx)
        for tab in (
            self.users,
            self.calendar,
            self.catalogs,
            self.audit,
            self.sessions,
            self.security,
            self.mail,
            self.templates,
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
                self.tr("E-mail and numbers"),
                self.tr("Letter templates"),
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
        elif i == TAB_MAIL:
            self.mail.load()
        elif i == TAB_TEMPLATES:
            self.templates.load()

    def _recomputed(self, n: int) -> None:
        self.status_message.emit(self.tr("Due dates recomputed: %n", "", n))
        self.due_dates_changed.emit()
