"""Import, hand entry and administration screens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.factories import application, iin_for, write_json


def test_import_preview_then_import_and_report(
    qtbot: Any, admin_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    good = [
        application(
            f"I-{i}",
            "2026-01-15T10:00:00+05:00",
            iin=iin_for(dt.date(1980, 1, i), serial=8000 + i),
            birth_date=dt.date(1980, 1, i).isoformat(),
            last_name=("Импортов", "Импортова")[i - 1],  # names take no digits
        )
        for i in range(1, 3)
    ]
    bad = application("I-3", "2026-01-15T10:00:00+05:00", iin="123")
    path = write_json(tmp_path / "apps.json", good + [bad])
    w = admin_window
    w.show_screen("import")
    view = w.screens["import"]
    monkeypatch.setattr(view, "ask_file", lambda: str(path))
    view.choose.click()
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    assert view.model.rowCount() == 3
    assert view.import_button.isEnabled() and view.report_button.isEnabled()
    msgs = view.model.data(view.model.index(2, 4))
    assert msgs.startswith("ИИН: ")  # the field by its name, the message in Russian
    view.import_button.click()
    qtbot.waitUntil(lambda: view.report is not None, timeout=15000)
    assert view.report.imported == 2 and len(view.report.rejected) == 1
    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(view, "ask_report_path", lambda: str(out))
    view.report_button.click()
    qtbot.waitUntil(out.exists, timeout=15000)


def test_hand_entry_validates_live_and_saves(qtbot: Any, admin_window: Any, seeded: Any) -> None:
    w = admin_window
    w.show_screen("entry")
    form = w.screens["entry"]
    f = form.fields
    form.validate()
    assert not any(m.isVisible() for m in form.msgs.values())  # nothing marked before typing
    f["portal_id"].setText("H-0001")
    f["last_name"].setText("Қолмен")
    f["first_name"].setText("Енгізілген")
    f["iin"].setText("12345")
    form.marks.leave("iin")  # (the user left the field)
    qtbot.waitUntil(lambda: form.msgs["iin"].isVisible(), timeout=5000)
    assert form.msgs["iin"].text()
    import datetime as dt

    birth = dt.date(1988, 5, 6)
    f["iin"].setText(iin_for(birth, serial=4321))
    f["birth_date"].setText("07.05.1988")  # does not match the IIN: a warning, not an error
    f["phone"].setText("+7 701 555 44 33")
    _fill_address_to_employment(f, "01.09.2005", "30.06.2009")
    qtbot.waitUntil(lambda: form.msgs["iin"].text().startswith("⚠"), timeout=5000)
    assert form.msgs["iin"].isVisible() and form.save.isEnabled()
    form.save.click()
    qtbot.waitUntil(lambda: "H-0001" in form.result.text(), timeout=15000)
    d = seeded.services.queries.detail(seeded.admin, "H-0001", audit_view=False)
    assert d.data["birth_date"] == "1988-05-07"


def test_a_paper_application_without_a_number_gets_the_offices(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    import datetime as dt

    w = admin_window
    w.show_screen("entry")
    form = w.screens["entry"]
    f = form.fields
    year = dt.date.today().year
    for n, last in enumerate(("Қағазов", "Қағазова"), start=1):
        form.clear()
        assert f["portal_id"].text() == ""  # left empty: the office numbers it
        f["last_name"].setText(last)
        f["first_name"].setText("Әлия")
        f["iin"].setText(iin_for(dt.date(1990, 1, 2), serial=1000 + n))
        f["birth_date"].setText("02.01.1990")
        f["phone"].setText("+7 701 555 44 3" + str(n))
        _fill_address_to_employment(f, "01.09.2008", "30.06.2012")
        form.save.click()
        number = f"MIO-100000000-{year}-{n:05d}"
        qtbot.waitUntil(lambda number=number: number in form.result.text(), timeout=15000)
        d = seeded.services.queries.detail(seeded.admin, number, audit_view=False)
        assert d.data["last_name"] == last


def test_admin_users_calendar_catalogs_and_audit(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.user import NewUser, UserDialog

    w = admin_window
    w.show_screen("admin")
    adm = w.admin
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 3, timeout=15000)
    monkeypatch.setattr(
        UserDialog,
        "launch",
        lambda self: NewUser(
            "clerk2", "Жаңа қызметкер", "mio", "750000000", "another long password"
        ),
    )
    adm.users.new_button.click()
    qtbot.waitUntil(lambda: adm.users.model.rowCount() == 4, timeout=15000)
    logins = [u.login for u in adm.users.model.rows]
    adm.users.table.selectRow(logins.index("clerk2"))
    adm.users.toggle_button.click()
    qtbot.waitUntil(
        lambda: not next(u for u in adm.users.model.rows if u.login == "clerk2").active,
        timeout=15000,
    )
    # calendar
    import datetime as dt

    from ui.widgets.common import qdate

    adm.calendar.day.setDate(qdate(dt.date(dt.date.today().year, 12, 31)))
    adm.calendar.day_kind.setCurrentIndex(0)
    adm.calendar.note.setText("Постановление")
    adm.calendar.add_day.click()
    qtbot.waitUntil(lambda: adm.calendar.model.rowCount() == 1, timeout=15000)
    # catalogs (read-only)
    assert adm.catalogs.topLevelItemCount() == 5
    # audit log and verify
    adm.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: adm.audit.model.rowCount() > 0, timeout=15000)
    adm.audit.verify_button.click()
    audit = adm.audit
    qtbot.waitUntil(
        lambda: audit.verify_button.isEnabled() and audit.verify_result.text() != "",
        timeout=30000,
    )
    assert adm.audit.verify_result.property("role") == "ok"


def _fill_address_to_employment(f: dict[str, Any], study_from: str, study_to: str) -> None:
    """The entry form's fields from the address to the first employment, valid."""
    from tests.factories import BIN

    f["address.region"].set_code("100000000")
    f["address.settlement"].setText("Семей")
    f["address.registration_address"].setText("Абай көшесі, 1")
    f["profession"].set_code("PSYCHOLOGIST")
    f["education[1].level"].set_code("HIGHER")
    f["education[1].institution"].setText("ШҚМУ")
    f["education[1].start"].setText(study_from)
    f["education[1].end"].setText(study_to)
    f["education[1].document"].setText("ЖБ-1")
    f["employment[1].organization"].setText("Орталық")
    f["employment[1].bin"].setText(BIN)
    f["employment[1].position"].setText("психолог")
    f["employment[1].start"].setText("01.02.2015")
