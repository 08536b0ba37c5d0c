"""A clerk's recommendation from the review: the dialog (kind, grounds, a note for the
administrator; the last recommendation filled in) and saving it in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.context import AppContext
from ui.dialogs import messages
from ui.dialogs.reason import DecisionChoice, ReasonDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from models.applications.summaries import ApplicationDetail


def recommend_dialog(ctx: AppContext, detail: ApplicationDetail,
                     parent: QWidget | None) -> ReasonDialog:
    """The recommendation dialog, with the clerk's last recommendation on it filled in."""
    dlg = ReasonDialog("register", detail, ctx.services.catalogs, ctx.lang, ctx.actor.login,
                       parent, recommend=True)
    rec = detail.recommendation
    if rec is not None:
        dlg.set_kind(rec.kind)
        for code in rec.reasons:
            if code in dlg.checks:
                dlg.checks[code].setChecked(True)
        dlg.comment.setPlainText(rec.note)
    return dlg


class RecommendSaver(QObject):
    """Saves a recommendation in a worker; tells the review when it is saved or refused."""

    saving = Signal(str)  # what the review says meanwhile
    saved = Signal(str)  # done: what the status bar says
    finished = Signal()  # saved or refused: read the application again

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent

    def save(self, pid: str, choice: DecisionChoice) -> None:
        svc, actor = self.ctx.services.recommendations, self.ctx.actor
        self.saving.emit(self.tr("Saving the recommendation…"))
        self.ctx.workers.start(
            lambda job: svc.recommend(actor, pid, choice.kind, choice.reasons, choice.comment),
            on_done=lambda _r: self._saved(pid),
            on_error=self._failed,
            name="recommend",
        )

    def _saved(self, pid: str) -> None:
        self.saved.emit(self.tr("Recommendation on {0} saved.").format(pid))
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        messages.show_failure(self.parent_widget, exc, self.ctx.lang,
                              self.tr("The recommendation was not saved"))
        self.finished.emit()
