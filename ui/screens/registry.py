"""The registry: entries with filters and search, exclusion (admin), print/export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.screens.bulk_runner import BulkRunner
from ui.tables.checked import CheckTable
from ui.tables.registry import RegistryFilter, RegistryModel
from ui.text import domain_message
from ui.widgets.common import (
    CatalogCombo,
    DateRange,
    FlowLayout,
    fit_columns,
    save_table,
    setup_table,
)

if TYPE_CHECKING:
    from models.dto import RegistryQuery
    from models.registry.service import EntrySummary
    from ui.dialogs.export import ExportDialog


class RegistryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegistryView")
        self.ctx = ctx
        self.model = RegistryModel(ctx, self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.region = CatalogCombo(ctx, "regions", "")
        self.region.setObjectName("region")
        if ctx.actor.role.value == "mio":  # hide only: shown without a parent = a window
            self.region.hide()
        self.profession = CatalogCombo(ctx, "professions", "")
        self.profession.setObjectName("profession")
        self.included_label = QLabel()
        self.included = DateRange()
        self.consent = QCheckBox()
        self.consent.setObjectName("consent")
        self.excluded = QCheckBox()
        self.excluded.setObjectName("excluded")
        self.exclude_button = QPushButton()
        self.exclude_button.setObjectName("exclude")
        if not ctx.actor.is_admin:
            self.exclude_button.hide()
        self.export_button = QPushButton()
        self.export_button.setObjectName("export")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.table = CheckTable()
        self.table.setObjectName("registry")
        self.table.setModel(self.model)
        setup_table(self.table, ctx, "registry")
        self.table.use_checks()  # check entries (or select and press Space): print letters
        if not ctx.settings.value("tables/registry"):
            fit_columns(self.table, (95, 245, 165, 235, 95, 70, 95))  # all fit 1366 px
        self.bulk = BulkRunner(ctx, self.model, self)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("checked")
        self.letters_button = QPushButton()
        self.letters_button.setObjectName("letters")
        if ctx.actor.role.value == "viewer":  # letters are personal data
            self.letters_button.hide()
        if ctx.actor.role.value == "viewer":
            self.consent.setChecked(True)
            self.consent.setEnabled(False)
        row1 = QHBoxLayout()
        row1.addWidget(self.search, 2)
        row1.addWidget(self.region, 1)
        row1.addWidget(self.profession, 1)
        row2 = FlowLayout()  # wraps on a narrow window
        row2.add(self.included_label, self.included, self.consent, self.excluded)
        row2.add(self.exclude_button, self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.checked_label)
        bottom.addWidget(self.letters_button)
        lay.addLayout(bottom)
        self.letters_button.clicked.connect(self.bulk.print_checked)
        self.model.checked_changed.connect(lambda _n: self._show_checked())
        self.bulk.finished.connect(lambda _t: self.model.clear_checks())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.refilter)
        for combo in (self.region, self.profession):
            combo.currentIndexChanged.connect(lambda _i: self.refilter())
        self.included.changed.connect(self.refilter)
        self.consent.toggled.connect(lambda _b: self.refilter())
        self.excluded.toggled.connect(lambda _b: self.refilter())
        self.exclude_button.clicked.connect(self.exclude_current)
        self.exclude_button.setEnabled(False)  # until an entry still in the registry is chosen
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._can_exclude())
        self.model.modelReset.connect(self._can_exclude)
        self.model.dataChanged.connect(lambda _a, _b: self._can_exclude())
        self.export_button.clicked.connect(self.open_export)
        self.model.reloaded.connect(lambda _n: self._show_count())
        self.model.counted.connect(lambda _n: self._show_count())
        self.model.failed.connect(self._failed)
        self._export_dialog: ExportDialog | None = None
        self.retranslate()
        self.refilter()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, IIN or application number"))
        self.region.fill(self.tr("All regions"))
        self.profession.fill(self.tr("All professions"))
        self.included_label.setText(self.tr("Included:"))
        self.consent.setText(self.tr("Public edition (consenting only)"))
        self.excluded.setText(self.tr("Show excluded"))
        self.exclude_button.setText(self.tr("Exclude…"))
        self.export_button.setText(self.tr("Print / export…"))
        self.letters_button.setText(self.tr("Print the checked entries' letters…"))
        self.letters_button.setToolTip(self.tr(
            "Check entries with their boxes, or select them (Shift, Ctrl) and press Space"))
        self.model.retranslate()
        self._show_count()
        self._show_checked()

    def _show_checked(self) -> None:
        n = len(self.model.checked)
        self.checked_label.setText(self.tr("Checked: %n", "", n) if n else "")
        self.letters_button.setEnabled(n > 0)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def registry_query(self) -> RegistryQuery:
        from models.dto import RegistryQuery

        start, end = self.included.value()
        return RegistryQuery(
            edition="public" if self.consent.isChecked() else "full",
            region=self.region.code(),
            profession=self.profession.code(),
            included_from=start,
            included_to=end,
        )

    def current_filter(self) -> RegistryFilter:
        return RegistryFilter(
            self.registry_query(), self.search.text().strip(), self.excluded.isChecked()
        )

    def refilter(self) -> None:
        self._timer.stop()
        f = self.current_filter()
        if f != self.model.query:
            self.model.set_query(f)

    def reload(self) -> None:
        self.model.reload()

    def _show_count(self) -> None:
        n = self.model.total()
        if self.model.is_counting():
            self.count_label.setText(self.tr("Entries: %Ln+ (counting…)", "", n))
        else:
            self.count_label.setText(self.tr("Entries: %Ln", "", n))

    def _failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.count_label.setText(msg)

    def current_entry(self) -> EntrySummary | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _can_exclude(self) -> None:
        e = self.current_entry()
        self.exclude_button.setEnabled(e is not None and not e.excluded_on)

    def ask_reason(self, entry: EntrySummary) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Exclude from the registry"),
            self.tr("Reason for excluding No. {0} ({1}):").format(
                entry.registry_number, entry.full_name
            ),
        )
        return text.strip() if ok and text.strip() else None

    def exclude_current(self) -> None:
        e = self.current_entry()
        if e is None or e.excluded_on:
            return
        reason = self.ask_reason(e)
        if not reason:
            return
        svc, actor = self.ctx.services.registry, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.exclude(actor, e.registry_number, reason),
            on_done=lambda _r: self.reload(),
            on_error=self._action_failed,
            name="exclude",
        )

    def _action_failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Registry"))

    def open_export(self) -> ExportDialog:
        from ui.dialogs.export import ExportDialog

        if self._export_dialog is not None and self._export_dialog.isVisible():
            self._export_dialog.raise_()
            return self._export_dialog
        self._export_dialog = ExportDialog(
            self.ctx, self.registry_query(), self, search=self.search.text()
        )
        self._export_dialog.show()
        return self._export_dialog

    def is_exporting(self) -> bool:
        d = self._export_dialog
        return bool(d is not None and d.running())

    def save_layout(self) -> None:
        save_table(self.table, self.ctx, "registry")
