"""The program's version, from one place: ``pyproject.toml``.

From a checkout it is read from ``pyproject.toml``; an installed package has it in its
metadata; the frozen bundle carries it as the resource ``VERSION``, written there by
``build.spec`` from the same ``pyproject.toml``.
"""

from __future__ import annotations

import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

from resources import resource_path

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    """``0.1.0`` and the like."""
    if getattr(sys, "frozen", False):
        return resource_path("VERSION").read_text(encoding="utf-8").strip()
    if _PYPROJECT.is_file():
        project = tomllib.loads(_PYPROJECT.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "tizilim":
            return str(project["version"])
    return metadata.version("tizilim")
