"""Importing parsed applications: one transaction per file, audited."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.actor import Actor
from models.applications.receive import NewApplication, existing_portal_ids, receive_many
from models.calendar.overrides import load_calendar
from models.calendar.workdays import WorkCalendar, local_day
from models.catalogs import Catalogs
from models.db.engine import Database
from models.db.entities import Role
from models.db.retries import with_retries
from models.errors import Conflict
from models.intake.paper import next_office_number
from models.intake.readers import iter_records
from models.intake.records import FileRefused, ImportReport, ParsedFile, ParsedRecord
from models.intake.validation import issue
from models.people.access import deny, require_region

log = logging.getLogger(__name__)

CHUNK = 2000  # records received at a time by a streamed import
_SQLITE_CACHE_KIB = 98_304  # SQLite's page cache during an import: a big table's indexes fit


@contextlib.contextmanager
def _big_cache(s: Session) -> Iterator[None]:
    """SQLite: a larger page cache while the import writes (2 MB by default), then back."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old)}")
_T = TypeVar("_T")


def _new_application(r: ParsedRecord) -> NewApplication:
    """An accepted record as an application to receive."""
    assert r.data is not None and r.received_at is not None  # accepted: both are set
    return NewApplication(r.portal_id, r.received_at, r.data)


class ImportService:
    def __init__(self, db: Database, catalogs: Catalogs | None = None) -> None:
        self.db = db
        self.catalogs = catalogs or Catalogs.shipped()

    def import_parsed(self, actor: Actor, parsed: ParsedFile,
                      progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Write every accepted record in one transaction; existing portal ids are skipped."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "import.denied", "import", Path(parsed.path).name,
                       what="import")
        accepted = parsed.accepted
        rejected = list(parsed.rejected)
        if actor.role is Role.MIO:
            mine = []
            for r in accepted:
                assert r.data is not None
                if r.data["region"] != actor.region:
                    r.issues.append(issue("address.region", "foreign_region"))
                    rejected.append(r)
                else:
                    mine.append(r)
            accepted = mine

        def write() -> list[NewApplication]:
            with self.db.write() as s:
                present = existing_portal_ids(s, [r.portal_id for r in accepted])
                new = [_new_application(r) for r in accepted if r.portal_id not in present]
                for n in new:
                    require_region(actor, n.data["region"], what=n.portal_id)
                receive_many(s, actor, new, load_calendar(s), progress=progress)
                return new

        new = self._write_once(write)
        rejected.sort(key=lambda r: r.index)
        return ImportReport(len(parsed.records), len(new), len(accepted) - len(new), rejected)

    def enter_paper(self, actor: Actor, record: ParsedRecord) -> tuple[str, ImportReport]:
        """Save one paper application typed in at an office; without a portal number it gets
        the office's next register number. Returns the application's number and the report."""
        if record.portal_id or not record.ok:
            return record.portal_id, self.import_parsed(
                actor, ParsedFile("hand entry", "form", [record]))
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "import.denied", "import", "hand entry", what="import")
        assert record.data is not None and record.received_at is not None
        data, received = record.data, record.received_at
        if actor.role is Role.MIO and data["region"] != actor.region:
            record.issues.append(issue("address.region", "foreign_region"))
            return "", ImportReport(1, 0, 0, [record])

        def write() -> str:
            with self.db.write() as s:
                pid = next_office_number(s, data["region"], local_day(received))
                require_region(actor, data["region"], what=pid)
                receive_many(s, actor, [NewApplication(pid, received, data)], load_calendar(s))
                return pid

        return self._write_once(write), ImportReport(1, 1, 0, [])

    @staticmethod
    def _write_once(write: Callable[[], _T]) -> _T:
        """Run the import transaction; serialization failures and deadlocks are retried.

        Another import committing the same portal ids first (PostgreSQL: a unique violation
        once it commits) costs one more try, which finds them present and skips them; a
        second clash is reported as a :class:`Conflict`, never as a raw database error.
        """
        for attempt in range(2):
            try:
                return with_retries(write)
            except IntegrityError as exc:
                if "portal_id" not in str(exc.orig):
                    raise
                log.info("import clashed with another import on a portal id (try %d)",
                         attempt + 1)
        raise Conflict("import.busy")

    def import_file(self, actor: Actor, path: str | Path,
                    progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Read, validate and write the file's records as they stream by, in one transaction
        (nothing is written when the file turns out bad, or when ``is_cancelled`` says so
        before the commit); memory holds a chunk of records and the rejected ones, never the
        file."""
        if actor.role is Role.VIEWER:
            raise deny(self.db, actor, "import.denied", "import", Path(path).name,
                       what="import")
        counts = [0, 0, 0]  # records, imported, already present

        def write() -> list[ParsedRecord]:
            counts[:] = [0, 0, 0]
            rejected: list[ParsedRecord] = []
            with self.db.write() as s, _big_cache(s):
                cal = load_calendar(s)
                chunk: list[ParsedRecord] = []
                for rec in iter_records(path, self.catalogs, is_cancelled):
                    counts[0] += 1
                    if rec.ok:
                        chunk.append(rec)
                    else:
                        rejected.append(rec)
                    if len(chunk) >= CHUNK:
                        self._receive(s, actor, chunk, cal, rejected, counts)
                        chunk = []
                        if progress:
                            progress(counts[0], counts[0])
                self._receive(s, actor, chunk, cal, rejected, counts)
                if is_cancelled is not None and is_cancelled():
                    raise FileRefused("import.cancelled")  # rolled back: nothing written
            return rejected

        rejected = self._write_once(write)
        rejected.sort(key=lambda r: r.index)
        return ImportReport(counts[0], counts[1], counts[2], rejected)

    @staticmethod
    def _receive(s: Session, actor: Actor, chunk: list[ParsedRecord], cal: WorkCalendar,
                 rejected: list[ParsedRecord], counts: list[int]) -> None:
        mine = []
        for r in chunk:
            assert r.data is not None
            if actor.role is Role.MIO and r.data["region"] != actor.region:
                r.issues.append(issue("address.region", "foreign_region"))
                rejected.append(r)
            else:
                mine.append(r)
        present = existing_portal_ids(s, [r.portal_id for r in mine])
        new = [_new_application(r) for r in mine if r.portal_id not in present]
        receive_many(s, actor, new, cal)
        counts[1] += len(new)
        counts[2] += len(mine) - len(new)
