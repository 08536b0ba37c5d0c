"""E-mail through a real SMTP server on 127.0.0.1: what arrives, retries, failures, races."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import ssl
import threading
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path
from typing import Any

import pypdf
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from models.actor import Actor
from models.applications.fixes import FixField
from models.db.engine import Database
from models.db.entities import AuditEvent
from models.notifications.smtp import SmtpConfig
from models.notifications.templates import term
from models.services import Services
from reports.writers import letter_pdf
from tests.factories import many
from tests.notifications.conftest import (
    SMTP_PASSWORD,
    SMTP_USER,
    Mailbox,
    _authenticate,
    free_port,
    smtp_config,
)
from tests.security.conftest import receive

RETURN_REASONS = ["RET-DOCUMENTS", "RET-CATEGORY"]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def header(msg: Message, name: str) -> str:
    return str(make_header(decode_header(msg[name])))


def body_and_pdf(msg: Message) -> tuple[str, str, str]:
    """The text part, the attached PDF's text and its file name."""
    text, pdf_text, name = "", "", ""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            text = payload.decode(part.get_content_charset() or "utf-8")
        elif part.get_content_type() == "application/pdf":
            data = part.get_payload(decode=True)
            assert isinstance(data, bytes)
            pdf_text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
            name = part.get_filename() or ""
    return text, pdf_text, name


def decided(services: Services, admin: Actor) -> dict[str, str]:
    """A return (two reasons, two marked fields, a comment) and a refusal; their numbers."""
    receive(services, admin, many(2))
    ret = services.review.decide(
        admin, "P-2026-000001", "return", RETURN_REASONS, "Копия диплома нечитаема",
        fixes=[FixField("education[1].document", "скан нечитаем"), FixField("profession")])
    ref = services.review.decide(admin, "P-2026-000002", "refuse", ["REF-COURT-SOCIAL"])
    return {"return": ret.letter_number, "refuse": ref.letter_number}


def test_the_message_that_arrives_carries_the_whole_decision(
        services: Services, people: dict[str, Actor], mailbox: Mailbox) -> None:
    admin = people["admin"]
    numbers = decided(services, admin)
    report = services.notifications.send_due(admin, letter_pdf,
                                             smtp=smtp_config(mailbox.port))
    assert (report.sent, report.retry, report.failed, report.stopped) == (2, 0, 0, "")
    assert len(mailbox.messages) == 2 and mailbox.recipients == [["asel@example.kz"]] * 2
    reasons = services.catalogs.reasons
    for msg, kind in zip(mailbox.messages, ("return", "refuse"), strict=True):
        number = numbers[kind]
        assert msg["From"] == "registry@ncsp.example.kz" and msg["To"] == "asel@example.kz"
        assert msg["X-Tizilim-Letter"] == number and msg["Message-ID"].endswith(
            "@ncsp.example.kz>")
        subject = header(msg, "Subject")
        assert number in subject and " / " in subject  # Kazakh / Russian
        text, pdf, name = body_and_pdf(msg)
        assert name == f"letter-{number.replace('/', '-')}.pdf"
        assert "Құрметті өтініш беруші!" in text and "Уважаемый заявитель!" in text
        codes = RETURN_REASONS if kind == "return" else ["REF-COURT-SOCIAL"]
        k = kind.upper()
        for lg in ("kk", "ru"):
            for code in codes:  # every reason, verbatim, in the e-mail and in the letter
                r = reasons[code]
                assert (r.kk if lg == "kk" else r.ru) in text
                assert squash(r.kk if lg == "kk" else r.ru) in squash(pdf)
            assert squash(term("ISSUER", lg)) in squash(pdf)
            basis = term("LEGAL_BASIS", lg).format(subpoint=term(f"SUBPOINT_{k}", lg))
            assert basis in text and squash(basis) in squash(pdf)
        assert squash(f"Исх. № {number}") in squash(pdf) and squash(f"Шығ. № {number}") in \
            squash(pdf)
        assert squash("23 января 2025 года № 21") in squash(pdf)
        assert squash("2025 жылғы 23 қаңтардағы № 21") in squash(pdf)
        sub = "подпункт 2) пункта 9" if kind == "return" else "подпункт 3) пункта 9"
        assert squash(sub) in squash(pdf)
        appeal = [term("APPEAL", lg) for lg in ("kk", "ru")]
        if kind == "refuse":
            assert all(a in text and squash(a) in squash(pdf) for a in appeal)
            assert "окончательн" not in text + pdf and "түпкілікті" not in text + pdf
        else:
            assert not any(a in text for a in appeal)
            assert "сведения об образовании, запись 1: документ об образовании — скан " \
                   "нечитаем" in text
            assert squash("Комментарий администратора (приводится только на русском языке): "
                          "Копия диплома нечитаема") in squash(pdf)
    rows = services.notifications.list(admin, "sent")
    assert [(r.portal_id, r.status, r.channel, r.address) for r in rows] == [
        ("P-2026-000001", "sent", "email", "asel@example.kz"),
        ("P-2026-000002", "sent", "email", "asel@example.kz")]
    detail = services.queries.detail(admin, "P-2026-000001")
    (n,) = detail.notifications
    assert n.letter_number == numbers["return"] and n.sent_at is not None
    assert [(a.outcome, a.channel, a.address) for a in n.history] == [
        ("sent", "email", "asel@example.kz")]
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "notification")))
        everything = " ".join(f"{b} {a}" for b, a in s.execute(
            select(AuditEvent.before, AuditEvent.after)))
    assert actions == ["notification.sent"] * 2
    assert SMTP_PASSWORD not in everything


