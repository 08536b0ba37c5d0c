"""Administration, the audit log tab: events in words, a filter, the chain check, the signed
checkpoints (which events are not yet sealed), the data checked against the log, and a seal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.audit_findings import finding_text
from ui.context import AppContext
from ui.dialogs import messages
from ui.screens.admin.common import failed
from ui.tables.audit import AuditModel, CheckpointModel
from ui.text import domain_message
from ui.widgets.common import fit_columns, setup_table

if TYPE_CHECKING:
    from models.audit.replay import DataCheck
    from models.audit.service import SealState
    from models.audit.verify import VerifyResult


def _mark(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    label.setProperty("role", role)
    label.style().polish(label)


class AuditTab(QWidget):
    """The log is read when the tab is first opened (:meth:`open`), then as filtered."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("audit")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(self.table, (60, 120, 125, 80, 150, 70, 200, 150))
        self.checkpoints = CheckpointModel(ctx, self)
        self.cp_table = QTableView()
        self.cp_table.setObjectName("checkpoints")
        self.cp_table.setModel(self.checkpoints)
        setup_table(self.cp_table)
        fit_columns(self.cp_table, (60, 125, 150, 150, 90, 110, 110))
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.views = QTabWidget()
        self.views.setObjectName("audit_views")
        for view in (self.table, self.cp_table, self.findings):
            self.views.addTab(view, "")
        self.filter = QLineEdit()
        self.filter.setObjectName("audit_filter")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verify")
        self.check_button = QPushButton()
        self.check_button.setObjectName("check_data")
        self.seal_button = QPushButton()
        self.seal_button.setObjectName("seal")
        self.progress = QProgressBar()
        self.progress.setObjectName("audit_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        self.seal_state = QLabel()
        self.seal_state.setObjectName("seal_state")
        self.seal_state.setWordWrap(True)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verify_result")
        self.verify_result.setWordWrap(True)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for w in (self.verify_button, self.check_button, self.seal_button, self.progress):
            bar.addWidget(w)
        lay.addLayout(bar)
        lay.addWidget(self.seal_state)
        lay.addWidget(self.verify_result)
        lay.addWidget(self.views, 1)
        self._busy = False
        self.state: SealState | None = None

        self.verify_button.clicked.connect(self.verify)
        self.check_button.clicked.connect(self.check_data)
        self.seal_button.clicked.connect(self.seal)
        self.filter.editingFinished.connect(
            lambda: self.model.set_query(self.filter.text().strip())
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by action (e.g. application., login.)"))
        self.verify_button.setText(self.tr("Verify the chain"))
        self.check_button.setText(self.tr("Check the data against the log"))
        self.seal_button.setText(self.tr("Seal now"))
        for i, text in enumerate(
            (self.tr("Events"), self.tr("Signed checkpoints"), self.tr("Data check"))
        ):
            self.views.setTabText(i, text)
        self.model.retranslate()
        self.checkpoints.retranslate()
        if self.state is not None:
            self._show_state(self.state)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def open(self) -> None:
        """The tab is shown: the log is read the first time; the seal state every time."""
        if self.model.query is None:
            self.model.set_query("")
            self.checkpoints.set_query("")
        self.load_state()

    # -- the seal state -----------------------------------------------------------------------
    def load_state(self) -> None:
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.seal_state(actor),
            on_done=self._show_state,
            on_error=lambda exc: failed(self, self.ctx, exc),
            name="seal-state",
        )

    def _show_state(self, st: SealState) -> None:
        self.state = st
        self.model.set_sealed_through(st.sealed_through)
        if st.sealed_through is None:
            text = self.tr("No signed checkpoint yet: %n event(s) are not sealed.", "",
                           st.unsealed_after)
        elif st.unsealed_after:
            text = self.tr(
                "%n event(s) after No. {0} are not yet sealed by a signed checkpoint.", "",
                st.unsealed_after,
            ).format(st.sealed_through)
        else:
            text = self.tr("Every event is sealed by a signed checkpoint (up to No. {0}).").format(
                st.sealed_through
            )
        if not st.can_seal:
            text += " " + self.tr("This workstation has no signing key: it cannot seal.")
        _mark(self.seal_state, text, "" if st.unsealed_after else "ok")
        self.seal_button.setEnabled(st.can_seal and not self._busy)

    # -- the jobs -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for b in (self.verify_button, self.check_button):
            b.setEnabled(not busy)
        self.seal_button.setEnabled(
            not busy and (self.state is None or self.state.can_seal)
        )
        if busy:
            _mark(self.verify_result, text, "")

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            _mark(self.verify_result, "", "")
            failed(self, self.ctx, exc)
        else:
            _mark(self.verify_result, msg, "error")

    def verify(self) -> None:
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self._set_busy(True, self.tr("Verifying…"))
        self.ctx.workers.start(
            lambda job: svc.verify(actor), on_done=self._verified, on_error=self._failed,
            name="audit-verify",
        )

    def _verified(self, res: VerifyResult) -> None:
        self._set_busy(False)
        if res.ok:
            text = self.tr("The audit chain is intact: %n event(s).", "", res.count)
            if res.checkpoints:
                text += " " + self.tr("Signatures checked: %n checkpoint(s).", "",
                                      res.checkpoints)
            if res.unsealed:
                text += " " + self.tr(
                    "%n event(s) are not sealed, the first is No. {0}.", "", res.unsealed
                ).format(res.first_unsealed_id)
            _mark(self.verify_result, text, "" if res.unsealed else "ok")
            return
        where = (
            self.tr("event No. {0}").format(res.first_bad_id)
            if res.first_bad_id
            else self.tr("the end of the log")
        )
        _mark(
            self.verify_result,
            self.tr("The audit chain is BROKEN at {0}: {1}").format(where, res.problem),
            "error",
        )

    def check_data(self) -> None:
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self._set_busy(True, self.tr("Comparing the data with the audit log…"))
        self.ctx.workers.start(
            lambda job: svc.check_data(actor), on_done=self._checked, on_error=self._failed,
            name="audit-data",
        )

    def _checked(self, res: DataCheck) -> None:
        self._set_busy(False)
        self.findings.clear()
        counted = self.tr(
            "Compared: %n application(s), {0} decision(s), {1} registry entr(y/ies).", "",
            res.applications,
        ).format(res.decisions, res.registry_entries)
        if res.ok:
            _mark(self.verify_result,
                  self.tr("The data agree with the audit log.") + " " + counted, "ok")
            self.findings.addItem(self.tr("No differences."))
            return
        for f in res.findings:
            self.findings.addItem(finding_text(f, self.ctx.lang))
        if res.count > len(res.findings):
            self.findings.addItem(
                self.tr("… and %n more.", "", res.count - len(res.findings))
            )
        _mark(
            self.verify_result,
            self.tr(
                "%n row(s) differ from the audit log: changed outside the program.", "",
                res.count,
            ) + " " + counted,
            "error",
        )
        self.views.setCurrentWidget(self.findings)

    def seal(self) -> None:
        if not messages.ask(
            self,
            self.tr("Seal now"),
            self.tr(
                "Check the chain and sign a checkpoint over every event not yet sealed, "
                "with this workstation's key?"
            ),
        ):
            return
        svc, actor = self.ctx.services.audit, self.ctx.actor
        self._set_busy(True, self.tr("Checking the chain and sealing…"))
        self.ctx.workers.start(
            lambda job: svc.seal(actor), on_done=self._sealed, on_error=self._failed,
            name="audit-seal",
        )

    def _sealed(self, n: int) -> None:
        self._set_busy(False)
        _mark(
            self.verify_result,
            self.tr("Sealed: %n event(s).", "", n) if n else self.tr("Nothing to seal."),
            "ok",
        )
        self.model.reload()
        self.checkpoints.reload()
        self.load_state()
