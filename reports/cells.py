"""The printed content of a registry row: eleven cells, each a list of paragraphs.

Shared by the PDF and Excel writers so both print exactly the same text. In ``both``, a
catalog value (region, profession, education level, category) and other language-dependent
text is printed Kazakh first, Russian below it, in the same cell; language-independent text
(names, dates, phones, institutions) is printed once.
"""

from __future__ import annotations

from models.dto import Bilingual, EducationRecord, EmploymentRecord, RegistryRow
from reports.labels import Label, label
from reports.meta import fmt_date

NCOLS = 11
#: Columns that hold one date (written as real dates in Excel).
DATE_COLUMNS = (2, 10)
#: Column holding the registry number (an integer in Excel).
NUMBER_COLUMN = 0


def _texts(value: Bilingual | Label, lang: str) -> list[str]:
    if lang == "both":
        return [value.kk] if value.kk == value.ru else [value.kk, value.ru]
    return [value.text(lang)]


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _span(start: str, end: str) -> str:
    if start and end:
        return f"{start} – {end}"
    return start or end


def education_paragraphs(records: tuple[EducationRecord, ...], lang: str) -> list[str]:
    """Every education record: level (both languages in ``both``), institution, dates, diploma."""
    out: list[str] = []
    for i, e in enumerate(records, 1):
        rest = _join(e.institution, _span(fmt_date(e.start), fmt_date(e.end)), e.document)
        levels = _texts(e.level, lang)
        if len(levels) == 1:
            out.append(f"{i}) " + _join(levels[0], rest))
        else:
            out.append(f"{i}) {levels[0]}")
            out.append(levels[1])
            if rest:
                out.append(rest)
    return out


def employment_paragraphs(records: tuple[EmploymentRecord, ...], lang: str) -> list[str]:
    """Every employment record: organization, BIN, position, start – end (or "to date").

    In ``both``, "to date" is printed in Kazakh, then in Russian on the line below.
    """
    present = _texts(label("PRESENT"), lang)
    out: list[str] = []
    for i, e in enumerate(records, 1):
        end = fmt_date(e.end) if e.end else present[0]
        start = fmt_date(e.start)
        span = f"{start} – {end}" if start else end
        out.append(f"{i}) " + _join(e.organization, e.bin, e.position, span))
        if not e.end and len(present) > 1:
            out.append(present[1])
    return out


def row_cells(row: RegistryRow, lang: str) -> list[list[str]]:
    """The eleven printed cells of ``row`` as paragraphs, for ``kk``, ``ru`` or ``both``."""
    exp = label("EXPERIENCE").format(years=row.experience_years, months=row.experience_months)
    if row.category is not None:
        qual = _texts(row.category, lang)
    else:
        qual = _texts(label("NO_CATEGORY"), lang)
    qual += [p for p in (fmt_date(row.category_assigned_on), row.commission) if p]
    return [
        [str(row.registry_number)],
        [row.full_name],
        [fmt_date(row.birth_date)],
        [p for p in (row.phone, row.email) if p],
        _texts(row.region, lang) + [p for p in (row.settlement, row.registration_address) if p],
        _texts(row.profession, lang),
        _texts(exp, lang),
        education_paragraphs(row.education, lang),
        employment_paragraphs(row.employment, lang),
        qual,
        [fmt_date(row.included_on)],
    ]