def test_a_server_that_refuses_then_accepts(services: Services, people: dict[str, Actor],
                                            mailbox: Mailbox) -> None:
    admin = people["admin"]
    receive(services, admin, many(1))
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    mailbox.rcpt_replies = ["451 4.3.0 Mailbox busy, try again later"]
    cfg = smtp_config(mailbox.port)
    notes = services.notifications
    first = notes.send_due(admin, letter_pdf, smtp=cfg)
    assert (first.sent, first.retry) == (0, 1) and not mailbox.messages
    (row,) = notes.list(admin, "pending")
    assert row.last_error and row.last_error.startswith("451")
    assert row.next_attempt_at is not None and row.attempts == 1
    assert notes.send_due(admin, letter_pdf, smtp=cfg).sent == 0  # not due yet: back-off
    later = row.next_attempt_at + dt.timedelta(seconds=1)
    notes.clock = lambda: later
    assert notes.send_due(admin, letter_pdf, smtp=cfg).sent == 1
    assert len(mailbox.messages) == 1
    (n,) = services.queries.detail(admin, "P-2026-000001").notifications
    assert n.status == "sent" and [a.outcome for a in n.history] == ["temporary", "sent"]


def test_connection_refused_is_temporary_and_stops_the_run(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, many(3))
    for pid in ("P-2026-000001", "P-2026-000002", "P-2026-000003"):
        services.review.decide(admin, pid, "register")
    report = services.notifications.send_due(admin, letter_pdf, smtp=smtp_config(free_port()))
    assert report.retry == 1 and report.sent == 0 and "ConnectionRefused" in report.stopped
    pending = services.notifications.list(admin, "pending")
    assert len(pending) == 3 and [r.attempts for r in pending] == [1, 0, 0]  # one tried


def test_a_wrong_smtp_password_is_not_the_applicants_fault(
        services: Services, people: dict[str, Actor], mailbox: Mailbox) -> None:
    admin = people["admin"]
    receive(services, admin, many(1))
    services.review.decide(admin, "P-2026-000001", "register")
    cfg = dataclasses.replace(smtp_config(mailbox.port, password="wrong"), timeout=3)
    report = services.notifications.send_due(admin, letter_pdf, smtp=cfg)
    assert report.retry == 1 and report.stopped  # the run stops: our server refused us
    (row,) = services.notifications.list(admin, "pending")
    assert row.channel == "email"  # still e-mail: the server, not the address, failed
    assert "wrong" not in (row.last_error or "")


def test_a_permanent_failure_goes_to_sms_or_to_the_by_hand_list_of_the_region(
        services: Services, people: dict[str, Actor], mailbox: Mailbox) -> None:
    admin = people["admin"]
    apps = many(3)
    apps[0]["specialist"]["phone"] = None  # e-mail only: by hand after a permanent failure
    apps[0]["specialist"]["email"] = "gone@example.kz"
    apps[1]["specialist"]["email"] = "gone@example.kz"  # with a mobile: SMS next
    apps[2]["specialist"]["email"] = "gone@example.kz"  # a refusal has no SMS: by hand
    receive(services, admin, apps)
    services.review.decide(admin, "P-2026-000001", "return", ["RET-PROFESSION"])
    services.review.decide(admin, "P-2026-000002", "register")
    services.review.decide(admin, "P-2026-000003", "refuse", ["REF-INCAPACITY"])
    mailbox.refuse_address = "gone@example.kz"
    report = services.notifications.send_due(admin, letter_pdf,
                                             smtp=smtp_config(mailbox.port))
    assert (report.sent, report.failed) == (0, 3) and not mailbox.messages
    hands = services.notifications.list(people["abai"], "by-hand")
    assert [(h.portal_id, h.channel, h.address) for h in hands] == [
        ("P-2026-000001", "hand", ""), ("P-2026-000003", "hand", "")]
    hand = hands[0]
    assert all(h.last_error and h.last_error.startswith("550") for h in hands)
    (sms,) = services.notifications.list(admin, "pending")
    assert (sms.portal_id, sms.channel, sms.address) == ("P-2026-000002", "sms", "+77011234567")
    failed = {r.portal_id for r in services.notifications.list(admin, "failed")}
    assert failed == {"P-2026-000001", "P-2026-000002", "P-2026-000003"}
    assert services.notifications.list(people["almaty"], "by-hand") == []  # another region
    services.notifications.mark_delivered(people["abai"], hand.id, dt.date.today())
    (n,) = services.queries.detail(admin, "P-2026-000001").notifications
    assert n.status == "delivered" and n.delivered_by == "abai"
    assert [a.outcome for a in n.history] == ["permanent"]


