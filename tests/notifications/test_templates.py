"""An administrator's templates: refused when a required element is missing, previewed, used."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.actor import Actor
from models.db.entities import AuditEvent
from models.db.notification_entities import LetterRecord, Notification
from models.errors import InvalidInput, PermissionDenied
from models.notifications.templates import (
    CHANNELS,
    CHANNELS_OF,
    KINDS,
    LANGS,
    REQUIRED,
    TemplateIncomplete,
    check_template,
    shipped_templates,
)
from models.services import Services
from tests.factories import many
from tests.security.conftest import receive


def test_every_shipped_template_passes_its_own_checks(services: Services,
                                                      people: dict[str, Actor]) -> None:
    for (kind, channel, lang), t in shipped_templates().items():
        check_template(kind, channel, lang, t.subject, t.body)
        p = services.templates.preview(people["admin"], kind, channel, lang, t.subject, t.body)
        assert p.sms_segments.count <= 3  # Kazakh and Russian together
    assert len(shipped_templates()) == sum(len(CHANNELS_OF[k]) for k in KINDS) * len(LANGS)
    assert {ch for k, ch, _lg in shipped_templates()} == set(CHANNELS)


@pytest.mark.parametrize(("kind", "channel", "element"), [
    ("refuse", "letter", "appeal"), ("refuse", "email", "appeal"),
    ("refuse", "letter", "reasons"), ("return", "letter", "reasons"),
    ("return", "email", "legal_basis"), ("register", "letter", "legal_basis"),
    ("return", "letter", "resubmit"), ("return", "letter", "signer"),
    ("register", "sms", "registry_number"),
    ("refuse", "letter", "comment"), ("return", "email", "comment"),
    ("refuse", "letter", "applicant"), ("register", "letter", "applicant"),
])
def test_a_template_that_drops_a_required_element_is_refused(
        kind: str, channel: str, element: str) -> None:
    assert element in REQUIRED[kind, channel]
    t = shipped_templates()[kind, channel, "ru"]
    body = "\n".join(line.replace("{" + element + "}", "") for line in t.body.splitlines())
    with pytest.raises(TemplateIncomplete) as exc:
        check_template(kind, channel, "ru", t.subject, body)
    assert exc.value.key == "template.missing_element"
    assert "порядок обжалования" in exc.value.ru if element == "appeal" else True
    assert "шағым" in exc.value.kk if element == "appeal" else True


@pytest.mark.parametrize(("body", "key"), [
    ("{reasons} и ещё текст", "template.block_inline"),
    ("{nonsense}", "template.unknown_placeholder"),
    ("{number!r}", "template.bad_syntax"),
    ("{number", "template.bad_syntax"),
    ("{appeal}", "template.not_for_kind"),  # a return is not appealed in its letter
])
def test_a_broken_template_is_refused(body: str, key: str) -> None:
    t = shipped_templates()["return", "letter", "kk"]
    with pytest.raises(InvalidInput) as exc:
        check_template("return", "letter", "kk", "", t.body + "\n" + body)
    assert exc.value.key == key


def test_an_sms_longer_than_three_segments_is_refused(services: Services,
                                                      people: dict[str, Actor]) -> None:
    t = shipped_templates()["register", "sms", "ru"]
    with pytest.raises(InvalidInput) as exc:
        services.templates.save(people["admin"], "register", "sms", "ru", "",
                                t.body + " Сведения о специалисте опубликованы в реестре на "
                                "портале социальных услуг; проверьте их и сообщите об ошибках.")
    assert exc.value.key == "template.sms_too_long"


@pytest.mark.parametrize("kind", ["return", "refuse"])
def test_a_return_or_a_refusal_has_no_sms(services: Services, people: dict[str, Actor],
                                          kind: str) -> None:
    """Their notification carries the reasons (p.9), a refusal its appeal route too: that does
    not fit three SMS segments, so there is no SMS template to edit and none is sent."""
    with pytest.raises(InvalidInput) as exc:
        services.templates.save(people["admin"], kind, "sms", "ru", "", "{portal_id} {number}")
    assert exc.value.key == "template.unknown"
    assert all(ch != "sms" for k, ch, _lg in shipped_templates() if k == kind)


def test_a_saved_template_is_used_audited_and_can_be_reset(services: Services,
                                                           people: dict[str, Actor]) -> None:
    admin = people["admin"]
    t = shipped_templates()["refuse", "letter", "ru"]
    body = t.body.replace("По результатам рассмотрения заявки", "Рассмотрев Вашу заявку,")
    with pytest.raises(PermissionDenied):
        services.templates.save(people["abai"], "refuse", "letter", "ru", "", body)
    preview = services.templates.preview(admin, "refuse", "letter", "ru", "", body)
    assert any(b.text.startswith("Рассмотрев Вашу заявку,") for b in preview.blocks)
    saved = services.templates.save(admin, "refuse", "letter", "ru", "", body)
    assert saved.changed_by == "admin" and not saved.shipped
    listed = {(x.kind, x.channel, x.lang): x for x in services.templates.templates(admin)}
    assert listed["refuse", "letter", "ru"].body == body
    assert listed["refuse", "letter", "kk"].shipped
    receive(services, admin, many(2))
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    services.templates.reset(admin, "refuse", "letter", "ru")
    services.review.decide(admin, "P-2026-000002", "refuse", ["REF-EMIGRATION"])
    with services.db.read() as s:
        letters = [c["ru"] for c in s.scalars(select(LetterRecord.content)
                                               .order_by(LetterRecord.id))]
        events = [(a, json.loads(b or "null"), json.loads(x or "null")) for a, b, x in
                  s.execute(select(AuditEvent.action, AuditEvent.before, AuditEvent.after)
                            .where(AuditEvent.entity == "template"))]
    texts = [" ".join(b[1] for b in blocks) for blocks in letters]
    assert "Рассмотрев Вашу заявку," in texts[0] and "Рассмотрев" not in texts[1]
    assert [e[0] for e in events] == ["access.denied", "template.update", "template.reset"]
    assert events[1][1]["body"] == t.body and events[1][2]["body"] == body


def test_a_decision_keeps_the_texts_it_was_sent_with(services: Services,
                                                     people: dict[str, Actor]) -> None:
    """The outbox holds the composed e-mail and SMS: a later template change alters neither."""
    admin = people["admin"]
    receive(services, admin, many(1))
    services.review.decide(admin, "P-2026-000001", "register")
    with services.db.read() as s:
        before = s.execute(select(Notification.subject, Notification.body,
                                  Notification.sms_text)).one()
    t = shipped_templates()["register", "email", "ru"]
    services.templates.save(admin, "register", "email", "ru", "Новая тема {portal_id}", t.body)
    with services.db.read() as s:
        assert s.execute(select(Notification.subject, Notification.body,
                                Notification.sms_text)).one() == before


@pytest.mark.parametrize("words", ["Решение окончательное.", "Бұл шешім түпкілікті.",
                                   "Обжалованию не подлежит.", "This decision is final."])
def test_a_refusal_template_may_not_call_it_final(words: str) -> None:
    t = shipped_templates()["refuse", "letter", "ru"]
    with pytest.raises(InvalidInput) as exc:
        check_template("refuse", "letter", "ru", "", t.body + "\n" + words)
    assert exc.value.key == "template.says_final"
    assert "обжалован" in exc.value.ru and "шағым" in exc.value.kk
    e = shipped_templates()["refuse", "email", "kk"]
    with pytest.raises(InvalidInput):
        check_template("refuse", "email", "kk", e.subject + " " + words, e.body)


def test_a_stored_template_that_breaks_a_later_rule_is_not_used(
        services: Services, people: dict[str, Actor]) -> None:
    """A refusal template saved before the rule against "final" (or an SMS of a return saved
    before returns lost their SMS) gives way to the shipped one."""
    import datetime as dt

    from models.db.notification_entities import MessageTemplate
    from models.notifications.compose import templates_in_force

    shipped = shipped_templates()["refuse", "letter", "ru"]
    with services.db.write() as s:
        s.add(MessageTemplate(kind="refuse", channel="letter", lang="ru", subject="",
                              body=shipped.body + "\nРешение окончательное.",
                              updated_by="admin", updated_at=dt.datetime(2026, 1, 5)))
        s.add(MessageTemplate(kind="return", channel="sms", lang="ru", subject="",
                              body="{portal_id} {number}", updated_by="admin",
                              updated_at=dt.datetime(2026, 1, 5)))
    with services.db.read() as s:
        refuse = templates_in_force(s, "refuse")
        ret = templates_in_force(s, "return")
    assert refuse["letter", "ru"].body == shipped.body and refuse["letter", "ru"].shipped
    assert ("sms", "ru") not in ret
    admin = people["admin"]
    receive(services, admin, many(1))
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    with services.db.read() as s:
        content = s.scalar(select(LetterRecord.content))
    assert "окончательное" not in json.dumps(content, ensure_ascii=False)
