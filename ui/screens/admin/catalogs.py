"""Administration, the catalogs tab: the shipped catalogs, read-only, in both languages."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ui.context import AppContext


class CatalogsTab(QTreeWidget):
    """One branch per catalog: code, Kazakh, Russian (and the kind of a ground)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("catalogs")
        self.setColumnCount(4)
        self.setColumnWidth(0, 260)
        self.setColumnWidth(1, 380)
        self.setColumnWidth(2, 380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [self.tr("Code"), self.tr("Kazakh"), self.tr("Russian"), self.tr("Kind")]
        )
        self.fill()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def fill(self) -> None:
        names = {
            "regions": self.tr("Regions"),
            "professions": self.tr("Professions"),
            "categories": self.tr("Qualification categories"),
            "education_levels": self.tr("Education levels"),
            "reasons": self.tr("Grounds"),
        }
        cats = self.ctx.services.catalogs
        self.clear()

        def row(top: QTreeWidgetItem, texts: list[str]) -> None:
            item = QTreeWidgetItem(top, texts)
            for col, text in enumerate(texts):
                item.setToolTip(col, text)  # whole, when the column cuts it

        for key, title in names.items():
            top = QTreeWidgetItem(self, [title])
            if key == "reasons":
                for r in cats.reasons.values():
                    kind = self.tr("return") if r.kind == "return" else self.tr("refusal")
                    row(top, [r.code, r.kk, r.ru, kind])
            else:
                for b in cats.values(key):
                    row(top, [b.code, b.kk, b.ru, ""])
