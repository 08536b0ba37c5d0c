"""The bundled TrueType font (DejaVu Sans Condensed), registered with reportlab once."""

from __future__ import annotations

from functools import cache

from resources import resource_path

REGULAR = "TizilimSans"
BOLD = "TizilimSans-Bold"

_FILES = {REGULAR: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf"}

#: Letters of the Kazakh alphabet beyond the Russian one, both cases.
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts (first call only); return their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
