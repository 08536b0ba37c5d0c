"""Bilingual headings of the XLSX import template (wording in resources/catalogs)."""

from __future__ import annotations

import functools
import json
import re

from resources import resource_path

_GROUP = re.compile(r"^(education|employment)(\d+)_(\w+)$")


@functools.cache
def _headings() -> dict[str, dict[str, str]]:
    with resource_path("catalogs", "import_headings.json").open(encoding="utf-8") as fh:
        found: dict[str, dict[str, str]] = json.load(fh)
    return found


def heading(key: str) -> tuple[str, str]:
    """(Kazakh, Russian) heading of a template column key."""
    m = _GROUP.match(key)
    if m:
        h = _headings()[f"{m.group(1)}_{m.group(3)}"]
        return h["kk"].format(n=m.group(2)), h["ru"].format(n=m.group(2))
    h = _headings()[key]
    return h["kk"], h["ru"]
