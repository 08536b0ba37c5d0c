"""Building screens and dialogs never shows a widget as a window of its own.

A widget shown (``setVisible(True)``) before it has a parent becomes a top-level window for a
moment: it flickers on a desktop and takes the activation from the main window (keyboard
shortcuts then stop working). Every Show event of a window is recorded here while the main
window, the review, the registry, the export dialog and the reason dialogs are built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget


class _WindowShows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []  # windows other than main windows and dialogs
        self.any: list[str] = []  # every window

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if e.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name = f"{type(obj).__name__}({obj.objectName()!r})"
            self.any.append(name)
            if not isinstance(obj, QMainWindow | QDialog):
                self.shown.append(name)
        return False


@pytest.fixture
def window_shows(qapp: Any) -> Iterator[_WindowShows]:
    f = _WindowShows()
    qapp.installEventFilter(f)
    yield f
    qapp.removeEventFilter(f)


@pytest.mark.parametrize("who", ["admin", "clerk"])
def test_screens_and_dialogs_show_no_stray_windows(
    qtbot: Any,
    make_ctx: Callable[..., Any],
    seeded: Any,
    window_shows: _WindowShows,
    who: str,
) -> None:
    from tests.ui.conftest import open_window

    w = open_window(qtbot, make_ctx(getattr(seeded, who), "kk"))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    pid = "T-0001"
    w.open_application(pid)
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    QApplication.processEvents()
    assert w.isActiveWindow()  # the review screen took nothing away
    dialogs = (
        [w.review.make_recommend_dialog()]
        if who == "clerk"
        else [w.review.make_dialog(k) for k in ("register", "return", "refuse")]
    )
    w.show_screen("registry")
    qtbot.waitUntil(lambda: not w.registry.model.is_loading(), timeout=15000)
    w.registry.search.setText("Тест")
    qtbot.wait(400)  # the search pause
    qtbot.waitUntil(lambda: not w.registry.model.is_loading(), timeout=15000)
    export = w.registry.open_export()
    QApplication.processEvents()
    export.close()
    for d in dialogs:
        d.deleteLater()
    QApplication.processEvents()
    assert window_shows.shown == []


def test_preload_shows_nothing_and_loads_the_window_modules(
    qapp: Any, window_shows: _WindowShows
) -> None:
    """The warm-up while the password is typed never puts a window on the screen."""
    import sys

    from ui import preload as pre

    pre._warmed = False
    before = set(QApplication.topLevelWidgets())
    pre.preload()
    QApplication.processEvents()
    assert window_shows.any == []
    assert not [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert all(name in sys.modules for name in pre.MODULES)
    pre.preload()  # once is enough: nothing is built again
    assert pre._warmed
