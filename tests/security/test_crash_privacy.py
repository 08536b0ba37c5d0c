"""A real database error, as a crash report or a log file shows it, carries no IIN, birth
date, phone or e-mail (SQLite, and PostgreSQL with TIZILIM_TEST_PG_URL)."""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from models.applications.receive import columns_from_data
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import Application
from models.intake.records import validate_record
from models.privacy_log import install, mask
from tests.factories import BIRTH, application


def _failing_insert(db: Database) -> tuple[IntegrityError, dict[str, str]]:
    """Insert an application row the database refuses (no status), carrying personal data."""
    rec = validate_record(1, application("P-2026-000777"), Catalogs.shipped())
    assert rec.ok and rec.data is not None
    iin = rec.data["iin"]
    spaced = f"{iin[:6]} {iin[6:]}"
    now = dt.datetime(2026, 3, 20, 11, 40)
    row: dict[str, Any] = {
        **columns_from_data(rec.data), "portal_id": "P-2026-000777", "status": None,
        "revision": 1, "received_at": now, "received_on": now.date(),
        "due_date": dt.date(2026, 4, 3), "has_duplicates": False, "created_at": now,
        "updated_at": now, "version": 1,
        "search_text": f"абилкайырова | {spaced} | asel@example.kz | +7 701 123 45 67",
    }
    with pytest.raises(IntegrityError) as err, db.write() as s:
        s.execute(insert(Application.__table__), [row])
    secrets = {"iin": iin, "spaced iin": spaced, "birth": BIRTH.isoformat(),
               "birth ru": BIRTH.strftime("%d.%m.%Y"), "birth repr": repr(BIRTH),
               "e-mail": "asel@example.kz", "phone": "701 123 45 67"}
    return err.value, secrets


def _crash_report(exc: BaseException) -> str:
    """What the desktop's excepthook shows and copies (desktop/app.py): masked traceback."""
    return mask("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def test_database_error_hides_parameters_and_the_report_is_masked(
        db: Database, tmp_path: Path) -> None:
    exc, secrets = _failing_insert(db)
    raw = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    assert "hide_parameters=True" in raw  # the statement's parameters are not in the text
    assert secrets["birth repr"] not in raw and "datetime.date(" not in raw
    report = _crash_report(exc)
    assert "IntegrityError" in report and "Traceback" in report
    for name, secret in secrets.items():
        assert secret not in report, name

    log_file = tmp_path / "tizilim.log"
    logger = logging.getLogger("tizilim.test.crash")
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger.addHandler(handler)
    install(logger)
    try:
        try:
            raise exc
        except IntegrityError:
            logger.exception("saving failed")
    finally:
        handler.close()
        logger.removeHandler(handler)
    text = log_file.read_text(encoding="utf-8")
    assert "saving failed" in text and "IntegrityError" in text
    for name, secret in secrets.items():
        assert secret not in text, name


def test_even_shown_parameters_are_masked(db_url: str) -> None:
    """An engine opened with the parameters shown (as SQLAlchemy prints them: tuples with
    ``datetime.date(1986, 4, 12)``): the crash report masks them all the same."""
    from models.db.migrate import init_database

    shown = Database.from_url(db_url, hide_parameters=False)
    try:
        init_database(shown)
        exc, secrets = _failing_insert(shown)
        raw = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        # psycopg's parameters print as datetime.date(...); SQLite's as ISO text
        birth = secrets["birth repr"] if shown.dialect == "postgresql" else secrets["birth"]
        assert birth in raw and secrets["spaced iin"] in raw and secrets["iin"] in raw
        report = _crash_report(exc)
        for name, secret in secrets.items():
            assert secret not in report, name
        assert "<date>" in report and "<iin>" in report
    finally:
        shown.dispose()


def test_mask_covers_python_dates_and_spaced_iins() -> None:
    text = ("params (datetime.date(1986, 4, 12), '860412 450123', date(2001,1,5), "
            "'8604 1245 0123') at 2026-03-20T16:40:00 for P-2026-000123")
    out = mask(text)
    assert out == ("params (<date>, '<iin>', <date>, '<iin>') at 2026-03-20T16:40:00 "
                   "for P-2026-000123")
