"""The decision letter as HTML for the preview (same labels as the printed letter)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.dto import Reason


def letter_html(
    detail: ApplicationDetail,
    kind: str,
    reasons: Sequence[Reason],
    comment: str,
    user: str,
    now: dt.datetime | None = None,
) -> str:
    """The bilingual letter as it will be printed (Kazakh, then Russian); the decision
    time in Kazakhstan time whatever the workstation's clock zone."""
    from models.calendar.workdays import as_local
    from reports.labels import label

    ret = kind == "return"
    s = detail.summary
    d = detail.data
    contacts = ", ".join(p for p in (d.get("phone"), d.get("email")) if p)
    when = as_local(now or dt.datetime.now(dt.UTC)).strftime("%d.%m.%Y %H:%M")
    parts = []
    for lg in ("kk", "ru"):
        def t(key: str, lg: str = lg) -> str:
            return escape(label(key).text(lg))

        rs = "".join(f"<li>{escape(r.kk if lg == 'kk' else r.ru)}</li>" for r in reasons)
        parts.append(
            f"<p style='color:#666;font-size:small'>{t('REGISTRY')}</p>"
            f"<h3>{t('LETTER_TITLE_RETURN' if ret else 'LETTER_TITLE_REFUSE')}</h3>"
            f"<p>{t('LETTER_TO')}: {escape(s.full_name)}<br>"
            + (f"{t('LETTER_CONTACTS')}: {escape(contacts)}<br>" if contacts else "")
            + f"{t('LETTER_APPLICATION_NO')}: {escape(s.portal_id)}<br>"
            f"{t('LETTER_DECIDED')}: {when}</p>"
            f"<p>{t('LETTER_INTRO')}</p>"
            f"<p><b>{t('DECISION').capitalize()}: "
            f"{t('DEC_RETURN' if ret else 'DEC_REFUSE')}</b></p>"
            f"<p>{t('GROUNDS_RETURN' if ret else 'GROUNDS_REFUSAL').capitalize()}:</p>"
            f"<ol>{rs or '<li>…</li>'}</ol>"
            f"<p>{t('UI_COMMENT').capitalize()}: "
            f"{escape(comment.strip()) or t('LETTER_NO_COMMENT')}</p>"
            f"<p><b>{t('LETTER_NEXT_RETURN' if ret else 'LETTER_NEXT_REFUSE')}</b></p>"
            f"<p>{t('LETTER_DECIDED_BY')}: {escape(user)}</p>"
        )
    return "<hr>".join(parts)
