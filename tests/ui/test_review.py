"""Review and decisions: return with two reasons, register, conflicts, registry, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ui.dialogs.reason import DecisionChoice, ReasonDialog


def open_app(qtbot: Any, w: Any, pid: str) -> None:
    w.open_application(pid)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid,
        timeout=15000,
    )


def test_reason_dialog_needs_a_reason_and_previews_the_letter(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    ctx = make_ctx(seeded.admin)
    detail = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
    dlg = ReasonDialog("return", detail, ctx.services.catalogs, "ru", "admin")
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert set(dlg.checks) == {"RET-PROFESSION", "RET-CATEGORY", "RET-DOCUMENTS", "RET-EMPLOYMENT"}
    assert not ok.isEnabled()
    dlg.checks["RET-PROFESSION"].setChecked(True)
    dlg.checks["RET-DOCUMENTS"].setChecked(True)
    dlg.comment.setPlainText("Копия диплома нечитаема")
    assert ok.isEnabled()
    html = dlg.preview.toPlainText()
    assert "несоответствие наименования профессии" in html  # Russian
    assert "кәсіп атауының сәйкес келмеуі" in html  # and Kazakh
    assert "Копия диплома нечитаема" in html
    assert dlg.choice() == DecisionChoice(
        "return", ("RET-PROFESSION", "RET-DOCUMENTS"), "Копия диплома нечитаема"
    )


def test_return_with_two_reasons_changes_status_and_history(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = admin_window
    open_app(qtbot, w, "T-0001")
    assert w.review.register.isEnabled()
    form = w.review.form.toPlainText()
    for section in (
        "Специалист",
        "Контактные данные",
        "Адрес проживания",
        "Сведения об образовании",
        "Сведения по трудовой деятельности",
        "Квалификационная категория",
        "Согласие на публикацию",
    ):
        assert section in form
    assert "Тестбекова" in form

    def drive(dialog: ReasonDialog) -> DecisionChoice | None:
        dialog.checks["RET-PROFESSION"].setChecked(True)
        dialog.checks["RET-EMPLOYMENT"].setChecked(True)
        dialog.comment.setPlainText("Уточните должность")
        return dialog.choice()

    monkeypatch.setattr(ReasonDialog, "launch", drive)
    w.review.return_.click()
    # after the decision the view moves on to the next application due
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id != "T-0001",
        timeout=15000,
    )
    assert "T-0001" in w.review.banner.text()
    d = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
    assert d.summary.status.value == "returned"
    assert d.decisions[-1].reasons == ("RET-PROFESSION", "RET-EMPLOYMENT")

    open_app(qtbot, w, "T-0001")
    assert not w.review.return_.isEnabled()
    hist = w.review.history.toPlainText()
    assert "несоответствие наименования профессии" in hist
    assert "несоответствие сведений по трудовой деятельности" in hist
    assert "Уточните должность" in hist
    assert "Возвращена на доработку" in w.review.heading.text()


def test_register_then_find_in_registry(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = admin_window
    open_app(qtbot, w, "T-0002")
    monkeypatch.setattr(ReasonDialog, "launch", lambda self: DecisionChoice("register", (), ""))
    w.review.register.click()
    qtbot.waitUntil(
        lambda: "T-0002" in w.review.banner.text() or "T-0002" in w.statusBar().currentMessage(),
        timeout=15000,
    )
    d = seeded.services.queries.detail(seeded.admin, "T-0002", audit_view=False)
    assert d.registry_number is not None
    assert str(d.registry_number) in w.review.last_result_text

    w.show_screen("registry")
    reg = w.registry
    reg.search.setText("жолдасбеков")
    qtbot.waitUntil(
        lambda: reg.model.query.search == "жолдасбеков" and not reg.model.is_loading(),
        timeout=15000,
    )
    from ui.tables.paged import ROW_ROLE

    assert reg.model.rowCount() == 1
    entry = reg.model.data(reg.model.index(0, 0), ROW_ROLE)
    assert entry.registry_number == d.registry_number and entry.portal_id == "T-0002"


def test_conflict_is_reported_and_the_current_state_shown(
    qtbot: Any,
    admin_window: Any,
    seeded: Any,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[Any],
) -> None:
    w = admin_window
    open_app(qtbot, w, "T-0003")
    # someone else decides first
    seeded.services.review.decide(seeded.admin, "T-0003", "refuse", ["REF-EMIGRATION"], "")
    monkeypatch.setattr(ReasonDialog, "launch", lambda self: DecisionChoice("register", (), ""))
    w.review.register.click()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=15000)
    kind, _title, text = shown_messages[-1]
    assert kind == "warning" and "T-0003" in text
    qtbot.waitUntil(lambda: w.review.detail.summary.status.value == "refused", timeout=15000)
    assert not w.review.register.isEnabled()
    assert (
        seeded.services.queries.detail(seeded.admin, "T-0003", audit_view=False).registry_number
        is None
    )


def test_export_registry_pdf_with_progress(
    qtbot: Any, admin_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    import ui.dialogs.export as export

    opened: list[Path] = []
    monkeypatch.setattr(export, "open_path", lambda p: opened.append(p) or True)
    w = admin_window
    w.show_screen("registry")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("pdf"))
    dlg.lang.setCurrentIndex(dlg.lang.findData("both"))
    out = tmp_path / "out" / "registry.pdf"
    dlg.path.setText(str(out))
    seen: list[int] = []
    dlg.start_button.click()
    assert dlg.running() and not dlg.start_button.isEnabled()
    dlg.job.signals.progress.connect(lambda _j, p, _t: seen.append(p))
    qtbot.waitUntil(lambda: not dlg.running(), timeout=60000)
    assert dlg.progress.value() == 100
    assert out.exists() and dlg.result_path == out
    assert len(PdfReader(str(out)).pages) >= 1
    dlg.open_folder.click()
    assert opened == [out.parent]
