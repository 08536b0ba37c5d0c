"""Administration, the letter templates tab: one template per decision, channel and language.

The administrator picks a template, edits it and sees a sample letter (or e-mail, or SMS)
beside it. The service checks every preview and save: a template that drops a required element
(the reasons, the legal basis, the appeal route…) is refused, and the reason is shown here.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.screens.admin.common import failed, run
from ui.text import decision_name, domain_message

if TYPE_CHECKING:
    from models.dto import LetterBlock
    from models.notifications.template_service import TemplatePreview
    from models.notifications.templates import Template

KINDS = ("register", "return", "refuse")
CHANNELS = ("letter", "email", "sms")
LANGS = ("kk", "ru")


def blocks_html(blocks: tuple[LetterBlock, ...]) -> str:
    """A letter's blocks as simple HTML (titles, bold, small print, numbered items)."""
    out = []
    for b in blocks:
        text = escape(b.text).replace("\n", "<br>")
        if b.style == "gap":
            out.append("<p></p>")
        elif b.style == "title":
            out.append(f"<h3 align='center'>{text}</h3>")
        elif b.style == "bold":
            out.append(f"<p><b>{text}</b></p>")
        elif b.style == "small":
            out.append(f"<p style='font-size:small;color:#555'>{text}</p>")
        elif b.style == "item":
            out.append(f"<p style='margin-left:16px'>{escape(b.hang)} {text}</p>")
        elif b.style == "sign":
            out.append(f"<p align='right'>{text}</p>")
        else:
            out.append(f"<p>{text}</p>")
    return "".join(out)