def _sender(url: str, admin: Actor, port: int, out: list[Any]) -> None:
    own = Services.on(Database.from_url(url, audit_head=None))
    try:
        out.append(own.notifications.send_due(admin, letter_pdf, smtp=smtp_config(port)))
    finally:
        own.close()


def test_two_senders_racing_deliver_each_notification_once(
        services: Services, people: dict[str, Actor], mailbox: Mailbox) -> None:
    admin = people["admin"]
    receive(services, admin, many(8))
    for i in range(1, 9):
        services.review.decide(admin, f"P-2026-{i:06d}", "register")
    url = services.db.engine.url.render_as_string(hide_password=False)
    reports: list[Any] = []
    mailbox.data_delay = 0.15  # a slow server: the two senders overlap for sure
    threads = [threading.Thread(target=_sender, args=(url, admin, mailbox.port, reports))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(reports) == 2 and sum(r.sent for r in reports) == 8
    assert all(r.sent for r in reports), [r.sent for r in reports]  # both really sent
    assert len(mailbox.messages) == 8
    assert len({m["Message-ID"] for m in mailbox.messages}) == 8
    assert len(services.notifications.list(admin, "sent")) == 8


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with ``cryptography``, a dependency of
    the program's own, so the TLS tests never depend on an openssl command being there)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.mark.parametrize("scheme", ["smtp+starttls", "smtps"])
def test_tls_with_login_and_a_certificate_that_must_be_trusted(
        services: Services, people: dict[str, Actor], certificate: tuple[Path, Path],
        scheme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = people["admin"]
    receive(services, admin, many(2))
    services.review.decide(admin, "P-2026-000001", "register")
    services.review.decide(admin, "P-2026-000002", "register")
    box = Mailbox()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(*map(str, certificate))
    port = free_port()
    tls: dict[str, Any] = {"tls_context": ctx, "require_starttls": True}
    if scheme == "smtps":  # TLS from the first byte (aiosmtpd: offer AUTH on it)
        tls = {"ssl_context": ctx, "auth_require_tls": False}
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=_authenticate,
                            **tls)
    controller.start()
    try:
        cfg = SmtpConfig.from_url(f"{scheme}://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{port}",
                                  "registry@ncsp.example.kz")
        untrusted = services.notifications.send_due(admin, letter_pdf, smtp=cfg)
        assert untrusted.sent == 0 and "CERTIFICATE_VERIFY_FAILED" in untrusted.stopped
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # now the CA is known
        later = services.notifications.list(admin, "pending")[0].next_attempt_at
        assert later is not None
        services.notifications.clock = lambda: later + dt.timedelta(seconds=1)
        assert services.notifications.send_due(admin, letter_pdf, smtp=cfg).sent == 2
    finally:
        controller.stop()
    assert len(box.messages) == 2


def test_an_organisation_applicant_receives_the_refusal_by_e_mail(
        services: Services, people: dict[str, Actor], mailbox: Mailbox) -> None:
    """The applicant is the organisation (p.2 2)): the message goes to its address, the
    letter names it (and the specialist), and the refusal says how to appeal."""
    from tests.notifications.test_applicant import ORG, org_app

    admin = people["admin"]
    receive(services, admin, [org_app()])
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    report = services.notifications.send_due(admin, letter_pdf,
                                             smtp=smtp_config(mailbox.port))
    assert report.sent == 1
    (msg,) = mailbox.messages
    assert msg["To"] == ORG["email"] and mailbox.recipients == [[ORG["email"]]]
    text, pdf, _name = body_and_pdf(msg)
    assert squash(f"Кому: {ORG['name']} (БИН {ORG['bin']}") in squash(pdf)
    assert squash(f"Кімге: {ORG['name']} (БСН {ORG['bin']}") in squash(pdf)
    assert squash("Специалист: Әбілқайырова Әсел Нұрланқызы") in squash(pdf)
    for lg in ("kk", "ru"):
        assert term("APPEAL", lg) in text and squash(term("APPEAL", lg)) in squash(pdf)
