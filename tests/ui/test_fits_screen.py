"""Every top-level window and dialog fits a 1366×768 screen, in Kazakh and Russian, and the
decision dialogs work at 125 % scaling.

How the screen is emulated: the UI tests run on Qt's offscreen platform configured with one
1366×768 screen at 96 dpi (``conftest.py``, ``screen-1366x768.json``). A Windows taskbar takes
40 px of its height and a window frame adds a 31 px title bar and 8 px borders, so a window
fits when its size after ``show()`` plus the frame (16 × 39 px) is within 1366 × 728 — the
size it opens at and the minimum size its layout allows (the window can be shrunk to it).
The offscreen platform's font (DejaVu Sans) is wider than Windows' Segoe UI: what fits here
fits there.

125 % scaling: with ``QT_SCALE_FACTOR=1.25`` Qt lays everything out in logical pixels and the
fonts keep their logical size, so the same windows stand on a 1093×614 logical screen (taskbar
32): the decision dialogs' minimum size must fit 1093 × 582 with the frame, and at that size
"works" means every control is reachable: the dialog's buttons, grounds, comment and letter
are inside the dialog or inside a scroll area that scrolls to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

SCREEN_100 = QSize(1366, 728)  # 1366×768 less a 40 px taskbar
SCREEN_125 = QSize(1093, 582)  # the same at 125 %: 1366/1.25 × (768 − 40)/1.25
FRAME = QSize(16, 39)  # borders and title bar of a Windows 10 window


def fits(size: QSize, area: QSize) -> bool:
    return size.width() + FRAME.width() <= area.width() and (
        size.height() + FRAME.height() <= area.height()
    )


def too_big(name: str, w: QWidget, area: QSize = SCREEN_100) -> list[str]:
    """What of ``w`` does not fit ``area``: its size as shown, its minimum size."""
    out = []
    for what, size in (("size", w.size()), ("minimum", w.minimumSizeHint())):
        if not fits(size, area):
            out.append(f"{name}: {what} {size.width()}×{size.height()}")
    return out


def sample_file(folder: Any) -> Any:
    """An import file of two records, one of them rejected."""
    import datetime as dt

    from tests.factories import application, iin_for, write_json

    b = dt.date(1984, 5, 6)
    good = application("F-1", "2026-01-15T10:00:00+05:00", iin=iin_for(b, serial=8300),
                       birth_date=b.isoformat())
    bad = application("F-2", "2026-01-15T10:00:00+05:00", iin="123", email="x@",
                      birth_date=b.isoformat())
    return write_json(folder / "two.json", [good, bad])


def overdue(detail: Any) -> Any:
    """The same application with its due date in the past (the dialog asks why it is late)."""
    import dataclasses
    import datetime as dt

    late = dataclasses.replace(detail.summary, due_date=dt.date.today() - dt.timedelta(days=30))
    return dataclasses.replace(detail, summary=late)


def settle(qtbot: Any, w: QWidget) -> None:
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)


def dialogs(qtbot: Any, make_ctx: Any, seeded: Any, lang: str) -> Iterator[tuple[str, QWidget]]:
    """Each dialog of the program, shown as the program shows it, in ``lang``."""
    from models.dto import RegistryQuery
    from ui.dialogs.error import ErrorDialog
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.lock import LockDialog
    from ui.dialogs.reason import ReasonDialog
    from ui.dialogs.release import ReleaseDialog
    from ui.dialogs.signin import SignInDialog
    from ui.dialogs.user import UserDialog
    from ui.dialogs.wizard import FirstRunWizard

    ctx = make_ctx(seeded.admin, lang)
    cats = ctx.services.catalogs
    detail = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
    signin = SignInDialog(lang, "")
    settle(qtbot, signin)
    yield "sign-in", signin
    signin.fail("x " * 200, "details " * 40)
    yield "sign-in with an error", signin
    late = overdue(detail)
    for kind in ("register", "return", "refuse"):
        for d, when in ((detail, ""), (late, ", overdue")):
            dlg = ReasonDialog(kind, d, cats, lang, "admin")
            settle(qtbot, dlg)
            for cb in dlg.checks.values():
                cb.setChecked(True)
            yield f"decision {kind}{when}", dlg
    rec = ReasonDialog("register", detail, cats, lang, "clerk", recommend=True)
    settle(qtbot, rec)
    rec.set_kind("refuse")
    yield "recommendation", rec
    exp = ExportDialog(ctx, RegistryQuery(), search="Жолдасбеков")
    settle(qtbot, exp)
    yield "export", exp
    lock = LockDialog("admin")
    settle(qtbot, lock)
    lock.fail("x " * 100)
    yield "lock", lock
    err = ErrorDialog("Traceback\n" + "line\n" * 80)
    settle(qtbot, err)
    err.show_button.setChecked(True)
    yield "error", err
    for name, dlg in (
        ("new user", UserDialog(ctx)),
        ("edit user", UserDialog(ctx, edit=seeded.services.users.list(seeded.admin)[0])),
        ("reset password", UserDialog(ctx, "clerk", True)),
    ):
        settle(qtbot, dlg)
        yield name, dlg
    rel = ReleaseDialog("T-0001", "clerk")
    settle(qtbot, rel)
    yield "release", rel
    wiz = FirstRunWizard("/tmp/x.db", lambda u: None, lambda fr: None, ctx.workers, lambda: lang)
    settle(qtbot, wiz)
    yield "wizard, database", wiz
    wiz.next()
    yield "wizard, administrator", wiz
    yield from program_dialogs(qtbot, lang)


def program_dialogs(qtbot: Any, lang: str) -> Iterator[tuple[str, QWidget]]:
    """The program's own dialogs: settings, about, the upgrade's progress, a crash."""
    from pathlib import Path

    from ui.dialogs.about import AboutDialog, AboutFacts
    from ui.dialogs.crash import CrashDialog
    from ui.dialogs.upgrade import UpgradeDialog
    from ui.dialogs.workstation import WorkstationChoices, WorkstationSettingsDialog

    long_path = "/home/" + "очень-длинная-папка-пользователя/" * 6 + "tizilim.db"
    dialogs: list[tuple[str, QWidget]] = [
        ("settings", WorkstationSettingsDialog(
            WorkstationChoices(f"sqlite:///{long_path}", lang, 15, "INFO"), long_path)),
        ("about", AboutDialog(AboutFacts("1.0.0", "SQLite", long_path, "0009_notifications",
                                         "0009_notifications", long_path, long_path))),
        ("upgrade", UpgradeDialog("0001_initial", "0009_notifications")),
        ("crash", CrashDialog("Traceback\n" + "line\n" * 80, Path(long_path),
                              earlier_crash=Path(long_path))),
    ]
    for name, dlg in dialogs:
        settle(qtbot, dlg)
        yield name, dlg


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_dialog_fits_a_1366x768_screen(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    from ui.dialogs.reason import ReasonDialog

    problems = []
    for name, w in dialogs(qtbot, make_ctx, seeded, lang):
        problems += too_big(name, w)
        if isinstance(w, ReasonDialog):  # on this screen every ground shows without scrolling
            view = w.scroll_area.viewport()
            if w.top.heightForWidth(view.width()) > view.height():
                problems.append(f"{name}: the grounds scroll")
            if w.late and not w.late_label.isVisibleTo(w):
                problems.append(f"{name}: no late cause asked")
            if w.top.width() > view.width():  # nothing cut at the right (no horizontal bar)
                problems.append(f"{name}: the grounds are {w.top.width()} px wide in a "
                                f"{view.width()} px pane")
    assert not problems, problems


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_main_window_and_every_screen_fit_a_1366x768_screen(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str, tmp_path: Any
) -> None:
    """The first window fills the available screen (maximized); each screen's minimum size
    fits 1366×728 with the frame, and in a window of that size the decision buttons and the
    status bar (user, role, messages) are on screen."""
    from tests.ui.conftest import open_window

    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    avail = w.screen().availableGeometry()
    assert w.isMaximized() and avail.contains(w.frameGeometry()), (w.frameGeometry(), avail)
    assert fits(w.minimumSizeHint(), SCREEN_125)  # (it can be shrunk to a 125 % screen too)
    # the worklist's essential columns are all in view, in their order
    from ui.screens.worklist import ESSENTIAL

    table = w.worklist.table
    header = table.horizontalHeader()
    keys = [c.key for c in w.worklist.model.columns]
    right = max(header.sectionViewportPosition(keys.index(k)) + header.sectionSize(keys.index(k))
                for k in ESSENTIAL)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    assert [keys[header.logicalIndex(i)] for i in range(len(ESSENTIAL))] == list(ESSENTIAL)
    w.showNormal()
    w.resize(SCREEN_100 - FRAME)
    qtbot.waitUntil(lambda: w.size() == SCREEN_100 - FRAME, timeout=5000)
    problems = []
    w.open_application("T-0001")
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    for b in (w.review.register, w.review.return_, w.review.refuse, w.user_label):
        if not reachable(w, b) or not b.isVisible():
            problems.append(f"review: {b.objectName() or b.text()} off screen")
    problems += [p for p in too_big("review", w) if "minimum" in p]
    for key in ("entry", "import", "registry", "admin", "worklist:open"):
        w.show_screen(key)
        problems += [p for p in too_big(key, w) if "minimum" in p]
    # the import screen with a preview (a rejected record's messages shown whole)
    w.show_screen("import")
    w.importer.load(str(sample_file(tmp_path)))
    qtbot.waitUntil(lambda: w.importer.parsed is not None, timeout=15000)
    problems += [p for p in too_big("import with a preview", w) if "minimum" in p]
    if not reachable(w, w.importer.record) or not w.importer.record.isVisible():
        problems.append("import: the record's messages are off screen")
    for i in range(w.admin.tabs.count()):
        w.show_screen("admin")
        w.admin.tabs.setCurrentIndex(i)
        problems += [p for p in too_big(f"admin tab {i}", w) if "minimum" in p]
    assert not problems, problems


def reachable(dlg: QWidget, w: QWidget) -> bool:
    """``w`` lies inside ``dlg`` or inside a scroll area (that scrolls to it)."""
    p = w.parentWidget()
    while p is not None and p is not dlg:
        if isinstance(p, QScrollArea | QAbstractScrollArea):
            return True
        p = p.parentWidget()
    top_left = w.mapTo(dlg, w.rect().topLeft())
    bottom_right = w.mapTo(dlg, w.rect().bottomRight())
    return dlg.rect().contains(top_left) and dlg.rect().contains(bottom_right)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_decision_dialogs_work_at_125_percent(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.reason import ReasonDialog

    ctx = make_ctx(seeded.admin, lang)
    detail = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
    area = SCREEN_125 - FRAME
    for kind, recommend in (("register", False), ("return", False), ("refuse", False),
                            ("refuse", True)):
        dlg = ReasonDialog(kind, detail, ctx.services.catalogs, lang, "admin",
                           recommend=recommend)
        settle(qtbot, dlg)
        if recommend:
            dlg.set_kind("refuse")
        assert fits(dlg.minimumSizeHint(), SCREEN_125), (kind, dlg.minimumSizeHint())
        dlg.resize(dlg.size().boundedTo(area))
        qtbot.waitUntil(lambda d=dlg: d.size().width() <= area.width()
                        and d.size().height() <= area.height(), timeout=5000)
        controls: list[QWidget] = [dlg.buttons.button(b) for b in (
            QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)]
        controls += [dlg.comment] + [c for c in dlg.checks.values() if c.isVisibleTo(dlg)]
        if kind != "register" and not recommend:
            controls.append(dlg.preview)
        lost = [c.objectName() or c.text() for c in controls if not reachable(dlg, c)]
        assert not lost, (kind, recommend, lost)


def test_sign_in_fields_keep_their_height_under_an_error(qtbot: Any, make_ctx: Any,
                                                         seeded: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.signin import SignInDialog

    make_ctx(seeded.admin, "kk")
    dlg = SignInDialog("kk", "")
    settle(qtbot, dlg)
    assert dlg.login.text() == ""  # the last login is not offered: type your own
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing typed: the error line shows
    assert dlg.error.isVisible()
    dlg.fail_database(OSError("could not connect to server: " + "Connection refused " * 20))
    for field in (dlg.login, dlg.password, dlg.language):
        assert field.height() >= field.sizeHint().height(), field.objectName()
    assert dlg.error.height() >= dlg.error.heightForWidth(dlg.error.width())
    assert fits(dlg.size(), SCREEN_100)