class TemplatesTab(QWidget):
    """Read when the tab is shown (:meth:`load`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: dict[tuple[str, str, str], Template] = {}
        self.kind, self.channel, self.lang = QComboBox(), QComboBox(), QComboBox()
        self.kind.setObjectName("template_kind")
        self.channel.setObjectName("template_channel")
        self.lang.setObjectName("template_lang")
        for combo, codes in ((self.kind, KINDS), (self.channel, CHANNELS), (self.lang, LANGS)):
            for code in codes:
                combo.addItem("", code)
        self.kind.setCurrentIndex(1)  # a return: the richest template
        self.subject = QLineEdit()
        self.subject.setObjectName("template_subject")
        self.subject_label = QLabel()
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.body.setTabChangesFocus(True)
        self.required = QLabel()
        self.required.setObjectName("template_required")
        self.required.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("template_state")
        self.state.setWordWrap(True)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("template_preview")
        self.save_button = QPushButton()
        self.save_button.setObjectName("template_save")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("template_reset")
        self.preview = QTextBrowser()
        self.preview.setObjectName("template_sample")
        pick = QHBoxLayout()
        for combo in (self.kind, self.channel, self.lang):
            pick.addWidget(combo)
        pick.addStretch(1)
        subj = QHBoxLayout()
        subj.addWidget(self.subject_label)
        subj.addWidget(self.subject, 1)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(pick)
        ll.addWidget(self.required)
        ll.addLayout(subj)
        ll.addWidget(self.body, 1)
        ll.addWidget(self.state)
        ll.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([560, 560])
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self._typing = QTimer(self)  # the sample follows the text as it is typed
        self._typing.setSingleShot(True)
        self._typing.setInterval(600)
        self._typing.timeout.connect(self.show_preview)
        self._loading = False
        self._asked = 0
        self.body.textChanged.connect(self._edited)
        self.subject.textEdited.connect(self._edited)
        for combo in (self.kind, self.channel, self.lang):
            combo.currentIndexChanged.connect(self.pick)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.retranslate()

    def retranslate(self) -> None:
        for i, code in enumerate(KINDS):
            self.kind.setItemText(i, decision_name(code))
        for i, text in enumerate((self.tr("Letter (PDF)"), self.tr("E-mail"), self.tr("SMS"))):
            self.channel.setItemText(i, text)
        for i, text in enumerate((self.tr("Kazakh"), self.tr("Russian"))):
            self.lang.setItemText(i, text)
        self.subject_label.setText(self.tr("Subject:"))
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save the template"))
        self.reset_button.setText(self.tr("Back to the shipped template"))
        self._required()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def key(self) -> tuple[str, str, str]:
        return (
            str(self.kind.currentData()),
            str(self.channel.currentData()),
            str(self.lang.currentData()),
        )

    def _required(self) -> None:
        from models.notifications.templates import REQUIRED, letter_terms

        kind, channel, _lang = self.key()
        names = letter_terms()["elements"]
        lg = "kk" if self.ctx.lang == "kk" else "ru"
        parts = [f"{{{n}}} — {names[n][lg]}" for n in sorted(REQUIRED.get((kind, channel), ()))
                 if n in names]
        self.required.setText(self.tr("Required: {0}").format("; ".join(parts)))

    # -- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        svc, actor = self.ctx.services.templates, self.ctx.actor
        run(self, self.ctx, lambda job: svc.templates(actor), self._loaded)

    def _loaded(self, found: list[Template]) -> None:
        self.templates = {(t.kind, t.channel, t.lang): t for t in found}
        self.pick()

    def pick(self, *_a: object) -> None:
        """Show the chosen template and its sample."""
        from models.notifications.templates import CHANNELS_OF

        allowed = CHANNELS_OF[str(self.kind.currentData())]
        items = cast(QStandardItemModel, self.channel.model())
        for i, code in enumerate(CHANNELS):
            items.item(i).setEnabled(code in allowed)
            items.item(i).setToolTip("" if code in allowed else self.tr(
                "A return or a refusal is not sent by SMS: its reasons (and a refusal's "
                "appeal route) do not fit one. Without an e-mail it is delivered by hand."))
        if self.channel.currentData() not in allowed:
            self.channel.setCurrentIndex(0)  # (picks again)
            return
        t = self.templates.get(self.key())
        self._required()
        is_email = self.channel.currentData() == "email"
        self.subject.setVisible(is_email)
        self.subject_label.setVisible(is_email)
        if t is None:
            return
        self._loading = True
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self._loading = False
        self._state_text(t)
        self.show_preview()

    def _edited(self, *_a: object) -> None:
        if self._loading:
            return
        self.state.setText(self.tr("Changed, not saved yet."))
        self.state.setProperty("role", "")
        self.state.style().polish(self.state)
        self._typing.start()

    def _state_text(self, t: Template) -> None:
        self.state.setProperty("role", "")
        self.state.setText(
            self.tr("As shipped.")
            if t.shipped
            else self.tr("Changed by {0}.").format(t.changed_by)
        )
        self.state.style().polish(self.state)
        self.reset_button.setEnabled(not t.shipped)

    # -- preview and save ---------------------------------------------------------------------
    def _call(self, what: str, done: Any) -> None:
        svc, actor = self.ctx.services.templates, self.ctx.actor
        kind, channel, lang = self.key()
        subject, body = self.subject.text(), self.body.toPlainText()
        fn = svc.preview if what == "preview" else svc.save
        self._asked += 1
        asked = self._asked  # an older answer that arrives late is dropped

        def fresh(handler: Any) -> Any:
            if what != "preview":  # a save is always answered
                return handler
            return lambda value: handler(value) if asked == self._asked else None

        self.ctx.workers.start(
            lambda job: fn(actor, kind, channel, lang, subject, body),
            on_done=fresh(done),
            on_error=fresh(self._refused),
            name=f"template-{what}",
        )

    def show_preview(self) -> None:
        self._call("preview", self._previewed)

    def _previewed(self, p: TemplatePreview) -> None:
        if p.template.channel == "letter":
            self.preview.setHtml(blocks_html(p.blocks))
            return
        if p.template.channel == "email":
            label = escape(self.tr("Subject:"))
            head = f"<p><b>{label}</b> {escape(p.subject)}</p>"
        else:
            count = escape(self.tr("%n SMS segment(s)", "", p.sms_segments.count))
            head = f"<p><i>{count}</i></p>"
        body = escape(p.text)
        self.preview.setHtml(f"{head}<pre style='white-space:pre-wrap'>{body}</pre>")

    def _refused(self, exc: BaseException) -> None:
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            failed(self, self.ctx, exc)
            return
        self.state.setText(msg)
        self.state.setProperty("role", "error")
        self.state.style().polish(self.state)
        refused = escape(self.tr("Not shown: the template is refused."))
        self.preview.setHtml(f"<p style='color:#a00'>{refused}</p>")

    def save(self) -> None:
        self._typing.stop()
        self._call("save", self._saved)

    def _saved(self, t: Template) -> None:
        self.templates[t.kind, t.channel, t.lang] = t
        self._state_text(t)
        self.state.setText(self.tr("Saved: used for the next decisions."))
        self.state.setProperty("role", "ok")
        self.state.style().polish(self.state)
        self.show_preview()

    def reset(self) -> None:
        if not messages.ask(
            self,
            self.tr("Letter templates"),
            self.tr("Discard the changes to this template and use the shipped one?"),
        ):
            return
        svc, actor = self.ctx.services.templates, self.ctx.actor
        kind, channel, lang = self.key()
        run(self, self.ctx, lambda job: svc.reset(actor, kind, channel, lang), self._reset)

    def _reset(self, t: Template) -> None:
        self.templates[t.kind, t.channel, t.lang] = t
        self.pick()
