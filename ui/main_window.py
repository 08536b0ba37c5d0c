"""The workstation window: navigation with counts, the screens, menus, language switch,
the work queue ("take next", released-hold notices), the session heartbeat and the idle lock."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.activity import ActivityMonitor
from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.lock import Cover, LockDialog
from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.text import STATUS_NAMES, domain_message, role_name, status_name
from ui.widgets.message_bar import MessageBar

KEY = Qt.ItemDataRole.UserRole
COUNTS_EVERY_MS = 60_000
#: the default idle lock until the shared setting has been read
DEFAULT_IDLE_LOCK_MINUTES = 15
#: at most one heartbeat (session and hold touch, notices) per this many seconds of activity
HEARTBEAT_EVERY_S = 60.0


class MainWindow(QMainWindow):
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        actor = ctx.actor
        self.may_review = actor.role.value in ("admin", "mio")
        first_page = None
        if self.may_review:  # start reading the first page now: SQL runs while we build
            from ui.models.worklist import WorklistModel
            from ui.widgets.worklist import opening_filter

            opening = opening_filter(ctx)
            if opening is not None:
                first_page = WorklistModel(ctx)
                first_page.set_query(opening)

        # screens: the worklist at once, the others when first shown (the review when the
        # first application is opened: building it up front delayed the first page)
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}

        # navigation
        self.nav = QTreeWidget()
        self.nav.setObjectName("nav")
        self.nav.setHeaderHidden(True)
        self.nav.setIndentation(12)
        # narrow enough for a 1366 px screen; long names show whole in the tooltip
        self.nav.setMinimumWidth(170)
        self.nav_items: dict[str, QTreeWidgetItem] = {}
        if self.may_review:
            apps = self._nav_item("worklist:open", None)
            self._nav_item("worklist:all", apps)
            for st in STATUS_NAMES:
                self._nav_item(f"worklist:{st}", apps)
            apps.setExpanded(True)
            self._nav_item("entry", None)
            self._nav_item("import", None)
        self._nav_item("registry", None)
        if actor.is_admin:
            self._nav_item("admin", None)

        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 1146])
        self.splitter = split
        self.message_bar = MessageBar()
        work = QWidget()
        wl = QVBoxLayout(work)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(0)
        wl.addWidget(self.message_bar)
        wl.addWidget(split, 1)
        self.work_page = work
        self.locked_page = QLabel()
        self.locked_page.setObjectName("locked_page")
        # text near the top: the lock dialog stands in the middle
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.locked_page.setWordWrap(True)
        # page 0: the work; page 1: shown while locked (no personal data on it)
        self.central = QStackedWidget()
        self.central.addWidget(work)
        self.central.addWidget(self.locked_page)
        self.setCentralWidget(self.central)
        # the first screen is made inside the finished frame: a widget tree moved into a
        # new parent is re-styled whole, once per level it is moved through
        if self.may_review:
            from ui.widgets.worklist import WorklistView

            self.worklist = WorklistView(ctx, self.stack, first_page)
            self._add("worklist", self.worklist)
        else:
            self.screen("registry")
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.busy_label)

        self._build_menus()

        # connections
        self.nav.currentItemChanged.connect(self._nav_changed)
        ctx.workers.busy_changed.connect(self._busy)
        ctx.language.changed.connect(self._language_changed)
        if self.may_review:
            self.worklist.open_requested.connect(self.open_application)
            self.worklist.filter_changed.connect(self._nav_follows_worklist)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()

        # idle lock and heartbeat
        self.locked = False
        self.lock_dialog: LockDialog | None = None
        self._covers: list[Cover] = []
        self._title_before_lock = ""
        self._session_ended = False
        self._last_heartbeat = 0.0
        self.idle_override_ms: int | None = ctx.extra.get("idle_lock_ms")
        self.heartbeat_every_s = float(ctx.extra.get("heartbeat_s", HEARTBEAT_EVERY_S))
        self.activity = ActivityMonitor(
            self.idle_override_ms or DEFAULT_IDLE_LOCK_MINUTES * 60_000, parent=self
        )
        self.activity.idle.connect(self.lock)
        self.activity.tick.connect(self._tick)
        self.load_security_settings()

        self.retranslate()
        self.splitter.setSizes([self._nav_width(), 1366])
        self._restore()
        # the worklist opens as it was left: its last filter, status included
        first = f"worklist:{self.worklist.status.currentData()}" if self.may_review \
            else "registry"
        self.nav.setCurrentItem(self.nav_items[first])
        self.refresh_counts()

    # -- construction ----------------------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen ``key``, built the first time it is needed."""
        if key not in self.screens:
            if key == "review" and self.may_review:
                w: QWidget = self._build_review()
            elif key == "registry":
                from ui.widgets.registry import RegistryView

                w = RegistryView(self.ctx, self.stack)
            elif key == "import":
                from ui.widgets.import_view import ImportView

                w = ImportView(self.ctx, self.stack)
            elif key == "entry":
                from ui.widgets.entry_form import EntryForm

                w = EntryForm(self.ctx, self.stack)
                w.corrected.connect(self.open_application)
            elif key == "admin" and self.ctx.actor.is_admin:
                from ui.widgets.admin import AdminView

                w = AdminView(self.ctx, self.stack)
            else:
                raise KeyError(key)
            self._add(key, w)
        return self.screens[key]

    def _build_review(self) -> QWidget:
        from ui.widgets.review import ReviewView

        review = ReviewView(self.ctx, self.stack)  # a child from the start: a top-level
        # widget made while the window is active takes the activation away (offscreen)
        review.back_requested.connect(self.show_worklist)
        review.decided.connect(self._after_decision)
        review.next_requested.connect(self.open_next_due)
        review.hold_changed.connect(lambda _pid: self.worklist.reload())
        review.status_message.connect(lambda t: self.statusBar().showMessage(t, 15000))
        review.correct_requested.connect(self.correct_application)
        return review

    @property
    def review(self) -> Any:
        """The review screen (built when first needed)."""
        return self.screen("review")

    def _review_open(self) -> Any:
        """The review screen if it was built, else None (nothing is built for a check)."""
        return self.screens.get("review")

    @property
    def registry(self) -> Any:
        return self.screen("registry")

    @property
    def admin(self) -> Any:
        return self.screen("admin")

    def _add(self, key: str, w: QWidget) -> None:
        self.screens[key] = w
        self.stack.addWidget(w)

    def _nav_item(self, key: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.nav)
        item.setData(0, KEY, key)
        self.nav_items[key] = item
        return item

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = QMenu(self)
        self.go_menu = QMenu(self)
        self.lang_menu = QMenu(self)
        self.help_menu = QMenu(self)
        for m in (self.file_menu, self.go_menu, self.lang_menu, self.help_menu):
            mb.addMenu(m)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.file_menu.insertAction(self.sign_out_action, self.lock_action)
        self.next_due_action = QAction(self)
        self.next_due_action.setObjectName("next_due")
        self.next_due_action.setShortcut(QKeySequence("Ctrl+N"))
        self.next_due_action.triggered.connect(lambda: self.take_next())
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        if self.may_review:
            self.go_menu.addAction(self.next_due_action)
            self.go_menu.addAction(self.search_action)
        self.go_menu.addAction(self.refresh_action)
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            a = QAction(LANGUAGE_NAMES[code], self)
            a.setCheckable(True)
            a.setChecked(code == self.ctx.lang)
            a.triggered.connect(lambda _c=False, code=code: self.switch_language(code))
            group.addAction(a)
            self.lang_menu.addAction(a)
            self.lang_actions[code] = a
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Tizilim — registry of specialists of special social services")
        self._title_before_lock = title
        self.setWindowTitle(self.tr("Tizilim — locked") if self.locked else title)
        self.locked_page.setText(
            self.tr(
                "Tizilim is locked.\nPersonal data is hidden until {0} enters the password."
            ).format(self.ctx.actor.login)
        )
        self.lock_action.setText(self.tr("Lock the screen"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.next_due_action.setText(self.tr("Take the next application"))
        self.search_action.setText(self.tr("Search applications"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.about_action.setText(self.tr("About Tizilim"))
        a = self.ctx.actor
        region = ""
        if a.region:
            from ui.text import catalog_name

            region = ", " + catalog_name(
                self.ctx.services.catalogs, "regions", a.region, self.ctx.lang
            )
        self.user_label.setText(f"{a.login} — {role_name(a.role)}{region}")
        self._update_nav_texts()

    def _update_nav_texts(self) -> None:
        c = self.counts

        def n(key: str) -> str:
            return f" ({c[key]:,})".replace(",", " ") if key in c else ""

        texts = {
            "worklist:open": self.tr("Awaiting decision") + n("open"),
            "worklist:all": self.tr("All applications") + n("all"),
            "entry": self.tr("Enter an application"),
            "import": self.tr("Import"),
            "registry": self.tr("Registry"),
            "admin": self.tr("Administration"),
        }
        for st in STATUS_NAMES:
            texts[f"worklist:{st}"] = status_name(st) + n(st)
        for key, item in self.nav_items.items():
            item.setText(0, texts.get(key, key))
            item.setToolTip(0, texts.get(key, key))  # whole, when the pane is narrow

    def _nav_width(self) -> int:
        """Wide enough for the longest entry with a four-digit count, at most 280 px."""
        self.nav.ensurePolished()
        fm = self.nav.fontMetrics()
        longest = max(
            (fm.horizontalAdvance(i.text(0) + " (9 999)") for i in self.nav_items.values()),
            default=150,
        )
        return min(280, longest + 2 * self.nav.indentation() + 20)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def switch_language(self, code: str) -> None:
        self.ctx.language.set(code)
        self.ctx.settings.setValue("language", code)

    def _language_changed(self, code: str) -> None:
        for c, a in self.lang_actions.items():
            a.setChecked(c == code)

    # -- navigation -------------------------------------------------------------------------
    def _nav_changed(self, item: QTreeWidgetItem | None, _prev: Any = None) -> None:
        if item is None:
            return
        key = str(item.data(0, KEY))
        if key.startswith("worklist:"):
            st = key.split(":", 1)[1]
            self.stack.setCurrentWidget(self.worklist)
            self.worklist.show_status(None if st == "all" else st)
        else:
            self.stack.setCurrentWidget(self.screen(key))

    def _nav_follows_worklist(self) -> None:
        """The status chosen in the worklist's own filter is shown in the navigation too."""
        item = self.nav_items.get(f"worklist:{self.worklist.status.currentData()}")
        if item is not None and self.nav.currentItem() is not item:
            self.nav.blockSignals(True)  # the list already shows it: no second read
            self.nav.setCurrentItem(item)
            self.nav.blockSignals(False)

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentItem(self.nav_items[key])

    def show_worklist(self) -> None:
        self.stack.setCurrentWidget(self.worklist)
        self.worklist.table.setFocus()

    def focus_search(self) -> None:
        if self.may_review:
            self.show_worklist()
            self.worklist.focus_search()

    def open_application(self, portal_id: str, banner: str = "") -> None:
        self.review.load(portal_id, banner)
        self.stack.setCurrentWidget(self.review)
        self.check_notices()

    def correct_application(self, detail: Any) -> None:
        """The entry form, filled from ``detail``, saves a correction of it."""
        form = self.screen("entry")
        self.show_screen("entry")
        form.start_correction(detail)  # type: ignore[attr-defined]

    def open_next_due(self, after: str | None) -> None:
        """After a decision: take the next application (the banner tells what was done)."""
        banner = getattr(self._review_open(), "last_result_text", "") if after else ""
        self.take_next(banner)

    def take_next(self, banner: str = "") -> None:
        """Take the open application due first that nobody holds, and open it (Ctrl+N)."""
        if not self.may_review or self.locked:
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor

        def work(job: Any) -> tuple[str | None, list[Any]]:
            notices = holds.pending_notices(actor)
            return holds.take_next(actor), notices

        def done(result: tuple[str | None, list[Any]]) -> None:
            pid, notices = result
            self.show_notices(notices)
            self.worklist.reload()
            if pid:
                self.open_application(pid, banner)
            else:
                self.show_worklist()
                self.statusBar().showMessage(
                    (banner + " " if banner else "") + self.tr("No applications are waiting."),
                    15000,
                )

        self.ctx.workers.start(work, on_done=done, on_error=self._failed, name="take-next")

    # -- notices of released holds ---------------------------------------------------------
    def notice_text(self, n: Any) -> str:
        return self.tr("Your hold on {0} was released by {1}: {2}").format(
            n.portal_id, n.released_by, n.reason
        )

    def show_notices(self, notices: list[Any]) -> None:
        for n in notices:
            self.message_bar.add(self.notice_text(n))
        if notices and self.may_review:
            pids = {n.portal_id for n in notices}
            review = self._review_open()
            if review is not None and review.portal_id in pids:
                review.reload()

    def check_notices(self) -> None:
        if not self.may_review:
            return
        holds, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: holds.pending_notices(actor),
            on_done=self.show_notices,
            on_error=self._failed,
            name="notices",
        )

    # -- heartbeat: session, hold and settings, while the user works --------------------------
    def _tick(self, active: bool) -> None:
        if not active or self.locked:
            return
        now = time.monotonic()
        if now - self._last_heartbeat < self.heartbeat_every_s:
            return
        self._last_heartbeat = now
        self.heartbeat()

    def heartbeat(self) -> None:
        """In a worker: the session is touched, the hold on the open application kept alive,
        notices of released holds fetched and the shared settings re-read."""
        svc, actor, sid = self.ctx.services, self.ctx.actor, self.ctx.session_id
        pid = None
        review = self._review_open()
        if self.may_review and review is not None and self.stack.currentWidget() is review:
            d = review.detail
            if d is not None and d.summary.held_by == actor.login:
                pid = d.summary.portal_id

        def work(job: Any) -> dict[str, Any]:
            out: dict[str, Any] = {"notices": [], "released": None}
            if sid is not None:
                svc.sessions.touch(actor, sid)
            if self.may_review:
                if pid is not None:
                    try:
                        svc.holds.touch(actor, pid)
                    except Exception as exc:  # released or taken by someone else
                        out["released"] = exc
                out["notices"] = svc.holds.pending_notices(actor)
            out["settings"] = svc.security.get()
            return out

        def done(out: dict[str, Any]) -> None:
            self.show_notices(out["notices"])
            if out["released"] is not None:
                msg = domain_message(out["released"], self.ctx.lang)
                if msg is None:
                    raise out["released"]
                self.message_bar.add(msg)
                self.review.reload()
            self.apply_security(out["settings"])

        self.ctx.workers.start(work, on_done=done, on_error=self._failed, name="heartbeat")

    def load_security_settings(self) -> None:
        security = self.ctx.services.security
        self.ctx.workers.start(
            lambda job: security.get(),
            on_done=self.apply_security,
            on_error=self._failed,
            name="settings",
        )

    def apply_security(self, settings: Any) -> None:
        if self.idle_override_ms is None:
            self.activity.set_timeout_ms(settings.idle_lock_minutes * 60_000)

    # -- the idle lock -----------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every personal detail until the same user enters the password again.

        Nothing is closed: the screens, a half-filled form and an open decision dialog keep
        their input under covers."""
        if self.locked:
            return
        self.locked = True
        from PySide6.QtWidgets import QToolTip

        QToolTip.hideText()
        self.setWindowTitle(self.tr("Tizilim — locked"))
        self.central.setCurrentWidget(self.locked_page)
        self.statusBar().clearMessage()
        self.menuBar().setEnabled(False)
        text = self.tr("Locked")
        for top in QApplication.topLevelWidgets():
            if top is self or not top.isVisible() or isinstance(top, LockDialog):
                continue
            self._covers.append(Cover(top, text))
        dlg = LockDialog(self.ctx.actor.login, self)
        dlg.unlock_requested.connect(self._try_unlock)
        dlg.sign_out_requested.connect(self._sign_out_from_lock)
        self.lock_dialog = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def _try_unlock(self, login: str, password: str) -> None:
        dlg = self.lock_dialog
        if dlg is None:
            return
        me = self.ctx.actor
        if login != me.login:
            dlg.fail(
                self.tr(
                    "Only {0} can unlock this window. To work as {1}, sign {0} out first "
                    "(unsaved input is lost)."
                ).format(me.login, login or "…")
            )
            return
        dlg.busy(True)
        users = self.ctx.services.users

        def done(actor: Any) -> None:
            if actor.user_id != me.user_id:
                dlg.fail(self.tr("Only {0} can unlock this window.").format(me.login))
            else:
                self.unlock()

        def failed(exc: BaseException) -> None:
            msg = domain_message(exc, self.ctx.lang)
            if msg is None:
                raise exc
            dlg.fail(msg)

        self.ctx.workers.start(
            lambda job: users.authenticate(login, password, me.workstation),
            on_done=done,
            on_error=failed,
            name="unlock",
        )

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        for c in self._covers:
            c.remove()
        self._covers = []
        if self.lock_dialog is not None:
            self.lock_dialog.finish()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        self.central.setCurrentWidget(self.work_page)
        self.menuBar().setEnabled(True)
        self.setWindowTitle(self._title_before_lock)
        self.activity.reset()
        self._last_heartbeat = 0.0
        self.heartbeat()

    def _sign_out_from_lock(self) -> None:
        if not messages.ask(
            self,
            self.tr("Sign out"),
            self.tr("Sign {0} out? Unsaved input in this window is lost.").format(
                self.ctx.actor.login
            ),
        ):
            return
        # dialogs under the covers are cancelled (their exec() returns), then we sign out
        covered = [c.target for c in self._covers]
        self.unlock_for_sign_out()
        from PySide6.QtWidgets import QDialog

        for w in covered:
            if isinstance(w, QDialog):
                w.reject()
        QTimer.singleShot(0, self.sign_out_requested.emit)

    def unlock_for_sign_out(self) -> None:
        for c in self._covers:
            c.remove()
        self._covers = []
        if self.lock_dialog is not None:
            self.lock_dialog.finish()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None

    # -- the session --------------------------------------------------------------------------
    def end_session(self) -> None:
        """Sign-out or quit: the session row is closed (in a worker; quit waits for it)."""
        sid = self.ctx.session_id
        if sid is None or self._session_ended:
            return
        self._session_ended = True
        sessions, actor = self.ctx.services.sessions, self.ctx.actor
        self.ctx.workers.start(
            lambda job: sessions.end(actor, sid), on_error=lambda exc: None, name="session-end"
        )

    def _after_decision(self, result: Any) -> None:
        self.statusBar().showMessage(self.review.last_result_text, 15000)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_counts()
        if self.may_review:
            self.worklist.reload()
        if "registry" in self.screens:
            self.registry.reload()

    def refresh_counts(self) -> None:
        if not self.may_review:
            return
        svc, actor = self.ctx.services.queries, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.counts_by_status(actor),
            on_done=self._counts,
            on_error=self._failed,
            name="counts",
        )

    def _counts(self, counts: dict[Any, int]) -> None:
        c = {k.value: v for k, v in counts.items()}
        c["open"] = c.get("submitted", 0) + c.get("resubmitted", 0)
        c["all"] = sum(v for k, v in c.items() if k != "open")
        self.counts = c
        self._update_nav_texts()

    def _failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.statusBar().showMessage(msg, 15000)

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def about(self) -> None:
        messages.show(
            self,
            "info",
            self.tr("About Tizilim"),
            self.tr(
                "Tizilim — the registry of specialists who provide special social services.\n"
                "Database: {0}"
            ).format(self.ctx.services.db.dialect),
        )

    # -- state -------------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.ctx.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 800)
        st = s.value("window/state")
        if isinstance(st, QByteArray) and not st.isEmpty():
            self.restoreState(st)
        sp = s.value("window/splitter")
        if isinstance(sp, QByteArray) and not sp.isEmpty():
            self.splitter.restoreState(sp)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        for w in self.screens.values():
            saver = getattr(w, "save_layout", None)
            if saver:
                saver()
        s.sync()

    def closeEvent(self, e: QCloseEvent) -> None:
        if self.ctx.workers.active and any(
            getattr(w, "is_exporting", lambda: False)() for w in self.screens.values()
        ):
            if not messages.ask(
                self, self.tr("Quit"), self.tr("An export is still running. Cancel it and quit?")
            ):
                e.ignore()
                return
        self._counts_timer.stop()
        self.activity.stop()
        self.ctx.workers.cancel_all()
        self.end_session()
        self.ctx.workers.wait(10000)
        self.save_state()
        super().closeEvent(e)
