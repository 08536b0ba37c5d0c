"""The decision dialog: reasons of the decision's kind, a comment, the letter preview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.letter import letter_html
from ui.text import decision_name


@dataclass(frozen=True)
class DecisionChoice:
    kind: str
    reasons: tuple[str, ...]
    comment: str


class ReasonDialog(QDialog):
    """Register (confirmation and comment) or return/refuse (at least one reason)."""

    def __init__(
        self,
        kind: str,
        detail: Any,
        catalogs: Any,
        lang: str,
        user: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.kind, self.detail, self.catalogs, self.lang, self.user = (
            kind,
            detail,
            catalogs,
            lang,
            user,
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason_box = QGroupBox()
        box_lay = QVBoxLayout(self.reason_box)
        self.checks: dict[str, QCheckBox] = {}
        self.reasons = [r for r in catalogs.reasons.values() if r.kind == kind]
        for r in self.reasons:
            cb = QCheckBox()
            cb.setObjectName(r.code)
            cb.setToolTip(r.ru if lang == "kk" else r.kk)
            cb.toggled.connect(self._update)
            box_lay.addWidget(cb)
            self.checks[r.code] = cb
        self.reason_box.setVisible(bool(self.reasons))
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaximumHeight(90)
        self.comment.textChanged.connect(self._update)
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

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.intro)
        tl.addWidget(self.reason_box)
        tl.addWidget(self.comment_label)
        tl.addWidget(self.comment)
        tl.addStretch(1)
        lay = QVBoxLayout(self)
        if kind == "register":
            lay.addWidget(top)
            self.preview.setVisible(False)
        else:
            split = QSplitter()
            split.addWidget(top)
            right = QWidget()
            rl = QVBoxLayout(right)
            rl.setContentsMargins(0, 0, 0, 0)
            rl.addWidget(self.preview_label)
            rl.addWidget(self.preview)
            split.addWidget(right)
            split.setSizes([430, 470])
            lay.addWidget(split, 1)
            self.resize(960, 600)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.detail.summary
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
            self.checks[r.code].setText(r.kk if self.lang == "kk" else r.ru)
        self.comment_label.setText(self.tr("Comment:"))
        self.preview_label.setText(self.tr("Letter to the applicant (Kazakh and Russian):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(decision_name(self.kind))
        self._update()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def chosen(self) -> list[str]:
        return [code for code, cb in self.checks.items() if cb.isChecked()]

    def _update(self) -> None:
        ok = self.kind == "register" or bool(self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Choose at least one ground."))
        if self.kind != "register":
            reasons = [self.catalogs.reasons[c] for c in self.chosen()]
            self.preview.setHtml(
                letter_html(self.detail, self.kind, reasons, self.comment.toPlainText(), self.user)
            )

    def choice(self) -> DecisionChoice:
        return DecisionChoice(self.kind, tuple(self.chosen()), self.comment.toPlainText().strip())

    def launch(self) -> DecisionChoice | None:
        """Show modally; the choice, or None when cancelled. Tests patch this."""
        if self.exec() == QDialog.DialogCode.Accepted:
            return self.choice()
        return None
