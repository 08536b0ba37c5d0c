"""The file writers handed to the export use case (``models.registry.export``).

``registry_writer("pdf" | "xlsx")`` writes a registry snapshot; ``write_letters`` writes
decision letters. The report libraries load when a file is written, not at start-up.
"""

from __future__ import annotations

from pathlib import Path

from models.dto import LetterData
from models.registry.export import Cancelled, Progress, RegistrySnapshot, RegistryWriter
from reports.labels import check_lang
from reports.meta import ReportMeta

FORMATS = ("pdf", "xlsx")


def registry_writer(fmt: str) -> RegistryWriter:
    """The writer of the registry in ``fmt``; refuses an unknown format at once."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")

    def write(snapshot: RegistrySnapshot, out: Path, lang: str, progress: Progress | None,
              is_cancelled: Cancelled | None) -> object:
        check_lang(lang)
        meta = ReportMeta.from_query(
            snapshot.query, generated_at=snapshot.generated_at, count=snapshot.count,
            region=snapshot.region, profession=snapshot.profession,
            audit_head=snapshot.audit_head)
        if fmt == "pdf":
            from reports.registry_pdf import build as build_pdf

            return build_pdf(snapshot.rows, out, lang=lang, meta=meta, progress=progress,
                             is_cancelled=is_cancelled)
        from reports.registry_xlsx import build as build_xlsx

        return build_xlsx(snapshot.rows, out, lang=lang, meta=meta, progress=progress,
                          is_cancelled=is_cancelled)

    return write


def write_letters(letters: list[LetterData], out: Path, progress: Progress | None,
                  is_cancelled: Cancelled | None) -> object:
    """All the given decision letters in one PDF."""
    from reports.letters import build_letters

    return build_letters(letters, out, progress=progress, is_cancelled=is_cancelled)


def letter_pdf(letter: LetterData) -> bytes:
    """One letter as PDF bytes: the attachment of its e-mail."""
    from reports import letters

    return letters.letter_pdf(letter)
