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
from ui.dialogs.release import ReleaseDialog
from ui.screens.review_html import Renderer
from ui.text import domain_message, fmt_date, fmt_since, status_name
from ui.workers import Job

if TYPE_CHECKING:
    from models.actor import Actor
    from models.applications.queries import QueryService
    from models.applications.review import DecisionResult
    from models.applications.summaries import ApplicationDetail
    from ui.screens.review_html import DuplicateFacts

OPEN = ("submitted", "resubmitted")
#: at most this many duplicates are read in full for the side-by-side view
DUPLICATE_FACTS = 10


def duplicate_facts(
    queries: QueryService, actor: Actor, detail: ApplicationDetail
) -> DuplicateFacts:
    """IIN, profession and registry number of each duplicate the actor may see (read in
    the worker; each look at another person's data is audited like any other view)."""
    out: DuplicateFacts = {}
    for x in detail.duplicates[:DUPLICATE_FACTS]:
        if {"iin", "profession", "registry_number"} <= set(x):
            out[x["portal_id"]] = dict(x)
            continue
        if not actor.may_see_region(x["region"]):
            continue
        other = queries.detail(actor, x["portal_id"])
        out[x["portal_id"]] = {
            "iin": other.data.get("iin"),
            "profession": other.summary.profession,
            "registry_number": other.registry_number,
        }
    return out


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
        self.hold_label = QLabel()
        self.hold_label.setObjectName("hold")
        self.hold_label.setWordWrap(True)
        self.take_button = QPushButton()
        self.take_button.setObjectName("take")
        self.release_button = QPushButton()
        self.release_button.setObjectName("release")
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
        hold = QHBoxLayout()
        hold.addWidget(self.hold_label, 1)
        hold.addWidget(self.take_button)
        hold.addWidget(self.release_button)
        decide = QHBoxLayout()
        decide.addWidget(self.state_label, 1)
        decide.addWidget(self.correct_button)
        decide.addWidget(self.register)
        decide.addWidget(self.return_)
        decide.addWidget(self.refuse)
        decide.addWidget(self.recommend)
        right = QVBoxLayout()
        right.addLayout(hold)
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
        self.take_button.clicked.connect(self.take)
        self.release_button.clicked.connect(self.release)
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
        self.take_button.setText(self.tr("Take"))
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

        def work(job: Job) -> tuple[ApplicationDetail, DuplicateFacts]:
            detail = svc.detail(actor, portal_id)
            return detail, duplicate_facts(svc, actor, detail)

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

    def _loaded(self, result: tuple[ApplicationDetail, DuplicateFacts]) -> None:
        detail, facts = result
        if self.portal_id != detail.summary.portal_id:
            return
        self.detail, self.dup_facts = detail, facts
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
        if not is_open:
            self.state_label.setText(self.tr("Decided: {0}").format(status_name(s.status)))
        elif other:
            self.state_label.setText(
                self.tr("Decisions are disabled while {0} holds it.").format(other)
            )
        elif not actor.is_admin and not self.is_clerk:
            self.state_label.setText(self.tr("Only an administrator decides on applications."))
        else:
            self.state_label.setText("")
        self._render_hold(d, is_open)
        self.recommendation.setVisible(d.recommendation is not None)
        self.recommendation.setText(r.recommendation())
        self._set_buttons(is_open and not other and (actor.is_admin or self.is_clerk))
        self.recommend.setEnabled(is_open and self.is_clerk)
        self.correct_button.setEnabled(is_open and not other)

    def own_hold(self) -> str | None:
        """The application shown if this user holds it (its hold is kept alive), else None."""
        d = self.detail
        if d is not None and d.summary.held_by == self.ctx.actor.login:
            return d.summary.portal_id
        return None

    def held_by_other(self) -> str:
        """The login of someone else holding the shown application ("" if nobody else)."""
        d = self.detail
        held = d.summary.held_by if d is not None else None
        return held if held and held != self.ctx.actor.login else ""

    def _render_hold(self, d: ApplicationDetail, is_open: bool) -> None:
        s = d.summary
        actor = self.ctx.actor
        since = fmt_since(s.held_since)
        if not is_open:
            text = ""
        elif not s.held_by:
            text = self.tr("Nobody is working on this application.")
        elif s.held_by == actor.login:
            text = self.tr("You hold this application (since {0}).").format(since)
        else:
            text = self.tr("{0} is working on this application (since {1}).").format(
                s.held_by, since
            )
        self.hold_label.setText(text)
        self.hold_label.setProperty("role", "error" if self.held_by_other() else "")
        self.hold_label.style().polish(self.hold_label)
        reviewer = actor.is_admin or self.is_clerk
        self.take_button.setVisible(is_open and reviewer and not s.held_by)
        mine = bool(s.held_by) and s.held_by == actor.login
        self.release_button.setVisible(is_open and (mine or (bool(s.held_by) and actor.is_admin)))
        self.release_button.setText(self.tr("Release") if mine else self.tr("Release…"))

    def _set_buttons(self, on: bool) -> None:
        for b in (self.register, self.return_, self.refuse):
            b.setEnabled(on and not self.is_clerk)
        if not on:
            self.recommend.setEnabled(False)
            self.correct_button.setEnabled(False)

    # -- holds ------------------------------------------------------------------------------
    def take(self) -> None:
        pid = self.portal_id
        if not pid:
            return
        svc, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.take(actor, pid),
            on_done=lambda _r: self._hold_done(pid),
            on_error=self._hold_failed,
            name="take",
        )

    def make_release_dialog(self, holder: str) -> ReleaseDialog:
        return ReleaseDialog(self.portal_id or "", holder, self)

    def release(self) -> None:
        d = self.detail
        if d is None or not d.summary.held_by:
            return
        pid, holder = d.summary.portal_id, d.summary.held_by
        reason = ""
        if holder != self.ctx.actor.login:
            dlg = self.make_release_dialog(holder)
            got = dlg.launch()
            dlg.deleteLater()
            if got is None:
                return
            reason = got
        svc, actor = self.ctx.services.holds, self.ctx.actor
        self.ctx.workers.start(
            lambda job: svc.release(actor, pid, reason),
            on_done=lambda _r: self._hold_done(pid),
            on_error=self._hold_failed,
            name="release",
        )

    def _hold_done(self, pid: str) -> None:
        self.hold_changed.emit(pid)
        self.reload()

    def _hold_failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, self.ctx.lang, self.tr("Work queue"))
        self.reload()

    # -- a clerk's recommendation -------------------------------------------------------------
    def make_recommend_dialog(self) -> ReasonDialog:
        assert self.detail is not None  # the button works on an application shown
        dlg = ReasonDialog(
            "register",
            self.detail,
            self.ctx.services.catalogs,
            self.ctx.lang,
            self.ctx.actor.login,
            self,
            recommend=True,
        )
        rec = self.detail.recommendation
        if rec is not None:
            dlg.set_kind(rec.kind)
            for code in rec.reasons:
                if code in dlg.checks:
                    dlg.checks[code].setChecked(True)
            dlg.comment.setPlainText(rec.note)
        return dlg

    def make_recommendation(self) -> None:
        if self.detail is None:
            return
        dlg = self.make_recommend_dialog()
        choice = dlg.launch()
        dlg.deleteLater()
        if choice is None:
            return
        pid = self.detail.summary.portal_id
        svc, actor = self.ctx.services.recommendations, self.ctx.actor
        self.recommend.setEnabled(False)
        self.state_label.setText(self.tr("Saving the recommendation…"))
        self.ctx.workers.start(
            lambda job: svc.recommend(actor, pid, choice.kind, choice.reasons, choice.comment),
            on_done=lambda _r: self._recommended(pid),
            on_error=self._recommend_failed,
            name="recommend",
        )

    def _recommended(self, pid: str) -> None:
        self.status_message.emit(self.tr("Recommendation on {0} saved.").format(pid))
        self.reload()

    def _recommend_failed(self, exc: BaseException) -> None:
        messages.show_failure(self, exc, self.ctx.lang, self.tr("The recommendation was not saved"))
        self.reload()

    # -- deciding ---------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> ReasonDialog:
        assert self.detail is not None  # the buttons work on an application shown
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
        if d is None:
            return
        pid, rev = d.summary.portal_id, d.summary.revision
        svc, actor = self.ctx.services.review, self.ctx.actor
        self._set_buttons(False)
        self.state_label.setText(self.tr("Saving the decision…"))
        self.ctx.workers.start(
            lambda job: svc.decide(
                actor, pid, choice.kind, choice.reasons, choice.comment, expected_revision=rev,
                late_cause=choice.late_cause or None,
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
        details = getattr(exc, "details", {}) or {}
        if details.get("released_by"):
            title = self.tr("Your hold was released: the decision was not saved")
        elif details.get("holder"):
            title = self.tr("Someone else holds it: the decision was not saved")
        else:
            title = self.tr("The decision was not saved")
        messages.show(self, "warning", title, msg)
        self.reload()
