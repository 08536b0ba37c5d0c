"""The decision dialog: reasons of the decision's kind, a comment, the letter preview."""

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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.letter import letter_html
from ui.text import decision_name
from ui.widgets.checks import WrapCheck
from ui.widgets.common import fit_to_screen

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.catalogs import Catalogs


@dataclass(frozen=True)
class DecisionChoice:
    kind: str
    reasons: tuple[str, ...]
    comment: str
    late_cause: str = ""  # why the decision comes after the due date (a late one only)


RECOMMEND_KINDS = ("register", "return", "refuse")


class ReasonDialog(QDialog):
    """Register (confirmation and comment) or return/refuse (at least one reason).

    With ``recommend=True`` it is a clerk's recommendation: the kind is chosen in the dialog
    (register / return / refuse), the grounds follow the kind, the comment is a note for the
    administrator and there is no letter.
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
        self.late_cause = QLineEdit()
        self.late_cause.setObjectName("late_cause")
        self.late_cause.setMaxLength(1000)
        self.late_cause.textChanged.connect(self._update)
        self.preview_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
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
        self.has_letter = kind != "register" and not recommend
        if self.has_letter:
            split = QSplitter()
            split.setChildrenCollapsible(False)
            split.addWidget(self.scroll_area)
            right = QWidget()
            rl = QVBoxLayout(right)
            rl.setContentsMargins(0, 0, 0, 0)
            rl.addWidget(self.preview_label)
            rl.addWidget(self.preview, 1)
            right.setMinimumWidth(280)
            split.addWidget(right)
            split.setStretchFactor(0, 1)
            split.setStretchFactor(1, 1)
            lay.addWidget(split, 1)
        else:
            lay.addWidget(self.scroll_area, 1)
            self.preview.setVisible(False)
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
            fit_to_screen(self, QSize(1000, 640))
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
                    "Refuse {0} ({1}). Choose at least one ground (p.9 of the Rules); a refusal is "
                    "final."
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
        self.preview_label.setText(self.tr("Letter to the applicant (Kazakh and Russian):"))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and cause)
        self.hint.setText("" if ok and cause else self.tr("Choose at least one ground.")
                          if not ok else self.tr("Say why the decision is late."))
        if self.kind != "register" and not self.recommend:
            reasons = [self.catalogs.reasons[c] for c in self.chosen()]
            self.preview.setHtml(
                letter_html(self.detail, self.kind, reasons, self.comment.toPlainText(), self.user)
            )

    def choice(self) -> DecisionChoice:
        return DecisionChoice(self.kind, tuple(self.chosen()), self.comment.toPlainText().strip(),
                              self.late_cause.text().strip() if self.late else "")

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
