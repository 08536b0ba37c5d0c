"""``tizilim selftest``: is this installation whole? One line per check, exit 1 on a failure.

Runs the same from a checkout and from the frozen bundle: every resource resolves, the PDF
font registers and has every Kazakh letter, both interface translations (ours and Qt's)
load, the migrations are there, a tiny registry is written as PDF and XLSX in a temporary
folder and read back, and the database, if one is configured, answers and is at this
program's schema.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.errors import EXIT_ERROR, EXIT_OK
from desktop.version import version
from resources import resource_path

if TYPE_CHECKING:
    from models.dto import RegistryRow

#: every data file the program reads (tests/desktop/test_selftest.py: the list is complete)
RESOURCES = (
    "catalogs/application_fields.json",
    "catalogs/categories.json",
    "catalogs/education_levels.json",
    "catalogs/glossary_terms.json",
    "catalogs/import_headings.json",
    "catalogs/letter_terms.json",
    "catalogs/message_templates.json",
    "catalogs/messages.json",
    "catalogs/professions.json",
    "catalogs/reasons.json",
    "catalogs/regions.json",
    "catalogs/report_labels.json",
    "fonts/DejaVuSansCondensed.ttf",
    "fonts/DejaVuSansCondensed-Bold.ttf",
    "fonts/LICENSE-DejaVu.txt",
    "i18n/app_kk.qm",
    "i18n/app_ru.qm",
    "i18n/qt_overrides_kk.qm",
    "i18n/qt_overrides_ru.qm",
    "icons/tizilim.png",
    "icons/tizilim.ico",
    "style.qss",
)
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
#: a name with the letters only Kazakh has, written and read back
SAMPLE_NAME = ("Әбілқайыров", "Нұрсұлтан", "Өмірұлы")

Check = Callable[[], str]


class CheckFailed(Exception):
    """A check's one-line reason."""


def check_resources() -> str:
    bad = [r for r in RESOURCES if not _nonempty(resource_path(*r.split("/")))]
    if bad:
        raise CheckFailed("missing or empty: " + ", ".join(bad))
    return f"{len(RESOURCES)} files under {resource_path()}"


def _nonempty(p: Path) -> bool:
    return p.is_file() and p.stat().st_size > 0


def check_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from reports.fonts import KAZAKH_LETTERS, register_fonts

    names = register_fonts()
    for name in names:
        font = pdfmetrics.getFont(name)
        if not isinstance(font, TTFont):
            raise CheckFailed(f"{name} is not the bundled TrueType font")
        glyphs = font.face.charToGlyph
        lacking = [c for c in KAZAKH_LETTERS + RUSSIAN_LETTERS if ord(c) not in glyphs]
        if lacking:
            raise CheckFailed(f"{name} lacks {''.join(lacking)}")
    return f"{', '.join(names)} registered, every Kazakh and Russian letter present"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resource_path("i18n"))
    loaded = []
    for code in ("kk", "ru"):
        for name, folder in ((f"app_{code}", ours), (f"qtbase_{code}", qt_dir)):
            t = QTranslator()
            if not t.load(name, folder) or t.isEmpty():
                raise CheckFailed(f"{name} does not load from {folder}")
            loaded.append(name)
        t = QTranslator()
        t.load(f"app_{code}", ours)
        if not t.translate("MainWindow", "&File"):
            raise CheckFailed(f"app_{code} has no translation of the File menu")
    return ", ".join(loaded)


def check_migrations() -> str:
    from models.db.migrate import MIGRATIONS_DIR
    from models.db.schema import revisions

    scripts = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    revs = revisions()
    if len(scripts) != len(revs):
        raise CheckFailed(f"{len(scripts)} scripts but {len(revs)} revisions")
    return f"{len(revs)} migrations, head {revs[-1]}"


