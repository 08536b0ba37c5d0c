"""The workstation window: the navigation and the screens, menus, the language switch and
the window's state. It puts together what runs beside it (:mod:`ui.shell`): the work
queue, the session guard (idle lock), the heartbeat; the screens are built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.shell import window_state
from ui.shell.heartbeat import Heartbeat
from ui.shell.menus import Menus
from ui.shell.navigation import Navigation
from ui.shell.next_in_list import NextInList
from ui.shell.session_guard import SessionGuard
from ui.shell.work_queue import WorkQueue
from ui.text import catalog_name, domain_message, role_name
from ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from ui.screens.admin.view import AdminView
    from ui.screens.entry.form import EntryForm
    from ui.screens.import_view import ImportView
    from ui.screens.notifications import NotificationsView
    from ui.screens.registry import RegistryView
    from ui.screens.review import ReviewView
    from ui.screens.statistics import StatisticsView

W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    settings_requested = Signal()  # File → Settings (the desktop program answers)
    about_requested = Signal()  # Help → About (likewise)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.ctx = ctx
        actor = ctx.actor
        self.may_review = actor.role.value in ("admin", "mio")
        first_page = None
        if self.may_review:  # start reading the first page now: SQL runs while we build
            from ui.screens.worklist import opening_filter
            from ui.tables.worklist import WorklistModel

            opening = opening_filter(ctx)
            if opening is not None:
                first_page = WorklistModel(ctx)
                first_page.set_query(opening)

        # screens: the worklist at once, the others when first shown (the review when the
        # first application is opened: building it up front delayed the first page)
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        self.nav = Navigation(ctx, self.may_review, self.show_failure)
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
            from ui.screens.worklist import WorklistView

            self.worklist = WorklistView(ctx, self.stack, first_page)
            self._add("worklist", self.worklist)
            self.worklist.bulk.finished.connect(self._decided)  # counts, lists, status bar
        else:
            self.screen_for("registry")
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.busy_label)

        # what runs beside the screens
        self.queue = WorkQueue(ctx, self.may_review, self.show_failure, self)
        self.next_in_list = NextInList(ctx, self.show_failure, self)
        self.guard = SessionGuard(ctx, self, self.show_failure, self)
        self.heartbeat = Heartbeat(
            ctx, self.may_review, self._held_application, self.show_failure, self
        )
        self._title = ""
        self.menus = Menus(
            self,
            self.may_review,
            ctx.lang,
            {
                "lock": self.guard.lock,
                "settings": self.settings_requested.emit,
                "sign_out": self.sign_out_requested.emit,
                "quit": self.close,
                "next_due": self.queue.take_next,
                "search": self.focus_search,
                "refresh": self.refresh,
                "about": self.about,
            },
            self.switch_language,
        )
        self.lock_action = self.menus.lock_action
        self.next_due_action = self.menus.next_due_action

        # connections
        self.nav.chosen.connect(self._nav_chosen)
        ctx.workers.busy_changed.connect(self._busy)
        ctx.language.changed.connect(self._language_changed)
        if self.may_review:
            self.worklist.open_requested.connect(self.open_application)
            self.worklist.filter_changed.connect(lambda st: self.nav.follow(f"worklist:{st}"))
        self.queue.taken.connect(self.open_application)
        self.next_in_list.found.connect(self._open_next)
        self.next_in_list.none_left.connect(self._none_left)
        self.queue.none_waiting.connect(self._none_waiting)
        self.queue.list_changed.connect(self._reload_worklist)
        self.queue.notice.connect(self.message_bar.add)
        self.queue.released.connect(self._holds_released)
        self.guard.locked_changed.connect(self._show_locked)
        self.guard.locked_changed.connect(self.queue.set_paused)
        self.guard.locked_changed.connect(self.heartbeat.set_paused)
        self.guard.sign_out_requested.connect(self.sign_out_requested)
        self.guard.activity.tick.connect(self.heartbeat.tick)
        self.heartbeat.notices.connect(self.queue.show_notices)
        self.heartbeat.hold_lost.connect(self._hold_lost)
        self.heartbeat.settings_read.connect(self.guard.apply_settings)
        self.guard.load_settings()

        self.retranslate()
        self.splitter.setSizes([self.nav.preferred_width(), 1366])
        self._restore()
        # the worklist opens as it was left: its last filter, status included
        self.nav.select(
            f"worklist:{self.worklist.current_status()}" if self.may_review else "registry"
        )
        self.nav.refresh_counts()

    # -- screens -------------------------------------------------------------------------------
    def screen_for(self, key: str) -> QWidget:
        """The screen ``key``, built the first time it is needed."""
        if key not in self.screens:
            if key == "review" and self.may_review:
                w: QWidget = self._build_review()
            elif key == "registry":
                from ui.screens.registry import RegistryView

                w = RegistryView(self.ctx, self.stack)
            elif key == "import":
                from ui.screens.import_view import ImportView

                imp = ImportView(self.ctx, self.stack)
                imp.imported.connect(self.refresh)
                w = imp
            elif key == "entry":
                from ui.screens.entry.form import EntryForm

                form = EntryForm(self.ctx, self.stack)
                form.saved.connect(self.refresh)
                form.corrected.connect(self.open_application)
                w = form
            elif key == "admin" and self.ctx.actor.is_admin:
                w = self._build_admin()
            elif key == "statistics" and self.may_review:
                w = self._build_statistics()
            elif key == "notifications" and self.may_review:
                w = self._build_notifications()
            else:
                raise KeyError(key)
            self._add(key, w)
        return self.screens[key]

    def _build_review(self) -> ReviewView:
        from ui.screens.review import ReviewView

        review = ReviewView(self.ctx, self.stack)  # a child from the start: a top-level
        # widget made while the window is active takes the activation away (offscreen)
        review.back_requested.connect(self.show_worklist)
        review.decided.connect(self._decided)
        review.next_requested.connect(self._next_after_decision)
        review.hold_changed.connect(lambda _pid: self.worklist.reload())
        review.status_message.connect(lambda t: self.statusBar().showMessage(t, 15000))
        review.correct_requested.connect(self.correct_application)
        return review

    def _build_admin(self) -> AdminView:
        from ui.screens.admin.view import AdminView

        admin = AdminView(self.ctx, self.stack)
        admin.status_message.connect(lambda t: self.statusBar().showMessage(t, 10000))
        admin.due_dates_changed.connect(self.refresh)
        admin.settings_saved.connect(self.guard.apply_settings)
        return admin

    def _build_statistics(self) -> StatisticsView:
        from ui.screens.statistics import StatisticsView

        stats = StatisticsView(self.ctx, self.stack)
        stats.drill_requested.connect(self.show_drill)
        stats.open_requested.connect(self.open_application)
        stats.reload()
        return stats

    def _build_notifications(self) -> NotificationsView:
        from ui.screens.notifications import NotificationsView

        notes = NotificationsView(self.ctx, self.stack)
        notes.status_message.connect(lambda t: self.statusBar().showMessage(t, 15000))
        notes.changed.connect(self.nav.refresh_attention)
        notes.admin_requested.connect(self._mail_settings)
        return notes

    def _mail_settings(self) -> None:
        self.show_screen("admin")
        self.admin.tabs.setCurrentWidget(self.admin.mail)

    def show_drill(self, state: dict[str, object], drill: object, caption: str) -> None:
        """The worklist with the filter ``state``, narrowed to ``drill`` (a figure of the
        statistics; None: the filter alone), ``caption`` above it."""
        self.stack.setCurrentWidget(self.worklist)
        self.worklist.drill_banner.set_drill(drill, caption)  # type: ignore[arg-type]
        self.worklist.apply_state(state)
        self.worklist.refilter()
        self.nav.follow(f"worklist:{self.worklist.current_status()}")

    def _typed(self, key: str, cls: type[W]) -> W:
        w = self.screen_for(key)
        assert isinstance(w, cls)
        return w

    @property
    def review(self) -> ReviewView:
        """The review screen (built when first needed)."""
        from ui.screens.review import ReviewView

        return self._typed("review", ReviewView)

    @property
    def registry(self) -> RegistryView:
        from ui.screens.registry import RegistryView

        return self._typed("registry", RegistryView)

    @property
    def entry(self) -> EntryForm:
        from ui.screens.entry.form import EntryForm

        return self._typed("entry", EntryForm)

    @property
    def importer(self) -> ImportView:
        from ui.screens.import_view import ImportView

        return self._typed("import", ImportView)

    @property
    def admin(self) -> AdminView:
        from ui.screens.admin.view import AdminView

        return self._typed("admin", AdminView)

    def _built_review(self) -> ReviewView | None:
        """The review screen if it was built, else None (nothing is built for a check)."""
        return self.review if "review" in self.screens else None

    def _add(self, key: str, w: QWidget) -> None:
        self.screens[key] = w
        self.stack.addWidget(w)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title = self.tr("Tizilim — registry of specialists of special social services")
        self.setWindowTitle(self.tr("Tizilim — locked") if self.guard.locked else self._title)
        self.locked_page.setText(
            self.tr(
                "Tizilim is locked.\nPersonal data is hidden until {0} enters the password."
            ).format(self.ctx.actor.login)
        )
        a = self.ctx.actor
        region = ""
        if a.region:
            region = ", " + catalog_name(
                self.ctx.services.catalogs, "regions", a.region, self.ctx.lang
            )
        self.user_label.setText(f"{a.login} — {role_name(a.role)}{region}")

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def switch_language(self, code: str) -> None:
        self.ctx.language.set(code)
        self.ctx.settings.setValue("language", code)

    def _language_changed(self, code: str) -> None:
        self.menus.language_changed(code)

    # -- navigation -------------------------------------------------------------------------
    def _nav_chosen(self, key: str) -> None:
        if key.startswith("worklist:"):
            st = key.split(":", 1)[1]
            self.stack.setCurrentWidget(self.worklist)
            self.worklist.show_status(None if st == "all" else st)
        else:
            self.stack.setCurrentWidget(self.screen_for(key))

    def show_screen(self, key: str) -> None:
        self.nav.select(key)

    def show_worklist(self) -> None:
        self.stack.setCurrentWidget(self.worklist)
        self.nav.follow(f"worklist:{self.worklist.current_status()}")
        self.worklist.table.setFocus()

    def focus_search(self) -> None:
        if self.may_review:
            self.show_worklist()
            self.worklist.focus_search()

    def open_application(self, portal_id: str, banner: str = "") -> None:
        self.review.load(portal_id, banner)
        self._show_review()

    def _show_review(self) -> None:
        """The review is the worklist's: the navigation marks the list it came from."""
        self.stack.setCurrentWidget(self.review)
        if self.may_review:
            self.nav.follow(f"worklist:{self.worklist.current_status()}", shown=False)
        self.queue.check_notices()

    def _next_after_decision(self, _text: str) -> None:
        """The next application of the worklist as filtered and sorted now."""
        decided = self.review.portal_id or ""
        position, following = self.worklist.model.cached_rows_from(
            lambda r: r.portal_id == decided
        )
        self.next_in_list.find(self.worklist.current_filter(), decided, position, following)

    def _open_next(self, portal_id: str) -> None:
        if self.stack.currentWidget() is self.review:  # unless the user went elsewhere
            self.review.follow_decision(portal_id)
            self._show_review()

    def _none_left(self) -> None:
        if self.stack.currentWidget() is not self.review:
            return
        self.show_worklist()
        self.statusBar().showMessage(
            self.review.last_result_text
            + " "
            + self.tr("Nothing else in this list awaits a decision."),
            15000,
        )

    def correct_application(self, detail: ApplicationDetail) -> None:
        """The entry form, filled from ``detail``, saves a correction of it."""
        form = self.entry
        self.show_screen("entry")
        form.start_correction(detail)

    # -- what the queue, the guard and the heartbeat tell --------------------------------------
    def _reload_worklist(self) -> None:
        self.worklist.reload()

    def _none_waiting(self, text: str) -> None:
        self.show_worklist()
        self.statusBar().showMessage(text, 15000)

    def _holds_released(self, portal_ids: frozenset[str]) -> None:
        review = self._built_review()
        if review is not None:
            review.holds_released(portal_ids)

    def _hold_lost(self, text: str) -> None:
        self.message_bar.add(text)
        self.review.reload()

    def _held_application(self) -> str | None:
        """The application on screen whose hold this user keeps (for the heartbeat)."""
        review = self._built_review()
        if review is None or self.stack.currentWidget() is not review:
            return None
        return review.own_hold()

    def _show_locked(self, locked: bool) -> None:
        """While locked only the locked page shows (no personal data); menus are off."""
        if locked:
            self.setWindowTitle(self.tr("Tizilim — locked"))
            self.central.setCurrentWidget(self.locked_page)
            self.statusBar().clearMessage()
            self.menuBar().setEnabled(False)
        else:
            self.central.setCurrentWidget(self.work_page)
            self.menuBar().setEnabled(True)
            self.setWindowTitle(self._title)

    def end_session(self) -> None:
        """Sign-out or quit: the session row is closed (in a worker; quit waits for it)."""
        self.heartbeat.end_session()

    def _decided(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        self.refresh()

    def refresh(self) -> None:
        self.nav.refresh_counts()
        if self.may_review:
            self.worklist.reload()
        if "registry" in self.screens:
            self.registry.reload()
        if "notifications" in self.screens:
            self.screens["notifications"].reload()  # type: ignore[attr-defined]

    def show_failure(self, exc: BaseException) -> None:
        """An expected (domain) error in the status bar; anything else is a bug: raised."""
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.statusBar().showMessage(msg, 15000)

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def about(self) -> None:
        self.about_requested.emit()

    # -- state -------------------------------------------------------------------------------
    def _restore(self) -> None:
        window_state.restore(self, self.ctx.settings, self.splitter)

    def save_state(self) -> None:
        tables: list[Any] = [self.worklist] if self.may_review else []
        tables += [self.screens[k] for k in ("registry", "notifications") if k in self.screens]
        window_state.save(self, self.ctx.settings, self.splitter, tables)

    def closeEvent(self, e: QCloseEvent) -> None:
        exporting = "registry" in self.screens and self.registry.is_exporting()
        if self.ctx.workers.active and exporting:
            if not messages.ask(
                self, self.tr("Quit"), self.tr("An export is still running. Cancel it and quit?")
            ):
                e.ignore()
                return
        self.nav.stop()
        self.guard.activity.stop()
        self.ctx.workers.cancel_all()
        self.end_session()
        self.ctx.workers.wait(10000)
        self.save_state()
        super().closeEvent(e)
