"""Notifications of decisions: sending what is due, the lists, delivery by hand, SMTP settings.

Sending, the SMS file and report, resends and the mail settings are an administrator's (or
the scheduled task's) work; the lists are scoped like everything else (a clerk sees their
region: the "deliver by hand" list is the clerk's of the applicant's region), and a clerk marks
a letter of their region delivered by hand, with the date. Everything is audited.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.workdays import today_local, utc_now
from models.db.engine import Database
from models.db.entities import Application, Decision, Role
from models.db.notification_entities import LetterRecord, Notification, NotificationStatus
from models.db.security_entities import Setting
from models.errors import Conflict, InvalidInput, NotFound
from models.intake.validation import is_valid_email
from models.notifications.delivery import (
    LetterPdf,
    ReportSummary,
    apply_reports,
    deliver_emails,
    deliver_sms,
)
from models.notifications.history import FILTERS, SUMMARY, NotificationInfo, info
from models.notifications.listing import (
    VIEWS,
    OutboxRow,
    count_attention,
    count_due_emails,
    count_rows,
    page_rows,
)
from models.notifications.sender import STALE_AFTER, OnStage, SendReport, recover_stale
from models.notifications.sms import CsvFileGateway, SmsGateway
from models.notifications.smtp import DeliveryError, SmtpConfig, SmtpMailer, send_test_message
from models.people.access import deny, deny_foreign
from models.registry.service import check_output

SMTP_KEY = "smtp"
MAX_LIST = 10_000

_S = NotificationStatus


class NotificationService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.clock: Callable[[], dt.datetime] = utc_now  # UTC, naive (a test may set its own)

    def _admin(self, actor: Actor, what: str, entity_id: object = "") -> None:
        if not actor.is_admin:
            raise deny(self.db, actor, "notify.admin_only", "notification", entity_id,
                       what=what)

    # -- lists ------------------------------------------------------------------------------
    def list(self, actor: Actor, status: str | None = None, region: str | None = None,
             limit: int = MAX_LIST) -> list[NotificationInfo]:
        """Notifications by status (``pending``, ``sent``, ``delivered``, ``failed``,
        ``by-hand``, ``uncertain``; None: all), oldest first. A clerk sees their region only;
        a viewer none."""
        if status is not None and status not in FILTERS:
            raise InvalidInput("notify.unknown_status", status=status)
        region = self._scope(actor, region)
        stmt = (select(*SUMMARY).join(LetterRecord, LetterRecord.id == Notification.letter_id)
                .join(Application, Application.id == Notification.application_id))
        if status is not None:
            stmt = stmt.where(FILTERS[status])
        if region:
            stmt = stmt.where(Notification.region_code == region)
        with self.db.read() as s:
            rows = s.execute(stmt.order_by(Notification.id).limit(limit)).all()
            return [info(n, number, pid) for n, number, pid in rows]

    def _scope(self, actor: Actor, region: str | None, what: str = "list") -> str | None:
        """The region a list is narrowed to: a clerk's own (none: refused), else ``region``."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "notify.denied", "notification", what=what)
        if actor.role is Role.MIO:
            if region and region != actor.region:
                raise deny_foreign(self.db, actor, region, "notification", what=what)
            if not actor.region:  # a clerk without a region sees nothing
                raise deny(self.db, actor, "notify.denied", "notification", what=what)
            return actor.region
        return region

    def count(self, actor: Actor, view: str, region: str | None = None) -> int:
        """How many notifications the screen's ``view`` (:data:`listing.VIEWS`) holds."""
        if view not in VIEWS:
            raise InvalidInput("notify.unknown_status", status=view)
        region = self._scope(actor, region)
        with self.db.read() as s:
            return count_rows(s, view, region)

    def page(self, actor: Actor, view: str, offset: int = 0, limit: int = 200,
             region: str | None = None) -> builtins.list[OutboxRow]:
        """One page of the screen's ``view``, scoped like :meth:`list`."""
        if view not in VIEWS:
            raise InvalidInput("notify.unknown_status", status=view)
        region = self._scope(actor, region)
        with self.db.read() as s:
            return page_rows(s, view, region, max(0, offset), max(0, min(limit, MAX_LIST)))

    def attention(self, actor: Actor) -> int:
        """Notifications that need a person (to deliver by hand, uncertain, failed on a
        channel) in what the actor sees; 0 for a viewer."""
        if actor.role is Role.VIEWER or (actor.role is Role.MIO and not actor.region):
            return 0
        with self.db.read() as s:
            return count_attention(s, actor.region if actor.role is Role.MIO else None)

    def due_emails(self, actor: Actor) -> int:
        """How many e-mails :meth:`send_due` would send now (its progress)."""
        self._admin(actor, "send")
        with self.db.read() as s:
            return count_due_emails(s, self.clock())

    # -- sending ----------------------------------------------------------------------------
    def smtp_in_force(self, from_env: SmtpConfig | None = None) -> SmtpConfig | None:
        """The mail settings to send with: the environment's (a scheduled task), else the
        administrator's."""
        if from_env is not None:
            return from_env
        with self.db.read() as s:
            row = s.get(Setting, SMTP_KEY)
            return SmtpConfig.from_stored(row.value) if row is not None else None

    def send_due(self, actor: Actor, letter_pdf: LetterPdf, *, smtp: SmtpConfig | None = None,
                 sms: SmsGateway | None = None, limit: int = 200,
                 stale_after: dt.timedelta = STALE_AFTER,
                 on_stage: OnStage | None = None) -> SendReport:
        """Send what is due: stale claims first, then e-mails (``smtp``, else the stored
        settings) and, given a gateway, SMS. ``letter_pdf`` renders a letter for the
        attachment (``reports.letters.letter_pdf``)."""
        self._admin(actor, "send")
        cfg = self.smtp_in_force(smtp)
        requeued, uncertain = recover_stale(self.db, actor, self.clock(), stale_after)
        report = SendReport(requeued=requeued, uncertain=uncertain)
        if cfg is None:
            report.stopped = "smtp not configured"
        else:
            mailer = SmtpMailer(cfg)
            try:
                got = deliver_emails(self.db, actor, cfg, mailer, letter_pdf, self.clock,
                                     limit, on_stage)
            finally:
                mailer.close()
            _add(report, got)
        if sms is not None:
            _add(report, deliver_sms(self.db, actor, sms, self.clock, limit, on_stage))
        return report

    def export_sms(self, actor: Actor, out: str | Path, limit: int = 1000,
                   on_stage: OnStage | None = None) -> SendReport:
        """Write the SMS that are due into ``out`` (a new CSV file) for the operator's
        gateway; they count as sent once the file is in place."""
        self._admin(actor, "export_sms")
        path = check_output(out)
        if path.exists():
            raise InvalidInput("sms.out_exists", path=path)
        requeued, uncertain = recover_stale(self.db, actor, self.clock())
        report = deliver_sms(self.db, actor, CsvFileGateway(out=path), self.clock, limit,
                             on_stage)
        report.requeued, report.uncertain = requeued, report.uncertain + uncertain
        return report

    def import_sms_report(self, actor: Actor, path: str | Path) -> ReportSummary:
        """Record the operator's delivery report (CSV ``ref,status[,detail][,time]``)."""
        self._admin(actor, "import_sms_report")
        file = Path(path)
        if not file.is_file():
            raise InvalidInput("sms.bad_report", path=file, error="not a file")
        return apply_reports(self.db, actor, CsvFileGateway(report=file), self.clock)

    # -- people -----------------------------------------------------------------------------
    def mark_delivered(self, actor: Actor, notification_id: int, on: dt.date | None = None
                       ) -> None:
        """The letter reached the applicant on ``on`` (default: today): handed over by the
        clerk of the region, or confirmed by an administrator after an uncertain send."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "notify.denied", "notification", notification_id,
                       what="mark_delivered")
        day = on or today_local()
        if day > today_local():
            raise InvalidInput("notify.delivered_future", day=day)
        with self.db.read() as s:
            found = s.execute(select(Notification.region_code, Decision.decided_on)
                              .join(Decision, Decision.id == Notification.decision_id)
                              .where(Notification.id == notification_id)).first()
        if found is None:
            raise NotFound("notify.not_found", id=notification_id)
        region, decided_on = found
        if not actor.may_see_region(region):
            raise deny_foreign(self.db, actor, region, "notification", notification_id,
                               what="mark_delivered")
        if day < decided_on:
            raise InvalidInput("notify.delivered_before_decision", day=day, decided=decided_on)
        now = self.clock()
        with self.db.write() as s:
            n = s.get_one(Notification, notification_id)
            if n.status not in (_S.BY_HAND, _S.UNCERTAIN, _S.SENT):
                raise Conflict("notify.not_awaiting", id=notification_id, status=n.status.value)
            before = {"status": n.status.value, "channel": n.channel.value}
            s.execute(update(Notification).where(Notification.id == n.id,
                                                 Notification.status == n.status)
                      .values(status=_S.DELIVERED, delivered_on=day,
                              delivered_by=actor.login, updated_at=now))
            audit.record(s, actor, "notification.delivered", "notification", n.id,
                         before=before, after={"status": "delivered", "delivered_on": day,
                                               "by_hand": n.status is _S.BY_HAND},
                         region=region)

    def resend(self, actor: Actor, notification_id: int) -> None:
        """Send an uncertain notification again: a person checked it did not arrive."""
        self._admin(actor, "resend", notification_id)
        now = self.clock()
        with self.db.write() as s:
            n = s.get(Notification, notification_id)
            if n is None:
                raise NotFound("notify.not_found", id=notification_id)
            if n.status is not _S.UNCERTAIN:
                raise Conflict("notify.not_uncertain", id=notification_id)
            s.execute(update(Notification).where(Notification.id == n.id,
                                                 Notification.status == _S.UNCERTAIN)
                      .values(status=_S.PENDING, claim_token=None, committed_at=None,
                              next_attempt_at=None, updated_at=now))
            audit.record(s, actor, "notification.resend", "notification", n.id,
                         before={"status": "uncertain"},
                         after={"status": "pending", "channel": n.channel.value},
                         region=n.region_code)

    # -- settings ---------------------------------------------------------------------------
    def smtp_settings(self, actor: Actor) -> dict[str, object] | None:
        """The stored mail settings without the password (an administrator's)."""
        self._admin(actor, "smtp.view")
        cfg = self.smtp_in_force()
        return cfg.public() if cfg else None

    def set_smtp(self, actor: Actor, cfg: SmtpConfig | None, *,
                 keep_password: bool = False) -> None:
        """Store (or with None, remove) the mail settings; audited without the password.
        ``keep_password``: an empty password in ``cfg`` keeps the stored one (the settings
        screen never shows it back)."""
        self._admin(actor, "smtp.update")
        if cfg is not None:
            cfg = cfg.checked()
        now = self.clock()
        with self.db.write() as s:
            row = s.get(Setting, SMTP_KEY)
            old = SmtpConfig.from_stored(row.value) if row is not None else None
            if cfg is not None and keep_password and not cfg.password and old is not None:
                cfg = dataclasses.replace(cfg, password=old.password)
            if cfg is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Setting(key=SMTP_KEY, value=cfg.stored(), updated_by=actor.login,
                              updated_at=now))
            else:
                row.value, row.updated_by, row.updated_at = cfg.stored(), actor.login, now
            s.flush()
            after = cfg.public() if cfg is not None else None
            if after is not None and cfg is not None and old is not None:
                after["password_changed"] = old.password != cfg.password
            audit.record(s, actor, "smtp.update", "settings", SMTP_KEY,
                         before=old.public() if old else None, after=after)

    def test_smtp(self, actor: Actor, cfg: SmtpConfig, to: str, *,
                  keep_password: bool = False) -> None:
        """Send a test message to ``to`` with ``cfg`` (``keep_password``: an empty password
        is the stored one); audited with the outcome. A failure is a ``DeliveryError``."""
        self._admin(actor, "smtp.test")
        cfg = cfg.checked()
        to = to.strip()
        if not is_valid_email(to):
            raise InvalidInput("smtp.bad_test_address", address=to)
        if keep_password and not cfg.password and cfg.user:
            stored = self.smtp_in_force()
            if stored is None or not stored.password:
                raise InvalidInput("smtp.no_password")
            cfg = dataclasses.replace(cfg, password=stored.password)
        failure: DeliveryError | None = None
        try:
            send_test_message(cfg, to)
        except DeliveryError as exc:
            failure = exc
        with self.db.write() as s:
            audit.record(s, actor, "smtp.test", "settings", SMTP_KEY,
                         after={"to": to, "host": cfg.host, "port": cfg.port,
                                "ok": failure is None,
                                **({"detail": failure.detail} if failure else {})})
        if failure is not None:
            raise failure


def _add(report: SendReport, got: SendReport) -> None:
    report.sent += got.sent
    report.retry += got.retry
    report.failed += got.failed
    report.uncertain += got.uncertain
    report.ids += got.ids
    report.stopped = report.stopped or got.stopped

