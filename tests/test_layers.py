"""Layers point one way: desktop → ui → (models, reports); no Qt below ui, no SQL in ui."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(folder: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        mods: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mods.add(node.module.split(".")[0])
        out[str(path.relative_to(ROOT))] = mods
    return out


def test_models_and_reports_never_import_qt_ui_or_desktop() -> None:
    for folder in ("models", "reports"):
        for path, mods in _imports(folder).items():
            bad = mods & {"PySide6", "shiboken6", "ui", "desktop"}
            assert not bad, f"{path} imports {bad}"


def test_models_never_import_reports() -> None:
    for path, mods in _imports("models").items():
        assert "reports" not in mods, path


def test_ui_never_touches_sql_or_desktop() -> None:
    files = _imports("ui")
    assert files, "ui/ has no modules"
    for path, mods in files.items():
        bad = mods & {"sqlalchemy", "sqlite3", "psycopg", "alembic", "desktop"}
        assert not bad, f"{path} imports {bad}"


def test_ui_never_imports_the_table_mappings() -> None:
    """The window names statuses and roles through ``models.enums``; ``models.db`` (tables,
    engine, migrations) is the services' business."""
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     else [])
            bad = [n for n in names if n == "models.db" or n.startswith("models.db.")]
            assert not bad, f"{path.relative_to(ROOT)}:{node.lineno} imports {bad}"
