"""What every registry output states about itself, and the fingerprint of its rows."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from models.calendar.workdays import KZ_TZ
from models.dto import Bilingual, RegistryQuery, RegistryRow
from reports.labels import Label, label

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

DATE_FMT = "%d.%m.%Y"


class ReportCancelled(Exception):
    """The build was cancelled through ``is_cancelled``; no output file was left behind."""


def fmt_date(d: dt.date | None) -> str:
    """``dd.mm.yyyy``, or an empty string for ``None``."""
    return _date_text(d) if d else ""


#: A registry repeats a few thousand dates; ``strftime`` was a tenth of the Excel export.
@functools.lru_cache(maxsize=65_536)
def _date_text(d: dt.date) -> str:
    return d.strftime(DATE_FMT)


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """Edition, filters and dates printed on a registry output.

    ``count`` is the number of rows the caller expects (used as the progress total); the
    printed count is the number of rows actually written. ``generated_at`` is a Kazakhstan
    local time (aware, or naive meaning local); ``audit_head`` the audit log's newest hash
    right after the export was recorded (its first 16 hex digits are printed).
    """

    edition: str  # "full" | "public"
    generated_at: dt.datetime
    as_of: dt.date | None = None
    count: int | None = None
    region: Bilingual | None = None
    profession: Bilingual | None = None
    included_from: dt.date | None = None
    included_to: dt.date | None = None
    audit_head: str | None = None

    @classmethod
    def from_query(
        cls,
        query: RegistryQuery,
        *,
        generated_at: dt.datetime,
        count: int | None = None,
        region: Bilingual | None = None,
        profession: Bilingual | None = None,
        audit_head: str | None = None,
    ) -> ReportMeta:
        """Meta for ``query``; ``region``/``profession`` are the catalog values of its codes."""
        return cls(
            edition=query.edition,
            generated_at=generated_at,
            as_of=query.as_of,
            count=count,
            region=region,
            profession=profession,
            included_from=query.included_from,
            included_to=query.included_to,
            audit_head=audit_head,
        )

    def edition_label(self) -> Label:
        """The edition's printed name."""
        return label("EDITION_PUBLIC" if self.edition == "public" else "EDITION_FULL")

    def filters_label(self) -> Label:
        """The filters in words, e.g. ``облыс: Абай облысы; ...`` (``нет`` when none)."""
        parts: list[Label] = []
        if self.region is not None:
            head = label("COL04a_REGION")
            parts.append(Label(f"{head.kk}: {self.region.kk}", f"{head.ru}: {self.region.ru}"))
        if self.profession is not None:
            head = label("COL05_PROFESSION")
            parts.append(
                Label(f"{head.kk}: {self.profession.kk}", f"{head.ru}: {self.profession.ru}")
            )
        if self.included_from or self.included_to:
            start, end = fmt_date(self.included_from), fmt_date(self.included_to)
            key = "FROM_TO" if start and end else ("FROM" if start else "TO")
            span = label(key).format(start=start, end=end)
            head = label("FILTER_INCLUDED")
            parts.append(Label(f"{head.kk}: {span.kk}", f"{head.ru}: {span.ru}"))
        if not parts:
            return label("NO_FILTERS")
        return Label("; ".join(p.kk for p in parts), "; ".join(p.ru for p in parts))

    def as_of_date(self) -> dt.date:
        """The date the registry is shown as of (the local generation date when not given)."""
        return self.as_of or self.local_generated_at().date()

    def local_generated_at(self) -> dt.datetime:
        """Generation time in Kazakhstan, naive (as printed)."""
        g = self.generated_at
        return g.astimezone(KZ_TZ).replace(tzinfo=None) if g.tzinfo else g

    def generated_utc(self) -> dt.datetime:
        """Generation time in UTC, naive (document properties store UTC)."""
        g = self.generated_at if self.generated_at.tzinfo else self.generated_at.replace(
            tzinfo=KZ_TZ)
        return g.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)

    def generated_text(self) -> str:
        """Generation date and time in Kazakhstan, ``dd.mm.yyyy HH:MM``."""
        return self.local_generated_at().strftime(DATE_FMT + " %H:%M")

    def audit_head_text(self, lang: str) -> str:
        """The audit log's newest hash (first 16 hex digits, what ``tizilim audit verify
        --head`` takes) after its label in ``lang``; empty without a head."""
        if not self.audit_head:
            return ""
        return " / ".join(label("AUDIT_HEAD").texts(lang)) + f": {self.audit_head[:16]}"


def check_row(row: RegistryRow, meta: ReportMeta) -> None:
    """Refuse to print a specialist without consent in the public edition (p.5 of the Rules).

    Selecting the rows is the caller's job; this is the last line of defence.
    """
    if meta.edition == "public" and not row.consent:
        raise ValueError(
            f"registry entry {row.registry_number} has no consent to publication "
            "and cannot be printed in the public edition"
        )


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What a build wrote."""

    path: Path
    count: int
    fingerprint: str
    pages: int | None = None  # PDF only


def _d(d: dt.date | None) -> str:
    return _iso(d) if d else ""


_iso = functools.lru_cache(maxsize=65_536)(dt.date.isoformat)


def _b(b: Bilingual | None) -> str:
    return f"{b.code}\x1e{b.kk}\x1e{b.ru}" if b else ""


def row_canonical(row: RegistryRow) -> str:
    """A canonical text of everything printed from ``row`` (both languages, never IIN)."""
    edu = "\x1d".join(
        "\x1e".join((_b(e.level), e.institution, _d(e.start), _d(e.end), e.document))
        for e in row.education
    )
    emp = "\x1d".join(
        "\x1e".join((e.organization, e.bin, e.position, _d(e.start), _d(e.end)))
        for e in row.employment
    )
    fields = (
        str(row.registry_number), row.last_name, row.first_name, row.middle_name,
        _d(row.birth_date), row.phone, row.email, _b(row.region), row.settlement,
        row.registration_address, _b(row.profession), str(row.experience_years),
        str(row.experience_months), edu, emp, _b(row.category), _d(row.category_assigned_on),
        row.commission, _d(row.included_on),
    )  # fmt: skip
    return "\x1f".join(fields)


class Fingerprint:
    """Short hash of the rows, fed while streaming.

    The same rows in the same order give the same fingerprint whatever the format,
    language or time of printing.
    """

    def __init__(self) -> None:
        self._h = hashlib.blake2b(digest_size=8, person=b"tizilim-reg")
        self.count = 0

    def add(self, row: RegistryRow) -> None:
        """Feed one row."""
        self._h.update(row_canonical(row).encode("utf-8"))
        self._h.update(b"\n")
        self.count += 1

    def hexdigest(self) -> str:
        """The fingerprint as ``xxxx-xxxx-xxxx-xxxx``."""
        h = self._h.hexdigest()
        return "-".join(h[i : i + 4] for i in range(0, 16, 4))


def fingerprint(rows: Iterable[RegistryRow]) -> str:
    """Fingerprint of ``rows`` (what a build of the same rows prints)."""
    fp = Fingerprint()
    for row in rows:
        fp.add(row)
    return fp.hexdigest()
