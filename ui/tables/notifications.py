"""The outbox paged from ``NotificationService`` (one view of it at a time)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.paged import Column, PagedModel
from ui.text import decision_name, fmt_date, fmt_local

if TYPE_CHECKING:
    from models.notifications.listing import OutboxRow

C = "NotificationsModel"

NOTIFICATION_STATUS = {
    "pending": QT_TRANSLATE_NOOP("NotificationsModel", "waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("NotificationsModel", "being sent"),
    "sent": QT_TRANSLATE_NOOP("NotificationsModel", "sent"),
    "delivered": QT_TRANSLATE_NOOP("NotificationsModel", "delivered"),
    "uncertain": QT_TRANSLATE_NOOP("NotificationsModel", "uncertain"),
    "by_hand": QT_TRANSLATE_NOOP("NotificationsModel", "to deliver by hand"),
}
KINDS = {
    "register": QT_TRANSLATE_NOOP("NotificationsModel", "registration"),
    "return": QT_TRANSLATE_NOOP("NotificationsModel", "return"),
    "refuse": QT_TRANSLATE_NOOP("NotificationsModel", "refusal"),
}
CHANNELS = {
    "email": QT_TRANSLATE_NOOP("NotificationsModel", "e-mail"),
    "sms": QT_TRANSLATE_NOOP("NotificationsModel", "SMS"),
    "hand": QT_TRANSLATE_NOOP("NotificationsModel", "by hand"),
}
TIPS = {
    "sent": QT_TRANSLATE_NOOP("NotificationsModel", "Sent {0}"),
    "next": QT_TRANSLATE_NOOP("NotificationsModel", "Next attempt {0}"),
    "letter": QT_TRANSLATE_NOOP("NotificationsModel", "Letter No. {0}"),
    "uncertain": QT_TRANSLATE_NOOP(
        "NotificationsModel",
        "The message may have left: check with the applicant, then mark it delivered or "
        "resend it",
    ),
}
_ATTENTION = QColor("#9c2a00")


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


@dataclass(frozen=True)
class OutboxFilter:
    """One view of the outbox (``models.notifications.listing.VIEWS``)."""

    view: str = "by-hand"


class NotificationsModel(PagedModel[OutboxFilter, "OutboxRow"]):
    context = C
    columns = (
        Column("portal_id", QT_TRANSLATE_NOOP("NotificationsModel", "Application")),
        Column("applicant", QT_TRANSLATE_NOOP("NotificationsModel", "Applicant")),
        Column("kind", QT_TRANSLATE_NOOP("NotificationsModel", "Decision")),
        Column("channel", QT_TRANSLATE_NOOP("NotificationsModel", "Channel")),
        Column("address", QT_TRANSLATE_NOOP("NotificationsModel", "Address")),
        Column("status", QT_TRANSLATE_NOOP("NotificationsModel", "Status")),
        Column("attempts", QT_TRANSLATE_NOOP("NotificationsModel", "Attempts")),
        Column("error", QT_TRANSLATE_NOOP("NotificationsModel", "Last error")),
        Column("delivered", QT_TRANSLATE_NOOP("NotificationsModel", "Delivered")),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx

    def fetch_count(self, f: OutboxFilter) -> int:
        return self.ctx.services.notifications.count(self.ctx.actor, f.view)

    def fetch_page(self, f: OutboxFilter, offset: int, limit: int) -> list[OutboxRow]:
        return self.ctx.services.notifications.page(self.ctx.actor, f.view, offset, limit)

    def cell(self, item: OutboxRow, column: Column, role: int) -> object:
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "portal_id": item.portal_id,
                "applicant": item.applicant,
                "kind": tr(KINDS.get(item.kind, item.kind)),
                "channel": tr(CHANNELS.get(item.channel, item.channel)),
                "address": item.address,
                "status": tr(NOTIFICATION_STATUS.get(item.status, item.status)),
                "attempts": str(item.attempts),
                "error": (item.last_error or "").replace("\n", " "),
                "delivered": fmt_date(item.delivered_on),
            }.get(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "status" and item.status == "sent" and item.sent_at:
                return tr(TIPS["sent"]).format(fmt_local(item.sent_at))
            if key == "status" and item.status == "uncertain":
                return tr(TIPS["uncertain"])
            if key == "kind":
                return decision_name(item.kind)
            if key == "status" and item.status == "pending" and item.next_attempt_at:
                return tr(TIPS["next"]).format(fmt_local(item.next_attempt_at))
            if key in ("applicant", "channel", "address", "error"):
                return self.cell(item, column, Qt.ItemDataRole.DisplayRole)  # whole, when elided
            if key == "portal_id":
                return tr(TIPS["letter"]).format(item.letter_number)
        if role == Qt.ItemDataRole.ForegroundRole and (
            item.status in ("uncertain", "by_hand") or (key == "error" and item.last_error)
        ):
            return QBrush(_ATTENTION)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "attempts":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
