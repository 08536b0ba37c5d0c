"""The reasons of p.9: a decision's reason codes checked against the closed lists."""

from __future__ import annotations

from collections.abc import Iterable

from models.applications.transitions import REASON_KIND
from models.catalogs import Catalogs
from models.db.entities import DecisionKind
from models.errors import InvalidInput


def check_reasons(catalogs: Catalogs, kind: DecisionKind, codes: Iterable[str]) -> list[str]:
    """The reason codes, deduplicated in order; refuses wrong kinds and unknown codes."""
    want = REASON_KIND[kind]
    out: list[str] = []
    for code in codes:
        r = catalogs.reasons.get(code)
        if r is None:
            raise InvalidInput("reason.unknown", code=code)
        if want is None or r.kind != want:
            raise InvalidInput("reason.wrong_kind", code=code)
        if code not in out:
            out.append(code)
    if want is not None and not out:
        raise InvalidInput("reason.required")
    return out
