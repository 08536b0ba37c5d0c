"""The return dialog's field picker and its letter: the reviewer marks fields and documents
with notes by keyboard, the letter shown before deciding is the service's letter (signed with
the full name and position), the decision stores the marks, and the resubmission shows which
marked fields changed. A refusal names the appeal route; a user who cannot sign is told what
to do, before the dialog and when the service refuses."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import PASSWORD, open_window
from ui.dialogs.letter import letter_html
from ui.dialogs.reason import DecisionChoice, ReasonDialog


def open_app(qtbot: Any, w: Any, pid: str) -> None:
    w.open_application(pid)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid
        and w.review.detail.summary.revision == w.review.detail.revisions[-1].number,
        timeout=15000,
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def mark(qtbot: Any, dlg: ReasonDialog, field: str, note: str = "") -> None:
    """Select ``field`` in the picker, check it with the space bar, type its note."""
    picker = dlg.picker
    assert picker is not None
    picker.tree.setFocus()
    picker.tree.setCurrentItem(picker.items[field])
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert field in picker.marked()
    if note:
        assert picker.note_label.text().endswith(":") and picker.note.isEnabled()
        qtbot.keyClicks(picker.note, note)  # (QTest types Latin-1 only)


def test_return_marks_fields_with_notes_and_the_letter_shows_them(
    qtbot: Any, admin_window: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, admin, w = seeded.services, seeded.admin, admin_window
    open_app(qtbot, w, "T-0001")
    seen: dict[str, Any] = {}

    def launch(dlg: ReasonDialog) -> DecisionChoice | None:
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.picker is not None
        # every column, each education and employment record and their sub-fields
        fields = set(dlg.picker.items)
        assert {"full_name", "last_name", "contacts", "address.region", "profession",
                "experience", "education", "education[1]", "education[1].document",
                "employment[1].position", "qualification.commission"} <= fields
        assert "education[2]" not in fields  # the application has one education record
        assert dlg.picker.items["education[1].document"].parent() is dlg.picker.items[
            "education[1]"]
        qtbot.mouseClick(dlg.rows["RET-DOCUMENTS"].label, Qt.MouseButton.LeftButton)
        mark(qtbot, dlg, "education[1].document", "scan unreadable")
        mark(qtbot, dlg, "profession")
        dlg.comment.setPlainText("Копия диплома нечитаема")
        assert dlg.picker.count.text() == "Отмечено: 2"
        want = s.letters.preview(admin, "T-0001", "return", ["RET-DOCUMENTS"],
                                 "Копия диплома нечитаема", dlg.fixes())
        qtbot.waitUntil(lambda: not dlg.letter_view.pending
                        and "scan unreadable" in dlg.preview.toPlainText(), timeout=15000)
        shown = dlg.preview.toPlainText()
        # exactly the service's letter (the time of the preview aside)
        assert dlg.letter_view.letter is not None
        assert dlg.letter_view.letter.kk == want.kk and dlg.letter_view.letter.ru == want.ru
        for lg, label in (("ru", "сведения об образовании, запись 1: документ об образовании"),
                          ("kk", "білімі туралы мәліметтер, 1-жазба: білімі туралы құжат")):
            assert f"{label} — scan unreadable" in shown, lg
        assert "наименование профессии" in shown and "кәсіптің атауы" in shown
        # signed with the full name and the position, never the login
        assert shown.count("Әкімші Тест") == 2 and shown.count("Тізілім бөлімінің басшысы") == 2
        assert "admin" not in shown
        seen["preview"] = shown
        ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dlg.result() == ReasonDialog.DialogCode.Accepted
        return dlg.choice()

    monkeypatch.setattr(ReasonDialog, "launch", launch)
    w.review.return_.click()
    qtbot.waitUntil(lambda: w.review.last_result is not None, timeout=15000)
    d = s.queries.detail(admin, "T-0001", audit_view=False)
    assert d.summary.status.value == "returned"
    assert [dict(f) for f in d.decisions[-1].fix_fields] == [
        {"field": "profession", "note": ""},
        {"field": "education[1].document", "note": "scan unreadable"},
    ]
    (letter,) = s.letters.letters(admin, portal_id="T-0001")
    signed = letter_html(letter)
    for line in seen["preview"].splitlines():
        if line.strip() and not re.search(r"\d\d\.\d\d\.\d{4}|присваивается|беріледі", line):
            assert squash(line) in squash(signed) or squash(line) in squash(
                re.sub(r"<[^>]+>", "", signed)), line


def test_resubmission_shows_which_marked_fields_changed(
    qtbot: Any, admin_window: Any, seeded: Any
) -> None:
    from models.applications.fixes import FixField
    from models.catalogs import Catalogs
    from models.intake.records import validate_record
    from tests.ui.conftest import known_apps

    s, admin = seeded.services, seeded.admin
    s.review.decide(admin, "T-0002", "return", ["RET-DOCUMENTS"], "",
                    fixes=[FixField("education[1].document", "скан нечитаем"),
                           FixField("employment[1].position", "штатная должность")])
    raw = copy.deepcopy(known_apps()[1])
    raw["specialist"]["education"][0]["document"] = "ЖБ-0099999"  # fixed; the position not
    raw["received_at"] = dt.datetime.now(dt.UTC).isoformat()
    rec = validate_record(1, raw, Catalogs.shipped())
    assert rec.data is not None
    s.review.resubmit(admin, "T-0002", rec.data, rec.received_at)
    w = admin_window
    open_app(qtbot, w, "T-0002")
    form = w.review.form.toPlainText()
    assert "Сведения, отмеченные при возврате: изменено 1" in form
    assert ("изменено: сведения об образовании, запись 1: документ об образовании — "
            "скан нечитаем") in form
    assert ("не изменено: сведения по трудовой деятельности, запись 1: должность — "
            "штатная должность") in form
    history = w.review.history.toPlainText()
    assert "не изменено: сведения по трудовой деятельности" in history
    assert "Сведения и документы, которые необходимо исправить:" in history


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_refusal_dialog_names_the_appeal_route_and_never_says_final(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    open_app(qtbot, w, "T-0003")
    dlg = w.review.make_dialog("refuse")
    qtbot.addWidget(dlg)
    assert dlg.picker is None  # only a return marks fields
    dlg.checks["REF-EMIGRATION"].setChecked(True)
    qtbot.waitUntil(lambda: dlg.letter_view.letter is not None, timeout=15000)
    code = {"kk": "Әкімшілік рәсімдік-процестік кодексі",
            "ru": "Административным процедурно-процессуальным кодексом"}[lang]
    assert code in dlg.intro.text()
    letter = dlg.preview.toPlainText()
    assert "Әкімшілік рәсімдік-процестік кодексінде" in letter
    assert "Административным процедурно-процессуальным кодексом" in letter
    for text in (dlg.intro.text(), letter):
        for word in ("окончател", "түпкілікті", "final"):
            assert word not in text.lower()


def test_a_user_who_cannot_sign_is_told_what_to_do(
    qtbot: Any, make_ctx: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[tuple[str, str, str]],
) -> None:
    from models.actor import SYSTEM

    s = seeded.services
    s.users.add(SYSTEM, "nameless", PASSWORD, "admin", None, "Атаусыз Әкімші", "")
    nameless = s.users.authenticate("nameless", PASSWORD)
    w = open_window(qtbot, make_ctx(nameless))
    open_app(qtbot, w, "T-0001")
    rv = w.review
    # before the decision: the buttons are off and the screen says what to do
    assert not rv.register.isEnabled() and not rv.return_.isEnabled()
    assert not rv.refuse.isEnabled()
    assert "Администрирование → Пользователи" in rv.state_label.text()
    assert "Администрирование → Пользователи" in rv.return_.toolTip()
    # the dialog, were it opened, shows the refusal in place of the letter and cannot be sent
    dlg = rv.make_dialog("return")
    qtbot.addWidget(dlg)
    dlg.checks["RET-DOCUMENTS"].setChecked(True)
    qtbot.waitUntil(lambda: bool(dlg.cannot_sign), timeout=15000)
    assert "не может подписать" in dlg.preview.toPlainText()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Администрирование → Пользователи" in dlg.hint.text()
    # the position filled in: the buttons come back; taken away again, the service refuses
    s.users.update(seeded.admin, "nameless", position="Бас маман")
    rv.reload()
    qtbot.waitUntil(lambda: rv.register.isEnabled(), timeout=15000)
    s.users.update(seeded.admin, "nameless", position="")
    monkeypatch.setattr(ReasonDialog, "launch", lambda self: DecisionChoice("register", (), ""))
    rv.register.click()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=15000)
    kind, title, text = shown_messages[-1]
    assert kind == "warning" and title == "Уведомление невозможно подписать"
    assert "nameless" in text and "Администрирование → Пользователи" in text
    qtbot.waitUntil(lambda: not rv.register.isEnabled() and rv.sign_problem is not None,
                    timeout=15000)
    d = s.queries.detail(seeded.admin, "T-0001", audit_view=False)
    assert d.summary.status.value == "submitted" and not d.decisions
