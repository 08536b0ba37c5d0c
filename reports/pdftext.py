"""Fast text drawing for the registry PDF: lines written straight into the page stream.

reportlab's ``textOut`` re-measures every string and splits it into font subsets one
character at a time; for hundreds of thousands of lines that is most of the build time.
Here, once every character of a line has been seen, the line is encoded with one
``codecs.charmap_encode`` call using the font's own subset assignments (same bytes, same
embedded subset and ToUnicode map as reportlab's own path, which is still used for new
characters). Lines that repeat (catalog values, labels, dates) are encoded once.
"""

from __future__ import annotations

import codecs

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class FastText:
    """Encodes and emits lines in one registered TrueType font for one canvas."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        self.canvas = canvas
        self.font = pdfmetrics.getFont(font_name)
        self.doc = canvas._doc
        self._codes: dict[int, int] = {}  # character -> byte in subset 0
        self._names: dict[int, str] = {}
        self._lines: dict[str, list[tuple[int, str]]] = {}

    def _name(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    _MAX_LINES = 50_000

    def _refresh(self) -> None:
        state = self.font.state[self.doc]
        for code, n in state.assignments.items():
            if n < 256 and code != 0xA0:
                self._codes[code] = n

    def encode(self, line: str) -> list[tuple[int, str]]:
        """``line`` as (subset, escaped PDF string) pieces."""
        pieces = self._lines.get(line)
        if pieces is not None:
            return pieces
        try:
            pieces = [(0, escapePDF(codecs.charmap_encode(line, "strict", self._codes)[0]))]
        except UnicodeEncodeError:  # a character not yet in subset 0: reportlab assigns it
            parts = self.font.splitString(line, self.doc)
            self._refresh()
            pieces = [(subset, escapePDF(data)) for subset, data in parts]
        if len(self._lines) >= self._MAX_LINES:
            self._lines.clear()
        self._lines[line] = pieces
        return pieces

    def block(
        self, columns: list[tuple[float, float, list[str]]], size: float, leading: float
    ) -> str:
        """A ``BT … ET`` block; each ``(x, y, lines)`` starts at baseline ``(x, y)`` and goes
        down by ``leading`` per line (the ``'`` operator: next line, show text)."""
        out = ["BT", f"{leading:.3f} TL"]
        current = -1
        tf = f" {size:.2f} Tf"
        for x, y, lines in columns:
            if not lines:
                continue
            out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
            op = "Tj"
            for text in lines:
                pieces = self.encode(text)
                for i, (subset, data) in enumerate(pieces):
                    if subset != current:
                        out.append(self._name(subset) + tf)
                        current = subset
                    out.append(f"({data}){op if i == 0 else 'Tj'}")
                op = "'"
        out.append("ET")
        return "\n".join(out)

    def draw(
        self, columns: list[tuple[float, float, list[str]]], size: float, leading: float
    ) -> None:
        """Append :meth:`block` to the current page."""
        if any(lines for _, _, lines in columns):
            self.canvas._code.append(self.block(columns, size, leading))
