"""The audit log, newest first, paged from ``AuditService`` and told in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ui.audit_text import action_name, change_text, entity_text
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.paged import Column, PagedModel
from ui.text import fmt_local, role_name

if TYPE_CHECKING:
    from models.audit.service import AuditRow


class AuditModel(PagedModel[str, "AuditRow"]):
    """Events whose action starts with the query (``""``: every event)."""

    context = "AuditModel"
    columns = (
        Column("id", QT_TRANSLATE_NOOP("AuditModel", "No.")),
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

    def fetch_count(self, query: str) -> int:
        return self.ctx.services.audit.count(self.ctx.actor, query or "")

    def fetch_page(self, query: str, offset: int, limit: int) -> list[AuditRow]:
        return self.ctx.services.audit.page(self.ctx.actor, offset, limit, query or "")

    def cell(self, item: AuditRow, column: Column, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        k = column.key
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
