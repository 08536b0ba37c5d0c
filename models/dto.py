"""Frozen data-transfer objects that services return and reports consume.

They hold plain values (no ORM instances), so they can cross threads and layers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A catalog value in both languages."""

    code: str
    kk: str
    ru: str

    def text(self, lang: str) -> str:
        """The value in ``kk`` or ``ru``."""
        return self.kk if lang == "kk" else self.ru


@dataclass(frozen=True, slots=True)
class EducationRecord:
    level: Bilingual
    institution: str
    start: dt.date | None
    end: dt.date | None
    document: str


@dataclass(frozen=True, slots=True)
class EmploymentRecord:
    organization: str
    bin: str
    position: str
    start: dt.date | None
    end: dt.date | None  # None = current job


@dataclass(frozen=True, slots=True)
class RegistryRow:
    """One line of the registry form (appendix of the Rules), as printed.

    IIN is deliberately absent: it is never printed.
    """

    registry_number: int
    last_name: str
    first_name: str
    middle_name: str
    birth_date: dt.date
    phone: str
    email: str
    region: Bilingual
    settlement: str
    registration_address: str
    profession: Bilingual
    experience_years: int
    experience_months: int
    education: tuple[EducationRecord, ...]
    employment: tuple[EmploymentRecord, ...]
    category: Bilingual | None
    category_assigned_on: dt.date | None
    commission: str
    included_on: dt.date
    consent: bool

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


@dataclass(frozen=True, slots=True)
class RegistryQuery:
    """What to print: edition, filters and the date the registry is shown as of."""

    edition: str = "full"  # "full" | "public"
    region: str | None = None  # KATO code
    profession: str | None = None
    included_from: dt.date | None = None
    included_to: dt.date | None = None
    as_of: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    kind: str  # "return" | "refuse"
    kk: str
    ru: str


@dataclass(frozen=True, slots=True)
class LetterBlock:
    """One paragraph of a letter as laid out: ``style`` is ``small``, ``title``, ``bold``,
    ``para``, ``item`` (``hang`` is its number), ``sign`` or ``gap``."""

    style: str
    text: str = ""
    hang: str = ""


@dataclass(frozen=True, slots=True)
class LetterData:
    """A decision letter to the applicant as signed: its number, date and its text in Kazakh
    (``kk``) and Russian (``ru``), laid out from the template of its kind."""

    portal_id: str
    kind: str  # "register" | "return" | "refuse"
    number: str  # the outgoing number ("" in a preview: it is issued with the decision)
    issued_on: dt.date
    kk: tuple[LetterBlock, ...]
    ru: tuple[LetterBlock, ...]
    decided_at: dt.datetime | None = None

    def blocks(self, lang: str) -> tuple[LetterBlock, ...]:
        return self.kk if lang == "kk" else self.ru
