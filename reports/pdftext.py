"""Fast text drawing for the registry PDF: lines written straight into the page stream.

reportlab's ``textOut`` re-measures every string and splits it into font subsets one
character at a time; for hundreds of thousands of lines that is most of the build time.
Here, once every character of a line has been seen, the line is encoded with one
``codecs.charmap_encode`` call using the codes reportlab's own ``TTFont.splitString``
gave each character of subset 0 (same bytes, same embedded subset and ToUnicode map as
reportlab's own path, which still encodes lines with new characters). Lines that repeat
(catalog values, labels, dates) are encoded once. Blocks go into the page stream with
``Canvas.addLiteral``.
"""

from __future__ import annotations

import codecs

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reports.adapters.reportlab_io import pdf_document


class FastText:
    """Encodes and emits lines in one registered TrueType font for one canvas."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        font = pdfmetrics.getFont(font_name)
        if not isinstance(font, TTFont):
            raise TypeError(f"{font_name} is not a TrueType font")
        self.canvas = canvas
        self.font = font
        self.doc = pdf_document(canvas)
        self._codes: dict[int, int] = {}  # character -> byte in subset 0
        self._names: dict[int, str] = {}
        self._lines: dict[str, list[tuple[int, str]]] = {}

    def _name(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    _MAX_LINES = 50_000

    def _learn(self, line: str) -> None:
        """Record the subset-0 codes of ``line``'s characters (all assigned by now: a
        character's code never changes once reportlab has given it one)."""
        codes = self._codes
        for ch in set(line):
            code = ord(ch)
            if code in codes or code == 0xA0:  # no-break space: reportlab draws a space
                continue
            parts = self.font.splitString(ch, self.doc)
            if len(parts) == 1 and parts[0][0] == 0 and len(parts[0][1]) == 1:
                codes[code] = parts[0][1][0]

    def encode(self, line: str) -> list[tuple[int, str]]:
        """``line`` as (subset, escaped PDF string) pieces."""
        pieces = self._lines.get(line)
        if pieces is not None:
            return pieces
        try:
            pieces = [(0, escapePDF(codecs.charmap_encode(line, "strict", self._codes)[0]))]
        except UnicodeEncodeError:  # a character not yet in subset 0: reportlab assigns it
            parts = self.font.splitString(line, self.doc)
            self._learn(line)
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
            self.canvas.addLiteral(self.block(columns, size, leading))
