"""Review of one application: the form, duplicates, history, who holds it, a clerk's
recommendation and the decision buttons (a clerk gets "Recommend…" instead)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QUrl, Signal
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
from ui.screens.review_duplicates import duplicate_facts
from ui.screens.review_hold import HoldBar
from ui.screens.review_html import Renderer
from ui.screens.review_letters import LetterButton
from ui.screens.review_recommend import RecommendSaver, recommend_dialog
from ui.text import domain_message, fmt_date, status_name
from ui.workers import Job

if TYPE_CHECKING:
    from models.applications.fixes import FixField
    from models.applications.review import DecisionResult
    from models.applications.summaries import ApplicationDetail
    from models.dto import LetterData
    from ui.screens.review_html import DuplicateFacts

OPEN = ("submitted", "resubmitted")


def sign_problem(ctx: AppContext) -> BaseException | None:
    """Why this administrator cannot sign a decision's letter (None when they can); read in
    a worker."""
    from models.notifications.issue import CannotSign

    if not ctx.actor.is_admin:
        return None
    try:
        ctx.services.letters.signer(ctx.actor)
    except CannotSign as exc:
        return exc
    return None


def _other_holder(d: ApplicationDetail | None, login: str) -> str:
    held = d.summary.held_by if d is not None else None
    return held if held and held != login else ""


class ReviewView(QWidget):
    back_requested = Signal()
    decided = Signal(str)  # a decision was saved: what was done, in words
    next_requested = Signal(str)  # after a decision: open the next one (the text: what was done)
    hold_changed = Signal(str)  # taken or released: the portal id
    status_message = Signal(str)
    correct_requested = Signal(object)  # the ApplicationDetail to correct by hand

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewView")
        self.ctx = ctx
        self.detail: ApplicationDetail | None = None
        self.portal_id: str | None = None
        self.last_result_text = ""  # the last decision saved here, in words
        self.last_result: DecisionResult | None = None
        self._banner_result: DecisionResult | None = None  # the banner tells this decision
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
        self.recommend = QPushButton()
        self.recommend.setObjectName("recommend")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correct")
        self.correct_button.setEnabled(False)
        self.is_clerk = ctx.actor.role.value == "mio"
        self.hold_bar = HoldBar(ctx)
        self.hold_label = self.hold_bar.label
        self.take_button = self.hold_bar.take_button
        self.release_button = self.hold_bar.release_button
        self.letter = LetterButton(ctx)
        self.sign_problem: BaseException | None = None  # why this user cannot sign a letter
        self.recommendation = QLabel()
        self.recommendation.setObjectName("recommendation")
        self.recommendation.setWordWrap(True)
        self.recommendation.setVisible(False)
        self.tabs = QTabWidget()
        self.form = QTextBrowser()
        self.form.setObjectName("form")
        self.dups = QTextBrowser()
        self.dups.setObjectName("duplicates")
        self.dups.setOpenLinks(False)
        self.dups.anchorClicked.connect(self._dup_link)
        self.dup_facts: DuplicateFacts = {}
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
        decide = QHBoxLayout()
        decide.addWidget(self.state_label, 1)
        decide.addWidget(self.letter)
        decide.addWidget(self.correct_button)
        decide.addWidget(self.register)
        decide.addWidget(self.return_)
        decide.addWidget(self.refuse)
        decide.addWidget(self.recommend)
        right = QVBoxLayout()
        right.addWidget(self.hold_bar)
        right.addStretch(1)
        right.addLayout(decide)
        bottom = QHBoxLayout()
        bottom.addWidget(self.recommendation, 1)
        bottom.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        # only once they have a parent: showing a parentless widget makes it a window
        for b in (self.register, self.return_, self.refuse):
            b.setVisible(not self.is_clerk)
        self.recommend.setVisible(self.is_clerk)

        self.back.clicked.connect(self.back_requested)
        self.register.clicked.connect(lambda: self.decide("register"))
        self.return_.clicked.connect(lambda: self.decide("return"))
        self.refuse.clicked.connect(lambda: self.decide("refuse"))
        self.recommend.clicked.connect(self.make_recommendation)
        self.correct_button.clicked.connect(
            lambda: self.detail is not None and self.correct_requested.emit(self.detail)
        )
        self.hold_bar.changed.connect(self._hold_done)
        self.hold_bar.failed.connect(self.reload)
        self.letter.status_message.connect(self.status_message)
        self.recommender = RecommendSaver(ctx, self)
        self.recommender.saving.connect(self.state_label.setText)
        self.recommender.saved.connect(self.status_message)
        self.recommender.finished.connect(self.reload)
        self.letter.hide()  # shown for a decided application (hidden only once it has a parent)
        QShortcut(QKeySequence("Esc"), self, self.back_requested.emit)
        self.retranslate()

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back.setText(self.tr("← Back to the list"))
        self.register.setText(self.tr("Register"))
        self.return_.setText(self.tr("Return for revision"))
        self.refuse.setText(self.tr("Refuse"))
        self.recommend.setText(self.tr("Recommend…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(
            self.tr("Correct the data of this undecided application (a paper entry's typo)")
        )
        self.hold_bar.retranslate()
        if self._banner_result is not None:  # the decision's banner in the new language
            self.banner.setText(self.result_text(self._banner_result))
        self.show_detail()

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

        ctx = self.ctx

        def work(job: Job) -> tuple[ApplicationDetail, DuplicateFacts, BaseException | None]:
            detail = svc.detail(actor, portal_id)
            return detail, duplicate_facts(svc, actor, detail), sign_problem(ctx)

        self.ctx.workers.start(
            work,
            on_done=self._loaded,
            on_error=self._load_failed,
            name="detail",
        )

    def reload(self) -> None:
        if self.portal_id:
            self.load(self.portal_id, self.banner.text() if self.banner.isVisible() else "")

    def holds_released(self, portal_ids: Collection[str]) -> None:
        """Holds were released: the application shown is read again if it is one of them."""
        if self.portal_id in portal_ids:
            self.reload()

    def _loaded(
        self, result: tuple[ApplicationDetail, DuplicateFacts, BaseException | None]
    ) -> None:
        detail, facts, problem = result
        if self.portal_id != detail.summary.portal_id:
            return
        self.detail, self.dup_facts, self.sign_problem = detail, facts, problem
        self.show_detail()

    def _dup_link(self, url: QUrl) -> None:
        """A duplicate's "Open" link: that application in this view."""
        if url.scheme() == "app" and url.path():
            self.load(url.path())

    def _load_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.heading.setText(msg)

    def set_banner(self, text: str) -> None:
        self._banner_result = None
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def follow_decision(self, portal_id: str) -> None:
        """Open ``portal_id`` under a banner telling the decision just saved here."""
        self.load(portal_id)
        result = self.last_result
        if result is not None:
            self.banner.setText(self.result_text(result))
            self.banner.setVisible(True)
            self._banner_result = result

    def show_detail(self) -> None:
        """The application read last: heading, form, duplicates, history, hold, buttons."""
        d = self.detail
        if d is None:
            self.heading.setText("")
            self._set_buttons(False)
            return
        s = d.summary
        r = Renderer(d, self.ctx.services.catalogs, self.ctx.lang, self.dup_facts)
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
        actor = self.ctx.actor
        other = self.held_by_other()
        unsigned = is_open and actor.is_admin and self.sign_problem is not None
        if not is_open:
            self.state_label.setText(self.tr("Decided: {0}").format(status_name(s.status)))
        elif other:
            self.state_label.setText(
                self.tr("Decisions are disabled while {0} holds it.").format(other)
            )
        elif not actor.is_admin and not self.is_clerk:
            self.state_label.setText(self.tr("Only an administrator decides on applications."))
        elif unsigned:
            self.state_label.setText(self.cannot_sign_text())
        else:
            self.state_label.setText("")
        self.state_label.setProperty("role", "error" if unsigned and not other else "")
        self.state_label.style().polish(self.state_label)
        self.state_label.setWordWrap(True)
        self.hold_bar.show_hold(d, is_open, actor.is_admin or self.is_clerk)
        self.letter.show_for(d)
        self.recommendation.setVisible(d.recommendation is not None)
        self.recommendation.setText(r.recommendation())
        self._set_buttons(is_open and not other and (actor.is_admin or self.is_clerk))
        tip = self.cannot_sign_text() if unsigned else ""
        for b in (self.register, self.return_, self.refuse):
            b.setEnabled(b.isEnabled() and not unsigned)
            b.setToolTip(tip)
        self.recommend.setEnabled(is_open and self.is_clerk)
        self.correct_button.setEnabled(is_open and not other)

    def cannot_sign_text(self) -> str:
        """What an administrator without a full name or position reads, and what to do."""
        return self.tr(
            "You cannot decide yet: the decision's letter is signed with the full name and "
            "position of the one who decides, and your account lacks them. Ask an "
            "administrator to fill them in (Administration → Users), then open the "
            "application again."
        )

    def own_hold(self) -> str | None:
        """The application shown if this user holds it (its hold is kept alive), else None."""
        d = self.detail
        if d is not None and d.summary.held_by == self.ctx.actor.login:
            return d.summary.portal_id
        return None

    def held_by_other(self) -> str:
        """The login of someone else holding the shown application ("" if nobody else)."""
        return _other_holder(self.detail, self.ctx.actor.login)

    def _set_buttons(self, on: bool) -> None:
        for b in (self.register, self.return_, self.refuse):
            b.setEnabled(on and not self.is_clerk)
        if not on:
            self.recommend.setEnabled(False)
            self.correct_button.setEnabled(False)

    # -- holds ------------------------------------------------------------------------------
    def take(self) -> None:
        self.hold_bar.take()

    def release(self) -> None:
        self.hold_bar.release()

    def _hold_done(self, pid: str) -> None:
        self.hold_changed.emit(pid)
        self.reload()

    # -- a clerk's recommendation -------------------------------------------------------------
    def make_recommend_dialog(self) -> ReasonDialog:
        assert self.detail is not None  # the button works on an application shown
        return recommend_dialog(self.ctx, self.detail, self)

    def make_recommendation(self) -> None:
        if self.detail is None:
            return
        dlg = self.make_recommend_dialog()
        choice = dlg.launch()
        dlg.deleteLater()
        if choice is None:
            return
        self.recommend.setEnabled(False)
        self.recommender.save(self.detail.summary.portal_id, choice)

    # -- deciding ---------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> ReasonDialog:
        assert self.detail is not None  # the buttons work on an application shown
        letters, actor = self.ctx.services.letters, self.ctx.actor
        pid = self.detail.summary.portal_id

        def preview(kind: str, reasons: tuple[str, ...], comment: str,
                    fixes: tuple[FixField, ...]) -> LetterData:
            return letters.preview(actor, pid, kind, reasons, comment, fixes)

        return ReasonDialog(
            kind, self.detail, self.ctx.services.catalogs, self.ctx.lang, actor.login, self,
            preview=preview, workers=self.ctx.workers,
        )

    def decide(self, kind: str) -> None:
        if self.detail is None:
            return
        if self.ctx.actor.is_admin and self.sign_problem is not None:
            messages.show(self, "warning", self.tr("The letter cannot be signed"),
                          self.cannot_sign_text())
            return
        dlg = self.make_dialog(kind)
        choice = dlg.launch()
        dlg.deleteLater()
        if choice is None:
            return
        self.submit(choice)

    def submit(self, choice: DecisionChoice) -> None:
        d = self.detail
        if d is None:
            return
        pid, rev = d.summary.portal_id, d.summary.revision
        svc, actor = self.ctx.services.review, self.ctx.actor
        self._set_buttons(False)
        self.state_label.setText(self.tr("Saving the decision…"))
        self.ctx.workers.start(
            lambda job: svc.decide(
                actor, pid, choice.kind, choice.reasons, choice.comment, expected_revision=rev,
                late_cause=choice.late_cause or None, fixes=choice.fixes,
            ),
            on_done=self._decided,
            on_error=self._decide_failed,
            name="decide",
        )

    def result_text(self, result: DecisionResult) -> str:
        """A decision saved, in words of the interface language."""
        if result.registry_number:
            return self.tr("{0} registered: registry number {1}.").format(
                result.portal_id, result.registry_number
            )
        return self.tr("{0}: {1}.").format(result.portal_id, status_name(result.status))

    def _decided(self, result: DecisionResult) -> None:
        text = self.result_text(result)
        self.last_result, self.last_result_text = result, text
        self.decided.emit(text)
        self.next_requested.emit(text)

    def _decide_failed(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        from models.notifications.issue import CannotSign

        details = getattr(exc, "details", {}) or {}
        if isinstance(exc, CannotSign):
            self.sign_problem = exc
            messages.show(self, "warning", self.tr("The letter cannot be signed"),
                          msg + "\n\n" + self.cannot_sign_text())
            self.reload()
            return
        if details.get("released_by"):
            title = self.tr("Your hold was released: the decision was not saved")
        elif details.get("holder"):
            title = self.tr("Someone else holds it: the decision was not saved")
        else:
            title = self.tr("The decision was not saved")
        messages.show(self, "warning", title, msg)
        self.reload()
