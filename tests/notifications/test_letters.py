"""Signers, the letter journal, field-level return notes and the preview before deciding."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from models.actor import SYSTEM, Actor
from models.applications.fixes import FixField, field_names
from models.calendar.workdays import today_local
from models.catalogs import Catalogs
from models.db.entities import Counter, Decision
from models.db.notification_entities import LetterRecord, Notification
from models.errors import InvalidInput, PermissionDenied
from models.intake.records import validate_record
from models.notifications.issue import CannotSign
from models.notifications.journal import format_number
from models.services import Services
from tests.factories import application, many
from tests.security.conftest import PW, receive


def counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore
                     for t in (Decision, LetterRecord, Notification))


def test_who_cannot_sign_cannot_decide_and_nothing_is_written(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(1))
    services.users.add(admin, "noname", PW, "admin", None, "Бекова Айжан")  # no position
    noname = services.users.authenticate("noname", PW)
    for who in (noname, SYSTEM):
        with pytest.raises(CannotSign) as exc:
            services.review.decide(who, "P-2026-000001", "register")
        assert exc.value.key == "decision.no_signer" and who.login in exc.value.ru
        with pytest.raises(CannotSign):
            services.letters.preview(who, "P-2026-000001", "register")
    assert counts(services) == (0, 0, 0)
    services.users.update(admin, "noname", position="Бас маман")
    assert {u.login: u for u in services.users.list(admin)}["noname"].can_sign
    services.review.decide(noname, "P-2026-000001", "register")
    assert counts(services) == (1, 1, 1)


def test_outgoing_numbers_are_unique_consecutive_per_year_in_the_admins_format(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(5))
    year = today_local().year
    first = services.review.decide(admin, "P-2026-000001", "register").letter_number
    assert first == f"{year}/00001"
    with pytest.raises(InvalidInput) as exc:
        services.letters.set_number_format(admin, "01-{seq}")  # no year: not unique
    assert exc.value.key == "letters.format_needs_year_and_seq"
    for bad in ("{year}/{seq:x}", "{yr}-{seq}", "{year}-{seq!r}", "", "{year}{seq}{seq}"):
        with pytest.raises(InvalidInput):
            services.letters.set_number_format(admin, bad)
    with pytest.raises(PermissionDenied):
        services.letters.set_number_format(people["abai"], "01-12/{seq}-{year}")
    assert services.letters.set_number_format(admin, "01-12/{seq}-{year}") == \
        f"01-12/1-{year}"
    numbers = [services.review.decide(admin, f"P-2026-00000{i}", "register").letter_number
               for i in (2, 3)]
    assert numbers == [f"01-12/2-{year}", f"01-12/3-{year}"]  # the year's sequence goes on
    with services.db.write() as s:  # a new year starts at 1
        s.add(Counter(name=f"letters:{year + 1}", value=0))
    assert format_number("{year}/{seq:05d}", year + 1, 1) == f"{year + 1}/00001"
    with services.db.read() as s:
        rows = s.execute(select(LetterRecord.year, LetterRecord.seq, LetterRecord.number)
                         .order_by(LetterRecord.id)).all()
    assert [(y, q) for y, q, _ in rows] == [(year, 1), (year, 2), (year, 3)]
    assert len({n for _, _, n in rows}) == 3


def test_a_return_marks_fields_and_the_resubmission_shows_what_changed(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(2))
    marked = [FixField("education[1].document", "скан нечитаем"), FixField("profession"),
              FixField("employment[1].position", "штатная должность")]
    with pytest.raises(InvalidInput) as exc:
        services.review.decide(admin, "P-2026-000002", "refuse", ["REF-EMIGRATION"],
                               fixes=marked)
    assert exc.value.key == "decision.fixes_only_return"
    for bad, key in ((FixField("education[2].document"), "decision.no_such_record"),
                     (FixField("iin"), "decision.unknown_field"),
                     (FixField("profession", "x" * 301), "decision.fix_note_too_long")):
        with pytest.raises(InvalidInput) as exc:
            services.review.decide(admin, "P-2026-000001", "return", ["RET-DOCUMENTS"],
                                   fixes=[bad])
        assert exc.value.key == key
    assert counts(services) == (0, 0, 0)
    services.review.decide(admin, "P-2026-000001", "return", ["RET-DOCUMENTS"],
                           fixes=[*marked, FixField("profession", "second note ignored")])
    d = services.queries.detail(admin, "P-2026-000001")
    (dec,) = d.decisions
    assert [f["field"] for f in dec.fix_fields] == [m.field for m in marked]
    assert dec.fix_fields[0]["note"] == "скан нечитаем" and dec.signer == "Сейітова Гүлнар " \
        "Маратқызы" and dec.letter_number.endswith("/00001")
    assert d.fix_checks == ()  # nothing resubmitted yet
    new = copy.deepcopy(application()["specialist"])
    new["education"][0]["document"] = "ЖБ-0099999"  # fixed; the position is not
    rec = validate_record(1, {"portal_id": "P-2026-000001",
                              "received_at": dt.datetime.now(dt.UTC).isoformat(),
                              "specialist": new}, Catalogs.shipped())
    assert rec.data is not None
    services.review.resubmit(admin, "P-2026-000001", rec.data, rec.received_at)
    checks = services.queries.detail(admin, "P-2026-000001").fix_checks
    assert [(c.field, c.changed) for c in checks] == [
        ("education[1].document", True), ("profession", False),
        ("employment[1].position", False)]
    assert checks[0].ru == "сведения об образовании, запись 1: документ об образовании"
    assert checks[0].kk == "білімі туралы мәліметтер, 1-жазба: білімі туралы құжат"
    assert services.queries.detail(admin, "P-2026-000001").as_json()["fix_checks"][0][
        "changed"] is True
    assert "education[n].document" in field_names() and "contacts" in field_names()


def test_the_preview_is_the_letter_the_applicant_gets(services: Services,
                                                      people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(1))
    args = ("return", ["RET-CATEGORY"], "Санат туралы куәлікті тіркеңіз")
    fixes = [FixField("qualification.assigned_on", "күні қате")]
    preview = services.letters.preview(admin, "P-2026-000001", *args, fixes=fixes)
    assert preview.number == ""
    assert any("(присваивается при принятии решения)" in b.text for b in preview.ru)
    res = services.review.decide(admin, "P-2026-000001", *args, fixes=fixes)
    (letter,) = services.letters.letters(admin, portal_id="P-2026-000001")
    assert letter.number == res.letter_number

    def same(a: str, b: str) -> bool:
        return a.replace(res.letter_number, "") == b.replace(
            "(присваивается при принятии решения)", "").replace(
            "(шешім қабылданғанда беріледі)", "")

    for lang in ("kk", "ru"):
        got, shown = letter.blocks(lang), preview.blocks(lang)
        assert len(got) == len(shown)
        assert all(g.style == p.style and same(g.text, p.text) for g, p in zip(got, shown,
                                                                                strict=True))
    with pytest.raises(PermissionDenied):
        services.letters.preview(people["abai"], "P-2026-000001", "register")


def test_letters_of_checked_notifications_and_of_old_decisions(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(2))
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-INCAPACITY"])
    services.review.decide(admin, "P-2026-000002", "register")
    ids = [n.id for n in services.notifications.list(admin)]
    letters = services.letters.letters_for(people["abai"], ids)
    assert [x.portal_id for x in letters] == ["P-2026-000001", "P-2026-000002"]
    with pytest.raises(PermissionDenied):
        services.letters.letters_for(people["almaty"], ids[:1])
    with services.db.write() as s:  # a decision from before the journal: no stored letter
        d = s.scalar(select(Decision).where(Decision.kind == "register"))
        assert d is not None
        s.execute(delete(Notification).where(Notification.decision_id == d.id))
        s.execute(delete(LetterRecord).where(LetterRecord.decision_id == d.id))
    (old,) = services.letters.letters(admin, portal_id="P-2026-000002")
    assert old.number == "—" and any("регистрационный номер 1" in b.text for b in old.ru)
    assert any(b.text == "Сейітова Гүлнар Маратқызы" for b in old.ru)
