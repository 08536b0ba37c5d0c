"""Review of one application: the form, duplicates, history and the decision buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.reason import DecisionChoice, ReasonDialog
from ui.text import domain_message, fmt_date, status_name
from ui.widgets.review_html import Renderer

OPEN = ("submitted", "resubmitted")


class ReviewView(QWidget):
    back_requested = Signal()
    decided = Signal(object)  # DecisionResult
    next_requested = Signal(str)  # after a decision: the portal id just decided

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewView")
        self.ctx = ctx
        self.detail: Any = None
        self.portal_id: str | None = None
        self.back = QPushButton()
        self.back.setObjectName("back")
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.register = QPushButton()
        self.register.setObjectName("register")
        self.return_ = QPushButton()
        self.return_.setObjectName("return")
        self.refuse = QPushButton()
        self.refuse.setObjectName("refuse")
        self.tabs = QTabWidget()
        self.form = QTextBrowser()
        self.form.setObjectName("form")
        self.dups = QTextBrowser()
        self.dups.setObjectName("duplicates")
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.dups, "")
        self.tabs.addTab(self.history, "")
        self.state_label = QLabel()
        self.state_label.setObjectName("state")

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.register)
        buttons.addWidget(self.return_)
        buttons.addWidget(self.refuse)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)

        self.back.clicked.connect(self.back_requested)
        self.register.clicked.connect(lambda: self.decide("register"))
        self.return_.clicked.connect(lambda: self.decide("return"))
        self.refuse.clicked.connect(lambda: self.decide("refuse"))
        QShortcut(QKeySequence("Esc"), self, self.back_requested.emit)
        self.retranslate()

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back.setText(self.tr("← Back to the list"))
        self.register.setText(self.tr("Register"))
        self.return_.setText(self.tr("Return for revision"))
        self.refuse.setText(self.tr("Refuse"))
        self.render()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- loading ----------------------------------------------------------------------------
    def load(self, portal_id: str, banner: str = "") -> None:
        """Read the application in a worker, then show it."""
        self.portal_id = portal_id
        self.set_banner(banner)
        self._set_buttons(False)
        self.heading.setText(self.tr("Loading {0}…").format(portal_id))
        svc, actor = self.ctx.services.queries, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.detail(actor, portal_id),
            on_done=self._loaded,
            on_error=self._load_failed,
            name="detail",
        )

    def reload(self) -> None:
        if self.portal_id:
            self.load(self.portal_id, self.banner.text() if self.banner.isVisible() else "")

    def _loaded(self, detail: Any) -> None:
        if self.portal_id != detail.summary.portal_id:
            return
        self.detail = detail
        self.render()

    def _load_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.heading.setText(msg)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def render(self) -> None:
        d = self.detail
        if d is None:
            self.heading.setText("")
            self._set_buttons(False)
            return
        s = d.summary
        r = Renderer(d, self.ctx.services.catalogs, self.ctx.lang)
        due = self.tr(", due {0}").format(fmt_date(s.due_date)) if s.due_date else ""
        self.heading.setText(
            f"<b>{s.portal_id}</b> — {s.full_name}<br>"
            + self.tr("Status: {0}; revision {1}").format(status_name(s.status), s.revision)
            + due
        )
        self.form.setHtml(r.application())
        self.dups.setHtml(r.duplicates())
        self.history.setHtml(r.history())
        self.tabs.setTabText(0, self.tr("Application"))
        self.tabs.setTabText(1, self.tr("Duplicates ({0})").format(len(d.duplicates)))
        self.tabs.setTabText(
            2, self.tr("History ({0})").format(len(d.revisions) + len(d.decisions))
        )
        is_open = s.status.value in OPEN
        if not self.ctx.actor.is_admin:
            self.state_label.setText(self.tr("Only an administrator decides on applications."))
        elif not is_open:
            self.state_label.setText(self.tr("Decided: {0}").format(status_name(s.status)))
        else:
            self.state_label.setText("")
        self._set_buttons(is_open and self.ctx.actor.is_admin)

    def _set_buttons(self, on: bool) -> None:
        for b in (self.register, self.return_, self.refuse):
            b.setEnabled(on)

    # -- deciding ---------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> ReasonDialog:
        return ReasonDialog(
            kind, self.detail, self.ctx.services.catalogs, self.ctx.lang, self.ctx.actor.login, self
        )

    def decide(self, kind: str) -> None:
        if self.detail is None:
            return
        dlg = self.make_dialog(kind)
        choice = dlg.launch()
        dlg.deleteLater()
        if choice is None:
            return
        self.submit(choice)

    def submit(self, choice: DecisionChoice) -> None:
        d = self.detail
        pid, rev = d.summary.portal_id, d.summary.revision
        svc, actor = self.ctx.services.review, self.ctx.actor
        self._set_buttons(False)
        self.state_label.setText(self.tr("Saving the decision…"))
        self.ctx.workers.start(
            lambda job: svc.decide(
                actor, pid, choice.kind, choice.reasons, choice.comment, expected_revision=rev
            ),
            on_done=self._decided,
            on_error=self._decide_failed,
            name="decide",
        )

    def _decided(self, result: Any) -> None:
        if result.registry_number:
            text = self.tr("{0} registered: registry number {1}.").format(
                result.portal_id, result.registry_number
            )
        else:
            text = self.tr("{0}: {1}.").format(result.portal_id, status_name(result.status))
        self.last_result_text = text
        self.decided.emit(result)
        self.next_requested.emit(result.portal_id)

    def _decide_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        messages.show(self, "warning", self.tr("The decision was not saved"), msg)
        self.reload()
