"""Printing the registry and the decision letters: the export use case.

The service reads one consistent snapshot and hands it to a writer that the caller chooses
(``reports.writers``: PDF or Excel); ``reports/`` receives rows and writes files, and never
reads the database itself. Every check on the query and the output path is made before
anything is read, audited or written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from models.actor import Actor
from models.calendar.workdays import as_local, today_local, utc_now
from models.dto import Bilingual, LetterData, RegistryQuery, RegistryRow
from models.notifications.letters import LetterService
from models.registry.service import RegistryService, check_output

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: the languages a registry is printed in (``both``: Kazakh above Russian)
LANGS = ("kk", "ru", "both")


@dataclass(frozen=True)
class RegistrySnapshot:
    """What one export prints: the rows of one read transaction and what is said about them.

    ``query.as_of`` is filled in (today in Kazakhstan when the caller gave none);
    ``generated_at`` is Kazakhstan local time; ``audit_head`` the audit log's newest hash right
    after the export was recorded; ``count`` the rows expected (the progress total).
    """

    query: RegistryQuery
    count: int
    rows: Iterator[RegistryRow]
    generated_at: dt.datetime
    audit_head: str
    region: Bilingual | None = None
    profession: Bilingual | None = None


class RegistryWriter(Protocol):
    """Writes a snapshot into a file (``reports.writers.registry_writer``)."""

    def __call__(self, snapshot: RegistrySnapshot, out: Path, lang: str,
                 progress: Progress | None, is_cancelled: Cancelled | None) -> object: ...


class LettersWriter(Protocol):
    """Writes decision letters into one file (``reports.writers.write_letters``)."""

    def __call__(self, letters: list[LetterData], out: Path, progress: Progress | None,
                 is_cancelled: Cancelled | None) -> object: ...


class ExportService:
    """The registry and the decision letters as files, scoped and audited like every read."""

    def __init__(self, registry: RegistryService, letters: LetterService) -> None:
        self.registry = registry
        self.letter_source = letters

    def registry_file(self, actor: Actor, query: RegistryQuery, lang: str, out: str | Path,
                      write: RegistryWriter, progress: Progress | None = None,
                      is_cancelled: Cancelled | None = None) -> int:
        """Write the registry as of ``query.as_of`` (or today) in ``kk``, ``ru`` or ``both``;
        returns the number of entries expected."""
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
        path = check_output(out)
        self.registry.check_query(query)
        query = dataclasses.replace(query, as_of=query.as_of or today_local())
        count, rows, head = self.registry.rows_with_head(actor, query, lang)
        cat = self.registry.catalogs
        snapshot = RegistrySnapshot(
            query=query, count=count, rows=rows,
            generated_at=as_local(utc_now()).replace(microsecond=0), audit_head=head,
            region=cat.get("regions", query.region) if query.region else None,
            profession=cat.get("professions", query.profession) if query.profession else None)
        try:
            write(snapshot, path, lang, progress, is_cancelled)
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()
        return count

    def letters_file(self, actor: Actor, day: dt.date | None, portal_id: str | None,
                     out: str | Path, write: LettersWriter, progress: Progress | None = None,
                     is_cancelled: Cancelled | None = None) -> int:
        """The decision letters of a day (or one application's last) in one file."""
        path = check_output(out)
        letters = self.letter_source.letters(actor, day, portal_id)
        write(letters, path, progress, is_cancelled)
        return len(letters)
