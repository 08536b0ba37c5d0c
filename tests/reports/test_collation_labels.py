"""Kazakh/Russian name order, printed labels, and the no-Qt rule for reports/."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.names.collation import KAZAKH_ALPHABET, RUSSIAN_ALPHABET, name_sort_key
from reports.fonts import KAZAKH_LETTERS
from reports.labels import COLUMN_KEYS, column_labels, label, languages
from resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_kazakh_alphabet_order() -> None:
    letters = list("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ")
    shuffled = letters[::-1]
    assert sorted(shuffled, key=lambda s: name_sort_key(s, "kk")) == letters
    assert sorted(shuffled, key=lambda s: name_sort_key(s, "both")) == letters


def test_russian_order_puts_kazakh_letters_after_base() -> None:
    names = ["Яков", "Іван", "Ирина", "Йога", "Өмір", "Орал", "Пётр", "Ұлан", "Үміт", "Фёдор"]
    assert sorted(names, key=lambda s: name_sort_key(s, "ru")) == [
        "Ирина",
        "Іван",
        "Йога",
        "Орал",
        "Өмір",
        "Пётр",
        "Ұлан",
        "Үміт",
        "Фёдор",
        "Яков",
    ]
    # in Kazakh order І comes after Ы, near the end
    assert sorted(names, key=lambda s: name_sort_key(s, "kk"))[-2:] == ["Іван", "Яков"]


def test_case_and_word_boundaries() -> None:
    names = ["әлия", "Әли Бек", "Әлихан", "АНАР"]
    assert sorted(names, key=lambda s: name_sort_key(s, "kk")) == [
        "АНАР",
        "Әли Бек",
        "Әлихан",
        "әлия",
    ]


def test_alphabets_complete() -> None:
    assert len(KAZAKH_ALPHABET) == 42 == len(set(KAZAKH_ALPHABET))
    assert set(KAZAKH_ALPHABET) == set(RUSSIAN_ALPHABET)


@given(st.lists(st.text(alphabet=KAZAKH_ALPHABET + KAZAKH_ALPHABET.upper() + " -", max_size=8)))
def test_sort_is_total_and_stable(names: list[str]) -> None:
    once = sorted(names, key=lambda s: name_sort_key(s, "kk"))
    assert sorted(once, key=lambda s: name_sort_key(s, "kk")) == once
    assert sorted(names[::-1], key=lambda s: name_sort_key(s, "kk")) == once


def test_column_headings_are_the_glossary_wording() -> None:
    glossary = json.loads(resource_path("catalogs", "glossary_terms.json").read_text("utf-8"))
    heads = column_labels()
    assert len(heads) == 11 and COLUMN_KEYS[0] == "COL_NO"
    for key, head in zip(COLUMN_KEYS[1:], heads[1:], strict=True):
        assert (head.kk, head.ru) == (
            glossary["columns"][key]["kk"],
            glossary["columns"][key]["ru"],
        )
    assert label("REGISTRY").kk == "Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі"


def test_columns_1_and_9_are_the_appendix_verbatim() -> None:
    """Russian: the appendix of the Rules word for word (its unclosed bracket included);
    Kazakh: the same parts in the glossary's terms."""
    assert label("COL01_FULL_NAME").ru == \
        "Фамилия, имя, отчество (при его наличии) специалиста"
    assert label("COL01_FULL_NAME").kk == "Маманның тегі, аты, әкесінің аты (бар болса)"
    assert label("COL09_QUALIFICATION").ru == (
        "информация о присвоении квалификационной категории (квалификационная категория, "
        "дата присвоения квалификационной категории, данные аттестационной комиссии "
        "(наименование уполномоченного органа)")
    assert label("COL09_QUALIFICATION").kk == (
        "біліктілік санатын беру туралы ақпарат (біліктілік санаты, біліктілік санатын "
        "берген күні, аттестаттау комиссиясының деректері (уәкілетті органның атауы)")
    checkout = resource_path("catalogs", "glossary_terms.json").parents[2]
    appendix = checkout.parent / "shared" / "rules" / "004_76f02dedcd1ad562.txt"
    if appendix.exists():  # the Rules' text beside the checkout (the development machines)
        text = " ".join(appendix.read_text(encoding="utf-8").split())
        for key in ("COL01_FULL_NAME", "COL09_QUALIFICATION"):
            assert label(key).ru in text


def test_every_report_label_is_bilingual() -> None:
    own = json.loads(resource_path("catalogs", "report_labels.json").read_text("utf-8"))
    for key in own["labels"]:
        lbl = label(key)
        assert lbl.kk.strip() and lbl.ru.strip(), key
        assert lbl.kk.count("{") == lbl.ru.count("{"), key
    with pytest.raises(KeyError):
        label("NO_SUCH_LABEL")
    assert languages("both") == ("kk", "ru")
    with pytest.raises(ValueError):
        languages("en")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of a module and its classes and functions."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def test_reports_import_no_qt_and_hold_no_cyrillic() -> None:
    """No Qt in reports/; no Kazakh/Russian text in code (it lives in resources/catalogs)."""
    allowed = {KAZAKH_ALPHABET, RUSSIAN_ALPHABET, KAZAKH_LETTERS}
    collation = ROOT / "models" / "names" / "collation.py"
    for path in sorted((ROOT / "reports").glob("*.py")) + [collation]:
        tree = ast.parse(path.read_text("utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not any(n.startswith("PySide6") for n in names), path
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docs or node.value in allowed:
                    continue
                assert not any("\u0400" <= c <= "\u04ff" for c in node.value), (
                    path.name,
                    node.value,
                )
