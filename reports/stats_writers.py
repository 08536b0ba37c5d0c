"""The writer the statistics' export use case (``StatisticsService.export``) calls: the
figures laid out once (``reports.stats_doc``), printed as PDF or Excel. The report library
loads when a file is written, not at start-up."""

from __future__ import annotations

from pathlib import Path

from models.statistics.dto import StatsSnapshot
from models.statistics.service import StatsWriter
from reports.stats_doc import document

FORMATS = ("pdf", "xlsx")


def stats_writer(fmt: str) -> StatsWriter:
    """The writer of the statistics in ``fmt`` (``pdf`` or ``xlsx``); refuses another at
    once."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")

    def write(snapshot: StatsSnapshot, out: Path, lang: str) -> object:
        doc = document(snapshot, lang)
        if fmt == "pdf":
            from reports.stats_pdf import build as build_pdf

            return build_pdf(doc, out)
        from reports.stats_xlsx import build as build_xlsx

        return build_xlsx(doc, out)

    return write
