"""An administrator's templates: the list, a preview, saving one (checked) and going back.

A template is saved only if it keeps every element its decision needs (the reasons, the legal
basis, the appeal route of a refusal, the way to resubmit after a return, the number, the
signer: ``templates.REQUIRED``) and, for an SMS, if Kazakh and Russian together still fit in
:data:`~models.notifications.sms.MAX_SEGMENTS` segments with realistic values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.actor import Actor
from models.audit import chain as audit
from models.calendar.workdays import KZ_TZ, utc_now
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.notification_entities import MessageTemplate
from models.dto import LetterBlock, LetterData
from models.errors import InvalidInput
from models.notifications.compose import Composed, Facts, compose, templates_in_force
from models.notifications.journal import format_number, number_format
from models.notifications.sms import MAX_SEGMENTS, Segments, segments
from models.notifications.templates import (
    KINDS,
    Template,
    check_key,
    check_template,
    shipped_templates,
)
from models.people.access import deny


@dataclass(frozen=True)
class TemplatePreview:
    """A template rendered with sample facts."""

    template: Template
    subject: str  # e-mail: Kazakh / Russian
    text: str  # e-mail or SMS: Kazakh, then Russian
    letter: LetterData  # the letter (for a letter template; the others too, as context)
    sms_segments: Segments

    @property
    def blocks(self) -> tuple[LetterBlock, ...]:
        return self.letter.blocks(self.template.lang)


def sample_facts(kind: str, catalogs: Catalogs, number: str) -> Facts:
    """Realistic, long-ish facts for previews and the SMS length check."""
    when = dt.datetime(2026, 3, 20, 16, 40, tzinfo=KZ_TZ)
    return Facts(
        kind=kind, portal_id="P-2026-000123", number=number, issued_on=dt.date(2026, 3, 26),
        received_at=when, decided_at=when + dt.timedelta(days=6),
        specialist="Әбілқайырова Әсел Нұрланқызы",
        applicant={"kind": "organization", "name": "ТОО «Қамқорлық орталығы»",
                   "bin": "120340000113", "licence": "KZ-12345", "phone": "+77011234567",
                   "email": "info@example.kz"},
        reasons=tuple(r for r in catalogs.reasons.values() if r.kind == kind),
        comment="Диплом көшірмесі оқылмайды." if kind != "register" else "",
        fixes=({"field": "education[1].document", "note": "көшірме оқылмайды"},
               {"field": "qualification.assigned_on", "note": ""}) if kind == "return" else (),
        signer_name="Сейітова Гүлнар Маратқызы", signer_position="Тізілім бөлімінің басшысы",
        registry_number=123456 if kind == "register" else None,
        included_on=dt.date(2026, 3, 26) if kind == "register" else None)


class TemplateService:
    def __init__(self, db: Database, catalogs: Catalogs) -> None:
        self.db = db
        self.catalogs = catalogs

    def _admin(self, actor: Actor, what: str, key: str = "") -> None:
        if not actor.is_admin:
            raise deny(self.db, actor, "template.admin_only", "template", key, what=what)

    def templates(self, actor: Actor) -> list[Template]:
        """Every template in force (an administrator's version where there is one)."""
        self._admin(actor, "template.list")
        with self.db.read() as s:
            out = []
            for kind in KINDS:
                found = templates_in_force(s, kind)
                out += [found[ch, lg] for (k, ch, lg) in shipped_templates() if k == kind]
            return out

    def _render(self, kind: str, channel: str, lang: str, subject: str, body: str
                ) -> TemplatePreview:
        check_template(kind, channel, lang, subject, body)
        with self.db.read() as s:
            found = templates_in_force(s, kind)
            number = format_number(number_format(s), 2026, 12345)
        candidate = Template(kind, channel, lang, subject if channel == "email" else "", body)
        found[channel, lang] = candidate
        done: Composed = compose(sample_facts(kind, self.catalogs, number), found)
        seg = segments(done.sms)
        text = done.body if channel == "email" else done.sms if channel == "sms" else ""
        return TemplatePreview(candidate, done.subject, text, done.letter, seg)

    def preview(self, actor: Actor, kind: str, channel: str, lang: str, subject: str,
                body: str) -> TemplatePreview:
        """A template as the applicant would read it, with sample facts (refused like a save
        would be, so the editor shows the reason before saving)."""
        self._admin(actor, "template.preview", f"{kind}/{channel}/{lang}")
        got = self._render(kind, channel, lang, subject, body)
        if channel == "sms" and got.sms_segments.count > MAX_SEGMENTS:
            raise InvalidInput("template.sms_too_long", segments=got.sms_segments.count,
                               max=MAX_SEGMENTS)
        return got

    def save(self, actor: Actor, kind: str, channel: str, lang: str, subject: str,
             body: str) -> Template:
        """Use this template from now on (checked first; audited with the old text)."""
        key = f"{kind}/{channel}/{lang}"
        self._admin(actor, "template.update", key)
        got = self.preview(actor, kind, channel, lang, subject, body)
        now = utc_now()
        with self.db.write() as s:
            before = templates_in_force(s, kind)[channel, lang]
            row = s.get(MessageTemplate, (kind, channel, lang))
            if row is None:
                row = MessageTemplate(kind=kind, channel=channel, lang=lang)
                s.add(row)
            row.subject, row.body = got.template.subject, body
            row.updated_by, row.updated_at = actor.login, now
            s.flush()
            audit.record(s, actor, "template.update", "template", key,
                         before={"subject": before.subject, "body": before.body},
                         after={"subject": row.subject, "body": row.body})
        return dataclasses.replace(got.template, changed_by=actor.login)

    def reset(self, actor: Actor, kind: str, channel: str, lang: str) -> Template:
        """Go back to the shipped template; audited."""
        key = f"{kind}/{channel}/{lang}"
        self._admin(actor, "template.reset", key)
        check_key(kind, channel, lang)
        with self.db.write() as s:
            row = s.scalar(select(MessageTemplate).where(
                MessageTemplate.kind == kind, MessageTemplate.channel == channel,
                MessageTemplate.lang == lang))
            if row is not None:
                audit.record(s, actor, "template.reset", "template", key,
                             before={"subject": row.subject, "body": row.body})
                s.delete(row)
        return shipped_templates()[kind, channel, lang]

