"""The letter journal: outgoing numbers, unique and consecutive within a year.

A number is taken in the decision's own transaction from a counter per year (``letters:YYYY``
in ``counters``), so a decision that rolls back gives its number back and the journal has no
gaps. Its form is an administrator's setting (``letter_number_format``): text with ``{year}``
and ``{seq}`` (the number within the year, optionally zero-padded: ``{seq:05d}``).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.db.entities import Counter
from models.db.notification_entities import LetterRecord
from models.db.security_entities import Setting
from models.errors import InvalidInput

FORMAT_KEY = "letter_number_format"
DEFAULT_FORMAT = "{year}/{seq:05d}"
MAX_FORMAT = 40  # characters of the format
MAX_NUMBER = 60  # characters of a number

_SEQ_SPEC = re.compile(r"^(?:0[1-9]d|d)?$")


def check_format(fmt: str) -> str:
    """The format, if it makes unique numbers: ``{year}`` and ``{seq}`` exactly once each."""
    fmt = fmt.strip()
    if not fmt or len(fmt) > MAX_FORMAT or not fmt.isprintable():
        raise InvalidInput("letters.bad_format", max=MAX_FORMAT)
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        raise InvalidInput("letters.bad_format", max=MAX_FORMAT) from None
    names = [name for _lit, name, _spec, _conv in parsed if name is not None]
    for _lit, name, spec, conv in parsed:
        if name is None:
            continue
        if conv or name not in ("year", "seq") or (name == "year" and spec) or \
                not _SEQ_SPEC.match(spec or ""):
            raise InvalidInput("letters.bad_format", max=MAX_FORMAT)
    if sorted(names) != ["seq", "year"]:
        raise InvalidInput("letters.format_needs_year_and_seq")
    return fmt


def format_number(fmt: str, year: int, seq: int) -> str:
    return fmt.format(year=year, seq=seq)


def number_format(s: Session) -> str:
    """The format in force (the default when none or a broken one is stored)."""
    row = s.get(Setting, FORMAT_KEY)
    value = row.value if row is not None else None
    if isinstance(value, str):
        try:
            return check_format(value)
        except InvalidInput:
            pass
    return DEFAULT_FORMAT


def _next_seq(s: Session, year: int) -> int:
    name = f"letters:{year}"
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.execute(insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
    n = s.scalar(update(Counter).where(Counter.name == name)
                 .values(value=Counter.value + 1).returning(Counter.value))
    if n is None:  # the row was just made: unreachable, but never a number 0
        raise RuntimeError(f"letter counter {name} missing")
    return int(n)


def peek_seq(s: Session, year: int) -> int:
    """The number within ``year`` the next letter would get (nothing is taken)."""
    value = s.scalar(select(Counter.value).where(Counter.name == f"letters:{year}"))
    return int(value or 0) + 1


def next_number(s: Session, day: dt.date) -> tuple[int, int, str]:
    """(year, seq, number) of the next letter issued on ``day``."""
    seq = _next_seq(s, day.year)
    return day.year, seq, format_number(number_format(s), day.year, seq)[:MAX_NUMBER]


def record_letter(s: Session, decision_id: int, application_id: int, kind: str,
                  year: int, seq: int, number: str, day: dt.date,
                  content: dict[str, Any], now: dt.datetime) -> LetterRecord:
    """Enter a signed letter in the journal (in the decision's transaction)."""
    row = LetterRecord(decision_id=decision_id, application_id=application_id, year=year,
                       seq=seq, number=number, issued_on=day, kind=kind, content=content,
                       created_at=now)
    s.add(row)
    s.flush()
    return row
