"""What name search matches: the folded search text of an application and the FTS look-up."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import ColumnElement, Select, column, select, table, text
from sqlalchemy.orm import QueryableAttribute

from models.names.fold import fold_case, fold_cyrillic, to_latin

SEARCH_TEXT_MAX = 400  # the column's length


def search_text(last: str, first: str, middle: str, iin: str, portal_id: str) -> str:
    """What name search matches: ``name | iin | portal id | name folds…``.

    The name as written (casefolded, ё→е), then its Russian look-alike and Latin folds
    (see :mod:`models.search_fold`) so that a search in either script finds it; search
    input goes through :func:`models.search_fold.fold_query`. Folds that would not fit the
    column are left out (the name as written always fits).
    """
    parts = [_part_forms(p) for p in (last, first, middle) if p]
    forms = [" ".join(f[k] for f in parts) for k in range(3)]
    out = f"{forms[0]} | {iin} | {portal_id.casefold()}"
    for extra in (forms[1], forms[2]):
        if extra not in out.split(" | ") and len(out) + 3 + len(extra) <= SEARCH_TEXT_MAX:
            out += " | " + extra
    return out


@functools.lru_cache(maxsize=8192)
def _part_forms(part: str) -> tuple[str, str, str]:
    """One name part as written, folded to Russian look-alikes, in Latin (names repeat)."""
    return fold_case(part), fold_cyrillic(part), to_latin(part)


def fts_ids(dialect: str, term: str) -> Select[Any] | None:
    """Ids of the applications whose search text holds the folded ``term`` (SQLite FTS5
    trigram), or None where FTS does not serve (PostgreSQL, or a term under three letters:
    a LIKE on the search text then)."""
    if dialect != "sqlite" or len(term) < 3:
        return None
    quoted = '"' + term.replace('"', '""') + '"'
    return (select(text("rowid")).select_from(text("applications_fts"))
            .where(text("applications_fts MATCH :q").bindparams(q=quoted)))


_FTS = table("applications_fts", column("rowid"))


def fts_join(stmt: Select[Any], id_col: ColumnElement[int] | QueryableAttribute[int],
             term: str) -> Select[Any]:
    """``stmt`` joined to the SQLite FTS matches of ``term`` (three letters or more): the
    matches are streamed and each looked up, where ``id IN (matches)`` reads all of them
    first (a count that stops at 1,000 of 22,000 matches: 31 -> 8 ms)."""
    quoted = '"' + term.replace('"', '""') + '"'
    return (stmt.join(_FTS, _FTS.c.rowid == id_col)
            .where(text("applications_fts MATCH :q").bindparams(q=quoted)))
