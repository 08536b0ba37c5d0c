"""Administration: users, the working-day calendar, catalogs (read-only), the audit log,
who is signed in where, and the security settings shared by every workstation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.audit_text import action_name, change_text, entity_text
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.user import UserDialog
from ui.models.lists import ListModel
from ui.models.paged import ROW_ROLE, Column, PagedModel
from ui.text import catalog_name, fmt_date, fmt_local, role_name
from ui.widgets.common import fit_columns, pydate, qdate, setup_table

C = "AdminView"
TAB_AUDIT, TAB_SESSIONS, TAB_SETTINGS = 3, 4, 5
#: setting name → its spin box label (the ranges come from models.settings.LIMITS)
SETTING_LABELS = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AdminView", "Lock the screen after idle minutes:"),
    "hold_expiry_minutes": QT_TRANSLATE_NOOP(
        "AdminView", "A hold on an application expires after idle minutes:"
    ),
    "max_failed_attempts": QT_TRANSLATE_NOOP(
        "AdminView", "Failed sign-in attempts before the account locks:"
    ),
    "lockout_minutes": QT_TRANSLATE_NOOP("AdminView", "The account stays locked for minutes:"),
}


class AuditModel(PagedModel):
    context = C
    columns = (
        Column("id", QT_TRANSLATE_NOOP("AdminView", "No.")),
        Column("at", QT_TRANSLATE_NOOP("AdminView", "Time")),
        Column("user", QT_TRANSLATE_NOOP("AdminView", "User")),
        Column("role", QT_TRANSLATE_NOOP("AdminView", "Role")),
        Column("workstation", QT_TRANSLATE_NOOP("AdminView", "Workstation")),
        Column("action", QT_TRANSLATE_NOOP("AdminView", "Action")),
        Column("entity", QT_TRANSLATE_NOOP("AdminView", "Object")),
        Column("after", QT_TRANSLATE_NOOP("AdminView", "Change")),
    )

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx

    def fetch_count(self, query: Any) -> int:
        return self.ctx.services.audit.count(self.ctx.actor, query or "")

    def fetch_page(self, query: Any, offset: int, limit: int) -> list[Any]:
        return self.ctx.services.audit.page(self.ctx.actor, offset, limit, query or "")

    def cell(self, item: Any, column: Column, role: int) -> Any:
        from PySide6.QtCore import Qt

        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        k = column.key
        if k == "id":
            return str(item.id)
        if k == "at":
            return fmt_local(item.at)
        if k == "entity":
            return entity_text(item.entity, item.entity_id)
        if k == "role":
            return role_name(item.role) if item.role else ""
        if k == "action":
            return action_name(item.action) if role == Qt.ItemDataRole.DisplayRole else item.action
        if k == "after":
            text = change_text(item.before, item.after, self.ctx.services.catalogs, self.ctx.lang)
            return text if role == Qt.ItemDataRole.ToolTipRole else text[:200]
        return getattr(item, k)


class AdminView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminView")
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # six tabs in Kazakh must not widen the window
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)

        # users
        cats = ctx.services.catalogs
        self.users_model = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("AdminView", "Login"), lambda u: u.login),
                (QT_TRANSLATE_NOOP("AdminView", "Full name"), lambda u: u.full_name),
                (QT_TRANSLATE_NOOP("AdminView", "Role"), lambda u: role_name(u.role)),
                (
                    QT_TRANSLATE_NOOP("AdminView", "Region"),
                    lambda u: catalog_name(cats, "regions", u.region, ctx.lang),
                ),
                (QT_TRANSLATE_NOOP("AdminView", "Active"), lambda u: self._yes(u.active)),
                (
                    QT_TRANSLATE_NOOP("AdminView", "Locked until"),
                    lambda u: fmt_local(u.locked_until),
                ),
            ],
            self,
        )
        self.users = QTableView()
        self.users.setObjectName("users")
        self.users.setModel(self.users_model)
        setup_table(self.users)
        fit_columns(self.users, (120, 220, 220, 220, 80))
        self.new_user = QPushButton()
        self.new_user.setObjectName("new_user")
        self.toggle_user = QPushButton()
        self.toggle_user.setObjectName("toggle_user")
        self.reset_pw = QPushButton()
        self.reset_pw.setObjectName("reset_password")
        self.edit_user_button = QPushButton()
        self.edit_user_button.setObjectName("edit_user")
        page = QWidget()
        pl = QVBoxLayout(page)
        bar = QHBoxLayout()
        for b in (self.new_user, self.edit_user_button, self.toggle_user, self.reset_pw):
            bar.addWidget(b)
        bar.addStretch(1)
        pl.addLayout(bar)
        pl.addWidget(self.users)
        self.tabs.addTab(page, "")

        # calendar
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(qdate(dt.date.today()))
        self.day_kind = QComboBox()
        self.day_kind.setObjectName("day_kind")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.add_day = QPushButton()
        self.add_day.setObjectName("add_day")
        self.remove_day = QPushButton()
        self.remove_day.setObjectName("remove_day")
        self.cal_model = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("AdminView", "Day"), lambda o: fmt_date(o.day)),
                (QT_TRANSLATE_NOOP("AdminView", "Kind"), lambda o: self._kind(o.working)),
                (QT_TRANSLATE_NOOP("AdminView", "Note"), lambda o: o.note),
                (QT_TRANSLATE_NOOP("AdminView", "Set by"), lambda o: o.created_by),
            ],
            self,
        )
        self.cal = QTableView()
        self.cal.setObjectName("calendar")
        self.cal.setModel(self.cal_model)
        setup_table(self.cal)
        fit_columns(self.cal, (100, 200, 300))
        self.cal_intro = QLabel()
        self.cal_intro.setWordWrap(True)
        self.year_label = QLabel()
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.addWidget(self.cal_intro)
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addSpacing(20)
        for w in (self.day, self.day_kind, self.note, self.add_day, self.remove_day):
            bar.addWidget(w)
        pl.addLayout(bar)
        pl.addWidget(self.cal)
        self.tabs.addTab(page, "")

        # catalogs
        self.catalog_tree = QTreeWidget()
        self.catalog_tree.setObjectName("catalogs")
        self.catalog_tree.setColumnCount(4)
        self.catalog_tree.setColumnWidth(0, 260)
        self.catalog_tree.setColumnWidth(1, 380)
        self.catalog_tree.setColumnWidth(2, 380)
        self.tabs.addTab(self.catalog_tree, "")

        # audit
        self.audit_model = AuditModel(ctx, self)
        self.audit = QTableView()
        self.audit.setObjectName("audit")
        self.audit.setModel(self.audit_model)
        setup_table(self.audit)
        fit_columns(self.audit, (60, 125, 80, 150, 70, 200, 150))
        self.audit_filter = QLineEdit()
        self.audit_filter.setObjectName("audit_filter")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verify")
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.setWordWrap(True)
        page = QWidget()
        pl = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(self.audit_filter, 1)
        bar.addWidget(self.verify_button)
        pl.addLayout(bar)
        pl.addWidget(self.verify_result)
        pl.addWidget(self.audit, 1)
        self.tabs.addTab(page, "")

        # who is signed in where
        self.sessions_model = ListModel(
            C,
            [
                (QT_TRANSLATE_NOOP("AdminView", "User"), lambda r: r[0].login),
                (QT_TRANSLATE_NOOP("AdminView", "Role"), lambda r: role_name(r[1])),
                (QT_TRANSLATE_NOOP("AdminView", "Workstation"), lambda r: r[0].workstation),
                (
                    QT_TRANSLATE_NOOP("AdminView", "Signed in at"),
                    lambda r: fmt_local(r[0].started_at),
                ),
                (
                    QT_TRANSLATE_NOOP("AdminView", "Last seen"),
                    lambda r: fmt_local(r[0].last_seen_at),
                ),
            ],
            self,
        )
        self.sessions = QTableView()
        self.sessions.setObjectName("sessions")
        self.sessions.setModel(self.sessions_model)
        setup_table(self.sessions)
        fit_columns(self.sessions, (140, 260, 220, 150))
        self.sessions_intro = QLabel()
        self.sessions_intro.setWordWrap(True)
        self.refresh_sessions = QPushButton()
        self.refresh_sessions.setObjectName("refresh_sessions")
        page = QWidget()
        pl = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(self.sessions_intro, 1)
        bar.addWidget(self.refresh_sessions)
        pl.addLayout(bar)
        pl.addWidget(self.sessions, 1)
        self.tabs.addTab(page, "")

        # security settings
        from models.people.security_settings import LIMITS

        self.setting_spins: dict[str, QSpinBox] = {}
        self.setting_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name in SETTING_LABELS:
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(*LIMITS[name])
            spin.setMinimumWidth(100)
            label = QLabel()
            self.setting_spins[name] = spin
            self.setting_labels[name] = label
            form.addRow(label, spin)
        self.settings_intro = QLabel()
        self.settings_intro.setWordWrap(True)
        self.save_settings_button = QPushButton()
        self.save_settings_button.setObjectName("save_settings")
        self.settings_result = QLabel()
        self.settings_result.setObjectName("settings_result")
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.addWidget(self.settings_intro)
        pl.addLayout(form)
        bar = QHBoxLayout()
        bar.addWidget(self.save_settings_button)
        bar.addWidget(self.settings_result, 1)
        pl.addLayout(bar)
        pl.addStretch(1)
        self.tabs.addTab(page, "")

        # connections
        self.new_user.clicked.connect(self.create_user)
        self.toggle_user.clicked.connect(self.toggle_active)
        self.reset_pw.clicked.connect(self.reset_password)
        self.edit_user_button.clicked.connect(self.edit_user)
        self.year.valueChanged.connect(lambda _v: self.load_calendar())
        self.add_day.clicked.connect(self.set_day)
        self.remove_day.clicked.connect(self.unset_day)
        self.verify_button.clicked.connect(self.verify)
        self.refresh_sessions.clicked.connect(self.load_sessions)
        self.save_settings_button.clicked.connect(self.save_settings)
        self.audit_filter.editingFinished.connect(
            lambda: self.audit_model.set_query(self.audit_filter.text().strip())
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self.load_users()
        self.load_calendar()

    # -- text --------------------------------------------------------------------------------
    def _yes(self, v: bool) -> str:
        return self.tr("yes") if v else self.tr("no")

    def _kind(self, working: bool) -> str:
        return self.tr("extra working day") if working else self.tr("extra day off")

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
        self.new_user.setText(self.tr("New user…"))
        self.toggle_user.setText(self.tr("Deactivate / activate"))
        self.reset_pw.setText(self.tr("Reset password…"))
        self.edit_user_button.setText(self.tr("Role / region…"))
        self.cal_intro.setText(
            self.tr(
                "Public holidays are built in. Add the government's yearly day transfers here: "
                "due dates of undecided applications are recomputed."
            )
        )
        self.year_label.setText(self.tr("Year:"))
        cur = self.day_kind.currentIndex()
        self.day_kind.clear()
        self.day_kind.addItem(self.tr("extra day off"), False)
        self.day_kind.addItem(self.tr("extra working day"), True)
        self.day_kind.setCurrentIndex(max(cur, 0))
        self.note.setPlaceholderText(self.tr("Note (e.g. the government decree)"))
        self.add_day.setText(self.tr("Add"))
        self.remove_day.setText(self.tr("Remove selected"))
        self.catalog_tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Kazakh"), self.tr("Russian"), self.tr("Kind")]
        )
        self._fill_catalogs()
        self.audit_filter.setPlaceholderText(
            self.tr("Filter by action (e.g. application., login.)")
        )
        self.verify_button.setText(self.tr("Verify the chain"))
        self.sessions_intro.setText(
            self.tr("Who is signed in where (sessions seen in the last 12 hours).")
        )
        self.refresh_sessions.setText(self.tr("Refresh"))
        self.settings_intro.setText(
            self.tr("These settings apply to every workstation of this database.")
        )
        for name, label in self.setting_labels.items():
            label.setText(QCoreApplication.translate(C, SETTING_LABELS[name]))
        self.save_settings_button.setText(self.tr("Save"))
        for m in (self.users_model, self.cal_model, self.audit_model, self.sessions_model):
            m.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def _fill_catalogs(self) -> None:
        names = {
            "regions": self.tr("Regions"),
            "professions": self.tr("Professions"),
            "categories": self.tr("Qualification categories"),
            "education_levels": self.tr("Education levels"),
            "reasons": self.tr("Grounds"),
        }
        cats = self.ctx.services.catalogs
        self.catalog_tree.clear()
        for key, title in names.items():
            top = QTreeWidgetItem(self.catalog_tree, [title])
            if key == "reasons":
                for r in cats.reasons.values():
                    QTreeWidgetItem(
                        top,
                        [
                            r.code,
                            r.kk,
                            r.ru,
                            self.tr("return") if r.kind == "return" else self.tr("refusal"),
                        ],
                    )
            else:
                for b in cats.values(key):
                    QTreeWidgetItem(top, [b.code, b.kk, b.ru, ""])

    # -- users -------------------------------------------------------------------------------
    def _run(self, fn: Any, done: Any) -> None:
        self.ctx.workers.start(fn, on_done=done, on_error=self._failed, name="admin")

    def _failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Administration"))

    def load_users(self) -> None:
        svc, actor = self.ctx.services.users, self.ctx.actor
        self._run(lambda job: svc.list(actor), self.users_model.set_rows)

    def selected_user(self) -> Any:
        return self.users_model.data(self.users.currentIndex(), ROW_ROLE)

    def user_dialog(self, login: str = "", password_only: bool = False) -> UserDialog:
        return UserDialog(self.ctx, login, password_only, self)

    def create_user(self) -> None:
        v = self.user_dialog().launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        self._run(
            lambda job: svc.add(actor, v.login, v.password, v.role, v.region, v.full_name),
            lambda _u: self.load_users(),
        )

    def edit_dialog(self, user: Any) -> UserDialog:
        return UserDialog(self.ctx, parent=self, edit=user)

    def edit_user(self) -> None:
        """Change the selected user's role, region (clerks) and full name."""
        u = self.selected_user()
        if u is None:
            return
        v = self.edit_dialog(u).launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        self._run(
            lambda job: svc.update(
                actor, u.login, role=v.role, region=v.region, full_name=v.full_name
            ),
            lambda _r: self.load_users(),
        )

    def toggle_active(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        self._run(
            lambda job: svc.set_active(actor, u.login, not u.active), lambda _r: self.load_users()
        )

    def reset_password(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        v = self.user_dialog(u.login, True).launch()
        if v is None:
            return
        svc, actor = self.ctx.services.users, self.ctx.actor
        self._run(
            lambda job: svc.reset_password(actor, u.login, v.password), lambda _r: self.load_users()
        )

    # -- calendar ----------------------------------------------------------------------------
    def load_calendar(self) -> None:
        svc, year = self.ctx.services.calendar, self.year.value()
        self._run(lambda job: svc.overrides(year), self.cal_model.set_rows)

    def set_day(self) -> None:
        svc, actor = self.ctx.services.calendar, self.ctx.actor
        day, working, note = (
            pydate(self.day.date()),
            bool(self.day_kind.currentData()),
            self.note.text().strip(),
        )
        self._run(lambda job: svc.set_day(actor, day, working, note), self._day_done)

    def unset_day(self) -> None:
        o = self.cal_model.data(self.cal.currentIndex(), ROW_ROLE)
        if o is None:
            return
        svc, actor = self.ctx.services.calendar, self.ctx.actor
        self._run(lambda job: svc.remove_day(actor, o.day), self._day_done)

    def _day_done(self, n: int) -> None:
        self.note.clear()
        self.load_calendar()
        win = self.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(self.tr("Due dates recomputed: %n", "", n), 10000)
        if hasattr(win, "refresh"):
            win.refresh()

    # -- audit -------------------------------------------------------------------------------
    def _tab_changed(self, i: int) -> None:
        if i == TAB_AUDIT and self.audit_model.query is None:
            self.audit_model.set_query("")
        elif i == TAB_SESSIONS:
            self.load_sessions()
        elif i == TAB_SETTINGS:
            self.load_settings()

    # -- sessions ------------------------------------------------------------------------------
    def load_sessions(self) -> None:
        svc, actor = self.ctx.services, self.ctx.actor

        def work(job: Any) -> list[tuple[Any, Any]]:
            roles = {u.login: u.role for u in svc.users.list(actor)}
            return [(s, roles.get(s.login, "")) for s in svc.sessions.list_active(actor)]

        self._run(work, self.sessions_model.set_rows)

    # -- security settings ---------------------------------------------------------------------
    def load_settings(self) -> None:
        svc = self.ctx.services.security
        self._run(lambda job: svc.get(), self._show_settings)

    def _show_settings(self, settings: Any) -> None:
        for name, spin in self.setting_spins.items():
            spin.setValue(int(getattr(settings, name)))

    def save_settings(self) -> None:
        svc, actor = self.ctx.services.security, self.ctx.actor
        changes = {name: spin.value() for name, spin in self.setting_spins.items()}
        self.settings_result.setText("")
        self._run(lambda job: svc.update(actor, **changes), self._settings_saved)

    def _settings_saved(self, settings: Any) -> None:
        self._show_settings(settings)
        self.settings_result.setText(self.tr("Saved."))
        self.settings_result.setProperty("role", "ok")
        self.settings_result.style().polish(self.settings_result)
        win = self.window()
        if hasattr(win, "apply_security"):
            win.apply_security(settings)

    def verify(self) -> None:
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self.verify_result.setText(self.tr("Verifying…"))
        self.verify_button.setEnabled(False)
        self._run(lambda job: svc.verify(actor), self._verified)

    def _verified(self, res: Any) -> None:
        self.verify_button.setEnabled(True)
        if res.ok:
            self.verify_result.setText(
                self.tr("The audit chain is intact: %n event(s).", "", res.count)
            )
            self.verify_result.setProperty("role", "ok")
        else:
            where = (
                self.tr("event No. {0}").format(res.first_bad_id)
                if res.first_bad_id
                else self.tr("the end of the log")
            )
            self.verify_result.setText(
                self.tr("The audit chain is BROKEN at {0}: {1}").format(where, res.problem)
            )
            self.verify_result.setProperty("role", "error")
        self.verify_result.style().polish(self.verify_result)
