"""Bilingual printed labels: glossary wording plus the report's own labels.

Printed labels do not follow the UI language; every label is an explicit (kk, ru) pair
loaded from ``resources/catalogs/`` (``glossary_terms.json`` and ``report_labels.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from resources import resource_path

LANGS = ("kk", "ru", "both")

#: The eleven printed columns, in the order of the Rules' appendix (№ first).
COLUMN_KEYS: tuple[str, ...] = (
    "COL_NO",
    "COL01_FULL_NAME",
    "COL02_BIRTH_DATE",
    "COL03_CONTACTS",
    "COL04_RESIDENCE",
    "COL05_PROFESSION",
    "COL06_SSU_EXPERIENCE",
    "COL07_EDUCATION",
    "COL08_EMPLOYMENT",
    "COL09_QUALIFICATION",
    "COL10_INCLUSION_DATE",
)


@dataclass(frozen=True, slots=True)
class Label:
    """A printed text in Kazakh and Russian."""

    kk: str
    ru: str

    def text(self, lang: str) -> str:
        """The text in ``kk`` or ``ru``."""
        return self.kk if lang == "kk" else self.ru

    def texts(self, lang: str) -> tuple[str, ...]:
        """The texts to print for ``lang``: one, or Kazakh then Russian for ``both``.

        In ``both``, a label whose two texts are equal is printed once.
        """
        if lang == "both":
            return (self.kk,) if self.kk == self.ru else (self.kk, self.ru)
        return (self.text(lang),)

    def format(self, **kw: object) -> Label:
        """Both texts with ``{placeholders}`` filled in."""
        return Label(self.kk.format(**kw), self.ru.format(**kw))


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is ``kk``, ``ru`` or ``both``; raise ``ValueError`` otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def languages(lang: str) -> tuple[str, ...]:
    """The single languages printed for ``lang``: ``("kk", "ru")`` for ``both``."""
    return ("kk", "ru") if check_lang(lang) == "both" else (lang,)


def _load(*parts: str) -> dict[str, Any]:
    """A JSON object from the resources (sections of ``{key: {"kk": ..., "ru": ...}}``)."""
    with resource_path(*parts).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@cache
def _table() -> dict[str, Label]:
    glossary = _load("catalogs", "glossary_terms.json")
    own = _load("catalogs", "report_labels.json")["labels"]
    table: dict[str, Label] = {}
    for section in (glossary["columns"], glossary["terms"], own):
        for key, value in section.items():
            if key in table:
                raise ValueError(f"label {key} defined twice")
            table[key] = Label(kk=value["kk"], ru=value["ru"])
    return table


def label(key: str) -> Label:
    """The bilingual label ``key`` (a glossary column or term code, or a report label)."""
    try:
        return _table()[key]
    except KeyError:
        raise KeyError(f"no printed label {key!r}") from None


def column_labels() -> tuple[Label, ...]:
    """Headings of the eleven registry columns, in order."""
    return tuple(label(k) for k in COLUMN_KEYS)
