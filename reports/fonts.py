"""The bundled TrueType font (DejaVu Sans Condensed), registered with reportlab once."""

from __future__ import annotations

from functools import cache
from typing import IO, TYPE_CHECKING, Any

from resources import resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

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


def new_canvas(out: str | IO[bytes], pagesize: tuple[float, float], **kw: Any) -> Canvas:
    """A reportlab canvas that only ever refers to the bundled (embedded) fonts.

    reportlab starts every page with its initial font (Helvetica by default, one of the 14
    standard fonts, which is never embedded); here the initial font is the bundled one.
    Author and creator are "Tizilim".
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    c = Canvas(
        out,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # the stubs say float: it is a name
        initialFontSize=10,
        **kw,
    )
    c.setAuthor("Tizilim")
    c.setCreator("Tizilim")
    return c
