"""Decision letters (return for revision, refusal) to applicants, in Kazakh and Russian.

One PDF holds any number of letters; each starts on a new page. A letter is laid out first
(so its own "page N of M" is known), then drawn: Kazakh text, then the same in Russian.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sized
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.dto import LetterData
from reports.fonts import BOLD, REGULAR, new_canvas, register_fonts
from reports.labels import label
from reports.meta import Cancelled, Progress, ReportResult
from reports.output import ProgressTicker, atomic_path
from reports.wrap import Wrapper

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
TEXT_W = PAGE_W - 2 * MARGIN
BODY = 10.0
TITLE = 12.5
SMALL = 8.0
LEADING = 1.3
INDENT = 14.0
FOOTER_Y = 12 * mm

DATETIME_FMT = "%d.%m.%Y %H:%M"
KINDS = ("return", "refuse")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    font: str
    size: float
    x: float
    gap: float = 0.0  # extra space above the line
    hang: str = ""  # drawn left of ``x`` on the same baseline (a list number)

    @property
    def height(self) -> float:
        return self.gap + self.size * LEADING


class _Layout:
    """Turns a letter into lines (text, font, size, indent)."""

    def __init__(self) -> None:
        self._wrappers: dict[tuple[str, float], Wrapper] = {}
        self.lines: list[_Line] = []

    def _wrapper(self, font: str, size: float) -> Wrapper:
        key = (font, size)
        if key not in self._wrappers:
            self._wrappers[key] = Wrapper(font, size)
        return self._wrappers[key]

    def para(
        self,
        text: str,
        *,
        font: str = REGULAR,
        size: float = BODY,
        indent: float = 0.0,
        hang: str = "",
        gap: float = 0.0,
    ) -> None:
        """Add a wrapped paragraph; ``hang`` (e.g. ``"1)"``) hangs left of the indent."""
        w = self._wrapper(font, size)
        lines = w.wrap(text, TEXT_W - indent) or [""]
        for i, s in enumerate(lines):
            first = i == 0
            self.lines.append(
                _Line(s, font, size, indent, gap if first else 0.0, hang if first else "")
            )

    def field(self, name: str, value: str, gap: float = 0.0) -> None:
        self.para(f"{name}: {value}", gap=gap)


def _full_form(term: str) -> str:
    """A glossary decision without its short form in brackets: "бас тарту (бас тарту)"-like
    repetitions read badly in a letter ("тізілімге енгізуден бас тарту (бас тарту)")."""
    head, sep, _short = term.partition(" (")
    return head if sep and term.endswith(")") else term


def _layout_letter(letter: LetterData, layout: _Layout) -> None:
    if letter.kind not in KINDS:
        raise ValueError(f"letter {letter.portal_id}: kind must be one of {KINDS}")
    ret = letter.kind == "return"
    title = label("LETTER_TITLE_RETURN" if ret else "LETTER_TITLE_REFUSE")
    decision = label("DEC_RETURN" if ret else "DEC_REFUSE")
    grounds = label("GROUNDS_RETURN" if ret else "GROUNDS_REFUSAL")
    next_step = label("LETTER_NEXT_RETURN" if ret else "LETTER_NEXT_REFUSE")
    contacts = ", ".join(p for p in (letter.phone, letter.email) if p)
    for n, lg in enumerate(("kk", "ru")):
        gap = 0.0 if n == 0 else 18.0
        layout.para(label("REGISTRY").text(lg), size=SMALL, gap=gap)
        layout.para(title.text(lg), font=BOLD, size=TITLE, gap=6)
        layout.field(label("LETTER_TO").text(lg), letter.applicant_name, gap=8)
        if contacts:
            layout.field(label("LETTER_CONTACTS").text(lg), contacts)
        layout.field(label("LETTER_APPLICATION_NO").text(lg), letter.portal_id)
        if letter.revision > 1:
            layout.field(label("LETTER_REVISION").text(lg), str(letter.revision))
        layout.field(label("LETTER_RECEIVED").text(lg), letter.received_at.strftime(DATETIME_FMT))
        layout.field(label("LETTER_DECIDED").text(lg), letter.decided_at.strftime(DATETIME_FMT))
        layout.para(label("LETTER_INTRO").text(lg), gap=8)
        layout.para(f"{label('DECISION').text(lg).capitalize()}: {_full_form(decision.text(lg))}",
                    font=BOLD)
        layout.para(grounds.text(lg).capitalize() + ":", gap=6)
        for i, reason in enumerate(letter.reasons, 1):
            layout.para(reason.kk if lg == "kk" else reason.ru, indent=INDENT, hang=f"{i})")
        comment = letter.comment.strip() or label("LETTER_NO_COMMENT").text(lg)
        layout.field(label("UI_COMMENT").text(lg).capitalize(), comment, gap=6)
        layout.para(next_step.text(lg), font=BOLD, gap=6)
        layout.field(label("LETTER_DECIDED_BY").text(lg), letter.decided_by, gap=8)


def _paginate(lines: list[_Line]) -> list[list[_Line]]:
    pages: list[list[_Line]] = [[]]
    room = PAGE_H - 2 * MARGIN
    used = 0.0
    for line in lines:
        if used + line.height > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += line.height
    return pages


def _draw_letter(c: Canvas, letter: LetterData, pages: list[list[_Line]]) -> None:
    total = len(pages)
    for n, lines in enumerate(pages, 1):
        y = PAGE_H - MARGIN
        for i, line in enumerate(lines):
            y -= (line.gap if i else 0.0) + line.size * LEADING
            c.setFont(line.font, line.size)
            c.drawString(MARGIN + line.x, y, line.text)
            if line.hang:
                c.drawString(MARGIN + line.x - INDENT, y, line.hang)
        pages_txt = "   ".join(
            label("PAGE_OF").text(lg).format(n=n, m=total) for lg in ("kk", "ru")
        )
        c.setFont(REGULAR, SMALL)
        c.drawString(MARGIN, FOOTER_Y, letter.portal_id)
        c.drawRightString(PAGE_W - MARGIN, FOOTER_Y, pages_txt)
        c.showPage()


def build_letters(
    letters: Iterable[LetterData],
    out: str | os.PathLike[str],
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> ReportResult:
    """Write one bilingual letter per decision into one PDF at ``out``.

    Each letter starts on a new page and states the application number, the dates received
    and decided, the decision, every reason in the Rules' words, the comment, who decided,
    and what follows (resubmit after fixing, p.10 — or that a refusal is final).
    """
    register_fonts()
    total = len(letters) if isinstance(letters, Sized) else None
    ticker = ProgressTicker(progress, is_cancelled, total, step=1)
    digest = hashlib.blake2b(digest_size=8, person=b"tizilim-letter")
    pages = 0
    with atomic_path(out) as tmp:
        c = new_canvas(str(tmp), A4)
        c.setTitle(" / ".join(label("UI_NOTIFICATION").texts("both")))
        ticker.check()
        for letter in letters:
            layout = _Layout()
            _layout_letter(letter, layout)
            laid = _paginate(layout.lines)
            _draw_letter(c, letter, laid)
            pages += len(laid)
            digest.update(f"{letter.portal_id}\x1f{letter.decided_at.isoformat()}\n".encode())
            ticker.tick()
        if pages == 0:
            c.showPage()
        c.save()
        ticker.finish()
    h = digest.hexdigest()
    fingerprint = "-".join(h[i : i + 4] for i in range(0, 16, 4))
    return ReportResult(path=Path(out), count=ticker.done, fingerprint=fingerprint, pages=pages)
