"""The decision dialog: reasons of the decision's kind, a comment, for a return the fields and
documents to correct, and the letter the applicant will get (composed by the letter service)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.letter import LetterPreview, Preview
from ui.text import decision_name
from ui.widgets.checks import WrapCheck
from ui.widgets.common import fit_to_screen
from ui.widgets.fix_picker import FixPicker

if TYPE_CHECKING:
    from models.applications.fixes import FixField
    from models.applications.summaries import ApplicationDetail
    from models.catalogs import Catalogs
    from ui.workers import Workers


@dataclass(frozen=True)
class DecisionChoice:
    kind: str
    reasons: tuple[str, ...]
    comment: str
    late_cause: str = ""  # why the decision comes after the due date (a late one only)
    fixes: tuple[FixField, ...] = ()  # a return: the fields and documents to correct


RECOMMEND_KINDS = ("register", "return", "refuse")


class ReasonDialog(QDialog):
    """Register (confirmation and comment) or return/refuse (at least one reason).

    With ``recommend=True`` it is a clerk's recommendation: the kind is chosen in the dialog
    (register / return / refuse), the grounds follow the kind, the comment is a note for the
    administrator and there is no letter.

    ``preview`` composes the letter (``LetterService.preview``), run in ``workers``; without
    them the letter pane stays empty.
    """

    def __init__(
        self,
        kind: str,
        detail: ApplicationDetail,
        catalogs: Catalogs,
        lang: str,
        user: str,
        parent: QWidget | None = None,
        recommend: bool = False,
        *,
        preview: Preview | None = None,
        workers: Workers | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecommendDialog" if recommend else "ReasonDialog")
        self.kind, self.detail, self.catalogs, self.lang, self.user = (
            kind,
            detail,
            catalogs,
            lang,
            user,
        )
        self.recommend = recommend
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        if not recommend:  # hide only: shown without a parent it would be a window
            self.kind_combo.hide()
        self.reason_box = QGroupBox()
        box_lay = QVBoxLayout(self.reason_box)
        self.checks: dict[str, QCheckBox] = {}
        self.rows: dict[str, WrapCheck] = {}  # each ground's box with its wrapped text
        self.reasons = [r for r in catalogs.reasons.values() if recommend or r.kind == kind]
        for r in self.reasons:
            row = WrapCheck()
            row.box.setObjectName(r.code)
            row.setToolTip(r.ru if lang == "kk" else r.kk)
            row.box.toggled.connect(self._update)
            box_lay.addWidget(row)
            self.rows[r.code] = row
            self.checks[r.code] = row.box
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(90)
        self.comment.textChanged.connect(self._update)
        # a decision after the due date says why (one line, required)
        self.late = not recommend and _past_due(detail)
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.late_cause = QLineEdit()
        self.late_cause.setObjectName("late_cause")
        self.late_cause.setMaxLength(1000)
        self.late_cause.textChanged.connect(self._update)
        self.letter_view = LetterPreview(preview, workers, lang)
        self.letter_view.refused.connect(self._preview_refused)
        self.preview_label = self.letter_view.label
        self.preview = self.letter_view.browser
        self.cannot_sign = ""  # the letter cannot be signed: why, and what to do
        # a return marks the fields and documents to correct
        self.picker = FixPicker(detail.data, lang) if kind == "return" and not recommend else None
        self.fix_label = QLabel()
        self.fix_label.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # the grounds and the comment scroll when the screen is short (125 % scaling)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 6, 0)
        tl.addWidget(self.intro)
        tl.addWidget(self.kind_combo)
        tl.addWidget(self.reason_box)
        tl.addWidget(self.comment_label)
        tl.addWidget(self.comment)
        if self.late:  # never shown parentless (it would be a window)
            tl.addWidget(self.late_label)
            tl.addWidget(self.late_cause)
        tl.addStretch(1)
        self.top = top
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("grounds_scroll")
        self.scroll_area.setWidget(top)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMinimumWidth(300)
        lay = QVBoxLayout(self)
        self.has_letter = not recommend
        if self.has_letter:
            split = QSplitter()
            split.setChildrenCollapsible(False)
            split.addWidget(self.scroll_area)
            if self.picker is not None:
                fixes = QWidget()
                fl = QVBoxLayout(fixes)
                fl.setContentsMargins(0, 0, 0, 0)
                fl.addWidget(self.fix_label)
                fl.addWidget(self.picker, 1)
                fixes.setMinimumWidth(300)
                split.addWidget(fixes)
                self.picker.changed.connect(self._update)
            self.letter_view.setMinimumWidth(280)
            split.addWidget(self.letter_view)
            for i in range(split.count()):
                split.setStretchFactor(i, 1)
            self.splitter = split
            lay.addWidget(split, 1)
        else:
            lay.addWidget(self.scroll_area, 1)
            self.letter_view.setVisible(False)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self._show_kind_reasons()  # once the boxes have parents (shown parentless = a window)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self.fit()

    def fit(self) -> None:
        """As large as the content wants (the letter beside the grounds: 1000×640), never
        larger than the screen; what does not fit scrolls."""
        if self.has_letter:
            fit_to_screen(self, QSize(1340, 680) if self.picker else QSize(1000, 640))
            if self.picker is not None:  # grounds, fields and letter side by side
                w = self.width()  # the field names need the most room
                self.splitter.setSizes([w * 30 // 100, w * 37 // 100, w * 33 // 100])
            return
        self.ensurePolished()  # the style sheet's font: the text's true height
        width = 640
        lay = self.layout()
        assert lay is not None
        m = lay.contentsMargins()
        extra = self.hint.sizeHint().height() + self.buttons.sizeHint().height()
        extra += 2 * lay.spacing() + m.top() + m.bottom() + 4
        inner = width - m.left() - m.right()
        kinds = RECOMMEND_KINDS if self.recommend else (self.kind,)
        content = 0
        for kind in kinds:  # a recommendation: tall enough for the kind with most grounds
            self._show_kind_reasons(kind)
            self.reason_box.updateGeometry()  # (the height kept for the last kind is stale)
            content = max(content, self.top.heightForWidth(inner))
        self._show_kind_reasons()
        fit_to_screen(self, QSize(width, content + extra))

    def _show_kind_reasons(self, kind: str | None = None) -> None:
        """The grounds of ``kind`` (the dialog's kind) shown, the others hidden."""
        kind = kind or self.kind
        shown = [r for r in self.reasons if r.kind == kind]
        for r in self.reasons:
            self.rows[r.code].setVisible(r.kind == kind)
        self.reason_box.setVisible(bool(shown))

    def _kind_changed(self, _i: int) -> None:
        kind = self.kind_combo.currentData()
        if not kind or kind == self.kind:
            return
        self.kind = str(kind)
        self._show_kind_reasons()
        self._update()

    def set_kind(self, kind: str) -> None:
        """Recommendation: choose register / return / refuse."""
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def retranslate(self) -> None:
        s = self.detail.summary
        if self.recommend:
            self._retranslate_recommend()
            return
        self.setWindowTitle(f"{decision_name(self.kind)} — {s.portal_id}")
        if self.kind == "register":
            self.intro.setText(
                self.tr(
                    "Register {0} ({1})? The specialist enters the registry today and gets a "
                    "registry number."
                ).format(s.portal_id, s.full_name)
            )
        elif self.kind == "return":
            self.intro.setText(
                self.tr(
                    "Return {0} ({1}) for revision. Choose at least one ground (p.9 of the Rules)."
                ).format(s.portal_id, s.full_name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "Refuse {0} ({1}). Choose at least one ground (p.9 of the Rules). The "
                    "applicant may appeal the refusal in the manner set by the Administrative "
                    "Procedural and Process Code of the Republic of Kazakhstan; the letter says so."
                ).format(s.portal_id, s.full_name)
            )
        self.reason_box.setTitle(self.tr("Grounds"))
        for r in self.reasons:
            self.rows[r.code].set_text(r.kk if self.lang == "kk" else r.ru)
        self.comment_label.setText(self.tr("Comment:"))
        due = self.detail.summary.due_date
        self.late_label.setText(
            self.tr("The decision is late (due {0}). The cause of the delay:").format(
                due.strftime("%d.%m.%Y") if due else ""))
        self.preview_label.setText(
            self.tr("The letter the applicant will get (Kazakh and Russian):"))
        self.fix_label.setText(
            self.tr("Fields and documents to correct (optional; each with a short note):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(decision_name(self.kind))
        self._update()

    def _retranslate_recommend(self) -> None:
        s = self.detail.summary
        self.setWindowTitle(self.tr("Recommendation — {0}").format(s.portal_id))
        self.intro.setText(
            self.tr(
                "Your recommendation on {0} ({1}) for the administrator, who decides. For a "
                "return or a refusal choose at least one ground (p.9 of the Rules)."
            ).format(s.portal_id, s.full_name)
        )
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for k in RECOMMEND_KINDS:
            self.kind_combo.addItem(decision_name(k), k)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self.kind), 0))
        self.kind_combo.blockSignals(False)
        self.reason_box.setTitle(self.tr("Grounds"))
        for r in self.reasons:
            self.rows[r.code].set_text(r.kk if self.lang == "kk" else r.ru)
        self.comment_label.setText(self.tr("Note for the administrator:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Recommend"))
        self._update()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def chosen(self) -> list[str]:
        """The checked grounds of the current kind."""
        return [
            r.code for r in self.reasons if r.kind == self.kind and self.checks[r.code].isChecked()
        ]

    def _update(self) -> None:
        ok = self.kind == "register" or bool(self.chosen())
        cause = not self.late or bool(self.late_cause.text().strip())
        signable = not self.cannot_sign
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            ok and cause and signable)
        if not signable:
            hint = self.cannot_sign
        elif not ok:
            hint = self.tr("Choose at least one ground.")
        elif not cause:
            hint = self.tr("Say why the decision is late.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setProperty("role", "error" if not signable else "")
        self.hint.setWordWrap(True)
        if not self.has_letter:
            return
        if not ok:
            self.letter_view.placeholder(
                self.tr("The letter appears here once a ground is chosen."))
            return
        self.letter_view.request(self.kind, tuple(self.chosen()),
                                 self.comment.toPlainText().strip(), self.fixes())

    def fixes(self) -> tuple[FixField, ...]:
        """A return's marked fields and documents, with their notes."""
        return self.picker.fixes() if self.picker is not None else ()

    def _preview_refused(self, exc: BaseException) -> None:
        """The letter service refused the letter: a user who cannot sign cannot decide."""
        from models.notifications.issue import CannotSign

        if isinstance(exc, CannotSign):
            self.cannot_sign = (
                self.letter_view.error + " " + self.tr(
                    "Ask an administrator to fill in your full name and position "
                    "(Administration → Users).")
            )
            self._update()

    def choice(self) -> DecisionChoice:
        return DecisionChoice(self.kind, tuple(self.chosen()), self.comment.toPlainText().strip(),
                              self.late_cause.text().strip() if self.late else "",
                              self.fixes())

    def launch(self) -> DecisionChoice | None:
        """Show modally; the choice, or None when cancelled. Tests patch this."""
        if self.exec() == QDialog.DialogCode.Accepted:
            return self.choice()
        return None


def _past_due(detail: ApplicationDetail) -> bool:
    """Whether a decision made today comes after the application's due date."""
    from models.calendar.workdays import today_local

    due = detail.summary.due_date
    return due is not None and today_local() > due
