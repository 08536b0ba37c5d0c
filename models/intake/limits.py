"""Limits of the import: bounded work for bounded input, and text any database can store.

Per file: its size on disk, an XLSX's unpacked size, the number of records. Per record: the
rows of each list (education, employment), its total text, how deeply it nests, how long a
number may be. Every text must be storable alike on SQLite and PostgreSQL: no NUL character
(PostgreSQL refuses it) and no lone surrogate (not UTF-8). A record beyond a limit is
rejected with a message naming the field; a file beyond one is refused.
"""

from __future__ import annotations

import json

from models.errors import Issue
from models.intake.validation import issue

MAX_FILE_BYTES = 256 * 1024 * 1024  # on disk
MAX_XLSX_UNCOMPRESSED = 512 * 1024 * 1024  # every part of a workbook, unpacked
MAX_XLSX_SHARED_STRINGS = 64 * 1024 * 1024  # the shared strings part, kept in memory
MAX_XLSX_COLUMNS = 16_384  # Excel's own limit
MAX_RECORDS = 200_000  # per file
MAX_LIST_ROWS = 50  # education or employment rows of one record
MAX_RECORD_CHARS = 64 * 1024  # all the text of one record
MAX_DEPTH = 8  # objects and lists inside one record
MAX_INT_DIGITS = 20  # a number in the file (JSON's parse_int refuses longer ones)


def _name(path: tuple[str | int, ...]) -> str:
    """A field's name as validation names it: ``education[2].start``, ``phone``."""
    parts = list(path[1:] if path[:1] == ("specialist",) else path)
    out = ""
    for p in parts:
        out += f"[{p + 1}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out or "application"


def scan(raw: object) -> list[Issue]:
    """Problems of one raw record that no field check may meet: at most one per field.

    A record without any is recognised in one pass of C code (its JSON text); only a record
    with a problem is walked field by field to name it."""
    try:
        text = json.dumps(raw, ensure_ascii=False, default=str)
        text.encode("utf-8")  # a lone surrogate cannot be encoded
        suspect = "\\u0000" in text or len(text) > MAX_RECORD_CHARS
    except (UnicodeEncodeError, ValueError, RecursionError):
        suspect = True
    if not suspect and isinstance(raw, dict):
        spec = raw.get("specialist")
        lists = (spec.get(k) for k in ("education", "employment")) \
            if isinstance(spec, dict) else ()
        suspect = any(isinstance(v, list) and len(v) > MAX_LIST_ROWS for v in lists)
    return _walk(raw) if suspect else []


def _walk(raw: object) -> list[Issue]:
    found: dict[str, Issue] = {}
    total = 0

    def err(path: tuple[str | int, ...], code: str, **fmt: object) -> None:
        name = _name(path)
        found.setdefault(name, issue(name, code, "error", **fmt))

    def walk(value: object, path: tuple[str | int, ...], depth: int) -> None:
        nonlocal total
        if depth > MAX_DEPTH:
            err(path, "record_too_large", max=MAX_RECORD_CHARS)
            return
        if isinstance(value, str):
            total += len(value)
            if "\x00" in value:
                err(path, "nul_character")
            elif not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate: not storable as UTF-8
                    err(path, "surrogate")
        elif isinstance(value, bool) or value is None or isinstance(value, float):
            return
        elif isinstance(value, int):
            if abs(value) >= 10 ** MAX_INT_DIGITS:
                err(path, "number_too_long")
        elif isinstance(value, dict):
            for k, v in value.items():
                total += len(str(k))
                walk(v, (*path, str(k)), depth + 1)
        elif isinstance(value, list):
            if len(value) > MAX_LIST_ROWS:
                err(path, "too_many_rows", max=MAX_LIST_ROWS)
                return
            for i, v in enumerate(value):
                walk(v, (*path, i), depth + 1)

    walk(raw, (), 0)
    if total > MAX_RECORD_CHARS:
        err((), "record_too_large", max=MAX_RECORD_CHARS)
    return list(found.values())
