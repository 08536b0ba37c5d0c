"""The statistics screen on the hand-made set (``tests/stats_world.py``): figures loaded in a
worker, a click on a bar, a tile or a table row opens the matching list (or the application),
a clerk sees their region only, the figures saved as a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.stats_world import PW, TODAY, A, B, build_world
from tests.ui.conftest import open_window


@pytest.fixture
def world(db: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    svc = build_world(db, monkeypatch)
    monkeypatch.setattr("models.statistics.service.today_local", lambda: TODAY)
    return svc


@pytest.fixture
def make_window(qtbot: Any, qapp: Any, world: Any) -> Iterator[Callable[..., Any]]:
    """A main window for an actor on the set; its workers are joined after the test."""
    from desktop.config import config_dir
    from ui.context import AppContext
    from ui.i18n import Language
    from ui.settings import open_settings
    from ui.workers import Workers

    made: list[Any] = []

    def make(actor: Any, lang: str = "ru") -> Any:
        language = Language()
        language.set(lang)
        ctx = AppContext(world, actor, language, open_settings(config_dir()), Workers())
        made.append(ctx)
        return open_window(qtbot, ctx)

    yield make
    for ctx in made:
        ctx.workers.cancel_all()
        assert ctx.workers.wait(30000)
        ctx.language.uninstall()


@pytest.fixture
def window(make_window: Any, world: Any) -> Any:
    return make_window(world.users.authenticate("admin", PW))


def november(qtbot: Any, w: Any) -> Any:
    """The statistics screen showing November 2026."""
    from ui.widgets.common import qdate

    w.show_screen("statistics")
    view = w.screens["statistics"]
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)
    view.preset.setCurrentIndex(view.preset.findData("custom"))
    view.start.setDate(qdate(dt.date(2026, 11, 1)))
    view.end.setDate(qdate(dt.date(2026, 11, 30)))
    qtbot.waitUntil(lambda: not view.is_loading() and view.figures is not None
                    and view.figures.query.end == dt.date(2026, 11, 30), timeout=15000)
    return view


def click_bar(qtbot: Any, chart: Any, category: int, series: int = 0) -> None:
    chart.grab()  # painted: the bars have their places
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=chart.bar_center(category, series).toPoint())


def listed(qtbot: Any, w: Any) -> set[str]:
    from ui.tables.paged import ROW_ROLE

    wl = w.worklist
    assert w.stack.currentWidget() is wl
    qtbot.waitUntil(lambda: not wl.model.is_loading() and not wl.model.is_counting(),
                    timeout=15000)
    m = wl.model
    return {m.data(m.index(r, 0), ROW_ROLE).portal_id for r in range(m.rowCount())}


def test_figures_load_in_a_worker_and_bars_open_the_worklist(qtbot: Any, window: Any) -> None:
    w = window
    view = november(qtbot, w)
    panel = view.panel
    assert panel.tiles["received"].text().startswith("9\n")
    assert panel.tiles["decided"].text().startswith("7\n")
    assert panel.tiles["on_time"].text().startswith("85.7 %")
    assert panel.tiles["overdue"].text().startswith("1\n")
    assert panel.region_model.rowCount() == 2 and panel.late_model.rowCount() == 1

    click_bar(qtbot, panel.kinds, 1)  # returned
    assert listed(qtbot, w) == {"P3"}
    banner = w.worklist.drill_banner
    assert banner.isVisible() and "01.11.2026 – 30.11.2026" in banner.label.text()
    assert w.worklist.model.total() == 1

    w.show_screen("statistics")
    click_bar(qtbot, panel.regions, 0, 0)  # received in region A
    assert listed(qtbot, w) == {"P1", "P2", "P5", "P6", "P8"}
    assert w.worklist.region.code() == A

    w.show_screen("statistics")
    codes = list(view.figures.by_reason)
    n = codes.index("RET-DOCUMENTS") + 1  # the bar's number is read in words below the chart
    reason = w.ctx.services.catalogs.reasons["RET-DOCUMENTS"].ru
    assert panel.reason_legend.isVisible() and f"{n}. {reason}" in panel.reason_legend.text()
    click_bar(qtbot, panel.reasons, codes.index("RET-DOCUMENTS"))
    assert listed(qtbot, w) == {"P3"}

    w.show_screen("statistics")
    click_bar(qtbot, panel.loops, 0, 1)  # resubmitted after a first return
    assert listed(qtbot, w) == {"P3", "P8"}

    w.show_screen("statistics")
    qtbot.mouseClick(panel.tiles["late"], Qt.MouseButton.LeftButton)
    assert listed(qtbot, w) == {"P2"}
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)  # back to the usual list
    assert not banner.isVisible() and w.worklist.drill_banner.drill is None

    w.show_screen("statistics")
    qtbot.mouseClick(panel.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert w.worklist.overdue.isChecked()

    w.show_screen("statistics")
    index = panel.late_model.index(0, 0)
    panel.late_table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.review, timeout=15000)


def test_a_clerk_sees_their_region_only(qtbot: Any, make_window: Any, world: Any) -> None:
    from models.actor import SYSTEM

    world.users.add(SYSTEM, "clerk_b", PW, "mio", B)
    w = make_window(world.users.authenticate("clerk_b", PW), "kk")
    view = november(qtbot, w)
    assert view.region.isHidden()
    f = view.figures
    assert f.query.region == B and (f.received, f.decided) == (4, 4)
    assert [r.region for r in f.by_region] == [B]
    assert view.panel.tiles["received"].text().startswith("4\n")


def test_the_figures_as_a_pdf(qtbot: Any, window: Any, tmp_path: Path) -> None:
    import pypdf

    view = november(qtbot, window)
    out = tmp_path / "nov.pdf"
    view.ask_path = lambda _fmt: str(out)
    view.file_lang.setCurrentIndex(view.file_lang.findData("ru"))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and str(out) in view.status.text(), timeout=30000)
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "01.11.2026 – 30.11.2026" in text and "Последний хеш журнала аудита" in text


def test_a_late_decision_asks_for_the_cause(qtbot: Any, window: Any, world: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox
    from sqlalchemy import text

    monkeypatch.setattr("models.calendar.workdays.today_local", lambda: TODAY)
    review = window.review
    window.open_application("P7")  # due today: not late
    qtbot.waitUntil(lambda: review.detail is not None
                    and review.detail.summary.portal_id == "P7", timeout=15000)
    dlg = review.make_dialog("register")
    assert not dlg.late and dlg.late_cause.parent() is None
    dlg.deleteLater()
    window.open_application("P6")  # due 3 December
    qtbot.waitUntil(lambda: review.detail is not None
                    and review.detail.summary.portal_id == "P6", timeout=15000)
    dlg = review.make_dialog("register")
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dlg.late and not ok.isEnabled()
    dlg.late_cause.setText("  запрос в другой орган ")
    assert ok.isEnabled()
    choice = dlg.choice()
    assert choice.late_cause == "запрос в другой орган"
    dlg.deleteLater()
    review.submit(choice)
    qtbot.waitUntil(lambda: review.last_result_text != "", timeout=15000)
    with world.db.read() as s:
        cause = s.execute(text("SELECT d.late_cause FROM decisions d JOIN applications a "
                               "ON a.id = d.application_id WHERE a.portal_id = 'P6'")).scalar()
    assert cause == "запрос в другой орган"