def _sample_row() -> RegistryRow:
    from models.dto import Bilingual, EducationRecord, EmploymentRecord, RegistryRow

    last, first, middle = SAMPLE_NAME
    level = Bilingual("higher", "Жоғары", "Высшее")
    return RegistryRow(
        registry_number=1, last_name=last, first_name=first, middle_name=middle,
        birth_date=dt.date(1985, 3, 22), phone="", email="",
        region=Bilingual("750000000", "Алматы қаласы", "город Алматы"),
        settlement="Алматы", registration_address="Абай даңғылы, 1",
        profession=Bilingual("social-worker", "Әлеуметтік қызметкер", "Социальный работник"),
        experience_years=7, experience_months=4,
        education=(EducationRecord(level, "ҚазҰУ", dt.date(2002, 9, 1), dt.date(2006, 6, 30),
                                   "ЖБ-Б 0000001"),),
        employment=(EmploymentRecord("«Үміт» орталығы", "120340005678", "әлеуметтік қызметкер",
                                     dt.date(2010, 2, 1), None),),
        category=None, category_assigned_on=None, commission="", included_on=dt.date(2025, 2, 3),
        consent=True,
    )


def check_reports() -> str:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from reports.meta import ReportMeta
    from reports.registry_pdf import build as build_pdf
    from reports.registry_xlsx import build as build_xlsx

    meta = ReportMeta(edition="full", generated_at=dt.datetime(2026, 1, 5, 10, 0))
    rows = [_sample_row()]
    surname = SAMPLE_NAME[0]
    with tempfile.TemporaryDirectory(prefix="tizilim-selftest-") as tmp:
        pdf, xlsx = Path(tmp) / "registry.pdf", Path(tmp) / "registry.xlsx"
        build_pdf(rows, pdf, lang="both", meta=meta)
        build_xlsx(rows, xlsx, lang="both", meta=meta)
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        if surname not in text:
            raise CheckFailed("the PDF does not read back the Kazakh name it was given")
        wb = load_workbook(xlsx, read_only=True)
        try:
            cells = [str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
                     for v in r if v is not None]
        finally:
            wb.close()
        if not any(surname in c for c in cells):
            raise CheckFailed("the XLSX does not read back the Kazakh name it was given")
        sizes = f"{pdf.stat().st_size // 1024} KiB PDF, {xlsx.stat().st_size // 1024} KiB XLSX"
    return f"a one-row registry written and read back ({sizes})"


def configured_database(args: argparse.Namespace) -> str | None:
    """``--db``, ``TIZILIM_DB_URL``, the workstation's settings or the default file."""
    from desktop import settings as prefs
    from desktop.config import config_dir, data_dir

    url = (args.db or os.environ.get("TIZILIM_DB_URL")
           or prefs.load(config_dir()).settings.database_url)
    if url:
        return str(url)
    default = data_dir() / "tizilim.db"
    return "sqlite:///" + str(default) if default.exists() else None


def check_database(url: str | None) -> str:
    if url is None:
        return "none configured (skipped)"
    from models.db.engine import Database
    from models.db.schema import schema_status

    db = Database.from_url(url)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        status = schema_status(db.engine)
    finally:
        db.dispose()
    where = db.engine.url.render_as_string(hide_password=True)
    if status.state != "current":
        raise CheckFailed(f"{where}: schema {status.current or 'none'}, this program needs "
                          f"{status.head} ({status.state})")
    return f"{where}: reachable, schema {status.head}"


def run_selftest(args: argparse.Namespace) -> int:
    """Run every check; one line each; exit 1 if any failed."""
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Tizilim {version()} selftest ({frozen}, {sys.executable})")
    url = configured_database(args)
    checks: list[tuple[str, Check]] = [
        ("resources", check_resources),
        ("font", check_font),
        ("translations", check_translations),
        ("migrations", check_migrations),
        ("reports", check_reports),
        ("database", lambda: check_database(url)),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # every failure is one line, whatever raised it
            failed += 1
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"FAIL {name}: {reason}", flush=True)
        else:
            print(f"ok   {name}: {detail}", flush=True)
    print(f"selftest: {failed} of {len(checks)} checks failed" if failed
          else f"selftest: all {len(checks)} checks passed")
    return EXIT_ERROR if failed else EXIT_OK
