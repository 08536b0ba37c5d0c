"""Registry entries paged from ``RegistryService`` (ordered by registry number)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from models.dto import RegistryQuery
from ui.context import AppContext
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables.checked import CheckedRows
from ui.tables.paged import Column, PagedModel
from ui.text import catalog_name, fmt_date

if TYPE_CHECKING:
    from models.registry.service import EntrySummary

C = "RegistryModel"


@dataclass(frozen=True)
class RegistryFilter:
    """What the registry screen lists: the report's query, a search, excluded entries too."""

    query: RegistryQuery = RegistryQuery()
    search: str = ""
    include_excluded: bool = False


class RegistryModel(CheckedRows, PagedModel[RegistryFilter, "EntrySummary"]):
    context = C
    checked_changed = Signal(int)  # how many entries are checked (their letters print)
    COUNT_AT_MOST = 1000  # the first page shows before 100,000 entries are counted
    columns = (
        Column("number", QT_TRANSLATE_NOOP("RegistryModel", "Registry No.")),
        Column("name", QT_TRANSLATE_NOOP("RegistryModel", "Full name")),
        Column("region", QT_TRANSLATE_NOOP("RegistryModel", "Region")),
        Column("profession", QT_TRANSLATE_NOOP("RegistryModel", "Profession")),
        Column("included", QT_TRANSLATE_NOOP("RegistryModel", "Included")),
        Column("consent", QT_TRANSLATE_NOOP("RegistryModel", "Consent")),
        Column("excluded", QT_TRANSLATE_NOOP("RegistryModel", "Excluded")),
        Column("portal_id", QT_TRANSLATE_NOOP("RegistryModel", "Application")),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx.workers, parent)
        self.ctx = ctx
        self.init_checks()

    def fetch_count(self, f: RegistryFilter) -> int:
        return self.ctx.services.registry.count(
            self.ctx.actor, f.query, f.search, f.include_excluded
        )

    def fetch_count_at_most(self, f: RegistryFilter, at_most: int) -> int:
        return self.ctx.services.registry.count(
            self.ctx.actor, f.query, f.search, f.include_excluded, at_most=at_most
        )

    def fetch_page(self, f: RegistryFilter, offset: int, limit: int) -> list[EntrySummary]:
        return self.ctx.services.registry.page(
            self.ctx.actor, f.query, f.search, offset, limit, f.include_excluded
        )

    def fetch_reversed(self, f: RegistryFilter, offset: int, limit: int) -> list[EntrySummary]:
        return self.ctx.services.registry.page(
            self.ctx.actor, f.query, f.search, offset, limit, f.include_excluded, descending=True
        )

    def cell(self, item: EntrySummary, column: Column, role: int) -> object:
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            cats, lang = self.ctx.services.catalogs, self.ctx.lang
            return {
                "number": str(item.registry_number),
                "name": item.full_name,
                "region": catalog_name(cats, "regions", item.region, lang),
                "profession": catalog_name(cats, "professions", item.profession, lang),
                "included": fmt_date(item.included_on),
                "consent": QCoreApplication.translate("RegistryModel", "yes")
                if item.consent
                else QCoreApplication.translate("RegistryModel", "no"),
                "excluded": fmt_date(item.excluded_on),
                "portal_id": item.portal_id,
            }.get(key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "excluded" and item.excluded_on:
            return item.exclusion_reason or ""
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "region", "profession"):
            return self.cell(item, column, Qt.ItemDataRole.DisplayRole)  # whole, when elided
        if role == Qt.ItemDataRole.ForegroundRole and item.excluded_on:
            return QBrush(QColor("#808080"))
        return None
