"""Fixes from the desktop audit: real key presses, cancel, width, diffs, sort, times."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt


def activate(qtbot: Any, w: Any) -> None:
    w.activateWindow()
    w.raise_()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)


def test_ctrl_f_focuses_search_and_ctrl_n_takes_next(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    w = admin_window
    activate(qtbot, w)
    w.worklist.table.setFocus()
    qtbot.keyClick(w.worklist.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.worklist.search.hasFocus(), timeout=5000)
    # from the review screen too: Ctrl+F goes back to the worklist search
    w.open_application("T-0001")
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    qtbot.keyClick(w.review, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.worklist and w.worklist.search.hasFocus(),
        timeout=5000,
    )
    # Ctrl+N takes the next application due and opens it, held by the admin
    w.review.detail = None
    qtbot.keyClick(w.worklist.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.review and w.review.detail is not None,
        timeout=15000,
    )
    assert w.review.detail.summary.held_by == "admin"


def _blocking(real: Any, gate: Any, started: Any) -> Any:
    """``real`` run after ``gate`` opens (the test presses Cancel in between)."""

    def fn(*a: Any, **kw: Any) -> Any:
        started.set()
        assert gate.wait(30)
        return real(*a, **kw)

    return fn


def test_import_cancel_writes_nothing_and_shows_no_error(
    qtbot: Any, admin_window: Any, seeded: Any, tmp_path: Any, monkeypatch: Any, shown_messages: Any
) -> None:
    import datetime as dt
    import threading

    from models.queries import WorklistFilter
    from tests.factories import application, iin_for, write_json

    b = dt.date(1981, 3, 4)
    path = write_json(
        tmp_path / "one.json",
        [
            application(
                "C-1",
                "2026-01-15T10:00:00+05:00",
                iin=iin_for(b, serial=8100),
                birth_date=b.isoformat(),
            )
        ],
    )
    w = admin_window
    w.show_screen("import")
    view = w.screens["import"]
    view.load(str(path))
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    before = seeded.services.queries.count(seeded.admin, WorklistFilter())
    gate, started = threading.Event(), threading.Event()
    imports = seeded.services.imports
    monkeypatch.setattr(imports, "import_parsed", _blocking(imports.import_parsed, gate, started))
    view.import_button.click()
    assert started.wait(15) and view.cancel_button.isEnabled()
    view.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: view.job is None, timeout=15000)
    assert view.summary.text() == "Импорт прерван; ничего не импортировано."
    assert shown_messages == []  # no "unexpected error", no warning box
    assert seeded.services.queries.count(seeded.admin, WorklistFilter()) == before
    assert view.import_button.isEnabled()  # the same file can be imported again


def test_export_cancel_writes_no_file(
    qtbot: Any, admin_window: Any, tmp_path: Any, monkeypatch: Any, shown_messages: Any
) -> None:
    import threading

    import reports.jobs

    gate, started = threading.Event(), threading.Event()
    monkeypatch.setattr(
        reports.jobs, "export_registry", _blocking(reports.jobs.export_registry, gate, started)
    )
    w = admin_window
    w.show_screen("registry")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("pdf"))
    out = tmp_path / "registry.pdf"
    dlg.path.setText(str(out))
    dlg.start_button.click()
    assert started.wait(15)
    dlg.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dlg.running(), timeout=30000)
    assert dlg.status.text() == "Экспорт прерван; файл не записан."
    assert not out.exists() and shown_messages == []
    assert dlg.start_button.isEnabled()


def test_window_fits_1366_px_after_every_screen_in_both_languages(
    qtbot: Any, admin_window: Any
) -> None:
    w = admin_window
    for lang in ("ru", "kk"):
        w.switch_language(lang)
        for key in ("entry", "import", "registry", "admin"):
            w.show_screen(key)
        w.open_application("T-0001")
        qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
        w.show_screen("worklist:all")
        assert w.minimumSizeHint().width() <= 1366, lang
        assert w.minimumSizeHint().height() <= 768, lang
    # the filter rows wrap: at 1366 px every filter is still on screen
    w.resize(1366, 768)
    view = w.worklist
    qtbot.waitUntil(lambda: view.reset_button.geometry().right() <= view.width(), timeout=5000)
    assert view.reset_button.isVisible() and view.reset_button.width() > 0


def test_resubmission_diff_names_fields_and_shows_old_and_new_values(
    make_ctx: Any, seeded: Any
) -> None:
    import dataclasses

    from models.catalogs import Catalogs
    from models.intake import validate_record
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


def test_sort_by_holder_and_duplicates_and_the_arrow_after_a_restart(
    qtbot: Any, make_ctx: Any, seeded: Any
) -> None:
    from tests.ui.conftest import open_window
    from ui.tables.paged import ROW_ROLE

    ctx = make_ctx(seeded.admin)
    w = open_window(qtbot, ctx)
    view = w.worklist
    cols = [c.key for c in view.model.columns]

    def first_rows(n: int = 5) -> list[Any]:
        return [view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(n)]

    seeded.services.holds.take(seeded.admin, "T-0002")
    # ascending: held applications first (by the holder's login)
    view.table.sortByColumn(cols.index("holder"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "holder" and not view.model.is_loading(),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: first_rows(1)[0] is not None, timeout=15000)
    assert first_rows(1)[0].held_by == "admin"
    view.table.sortByColumn(cols.index("duplicates"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "duplicates" and not view.model.is_loading(),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: first_rows(1)[0] is not None, timeout=15000)
    view.model.sync_fetch = True  # read every page here to check the order
    has = [r.has_duplicates for r in first_rows(view.model.rowCount())]
    assert has[0] and has == sorted(has, reverse=True)

    # sort by name, descending; a restart shows the arrow on the name column
    view.table.sortByColumn(cols.index("name"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: view.model.query.sort == "name" and not view.model.is_loading(), timeout=15000
    )
    w.close()
    again = open_window(qtbot, ctx)
    header = again.worklist.table.horizontalHeader()
    assert again.worklist.model.query.sort == "name" and again.worklist.model.query.descending
    assert header.sortIndicatorSection() == cols.index("name")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_audit_log_in_words(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    from ui.text import catalog_name, role_name

    w = admin_window
    w.show_screen("admin")
    admin = w.admin
    admin.tabs.setCurrentIndex(3)
    m = admin.audit.model
    qtbot.waitUntil(lambda: m.query is not None and not m.is_loading(), timeout=15000)
    cols = [c.key for c in m.columns]
    shown = []
    for r in range(min(m.rowCount(), 400)):
        qtbot.waitUntil(lambda r=r: m.data(m.index(r, 0)) is not None, timeout=15000)
        shown.append({k: m.data(m.index(r, i)) for i, k in enumerate(cols)})
    created = next(
        x for x in shown if x["action"] == "пользователь создан" and "clerk" in x["after"]
    )
    region = catalog_name(seeded.services.catalogs, "regions", "100000000", "ru")
    assert created["after"] == (f"логин: clerk; регион: {region}; роль: {role_name('mio')}")
    assert created["entity"].startswith("пользователь ")
    roles = {x["role"] for x in shown}
    assert "Администратор" in roles and not roles & {"admin", "mio", "viewer"}
    assert not any(x["action"].startswith(("application.", "user.", "login.")) for x in shown)
    assert not any("{" in (x["after"] or "") for x in shown)  # no raw JSON
    decided = [x for x in shown if x["action"] == "зарегистрирована"]
    assert decided and all("статус: Подана → Зарегистрирована" in x["after"] for x in decided)


def test_first_run_wizard_offers_the_language_and_switches_live(
    qtbot: Any, qapp: Any, db_url: str
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(qapp, argparse.Namespace(db=db_url, lang="ru"))
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.wizard is not None, timeout=20000)
        wiz = launcher.wizard
        first = wiz.page(wiz.pageIds()[0])
        assert wiz.language.isVisibleTo(wiz) and first.isAncestorOf(wiz.language)
        assert [wiz.language.itemText(i) for i in range(2)] == ["Қазақша", "Русский"]
        assert wiz.windowTitle() == "Tizilim — первый запуск"
        wiz.language.setCurrentIndex(wiz.language.findData("kk"))
        qtbot.waitUntil(lambda: wiz.windowTitle() != "Tizilim — первый запуск", timeout=5000)
        assert launcher.language.code == "kk" and launcher.settings.value("language") == "kk"
        assert wiz.admin_page.title() == "Бірінші әкімші"
    finally:
        wiz.blockSignals(True)
        wiz.close()
        launcher.shutdown()
        launcher.language.uninstall()


def test_database_failure_has_a_plain_lead_and_the_driver_text_under_details(
    qtbot: Any, qapp: Any
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(
        qapp, argparse.Namespace(db="postgresql://nobody@127.0.0.1:1/none", lang="ru")
    )
    try:
        launcher.start()
        dlg = launcher.signin
        qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30000)
        assert dlg.error.text().startswith("Не удаётся открыть базу данных.")
        assert "127.0.0.1" not in dlg.error.text()
        assert dlg.details.isVisibleTo(dlg) and not dlg.details.text.isVisibleTo(dlg)
        dlg.details.toggle.click()
        assert dlg.details.text.isVisibleTo(dlg) and "Error" in dlg.details.text.text()
        assert dlg.details.toggle.text() == "Подробности"
    finally:
        dlg.blockSignals(True)
        dlg.close()
        launcher.shutdown()
        launcher.language.uninstall()


def test_letter_and_entry_form_use_kazakhstan_time_on_any_machine_clock(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    import datetime as dt
    import time

    from models.workcalendar import KZ_TZ, as_local
    from ui.dialogs.letter import letter_html

    monkeypatch.setenv("TZ", "America/New_York")  # a workstation clock far from Kazakhstan
    time.tzset()
    try:
        d = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
        at = dt.datetime(2026, 3, 2, 4, 30, tzinfo=dt.UTC)  # 09:30 in Kazakhstan
        html = letter_html(d, "return", [], "", "admin", now=at)
        assert as_local(at).strftime("%d.%m.%Y %H:%M") in html and "02.03.2026 09:30" in html
        # the default "now" is Kazakhstan's too (the minute may turn: either is fine)
        before = dt.datetime.now(KZ_TZ).strftime("%d.%m.%Y %H:%M")
        html = letter_html(d, "return", [], "", "admin")
        after = dt.datetime.now(KZ_TZ).strftime("%d.%m.%Y %H:%M")
        assert before in html or after in html

        from ui.screens.entry.form import EntryForm

        form = EntryForm(admin_window.ctx)
        qtbot.addWidget(form)
        shown = form.received.dateTime().toPython()
        kz = dt.datetime.now(KZ_TZ).replace(tzinfo=None)
        assert abs((kz - shown).total_seconds()) < 120
        assert form.labels["received_at"].text() == "Поступила (время Казахстана):"
        raw = form.raw()["received_at"]
        assert dt.datetime.fromisoformat(raw).utcoffset() == KZ_TZ.utcoffset(kz)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_duplicates_side_by_side_with_iin_profession_registry_number_and_open_link(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    from PySide6.QtCore import QUrl

    from models.queries import WorklistFilter
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


def test_correct_an_undecided_application_from_the_review(
    qtbot: Any, admin_window: Any, seeded: Any, shown_messages: Any
) -> None:
    s, admin = seeded.services, seeded.admin
    w = admin_window
    w.open_application("T-0003")
    qtbot.waitUntil(lambda: w.review.detail is not None, timeout=15000)
    received = w.review.detail.summary.received_at
    assert w.review.correct_button.isEnabled()
    w.review.correct_button.click()
    form = w.screens["entry"]
    assert w.stack.currentWidget() is form
    f = form.fields
    assert f["portal_id"].text() == "T-0003" and f["portal_id"].isReadOnly()
    assert f["last_name"].text() == "Петрова" and f["first_name"].text() == "Анна"
    assert form.save.text() == "Сохранить исправление"
    f["first_name"].setText("Анастасия")
    qtbot.waitUntil(lambda: form.save.isEnabled(), timeout=5000)
    form.save.click()
    # saved: the review shows the corrected application again
    qtbot.waitUntil(
        lambda: (
            w.stack.currentWidget() is w.review
            and w.review.detail is not None
            and "Анастасия" in w.review.detail.summary.full_name
        ),
        timeout=15000,
    )
    d = s.queries.detail(admin, "T-0003", audit_view=False)
    assert d.data["first_name"] == "Анастасия" and d.summary.received_at == received
    assert not form.correcting and not f["portal_id"].isReadOnly()

    # another workstation corrects it meanwhile: this save is refused, theirs stays
    qtbot.waitUntil(lambda: w.review.detail is not None
                    and w.review.detail.version is not None, timeout=15000)
    w.review.correct_button.click()
    other = form.raw()["specialist"]  # the same application, as another clerk's form has it
    s.review.correct(admin, "T-0003", {**other, "middle_name": "Олеговна"})
    f["first_name"].setText("Алла")
    qtbot.waitUntil(lambda: form.save.isEnabled(), timeout=5000)
    n = len(shown_messages)
    form.save.click()
    qtbot.waitUntil(lambda: len(shown_messages) > n, timeout=15000)
    assert shown_messages[-1][0] == "warning" and "T-0003" in shown_messages[-1][2]
    d = s.queries.detail(admin, "T-0003", audit_view=False)
    assert d.data["first_name"] == "Анастасия" and d.data["middle_name"] == "Олеговна"
    w.open_application("T-0003")
    qtbot.waitUntil(lambda: w.review.detail is not None
                    and w.review.detail.data.get("middle_name") == "Олеговна", timeout=15000)

    # someone decides meanwhile: the save is a clear conflict, nothing else changes
    w.review.correct_button.click()
    f["first_name"].setText("Анна")
    s.review.decide(admin, "T-0003", "register")
    qtbot.waitUntil(lambda: form.save.isEnabled(), timeout=5000)
    n = len(shown_messages)
    form.save.click()
    qtbot.waitUntil(lambda: len(shown_messages) > n, timeout=15000)
    kind, _title, text = shown_messages[-1]
    assert kind == "warning" and "T-0003" in text and "решение" in text
    assert s.queries.detail(admin, "T-0003", audit_view=False).data["first_name"] == "Анастасия"


def test_entry_form_adds_and_removes_education_rows(qtbot: Any, admin_window: Any) -> None:
    w = admin_window
    w.show_screen("entry")
    form = w.screens["entry"]
    for _ in range(4):
        form.add_buttons["education"].click()
    assert form.rows["education"] == 5  # more than the old cap of 3
    for n in range(1, 6):
        form.fields[f"education[{n}].institution"].setText(f"Институт {n}")
    form.findChild(type(form.add_buttons["education"]), "remove_education[2]").click()
    assert form.rows["education"] == 4 and "education[5].institution" not in form.fields
    got = [e["institution"] for e in form.raw()["specialist"]["education"]]
    assert got == ["Институт 1", "Институт 3", "Институт 4", "Институт 5"]
    form.clear()
    assert form.rows["education"] == 1


def test_admin_changes_a_users_role_and_region(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from tests.ui.conftest import ALMATY
    from ui.dialogs.user import UserDialog

    w = admin_window
    w.show_screen("admin")
    adm = w.admin
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 3, timeout=15000)

    def fill(dlg: Any) -> Any:
        assert dlg.login.text() == "viewer" and dlg.login.isReadOnly()
        assert not dlg.password.isVisibleTo(dlg)
        dlg.role.setCurrentIndex(dlg.role.findData("mio"))
        assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dlg.region.set_code(ALMATY)
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserDialog, "exec", fill)
    logins = [u.login for u in adm.users.model.rows]
    adm.users.table.selectRow(logins.index("viewer"))
    adm.users.edit_button.click()
    qtbot.waitUntil(
        lambda: next(u for u in adm.users.model.rows if u.login == "viewer").region == ALMATY,
        timeout=15000,
    )
    u = next(u for u in seeded.services.users.list(seeded.admin) if u.login == "viewer")
    assert u.role.value == "mio" and u.region == ALMATY


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_export_language_follows_the_interface_and_the_search_is_named(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    from tests.ui.conftest import open_window

    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    w.show_screen("registry")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    assert dlg.lang.currentData() == lang and f"-{lang}-" in dlg.path.text()
    assert not dlg.search_note.isVisibleTo(dlg)
    dlg.close()
    w.registry.search.setText("Петрова")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    assert dlg.search_note.isVisibleTo(dlg) and "«Петрова»" in dlg.search_note.text()
    view = w.registry
    qtbot.waitUntil(
        lambda: view.model.query.search == "Петрова" and not view.model.is_loading(),
        timeout=15000,
    )


def test_received_range_and_due_today_filters(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    import datetime as dt

    from models.queries import WorklistFilter
    from models.workcalendar import local_day, today_local
    from ui.tables.paged import ROW_ROLE
    from ui.widgets.common import qdate

    view = admin_window.worklist
    view.model.sync_fetch = True
    q = seeded.services.queries

    def rows() -> list[Any]:
        return [
            view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(view.model.rowCount())
        ]

    def settled() -> None:
        qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=15000)

    today = today_local()
    start = today - dt.timedelta(days=1)
    view.received.start.setDate(qdate(start))
    view.received.end.setDate(qdate(today))
    view.received.enabled.setChecked(True)  # the user ticks the range on
    qtbot.waitUntil(lambda: view.model.query.received_from == start, timeout=5000)
    settled()
    got = rows()
    want = q.count(
        seeded.admin,
        WorklistFilter(statuses=view.model.query.statuses, received_from=start, received_to=today),
    )
    assert len(got) == want > 0
    assert all(start <= local_day(r.received_at) <= today for r in got)
    assert {"T-0001", "T-0002", "T-0003"} <= {r.portal_id for r in got}
    view.received.enabled.setChecked(False)
    view.due_today.setChecked(True)
    qtbot.waitUntil(lambda: view.model.query.due_today, timeout=5000)
    settled()
    got = rows()
    assert len(got) == q.count(
        seeded.admin, WorklistFilter(statuses=view.model.query.statuses, due_today=True)
    )
    assert all(r.due_date == today for r in got)


def test_column_widths_come_back_from_the_settings(qtbot: Any, make_ctx: Any, seeded: Any) -> None:
    from tests.ui.conftest import open_window

    ctx = make_ctx(seeded.admin)
    w = open_window(qtbot, ctx)
    w.worklist.table.setColumnWidth(5, 417)
    w.close()  # saves the layout in QSettings
    assert ctx.settings.value("tables/worklist") is not None
    again = open_window(qtbot, ctx)
    assert again.worklist.table.columnWidth(5) == 417


def test_exclude_a_registry_entry(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    w = admin_window
    w.show_screen("registry")
    view = w.registry
    qtbot.waitUntil(
        lambda: not view.model.is_loading() and view.model.rowCount() > 0, timeout=15000
    )
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.current_entry() is not None, timeout=15000)
    e = view.current_entry()
    assert not e.excluded_on
    monkeypatch.setattr(view, "ask_reason", lambda _e: "решение суда")
    before = view.model.total()
    view.exclude_button.click()
    qtbot.waitUntil(
        lambda: not view.model.is_loading() and view.model.total() == before - 1, timeout=15000
    )
    view.excluded.setChecked(True)  # shown again with excluded entries, dated
    qtbot.waitUntil(
        lambda: view.model.query.include_excluded and not view.model.is_loading(), timeout=15000
    )
    assert view.model.total() >= before  # with the ones excluded earlier
    from ui.tables.paged import ROW_ROLE

    view.model.sync_fetch = True
    entries = [
        view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(view.model.rowCount())
    ]
    assert next(x for x in entries if x.registry_number == e.registry_number).excluded_on


def test_admin_resets_a_password(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    from ui.dialogs.user import NewUser, UserDialog

    new = "a brand new password 42"
    w = admin_window
    w.show_screen("admin")
    adm = w.admin
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 3, timeout=15000)
    monkeypatch.setattr(
        UserDialog, "launch", lambda self: NewUser(self.login.text(), "", "", None, new)
    )
    adm.users.table.selectRow([u.login for u in adm.users.model.rows].index("clerk"))
    adm.users.reset_button.click()
    users = seeded.services.users

    def works() -> bool:
        try:
            return users.authenticate("clerk", new).login == "clerk"
        except Exception:
            return False

    qtbot.waitUntil(works, timeout=15000)


def test_sign_in_dialog_language_choice_switches_live_and_is_kept(
    qtbot: Any, qapp: Any, seeded: Any, db_url: str
) -> None:
    import argparse

    from desktop.app import Launcher

    launcher = Launcher(qapp, argparse.Namespace(db=db_url, lang="ru"))
    try:
        launcher.start()
        dlg = launcher.signin
        assert dlg.windowTitle() == "Tizilim — вход"
        dlg.language.setCurrentIndex(dlg.language.findData("kk"))
        qtbot.waitUntil(lambda: dlg.windowTitle() == "Tizilim — кіру", timeout=5000)
        assert launcher.language.code == "kk" and launcher.settings.value("language") == "kk"
        assert dlg.login_label.text() == "Логин:" and dlg.password_label.text() == "Құпиясөз:"
    finally:
        launcher.signin.blockSignals(True)
        launcher.signin.close()
        launcher.shutdown()
        launcher.language.uninstall()
