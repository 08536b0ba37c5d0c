"""A decision's letter, e-mail and SMS, composed from its facts and the templates in force.

The texts are composed once, in the decision's transaction, and kept: the letter in the journal
(``letters.content``), the e-mail and the SMS in the outbox row. A reprint, a resend and the
attachment are therefore always the letter that was signed, whatever a template says later.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.applications.fixes import field_label
from models.db.notification_entities import MessageTemplate
from models.dto import LetterBlock, LetterData, Reason
from models.errors import InvalidInput
from models.notifications.templates import (
    CHANNELS_OF,
    LANGS,
    Template,
    check_template,
    render_blocks,
    render_text,
    shipped_templates,
    term,
)

log = logging.getLogger(__name__)

DATE_FMT = "%d.%m.%Y"
DATETIME_FMT = "%d.%m.%Y %H:%M"
EMAIL_SEPARATOR = "\n\n" + "—" * 30 + "\n\n"

_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@dataclass(frozen=True)
class Facts:
    """Everything a decision's texts say (times in Kazakhstan local time)."""

    kind: str  # register | return | refuse
    portal_id: str
    number: str  # "" before the decision (a preview)
    issued_on: dt.date
    received_at: dt.datetime
    decided_at: dt.datetime
    specialist: str
    applicant: Mapping[str, Any]
    reasons: tuple[Reason, ...] = ()
    comment: str = ""
    fixes: tuple[Mapping[str, str], ...] = ()
    signer_name: str = ""
    signer_position: str = ""
    registry_number: int | None = None
    included_on: dt.date | None = None


@dataclass(frozen=True)
class Composed:
    letter: LetterData
    subject: str  # Kazakh / Russian
    body: str  # the e-mail: Kazakh, then Russian
    sms: str  # Kazakh, then Russian


def position_in(position: str, lang: str) -> str:
    """The signer's position in ``lang``: a position written "Kazakh / Russian" (the user's
    profile) signs each half in its language; otherwise the same words in both."""
    parts = [p.strip() for p in position.split(" / ")]
    if len(parts) == 2 and all(parts):
        return parts[0] if lang == "kk" else parts[1]
    return position


def comment_lang(text: str) -> str | None:
    """The language a comment is written in: ``kk`` (Kazakh letters), ``ru`` (other
    Cyrillic), ``both`` (parts split by ``/`` or lines, one of each) or None (neither)."""
    def one(part: str) -> str | None:
        if any(ch in _KAZAKH_LETTERS for ch in part):
            return "kk"
        if any("\u0400" <= ch <= "\u04ff" for ch in part):
            return "ru"
        return None

    found = {one(p) for p in re.split(r"\s/\s|\n", text)} - {None}
    return "both" if found == {"kk", "ru"} else one(text)


def _applicant(a: Mapping[str, Any], specialist: str, lang: str) -> str:
    if a.get("kind") != "organization":
        return specialist
    key = "ORGANIZATION_LICENCE" if a.get("licence") else "ORGANIZATION"
    return term(key, lang).format(name=a.get("name", ""), bin=a.get("bin", ""),
                                  licence=a.get("licence", ""))


def values(f: Facts, lang: str) -> dict[str, str]:
    """The inline placeholders' texts in ``lang``."""
    k = f.kind.upper()
    contacts = ", ".join(p for p in (f.applicant.get("phone"), f.applicant.get("email")) if p)
    return {
        "issuer": term("ISSUER", lang),
        "number": f.number or term("NOT_ISSUED", lang),
        "date": f.issued_on.strftime(DATE_FMT),
        "applicant": _applicant(f.applicant, f.specialist, lang),
        "contacts": contacts or term("NONE", lang),
        "specialist": f.specialist,
        "portal_id": f.portal_id,
        "received": f.received_at.strftime(DATETIME_FMT),
        "decided": f.decided_at.strftime(DATETIME_FMT),
        "decision": term(f"DECISION_{k}", lang),
        "legal_basis": term("LEGAL_BASIS", lang).format(subpoint=term(f"SUBPOINT_{k}", lang)),
        "resubmit": term("RESUBMIT", lang) if f.kind == "return" else "",
        "appeal": term("APPEAL", lang) if f.kind == "refuse" else "",
        "registry_number": str(f.registry_number) if f.registry_number else
        term("NOT_ISSUED", lang),
        "included_on": f.included_on.strftime(DATE_FMT) if f.included_on else "",
        "signer_name": f.signer_name,
        "signer_position": position_in(f.signer_position, lang),
    }


