"""Review and decisions: return with two reasons, register, conflicts, registry, export;
the resubmission diff and the duplicates side by side."""

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
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    open_app(qtbot, admin_window, "T-0001")
    dlg = admin_window.review.make_dialog("return")
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert set(dlg.checks) == {"RET-PROFESSION", "RET-CATEGORY", "RET-DOCUMENTS", "RET-EMPLOYMENT"}
    assert not ok.isEnabled()
    dlg.checks["RET-PROFESSION"].setChecked(True)
    dlg.checks["RET-DOCUMENTS"].setChecked(True)
    dlg.comment.setPlainText("Копия диплома нечитаема")
    assert ok.isEnabled()
    qtbot.waitUntil(lambda: "Копия диплома нечитаема" in dlg.preview.toPlainText(),
                    timeout=15000)
    html = dlg.preview.toPlainText()
    assert "несоответствие наименования профессии" in html  # Russian
    assert "кәсіп атауының сәйкес келмеуі" in html  # and Kazakh
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


def test_resubmission_diff_names_fields_and_shows_old_and_new_values(
    make_ctx: Any, seeded: Any
) -> None:
    import dataclasses

    from models.catalogs import Catalogs
    from models.intake.records import validate_record
    from tests.ui.conftest import known_apps
    from ui.screens.review_html import Renderer

    s, admin = seeded.services, seeded.admin
    s.review.decide(admin, "T-0001", "return", ["RET-DOCUMENTS"], "стаж")
    app = known_apps()[0]
    app["specialist"]["experience"] = {"years": 9, "months": 5}
    app["specialist"]["address"] = dict(app["specialist"]["address"], region="750000000")
    data = validate_record(1, app, Catalogs.shipped()).data
    assert data is not None
    old = s.queries.detail(admin, "T-0001", audit_view=False).data
    s.review.resubmit(admin, "T-0001", data)
    make_ctx(admin, "kk")  # the Kazakh translation installed
    d = s.queries.detail(admin, "T-0001", audit_view=False)
    r = Renderer(d, s.catalogs, "kk")
    hist = r.history()
    assert "experience.months" not in hist and "region" not in hist
    assert "Өзгерген өрістер:" in hist
    months = r.diff(d.revisions[0].data, d.revisions[1].data)
    # each changed field by its Kazakh label, the old value struck out, then the new one
    from ui.text import catalog_name, field_label

    old_m = old["experience"]["months"]
    assert old_m != 5
    assert f"<b>{field_label('experience.months')}</b>: <s>{old_m}</s> → 5" in months
    old_region = catalog_name(s.catalogs, "regions", old["region"], "kk")
    new_region = catalog_name(s.catalogs, "regions", "750000000", "kk")
    assert f"<s>{old_region}</s> → {new_region}" in months
    assert "background-color:#fff3cd" in months
    assert field_label("address.region") != "address.region"
    # the form view marks the row and tells the previous value
    assert f"бұрын: {old_m}" not in r.application()  # the experience row is one text
    assert f"бұрын: {old_region}" in r.application()

    # inline messages reach the address and experience rows (issue fields address.*, experience.*)
    bad = dataclasses.replace(
        d, data={**d.data, "region": "999", "experience": {"years": 3, "months": 30}}
    )
    html = Renderer(bad, s.catalogs, "kk").application()
    sections = {h.split("</h3>", 1)[0]: h for h in html.split("<h3>")[1:]}
    address = sections[r.tr("Address")]
    experience = sections[r.tr("Profession and experience")]
    assert '<span class="err">⚠' in address
    assert '<span class="err">⚠' in experience
    assert "⚠" not in sections[r.tr("Contacts")]


def test_duplicates_side_by_side_with_iin_profession_registry_number_and_open_link(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    from PySide6.QtCore import QUrl

    from models.applications.worklist import WorklistFilter
    from ui.text import catalog_name

    s, admin = seeded.services, seeded.admin
    rows = s.queries.page(admin, WorklistFilter(), 0, 500)
    pid = next(r.portal_id for r in rows if r.has_duplicates)
    w = admin_window
    w.open_application(pid)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid,
        timeout=15000,
    )
    d = w.review.detail
    assert d.duplicates
    text = w.review.dups.toPlainText()
    html = w.review.dups.toHtml()
    for x in d.duplicates:
        other = s.queries.detail(admin, x["portal_id"], audit_view=False)
        assert other.data["iin"] in text
        assert catalog_name(s.catalogs, "professions", other.summary.profession, "ru") in text
        if other.registry_number:
            assert str(other.registry_number) in text
        assert f"app:{x['portal_id']}" in html and f"Открыть {x['portal_id']}" in text
    for label in ("ИИН", "Профессия", "Регистрационный номер", "Статус"):
        assert label in text
    # the link opens the other application in the review
    target = d.duplicates[0]["portal_id"]
    w.review.dups.anchorClicked.emit(QUrl(f"app:{target}"))
    qtbot.waitUntil(lambda: w.review.detail.summary.portal_id == target, timeout=15000)
