"""The one bilingual catalogue of domain texts, and the errors and issues that use it.

Keys are found in the code with ``ast``: the first argument of a domain error's constructor,
the message argument of ``deny``, the code of a validation issue (``validation.<code>``).
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.errors import (
    CATALOGUE,
    Conflict,
    DomainError,
    InvalidInput,
    Issue,
    NotFound,
    catalogue,
)
from models.intake.validation import issue
from models.people.access import ForeignRegion
from resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("models", "reports", "desktop")
#: Calls whose argument at this position is a message key ("" prefix) or an issue code.
KEY_ARGS = {"deny": (2, ""), "render": (0, ""), "issue": (1, "validation."),
            "err": (1, "validation."), "Issue": (1, "validation.")}
#: A key passed on by a helper (``def deny(…, key, …)``) rather than written out.
PASSED_ON = {"key", "code"}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """``DomainError`` and every class derived from it, by name; and those among them whose
    constructor takes no key (their key is fixed, in their ``super().__init__`` call)."""
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    names, fixed = {"DomainError"}, set()
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if node.name in names or not bases & names:
                continue
            names.add(node.name)
            grew = True
            init = next((f for f in node.body
                         if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            params = [a.arg for a in init.args.posonlyargs + init.args.args] if init else []
            if (init and params[1:2] != ["key"]) or (not init and bases & fixed):
                fixed.add(node.name)
    return names, fixed


class _Scan(ast.NodeVisitor):
    """Collects the keys of one file's calls (see the module docstring)."""

    def __init__(self, errors: set[str], fixed: set[str], where: str) -> None:
        self.errors, self.fixed, self.where = errors - fixed, fixed, where
        self.used: set[str] = set()
        self.unreadable: list[str] = []
        self.in_fixed = False

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer, self.in_fixed = self.in_fixed, node.name in self.fixed
        self.generic_visit(node)
        self.in_fixed = outer

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        pos, prefix = KEY_ARGS.get(name, (-1, ""))
        if name in self.errors or (name == "__init__" and self.in_fixed):
            pos = 0
        if 0 <= pos < len(node.args):
            arg = node.args[pos]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.used.add(prefix + arg.value)
            elif not (isinstance(arg, ast.Name) and arg.id in PASSED_ON
                      or isinstance(arg, ast.Attribute) and arg.attr in PASSED_ON):
                self.unreadable.append(f"{self.where}:{node.lineno}")
        self.generic_visit(node)


def used_keys() -> tuple[set[str], list[str]]:
    """The keys the code uses, and the places that pass a key the scan cannot read."""
    sources = list(_sources())
    errors, fixed = _error_classes([t for _, t in sources])
    used: set[str] = set()
    unreadable: list[str] = []
    for path, tree in sources:
        scan = _Scan(errors, fixed, str(path.relative_to(ROOT)))
        scan.visit(tree)
        used |= scan.used
        unreadable += scan.unreadable
    return used, unreadable


def _fields(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(name, conv, spec) for _, name, spec, conv in string.Formatter().parse(text)
            if name is not None}


def test_every_entry_is_kazakh_then_russian_with_the_same_placeholders() -> None:
    raw = json.loads(resource_path(*CATALOGUE).read_text(encoding="utf-8"))
    assert len(raw) > 100
    for key, entry in raw.items():
        assert key.count(".") == 1 and key == key.lower() and " " not in key, key
        assert list(entry) == ["kk", "ru"], key
        assert entry["kk"].strip() and entry["ru"].strip(), key
        assert entry["kk"] != entry["ru"], key
        assert _fields(entry["kk"]) == _fields(entry["ru"]), key
    assert catalogue().keys() == raw.keys()


def test_every_key_in_the_code_is_in_the_catalogue_and_every_entry_is_used() -> None:
    used, unreadable = used_keys()
    assert not unreadable, "message keys the scan cannot read: " + ", ".join(unreadable)
    assert len(used) > 100
    assert sorted(used - catalogue().keys()) == [], "keys missing from the catalogue"
    assert sorted(catalogue().keys() - used) == [], "catalogue entries no code uses"


def test_the_scan_finds_keys_in_every_kind_of_call() -> None:
    used, _ = used_keys()
    assert {"application.not_found", "access.foreign_region", "db.busy", "import.cancelled",
            "audit.view_denied", "validation.required", "validation.duplicate_in_file"} <= used


def test_an_error_renders_its_key_with_its_parameters_in_both_languages() -> None:
    exc = NotFound("application.not_found", portal_id="P-1")
    assert exc.key == "application.not_found" and exc.details == {"portal_id": "P-1"}
    assert exc.kk == exc.message("kk") == "P-1 өтінімі табылмады"
    assert exc.ru == exc.message("ru") == exc.message() == "Заявка P-1 не найдена"
    assert str(exc) == "P-1 өтінімі табылмады / Заявка P-1 не найдена"  # Kazakh first
    since = dt.datetime(2026, 3, 2, 9, 5)
    held = Conflict("application.held_since", portal_id="P-1", holder="abai", since=since)
    assert "abai с 09:05 UTC" in held.ru and "(09:05 UTC бастап)" in held.kk


def test_a_parameter_with_its_own_texts_is_rendered_in_the_same_language() -> None:
    first = issue("iin", "iin_checksum")
    exc = InvalidInput("correction.invalid_field", field="iin", issue=first, issues=[first])
    assert exc.ru == f"Исправленные данные не прошли проверку: iin: {first.ru}"
    assert exc.kk == f"Түзетілген деректер тексеруден өтпеді: iin: {first.kk}"
    assert exc.issues == [first]


def test_an_unknown_key_or_a_missing_parameter_is_a_bug() -> None:
    with pytest.raises(KeyError):
        DomainError("no.such_key")
    with pytest.raises(KeyError, match="portal_id"):
        NotFound("application.not_found")
    with pytest.raises(KeyError, match="max"):
        issue("last_name", "too_long")


def test_an_issue_takes_its_texts_from_the_catalogue() -> None:
    i = issue("last_name", "too_long", max=100)
    assert (i.field, i.code, i.key, i.severity) == ("last_name", "too_long",
                                                   "validation.too_long", "error")
    assert i.ru == "Слишком длинное значение (не более 100 символов)"
    assert i.kk == i.message("kk") == "Мән тым ұзын (100 таңбадан аспауы керек)"
    assert str(i) == f"last_name: {i.kk} / {i.ru}"
    assert i == Issue("last_name", "too_long", "error", (("max", 100),))


def test_another_regions_data_is_a_typed_refusal() -> None:
    exc = ForeignRegion("750000000", what="open")
    assert exc.key == "access.foreign_region" and exc.details["region"] == "750000000"
    assert exc.ru == "Нет доступа к данным другого региона"
