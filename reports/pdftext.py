"""Fast text drawing for the registry PDF: lines written straight into the page stream.

reportlab's ``textOut`` re-measures every string and splits it into font subsets one
character at a time; for hundreds of thousands of lines that is most of the build time.
Here, once every character of a line has been seen, the line is encoded with one
``str.translate`` call using the font's own subset assignments (same bytes, same embedded
subset and ToUnicode map as reportlab's own path, which is still used for new characters).
"""

from __future__ import annotations

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class FastText:
    """Encodes and emits lines in one registered TrueType font for one canvas."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        self.canvas = canvas
        self.font = pdfmetrics.getFont(font_name)
        self.doc = canvas._doc
        self._table: dict[int, str] = {}
        self._known: set[str] = set()
        self._names: dict[int, str] = {}

    def _name(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def _refresh(self) -> None:
        state = self.font.state[self.doc]
        for code, n in state.assignments.items():
            if n < 256 and code not in self._table:
                self._table[code] = chr(n)
                self._known.add(chr(code))

    def encode(self, line: str) -> list[tuple[int, str]]:
        """``line`` as (subset, escaped PDF string) pieces."""
        if self._known.issuperset(line):
            return [(0, escapePDF(line.translate(self._table).encode("latin-1")))]
        parts = self.font.splitString(line, self.doc)
        self._refresh()
        return [(subset, escapePDF(data)) for subset, data in parts]

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
