"""The audit log and its signed checkpoints, newest first, paged from ``AuditService`` and
told in words; events after the newest checkpoint are marked "not yet sealed"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from ui.audit_text import action_name, change_text, entity_text
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.paged import Column, PagedModel
from ui.text import fmt_local, role_name

if TYPE_CHECKING:
    from models.audit.service import AuditRow, CheckpointRow

NOT_SEALED = QT_TRANSLATE_NOOP("AuditModel", "not yet sealed")
SEALED = QT_TRANSLATE_NOOP("AuditModel", "sealed")


class AuditModel(PagedModel[str, "AuditRow"]):
    """Events whose action starts with the query (``""``: every event)."""

    context = "AuditModel"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("AuditModel", "No.")),
        Column("sealed", QT_TRANSLATE_NOOP("AuditModel", "Seal")),
        Column("at", QT_TRANSLATE_NOOP("AuditModel", "Time")),
        Column("user", QT_TRANSLATE_NOOP("AuditModel", "User")),
        Column("role", QT_TRANSLATE_NOOP("AuditModel", "Role")),
        Column("workstation", QT_TRANSLATE_NOOP("AuditModel", "Workstation")),
        Column("action", QT_TRANSLATE_NOOP("AuditModel", "Action")),
        Column("entity", QT_TRANSLATE_NOOP("AuditModel", "Object")),
        Column("after", QT_TRANSLATE_NOOP("AuditModel", "Change")),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx
        self.sealed_through: int | None = None  # the newest event a checkpoint names

    def set_sealed_through(self, event_id: int | None) -> None:
        if event_id != self.sealed_through:
            self.sealed_through = event_id
            self.retranslate()  # the "Seal" cells are told again

    def is_sealed(self, event_id: int) -> bool:
        return self.sealed_through is not None and event_id <= self.sealed_through

    def fetch_count(self, query: str) -> int:
        return self.ctx.services.audit.count(self.ctx.actor, query or "")

    def fetch_page(self, query: str, offset: int, limit: int) -> list[AuditRow]:
        return self.ctx.services.audit.page(self.ctx.actor, offset, limit, query or "")

    def cell(self, item: AuditRow, column: Column, role: int) -> object:
        k = column.key
        if role == Qt.ItemDataRole.ForegroundRole and k == "sealed":
            return None if self.is_sealed(item.id) else QColor("#a15c00")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if k == "sealed":
            return QCoreApplication.translate(
                self.context, SEALED if self.is_sealed(item.id) else NOT_SEALED
            )
        if k == "id":
            return str(item.id)
        if k == "at":
            return fmt_local(item.at)
        if k == "entity":
            return entity_text(item.entity, item.entity_id)
        if k == "role":
            return role_name(item.role) if item.role else ""
        if k == "action":
            return action_name(item.action) if role == Qt.ItemDataRole.DisplayRole else item.action
        if k == "after":
            text = change_text(item.before, item.after, self.ctx.services.catalogs, self.ctx.lang)
            return text if role == Qt.ItemDataRole.ToolTipRole else text[:200]
        return {"user": item.user, "workstation": item.workstation}.get(k)


class CheckpointModel(PagedModel[str, "CheckpointRow"]):
    """Signed checkpoints: when, where, by which key, up to which event."""

    context = "CheckpointModel"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("CheckpointModel", "No.")),
        Column("at", QT_TRANSLATE_NOOP("CheckpointModel", "Signed at")),
        Column("workstation", QT_TRANSLATE_NOOP("CheckpointModel", "Workstation")),
        Column("key", QT_TRANSLATE_NOOP("CheckpointModel", "Key")),
        Column("trusted", QT_TRANSLATE_NOOP("CheckpointModel", "Trusted key")),
        Column("last", QT_TRANSLATE_NOOP("CheckpointModel", "Up to event No.")),
        Column("sealed", QT_TRANSLATE_NOOP("CheckpointModel", "Events sealed")),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx

    def fetch_count(self, query: str) -> int:
        return self.ctx.services.audit.seal_state(self.ctx.actor).checkpoints

    def fetch_page(self, query: str, offset: int, limit: int) -> list[CheckpointRow]:
        return self.ctx.services.audit.checkpoints(self.ctx.actor, offset, limit)

    def cell(self, item: CheckpointRow, column: Column, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        k = column.key
        if k == "at":
            return fmt_local(item.at)
        if k == "trusted":
            return QCoreApplication.translate(
                self.context, QT_TRANSLATE_NOOP("CheckpointModel", "yes")
            ) if item.trusted else QCoreApplication.translate(
                self.context, QT_TRANSLATE_NOOP("CheckpointModel", "NO")
            )
        return str({"id": item.id, "workstation": item.workstation, "key": item.key_id,
                    "last": item.last_event_id, "sealed": item.sealed}.get(k, ""))
