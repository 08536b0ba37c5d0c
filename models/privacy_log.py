"""Keep personal data out of log files and crash reports.

:class:`PersonalDataFilter` masks IINs/BINs (12 digits, also in groups with spaces),
Kazakhstan phone numbers, e-mail addresses and dates (also as Python prints them,
``datetime.date(1986, 4, 12)``) in the formatted message and in exception text. Install it
on every handler (``install()``), because filters on a logger do not see records of its children.
"""

from __future__ import annotations

import logging
import re

from models.privacy_names import mask_names

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
    (re.compile(r"(?<![\w+])(?:\+\s*7|8|7)[\s\-()]*7\d{2}[\s\-()]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}"
                r"(?!\d)"), "<phone>"),
    # 12 digits, also written in groups with single spaces ("860412 450123")
    (re.compile(r"(?<!\d)\d(?:[ \u00a0]?\d){11}(?!\d)"), "<iin>"),
    # a date as Python shows it, e.g. in SQLAlchemy's error text: datetime.date(1986, 4, 12)
    (re.compile(r"(?:datetime\.)?date\(\s*\d{4}\s*,\s*\d{1,2}\s*,\s*\d{1,2}\s*\)"), "<date>"),
    (re.compile(r"(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?![T ]?\d{2}:)(?!\d)"), "<date>"),
    (re.compile(r"(?<!\d)[0-3]\d\.[01]\d\.(?:19|20)\d{2}(?!\d)"), "<date>"),
)


def mask(text: str) -> str:
    """``text`` with personal data replaced by placeholders (full names too:
    :mod:`models.privacy_names`)."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return mask_names(text)


class PersonalDataFilter(logging.Filter):
    """Rewrites each record's message (and exception text) with personal data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw text
            message = str(record.msg)
        record.msg = mask(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> PersonalDataFilter:
    """Add the filter to every handler of ``logger`` (default: root); idempotent."""
    target = logger or logging.getLogger()
    flt = next((f for h in target.handlers for f in h.filters
                if isinstance(f, PersonalDataFilter)), None) or PersonalDataFilter()
    for h in target.handlers:
        if flt not in h.filters:
            h.addFilter(flt)
    return flt
