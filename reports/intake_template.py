"""The XLSX import template users get: headings, an example row that imports as it is,
drop-down lists (Excel data validation over a hidden sheet) of regions, professions, categories
and education levels, and a reference sheet explaining each column in Kazakh and Russian."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.calendar.workdays import KZ_TZ
from models.catalogs import Catalogs
from models.intake.headings import heading
from models.intake.validation import check_digit
from reports.intake_xlsx import write_headings
from reports.output import atomic_path

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

#: the example row is this line of the sheet (after the three heading rows)
EXAMPLE_ROW = 4
#: drop-down lists reach this far down the sheet
LAST_ROW = 5000
EXAMPLE_PORTAL_ID = "EXAMPLE-0001"
LISTS_SHEET = "lists"
_GROUP = re.compile(r"^(education|employment)\d+_(\w+)$")

#: the catalog behind each column with a drop-down list
CATALOG_COLUMNS = {
    "region": "regions",
    "profession": "professions",
    "category": "categories",
    "education_level": "education_levels",
}
#: words of the yes/no and applicant lists (``template:<word>`` in import_headings.json)
YES_NO = ("yes", "no")
APPLICANT_KINDS = ("specialist", "organization")


def _text(key: str, lang: str) -> str:
    """A catalogue text of the template (``template:…``, ``example:…``) in ``lang``."""
    kk, ru = heading(key)
    return kk if lang == "kk" else ru


def _base(key: str) -> str:
    """``education2_level`` → ``education_level``; other keys as they are."""
    m = _GROUP.match(key)
    return f"{m.group(1)}_{m.group(2)}" if m else key


def _id12(body: str) -> str:
    """The first valid IIN or BIN from an 11-digit body on."""
    n = int(body)
    while (digit := check_digit(f"{n:011d}")) is None:
        n += 1
    return f"{n:011d}{digit}"


def example_row(catalogs: Catalogs, lang: str, now: dt.datetime | None = None
                ) -> dict[str, Any]:
    """A valid application, values from the catalogs in ``lang`` (``kk`` or ``ru``);
    received yesterday at 10:00 Kazakhstan time (never in the future)."""
    def name(catalog: str, code: str) -> str:
        item = catalogs.get(catalog, code)
        return item.kk if lang == "kk" else item.ru

    today = (now or dt.datetime.now(KZ_TZ)).astimezone(KZ_TZ).date()
    birth = dt.date(1988, 5, 14)
    region = catalogs.values("regions")[0].code
    def ex(key: str) -> str:
        return _text("example:" + key, lang)

    return {
        "portal_id": EXAMPLE_PORTAL_ID,
        "received_at": dt.datetime.combine(today - dt.timedelta(days=1), dt.time(10, 0)),
        "last_name": ex("last_name"), "first_name": ex("first_name"),
        "middle_name": ex("middle_name"),
        "iin": _id12(birth.strftime("%y%m%d") + "4" + "0001"), "birth_date": birth,
        "phone": "+7 701 123 45 67", "email": "asel@example.kz",
        "region": name("regions", region), "settlement": ex("settlement"),
        "registration_address": ex("registration_address"),
        "profession": name("professions", catalogs.values("professions")[0].code),
        "experience_years": 7, "experience_months": 4,
        "education1_level": name("education_levels",
                                 catalogs.values("education_levels")[-1].code),
        "education1_institution": ex("institution"),
        "education1_start": dt.date(2005, 9, 1), "education1_end": dt.date(2009, 6, 30),
        "education1_document": ex("document"),
        "employment1_organization": ex("organization"),
        "employment1_bin": _id12("12034000011"), "employment1_position": ex("position"),
        "employment1_start": dt.date(2015, 2, 1),
        "category": name("categories", catalogs.values("categories")[0].code),
        "category_assigned_on": dt.date(2022, 5, 10),
        "commission": ex("commission"),
        "consent_to_publish": _text("template:yes", lang),
    }


def _lists(wb: Any, catalogs: Catalogs, lang: str) -> dict[str, str]:
    """The hidden sheet of list values; returns column key → the range a list refers to."""
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    code = "kk" if lang == "kk" else "ru"
    columns: list[tuple[str, list[str]]] = [
        (base, [i.kk if code == "kk" else i.ru for i in catalogs.values(catalog)])
        for base, catalog in CATALOG_COLUMNS.items()
    ]
    columns += [("yes_no", [_text(f"template:{w}", code) for w in YES_NO]),
                ("applicant_kind", [_text(f"template:{w}", code) for w in APPLICANT_KINDS])]
    refs: dict[str, str] = {}
    for col, (key, values) in enumerate(columns, 1):
        for row, value in enumerate(values, 1):
            cell = ws.cell(row=row, column=col, value=value)
            cell.data_type = "s"  # text, never a formula
        letter = get_column_letter(col)
        refs[key] = f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"
    return refs


def _validations(ws: Worksheet, keys: list[str], refs: dict[str, str], lang: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    code = "kk" if lang == "kk" else "ru"
    title = _text("template:choose", code)
    for col, key in enumerate(keys, 1):
        base = _base(key)
        ref = refs.get(base) or refs.get(
            "yes_no" if base in ("consent_to_publish", "applicant_consent") else base)
        if ref is None:
            continue
        dv = DataValidation(type="list", formula1=f"={ref}", allow_blank=True,
                            showDropDown=False, showErrorMessage=True)
        dv.errorTitle = title
        kk, ru = heading(key)
        dv.error = f"{kk if code == 'kk' else ru}: {title.lower()}"
        letter = get_column_letter(col)
        dv.add(f"{letter}{EXAMPLE_ROW}:{letter}{LAST_ROW}")
        ws.add_data_validation(dv)


def _reference(wb: Any, keys: list[str]) -> None:
    """One line per column: its place, key, headings and what to write, in kk and ru."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def both(key: str) -> str:
        kk, ru = heading("template:" + key)
        return f"{kk} / {ru}"

    ws = wb.create_sheet(both("reference").replace(" / ", " — "))
    ws.append([both("column"), both("key"), *heading("template:heading"),
               *heading("template:how")])
    for c in ws[1]:
        c.font = Font(bold=True)
    for col, key in enumerate(keys, 1):
        kk, ru = heading(key)
        hkk, hru = heading("help:" + _base(key))
        letter = get_column_letter(col)
        ws.append([letter, key, kk, ru, hkk, hru])
    for letter, width in zip("ABCDEF", (10, 26, 34, 34, 60, 60), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.data_type = "s"
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "C2"


def write_import_template(out: str | Path, catalogs: Catalogs, lang: str = "ru",
                          now: dt.datetime | None = None) -> Path:
    """The template at ``out``: its first sheet (the one the import reads, named in kk and ru)
    with an example row, the drop-down lists in ``lang``, the reference sheet in kk and ru."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    keys = write_headings(ws)
    example = example_row(catalogs, lang, now)
    for col, key in enumerate(keys, 1):
        value = example.get(key)
        if value is None:
            continue
        cell = ws.cell(row=EXAMPLE_ROW, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
        elif isinstance(value, dt.datetime):
            cell.number_format = "DD.MM.YYYY HH:MM"
        elif isinstance(value, dt.date):
            cell.number_format = "DD.MM.YYYY"
    _validations(ws, keys, _lists(wb, catalogs, lang), lang)
    _reference(wb, keys)
    path = Path(out)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
