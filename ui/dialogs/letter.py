"""The decision letter shown on screen: the letter the applicant gets, as
``LetterService.preview`` composes it (templates, outgoing number, signer), Kazakh then Russian.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.text import domain_message

if TYPE_CHECKING:
    from models.dto import LetterBlock, LetterData
    from ui.workers import Job, Workers

#: how long the preview waits for the next keystroke before it is composed again
PAUSE_MS = 250

_TAGS = {
    "small": ("<p style='color:#666;font-size:small'>", "</p>"),
    "title": ("<h3 style='text-align:center'>", "</h3>"),
    "bold": ("<p><b>", "</b></p>"),
    "para": ("<p>", "</p>"),
    "sign": ("<p style='margin-top:12px'>", "</p>"),
}


def block_html(b: LetterBlock) -> str:
    """One laid-out paragraph of a letter as HTML."""
    if b.style == "gap":
        return "<p></p>"
    if b.style == "item":
        return (f"<p style='margin-left:22px'>{escape(b.hang)} {escape(b.text)}</p>" if b.hang
                else f"<p style='margin-left:22px'>{escape(b.text)}</p>")
    head, tail = _TAGS.get(b.style, _TAGS["para"])
    return head + escape(b.text).replace("\n", "<br>") + tail


def letter_html(letter: LetterData) -> str:
    """The bilingual letter (Kazakh, a rule, Russian) as it will be printed."""
    return "<hr>".join("".join(block_html(b) for b in letter.blocks(lg)) for lg in ("kk", "ru"))


#: composes the letter: (kind, reason codes, comment, marked fields) → the letter
Preview = Callable[[str, tuple[str, ...], str, tuple[Any, ...]], "LetterData"]


class LetterPreview(QWidget):
    """The letter as the applicant will get it, composed again in a worker after each change
    (a pause of :data:`PAUSE_MS` first); a refusal of the service is shown in its place."""

    refused = Signal(object)  # the service's refusal (a domain error)

    def __init__(self, preview: Preview | None, workers: Workers | None,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compose, self.workers, self.lang = preview, workers, lang
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("preview")
        self.letter: LetterData | None = None
        self.error = ""  # the service's refusal, in words
        self._asked: tuple[str, tuple[str, ...], str, tuple[Any, ...]] | None = None
        self._seq = 0
        self.pending = False  # a composition is waiting or running
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._run)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.browser, 1)

    def request(self, kind: str, reasons: tuple[str, ...], comment: str,
                fixes: tuple[Any, ...]) -> None:
        """Compose the letter for these choices (after a pause)."""
        if self.compose is None or self.workers is None:
            return
        asked = (kind, reasons, comment, fixes)
        if asked == self._asked and not self.pending:
            return
        self._asked = asked
        self.pending = True
        self._timer.start()

    def placeholder(self, text: str) -> None:
        """No letter yet (a ground is still missing): say why instead."""
        self._timer.stop()
        self._seq += 1
        self.pending, self._asked, self.letter = False, None, None
        self.browser.setHtml(f"<p style='color:#666'><i>{escape(text)}</i></p>")

    def _run(self) -> None:
        if self._asked is None or self.compose is None or self.workers is None:
            self.pending = False
            return
        self._seq += 1
        seq, compose, asked = self._seq, self.compose, self._asked

        def work(job: Job) -> LetterData:
            return compose(*asked)

        self.workers.start(work, on_done=lambda r: self._done(seq, r),
                           on_error=lambda e: self._failed(seq, e), name="letter-preview")

    def _done(self, seq: int, letter: LetterData) -> None:
        if not shiboken6.isValid(self) or seq != self._seq:
            return  # closed meanwhile, or a newer letter is on its way
        self.pending, self.letter, self.error = False, letter, ""
        self.browser.setHtml(letter_html(letter))

    def _failed(self, seq: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or seq != self._seq:
            return
        msg = domain_message(exc, self.lang)
        self.pending, self.letter = False, None
        if msg is None:
            raise exc
        self.error = msg
        self.browser.setHtml(f"<p style='color:#a10000'><b>{escape(msg)}</b></p>")
        self.refused.emit(exc)
