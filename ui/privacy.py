"""Keep personal data (IIN, phone, e-mail, birth date) out of logs and crash reports."""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "<email>"),
    (
        re.compile(r"(?<!\d)(?:\+?7|8)[\s(-]*7\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)"),
        "<phone>",
    ),
    (re.compile(r"(?<!\d)\d{12}(?!\d)"), "<id12>"),
    (re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)"), "<date>"),
    (re.compile(r"(?<!\d)\d{2}\.\d{2}\.(?:19|20)\d{2}(?!\d)"), "<date>"),
)


def scrub(text: str) -> str:
    """``text`` with identifiers, contacts and dates masked."""
    for rx, repl in _PATTERNS:
        text = rx.sub(repl, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose output (message and traceback) is scrubbed."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))
