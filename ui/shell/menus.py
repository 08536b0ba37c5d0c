"""The main window's menus: File (lock, sign out, quit), Go, Language, Help."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.i18n import LANGUAGE_NAMES, LANGUAGES


class Menus(QObject):
    """Actions of ``window``'s menu bar; each calls what the window gives for it."""

    def __init__(
        self,
        window: QMainWindow,
        may_review: bool,
        lang: str,
        do: dict[str, Callable[[], object]],
        switch_language: Callable[[str], None],
    ) -> None:
        """``do``: lock, settings, sign_out, quit, next_due, search, refresh, about."""
        super().__init__(window)
        mb = window.menuBar()
        self.file_menu = QMenu(window)
        self.go_menu = QMenu(window)
        self.lang_menu = QMenu(window)
        self.help_menu = QMenu(window)
        for m in (self.file_menu, self.go_menu, self.lang_menu, self.help_menu):
            mb.addMenu(m)

        def action(key: str, shortcut: QKeySequence | None = None) -> QAction:
            a = QAction(window)
            a.setObjectName(key)
            if shortcut is not None:
                a.setShortcut(shortcut)
            a.triggered.connect(lambda _c=False: do[key]())
            return a

        self.lock_action = action("lock", QKeySequence("Ctrl+L"))
        self.settings_action = action("settings")
        self.sign_out_action = action("sign_out")
        self.quit_action = action("quit", QKeySequence(QKeySequence.StandardKey.Quit))
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.next_due_action = action("next_due", QKeySequence("Ctrl+N"))
        self.search_action = action("search", QKeySequence("Ctrl+F"))
        self.refresh_action = action("refresh", QKeySequence(QKeySequence.StandardKey.Refresh))
        if may_review:
            self.go_menu.addAction(self.next_due_action)
            self.go_menu.addAction(self.search_action)
        self.go_menu.addAction(self.refresh_action)
        group = QActionGroup(window)
        self.lang_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            a = QAction(LANGUAGE_NAMES[code], window)
            a.setCheckable(True)
            a.setChecked(code == lang)
            a.triggered.connect(lambda _c=False, code=code: switch_language(code))
            group.addAction(a)
            self.lang_menu.addAction(a)
            self.lang_actions[code] = a
        self.about_action = action("about")
        self.help_menu.addAction(self.about_action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("Lock the screen"))
        self.settings_action.setText(self.tr("Settings…"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.next_due_action.setText(self.tr("Take the next application"))
        self.search_action.setText(self.tr("Search applications"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.about_action.setText(self.tr("About Tizilim"))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def language_changed(self, code: str) -> None:
        for c, a in self.lang_actions.items():
            a.setChecked(c == code)
