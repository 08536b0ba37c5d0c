"""Demo notifications in every state: decisions made through the services, e-mails through a
pretend mail server, SMS through the gateway's file and its delivery report.

Nothing leaves the machine: the demo mail server accepts, refuses (a permanent failure: the
notification moves on to SMS) or loses the connection after the message (uncertain) by turns.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.actor import Actor
from models.calendar.workdays import utc_now
from models.db.entities import Application, Status
from models.dto import LetterData
from models.errors import DomainError
from models.notifications.delivery import deliver_emails
from models.notifications.smtp import DeliveryError, DeliveryUncertain, SmtpConfig

if TYPE_CHECKING:
    from models.services import Services

_DECISIONS = (("register", ()), ("return", ("RET-DOCUMENTS",)), ("refuse", ("REF-EMIGRATION",)))
DEMO_SMTP = SmtpConfig.from_url("smtp://127.0.0.1:25", "registry@ncsp.example.kz")


class DemoMailer:
    """Accepts, refuses or loses messages in the order of ``outcomes`` (ok | refuse | lose)."""

    def __init__(self, outcomes: list[str]) -> None:
        self.outcomes: Iterator[str] = iter(outcomes)
        self.current = "ok"

    def envelope(self, to: str) -> None:
        self.current = next(self.outcomes, "ok")
        if self.current == "refuse":
            raise DeliveryError("permanent", "550 5.1.1 <" + to + ">: mailbox unavailable")

    def data(self, message: bytes) -> None:
        if self.current == "lose":
            raise DeliveryUncertain("connection lost after the message was sent")

    def reset(self) -> None:
        pass

    def close(self) -> None:
        pass


def _open_apps(services: Services, with_email: bool, region: str | None, n: int) -> list[str]:
    """``n`` applications awaiting a decision, with or without an e-mail, ``region``'s first."""
    with services.db.read() as s:
        stmt = (select(Application.portal_id, Application.region_code)
                .where(Application.status.in_([Status.SUBMITTED, Status.RESUBMITTED]),
                       (Application.applicant_email != "") if with_email
                       else (Application.applicant_email == ""),
                       Application.applicant_phone != "")
                .order_by(Application.id).limit(max(n * 20, 200)))
        rows = list(s.execute(stmt).all())
    rows.sort(key=lambda r: r[1] != region)
    return [pid for pid, _r in rows]


def _decide(services: Services, admin: Actor, pids: list[str], n: int) -> list[str]:
    done: list[str] = []
    for pid in pids:
        if len(done) == n:
            break
        kind, reasons = _DECISIONS[len(done) % len(_DECISIONS)]
        try:
            services.review.decide(admin, pid, kind, reasons)
        except DomainError:  # held by a clerk, decided meanwhile: the next one
            continue
        done.append(pid)
    return done


def _no_pdf(_letter: LetterData) -> bytes:
    return b"%PDF-1.4\n% demo\n"


def fill_outbox(services: Services, admin: Actor, folder: Path, region: str | None = None,
                each: int = 3) -> int:
    """Decide some waiting applications so that ``each`` notifications stand in every state
    (``region``'s first, so that its clerk has letters to deliver by hand); the SMS files are
    written in ``folder``. Returns how many applications were decided."""
    notes = services.notifications
    sms = _decide(services, admin, _open_apps(services, False, region, 3 * each), 3 * each)
    exported = folder / "demo-sms.csv"
    if sms and not exported.exists():
        notes.export_sms(admin, exported)
        with exported.open(encoding="utf-8", newline="") as fh:
            refs = [row["ref"] for row in csv.DictReader(fh)]
        half = max(1, min(each, len(refs) // 2))  # failed (by hand), then delivered
        report = folder / "demo-sms-report.csv"
        report.write_text("ref,status,detail\n" + "".join(
            f"{ref},{'UNDELIVERED,absent subscriber' if i < half else 'DELIVERED,'}\n"
            for i, ref in enumerate(refs[: 2 * half])), encoding="utf-8")
        notes.import_sms_report(admin, report)
    mail = _decide(services, admin, _open_apps(services, True, region, 4 * each), 4 * each)
    outcomes = ["ok"] * each + ["refuse"] * each + ["lose"] * each
    deliver_emails(services.db, admin, DEMO_SMTP, DemoMailer(outcomes), _no_pdf,
                   lambda: utc_now() - dt.timedelta(seconds=1), limit=3 * each)
    sent = notes.page(admin, "sent", 0, 1)
    if sent:  # the applicant confirmed receipt by telephone
        notes.mark_delivered(admin, sent[0].id)
    return len(sms) + len(mail)
