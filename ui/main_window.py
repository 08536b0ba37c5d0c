"""The workstation window: navigation with counts, the screens, menus, language switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ui.text import STATUS_NAMES, domain_message, role_name, status_name

KEY = Qt.ItemDataRole.UserRole
COUNTS_EVERY_MS = 60_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        actor = ctx.actor
        self.may_review = actor.role.value in ("admin", "mio")

        # screens: the worklist and review at once, the others when first shown
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        if self.may_review:
            from ui.widgets.review import ReviewView
            from ui.widgets.worklist import WorklistView

            self.worklist = WorklistView(ctx)
            self.review = ReviewView(ctx)
            self._add("worklist", self.worklist)
            self._add("review", self.review)
        else:
            self.screen("registry")

        # navigation
        self.nav = QTreeWidget()
        self.nav.setObjectName("nav")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(300)
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
        split.setSizes([310, 1100])
        self.splitter = split
        self.setCentralWidget(split)
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
            self.review.back_requested.connect(self.show_worklist)
            self.review.decided.connect(self._after_decision)
            self.review.next_requested.connect(self.open_next_due)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_EVERY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()

        self.retranslate()
        self._restore()
        first = "worklist:open" if self.may_review else "registry"
        self.nav.setCurrentItem(self.nav_items[first])
        self.refresh_counts()

    # -- construction ----------------------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen ``key``, built the first time it is needed."""
        if key not in self.screens:
            if key == "registry":
                from ui.widgets.registry import RegistryView

                w: QWidget = RegistryView(self.ctx)
            elif key == "import":
                from ui.widgets.import_view import ImportView

                w = ImportView(self.ctx)
            elif key == "entry":
                from ui.widgets.entry_form import EntryForm

                w = EntryForm(self.ctx)
            elif key == "admin" and self.ctx.actor.is_admin:
                from ui.widgets.admin import AdminView

                w = AdminView(self.ctx)
            else:
                raise KeyError(key)
            self._add(key, w)
        return self.screens[key]

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
        self.next_due_action = QAction(self)
        self.next_due_action.setObjectName("next_due")
        self.next_due_action.setShortcut(QKeySequence("Ctrl+N"))
        self.next_due_action.triggered.connect(lambda: self.open_next_due(None))
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
        self.setWindowTitle(self.tr("Tizilim — registry of specialists of special social services"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.next_due_action.setText(self.tr("Next application due"))
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

    def open_next_due(self, after: str | None) -> None:
        """The open application with the earliest due date (skipping ``after``)."""
        if not self.may_review:
            return
        from models.entities import Status
        from models.queries import WorklistFilter

        f = WorklistFilter(statuses=(Status.SUBMITTED, Status.RESUBMITTED), sort="due_date")
        svc, actor = self.ctx.services.queries, self.ctx.actor
        banner = getattr(self.review, "last_result_text", "") if after else ""

        def work(job: Any) -> str | None:
            rows = svc.page(actor, f, 0, 2)
            ids = [r.portal_id for r in rows if r.portal_id != after]
            return ids[0] if ids else None

        def done(pid: str | None) -> None:
            if pid:
                self.open_application(pid, banner)
            else:
                if banner:
                    self.statusBar().showMessage(banner, 15000)
                self.show_worklist()
                self.statusBar().showMessage(
                    (banner + " " if banner else "") + self.tr("No applications are waiting."),
                    15000,
                )

        self.ctx.workers.start(work, on_done=done, on_error=self._failed, name="next-due")

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
        self.ctx.workers.cancel_all()
        self.ctx.workers.wait(10000)
        self.save_state()
        super().closeEvent(e)
