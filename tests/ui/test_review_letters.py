"""The review shows who applied (an organisation: name, BIN, licence, contacts, its consent)
and each decision's notification; a decided application's letter is saved as PDF or opened
for printing, written in a worker from the letter journal."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from tests.factories import BIN
from tests.ui.conftest import known_apps, open_window

ORG = {"kind": "organization", "name": "ТОО «Қамқорлық орталығы»", "bin": BIN,
       "licence": "KZ-12345", "phone": "+7 701 555 44 33", "email": "info@kamkor.kz",
       "consent_to_publish": False}


def open_app(qtbot: Any, w: Any, pid: str) -> None:
    w.open_application(pid)
    qtbot.waitUntil(
        lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid,
        timeout=15000,
    )


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pdf.pages))


def import_org_application(seeded: Any) -> str:
    from models.catalogs import Catalogs
    from models.intake.records import ParsedFile, validate_record

    raw = copy.deepcopy(known_apps()[0])
    raw["portal_id"] = "T-ORG-1"
    raw["applicant"] = dict(ORG)
    rec = validate_record(1, raw, Catalogs.shipped())
    assert rec.ok, [str(i) for i in rec.issues]
    seeded.services.imports.import_parsed(seeded.admin, ParsedFile("org", "json", [rec]))
    return "T-ORG-1"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_review_shows_the_organisation_applicant_and_the_notifications(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    pid = import_org_application(seeded)
    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    open_app(qtbot, w, pid)
    form = w.review.form.toPlainText()
    words = {"kk": ("Өтініш беруші", "ұйым", "Лицензия №", "КЕЛІСІМ БЕРМЕГЕН"),
             "ru": ("Заявитель", "организация", "Лицензия №", "НЕ ДАЛА СОГЛАСИЯ")}[lang]
    for word in (*words, "ТОО «Қамқорлық орталығы»", BIN, "KZ-12345", "info@kamkor.kz"):
        assert word in form, word
    assert "+7" in form and "555" in form
    assert not w.review.letter.isVisible()  # nothing decided yet: no letter
    seeded.services.review.decide(seeded.admin, pid, "refuse", ["REF-EMIGRATION"], "")
    open_app(qtbot, w, pid)
    qtbot.waitUntil(lambda: bool(w.review.detail.notifications), timeout=15000)
    history = w.review.history.toPlainText()
    n = w.review.detail.notifications[0]
    status = {"kk": "жіберілуін күтуде", "ru": "ожидает отправки"}[lang]
    head = {"kk": "Өтініш берушіге хабарламалар", "ru": "Уведомления заявителю"}[lang]
    for word in (head, n.letter_number, "info@kamkor.kz", status):
        assert word in history, word
    signed = {"kk": "қол қойған", "ru": "подписал(а)"}[lang]
    assert f"{signed}: Тізілім бөлімінің басшысы, Әкімші Тест" in history
    assert w.review.letter.isVisible()


def test_a_decided_applications_letter_is_saved_as_pdf_and_opened_for_printing(
    qtbot: Any, admin_window: Any, seeded: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.screens.review_letters as letters_mod

    s, admin, w = seeded.services, seeded.admin, admin_window
    res = s.review.decide(admin, "T-0003", "refuse", ["REF-EMIGRATION"], "Решение суда")
    open_app(qtbot, w, "T-0003")
    button = w.review.letter
    assert button.isVisible() and button.isEnabled()
    suggested: list[str] = []
    out = tmp_path / "chosen"

    def choose(self: Any, name: str) -> str:
        suggested.append(name)
        return str(out)  # no suffix typed: .pdf is added

    monkeypatch.setattr(letters_mod.LetterButton, "choose_path", choose)
    button.save_action.trigger()
    saved = out.with_suffix(".pdf")
    qtbot.waitUntil(lambda: button.last_path == saved, timeout=30000)
    number = res.letter_number
    assert Path(suggested[0]).name == f"letter-T-0003-{number.replace('/', '-')}.pdf"
    text = pdf_text(saved)
    for want in ("T-0003", number, "Решениесуда", "ӘкімшіТест", "Тізілімбөлімінің басшысы",
                 "Административнымпроцедурно-процессуальнымкодексом"):
        assert want.replace(" ", "") in text, want
    assert "окончател" not in text and "түпкілікті" not in text
    assert "Уведомление сохранено" in w.statusBar().currentMessage()

    opened: list[Path] = []
    monkeypatch.setattr(letters_mod, "open_path", lambda p: opened.append(p) or True)
    button.print_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    assert opened[0].suffix == ".pdf" and number.replace("/", "-") in opened[0].name
    assert "T-0003" in pdf_text(opened[0])
    # nothing decided: no letter to print
    open_app(qtbot, w, "T-0001")
    assert not button.isVisible()
