"""The entry form: Kazakhstan time, correcting an undecided application, repeated rows."""

from __future__ import annotations

from typing import Any


def test_letter_and_entry_form_use_kazakhstan_time_on_any_machine_clock(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: Any
) -> None:
    import datetime as dt
    import time

    from models.calendar.workdays import KZ_TZ
    from ui.dialogs.letter import letter_html

    monkeypatch.setenv("TZ", "America/New_York")  # a workstation clock far from Kazakhstan
    time.tzset()
    try:
        # the letter previewed before deciding is dated in Kazakhstan time (the day may turn)
        before = dt.datetime.now(KZ_TZ).strftime("%d.%m.%Y")
        letter = seeded.services.letters.preview(seeded.admin, "T-0001", "return",
                                                 ["RET-DOCUMENTS"])
        html = letter_html(letter)
        after = dt.datetime.now(KZ_TZ).strftime("%d.%m.%Y")
        assert before in html or after in html
        assert letter.decided_at is not None and letter.decided_at.utcoffset() == KZ_TZ.utcoffset(
            letter.decided_at.replace(tzinfo=None))

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


def entry_form(qtbot: Any, w: Any) -> Any:
    """The entry screen, its window active (so that focus moves as when a user types)."""
    w.show_screen("entry")
    w.activateWindow()
    w.raise_()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    return w.screens["entry"]


def type_into(qtbot: Any, field: Any, text: str) -> None:
    """Click into ``field``, type ``text`` and leave it with Tab."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not field.hasFocus(), timeout=5000)


def test_dates_in_both_formats_and_what_is_wrong_with_one(
    qtbot: Any, admin_window: Any
) -> None:
    form = entry_form(qtbot, admin_window)
    birth, msg = form.fields["birth_date"], form.msgs["birth_date"]
    for typed in ("04.03.1990", "04031990", "4.3.1990"):
        type_into(qtbot, birth, typed)
        assert form.raw()["specialist"]["birth_date"] == "1990-03-04", typed
        form.validate()
        assert not msg.isVisible() or "формат" not in msg.text(), typed
    for typed in ("31.02.1990", "31021990"):
        type_into(qtbot, birth, typed)
        qtbot.waitUntil(msg.isVisible, timeout=5000)
        assert msg.text() == "Такой даты нет: в этом месяце 28 дней.", typed
        assert "ГГГГ" not in msg.text()
    type_into(qtbot, birth, "29.02.2000")  # a leap year has it
    form.validate()
    assert form.raw()["specialist"]["birth_date"] == "2000-02-29"
    type_into(qtbot, birth, "12.13.1990")
    qtbot.waitUntil(lambda: "12 месяцев" in msg.text(), timeout=5000)
    type_into(qtbot, birth, "1990")
    qtbot.waitUntil(lambda: msg.text().startswith("Введите дату как дд.мм.гггг"), timeout=5000)
    # a row's date says which column
    start = form.fields["education[1].start"]
    type_into(qtbot, start, "30.02.2005")
    row = form.msgs["education[1]"]
    qtbot.waitUntil(row.isVisible, timeout=5000)
    assert "Такой даты нет: в этом месяце 28 дней." in row.text()
    assert row.text().lower().startswith("дата начала")


def test_required_fields_are_marked_on_leaving_them_or_on_save(
    qtbot: Any, admin_window: Any
) -> None:
    from PySide6.QtCore import Qt

    form = entry_form(qtbot, admin_window)
    form.validate()
    # nothing typed yet: nothing is red
    assert not any(m.isVisible() for m in form.msgs.values()) and not form.general.isVisible()
    assert form.save.isEnabled()
    type_into(qtbot, form.fields["last_name"], "")  # entered and left empty
    qtbot.waitUntil(form.msgs["last_name"].isVisible, timeout=5000)
    assert form.msgs["last_name"].text() == "Поле обязательно для заполнения"
    assert not form.msgs["first_name"].isVisible()  # not reached yet
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.msgs["first_name"].isVisible() and form.msgs["iin"].isVisible()
    assert form.result.text().startswith("Не сохранено:")
    # the first (the portal number may stay empty: a paper application is numbered on saving)
    qtbot.waitUntil(lambda: form.fields["last_name"].hasFocus(), timeout=5000)
    form.clear()  # a new, empty form: unmarked again
    assert not any(m.isVisible() for m in form.msgs.values())