def blocks(f: Facts, lang: str) -> dict[str, list[LetterBlock]]:
    """The block placeholders' contents in ``lang``."""
    out: dict[str, list[LetterBlock]] = {"reasons": [], "fixes": [], "comment": [],
                                         "signer": []}
    if f.kind in ("return", "refuse"):
        out["reasons"] = [LetterBlock("para", term(f"GROUNDS_{f.kind.upper()}", lang) + ":")]
        out["reasons"] += [LetterBlock("item", r.kk if lang == "kk" else r.ru, f"{i})")
                           for i, r in enumerate(f.reasons, 1)]
    if f.fixes:
        out["fixes"] = [LetterBlock("gap"), LetterBlock("para", term("FIXES", lang) + ":")]
        for i, fix in enumerate(f.fixes, 1):
            name = field_label(fix["field"], lang)
            note = fix.get("note", "")
            out["fixes"].append(LetterBlock("item", f"{name} — {note}" if note else name,
                                            f"{i})"))
    comment = f.comment.strip()
    if comment:
        written = comment_lang(comment)
        note = "" if written == "both" else " ({})".format(term(
            {"kk": "COMMENT_ONLY_KK", "ru": "COMMENT_ONLY_RU"}.get(written or "",
                                                                  "COMMENT_ORIGINAL"), lang))
        out["comment"] = [LetterBlock("gap"),
                          LetterBlock("para", f"{term('COMMENT', lang)}{note}: {comment}")]
    out["signer"] = [LetterBlock("sign", position_in(f.signer_position, lang)),
                     LetterBlock("bold", f.signer_name)]
    return out


def templates_in_force(s: Session, kind: str) -> dict[tuple[str, str], Template]:
    """The templates of one decision kind by (channel, lang): an admin's, else the shipped."""
    out = {(ch, lg): t for (k, ch, lg), t in shipped_templates().items() if k == kind}
    for row in s.scalars(select(MessageTemplate).where(MessageTemplate.kind == kind)):
        if row.channel not in CHANNELS_OF[kind]:  # (an SMS of a return, saved before)
            continue
        try:  # saved before a rule was added (a refusal called final…): the shipped one
            check_template(kind, row.channel, row.lang, row.subject, row.body)
        except InvalidInput as exc:
            log.warning("the stored %s %s %s template is not used: %s", kind, row.channel,
                        row.lang, exc.key)
            continue
        out[row.channel, row.lang] = Template(kind, row.channel, row.lang, row.subject,
                                              row.body, row.updated_by)
    return out


def compose(f: Facts, templates: Mapping[tuple[str, str], Template]) -> Composed:
    """The letter, the e-mail and the SMS of one decision (no SMS text for a return or a
    refusal: they have no SMS channel, see ``templates.CHANNELS_OF``)."""
    laid: dict[str, tuple[LetterBlock, ...]] = {}
    subjects, bodies, sms = [], [], []
    for lang in LANGS:
        vals, blks = values(f, lang), blocks(f, lang)
        laid[lang] = render_blocks(templates["letter", lang].body, vals, blks)
        email = templates["email", lang]
        subjects.append(email.subject.format_map(vals))
        bodies.append(render_text(email.body, vals, blks))
        if ("sms", lang) in templates:
            sms.append(" ".join(render_text(templates["sms", lang].body, vals, blks).split()))
    letter = LetterData(f.portal_id, f.kind, f.number, f.issued_on, laid["kk"], laid["ru"],
                        f.decided_at)
    return Composed(letter, " / ".join(subjects), EMAIL_SEPARATOR.join(bodies), "\n".join(sms))


def letter_json(letter: LetterData) -> dict[str, Any]:
    """A letter as stored in the journal."""
    return {"portal_id": letter.portal_id, "kind": letter.kind, "number": letter.number,
            "issued_on": letter.issued_on.isoformat(),
            "decided_at": letter.decided_at.isoformat() if letter.decided_at else None,
            **{lang: [[b.style, b.text, b.hang] for b in letter.blocks(lang)]
               for lang in LANGS}}


def letter_from_json(doc: Mapping[str, Any]) -> LetterData:
    """A stored letter, as it was signed."""
    decided = doc.get("decided_at")
    return LetterData(
        doc["portal_id"], doc["kind"], doc["number"], dt.date.fromisoformat(doc["issued_on"]),
        tuple(LetterBlock(*b) for b in doc["kk"]), tuple(LetterBlock(*b) for b in doc["ru"]),
        dt.datetime.fromisoformat(decided) if decided else None)
