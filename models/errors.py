"""User-facing domain errors, kept apart from bugs.

An error is raised by type with a message key and its parameters,
``raise NotFound("application.not_found", portal_id=pid)``; the Kazakh and Russian texts live in
the one bilingual catalogue ``resources/catalogs/messages.json`` (``{"kk": …, "ru": …}`` with
``{placeholders}``), read once. ``str()`` gives both texts, Kazakh first.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from resources import resource_path

Lang = Literal["kk", "ru"]

#: The languages of every catalogue entry, in the order they are written.
LANGS: tuple[Lang, Lang] = ("kk", "ru")

#: Where the catalogue lives under ``resources/``.
CATALOGUE = ("catalogs", "messages.json")


@runtime_checkable
class Localized(Protocol):
    """A parameter that has its own text in each language (an :class:`Issue`, an error)."""

    def message(self, lang: str = "ru") -> str: ...


@functools.cache
def catalogue() -> dict[str, dict[Lang, str]]:
    """Every message: key → ``{"kk": text, "ru": text}``."""
    with resource_path(*CATALOGUE).open(encoding="utf-8") as fh:
        raw: object = json.load(fh)
    if not isinstance(raw, dict):
        raise ValueError("the message catalogue is not an object")
    out: dict[str, dict[Lang, str]] = {}
    for key, entry in raw.items():
        if not (isinstance(entry, dict) and list(entry) == list(LANGS)
                and all(isinstance(entry[lang], str) for lang in LANGS)):
            raise ValueError(f"catalogue entry {key!r} is not {{'kk': text, 'ru': text}}")
        out[key] = {lang: entry[lang] for lang in LANGS}
    return out


@functools.cache
def placeholders(key: str, lang: Lang) -> frozenset[str]:
    """The parameter names one text of ``key`` uses."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(catalogue()[key][lang])
                     if name)


def check_params(key: str, params: Mapping[str, object]) -> None:
    """Refuse (as a bug) a key missing from the catalogue or a placeholder left unfilled."""
    missing = {name for lang in LANGS for name in placeholders(key, lang) if name not in params}
    if missing:
        raise KeyError(f"message {key!r} needs {sorted(missing)}")


def render(key: str, lang: str, params: Mapping[str, object]) -> str:
    """The text of ``key`` in ``lang`` (``"kk"``, else Russian) with ``params`` filled in."""
    code: Lang = "kk" if lang == "kk" else "ru"
    values = {name: value.message(code) if isinstance(value, Localized) else value
              for name, value in params.items()}
    return catalogue()[key][code].format_map(values)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one field; its text is ``validation.<code>`` in the catalogue.

    ``severity`` is ``error`` (blocks) or ``warning``; ``params`` fill the text's placeholders.
    """

    field: str
    code: str
    severity: str = "error"
    params: tuple[tuple[str, object], ...] = ()

    @property
    def key(self) -> str:
        return f"validation.{self.code}"

    def message(self, lang: str = "ru") -> str:
        return render(self.key, lang, dict(self.params))

    @property
    def kk(self) -> str:
        return self.message("kk")

    @property
    def ru(self) -> str:
        return self.message("ru")

    def __str__(self) -> str:
        return f"{self.field}: {self.kk} / {self.ru}"


class DomainError(Exception):
    """An expected failure the user can act on (never a bug).

    ``key`` names the message in the catalogue; ``details`` are its parameters (and any other
    facts a caller needs, such as the ``region`` asked for).
    """

    def __init__(self, key: str, /, **details: object) -> None:
        check_params(key, details)
        super().__init__(key)
        self.key = key
        self.details = details

    def message(self, lang: str = "ru") -> str:
        """The text in ``lang`` (``"kk"``; anything else gives Russian)."""
        return render(self.key, lang, self.details)

    @property
    def kk(self) -> str:
        return self.message("kk")

    @property
    def ru(self) -> str:
        return self.message("ru")

    def __str__(self) -> str:
        return f"{self.kk} / {self.ru}"


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class Conflict(DomainError):
    """Someone else changed or decided it first; nothing was written."""


class InvalidInput(DomainError):
    """Validation failed; ``issues`` lists field-level problems."""

    def __init__(self, key: str, /, *, issues: list[Issue] | None = None,
                 **details: object) -> None:
        super().__init__(key, **details)
        self.issues = issues or []


class AuthError(DomainError):
    pass
