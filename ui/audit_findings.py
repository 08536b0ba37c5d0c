"""The findings of the data check (the audit log replayed against the rows) in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from ui.text import decision_name, status_name

if TYPE_CHECKING:
    from models.audit.replay import Finding

C = "AuditFindings"
TEXTS = {
    "app_unlogged": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Application {subject} is not in the audit log: it was added outside the program.",
    ),
    "app_differs": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Application {subject}: the data say {have}, the audit log says {want}. It was changed "
        "outside the program.",
    ),
    "app_deleted": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Application {subject} is in the audit log but not in the data: it was deleted.",
    ),
    "decision_differs": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Decision {ordinal} on application {subject}: the data say {have}, the audit log says "
        "{want}.",
    ),
    "decision_unlogged": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Decision {ordinal} on application {subject} ({have}) is not in the audit log: it was "
        "added outside the program.",
    ),
    "decision_missing": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Decision {ordinal} on application {subject} ({want}) is in the audit log but missing "
        "from the data: it was deleted.",
    ),
    "entry_unlogged": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Registry entry No. {subject} is not in the audit log: it was added outside the "
        "program.",
    ),
    "entry_differs_application": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Registry entry No. {subject} belongs to another application than the audit log says.",
    ),
    "entry_differs_exclusion": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Registry entry No. {subject}: its exclusion differs from the audit log.",
    ),
    "entry_deleted": QT_TRANSLATE_NOOP(
        "AuditFindings",
        "Registry entry No. {subject} is in the audit log but not in the data: it was deleted.",
    ),
}


STATE = QT_TRANSLATE_NOOP("AuditFindings", "«{0}», revision {1}")
REASONS = QT_TRANSLATE_NOOP("AuditFindings", "(reasons {0})")
REVISION = QT_TRANSLATE_NOOP("AuditFindings", "revision {0}")


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _state(parts: tuple[str, ...]) -> str:
    """(status, revision) → «Returned», revision 2."""
    if len(parts) < 2:
        return "—"
    return tr(STATE).format(status_name(parts[0]), parts[1])


def _decision(parts: tuple[str, ...]) -> str:
    """(kind, revision, *reasons) → «Refused» (reasons 9.3.1), revision 2."""
    if len(parts) < 2:
        return "—"
    kind, revision, reasons = parts[0], parts[1], parts[2:]
    name = f"«{decision_name(kind)}»"
    if reasons:
        name += " " + tr(REASONS).format(", ".join(reasons))
    return name + ", " + tr(REVISION).format(revision)


def finding_text(f: Finding, lang: str = "") -> str:
    """One finding as a sentence in the interface language."""
    key = f.kind
    if key == "entry_differs":
        key = "entry_differs_" + ("application" if f.have[:1] == ("application",) else "exclusion")
    src = TEXTS.get(key)
    if src is None:  # a kind this version does not know: still say what it is about
        return f"{f.kind}: {f.subject}"
    show = _decision if f.kind.startswith("decision") else _state
    return tr(src).format(
        subject=f.subject, ordinal=f.ordinal, have=show(f.have), want=show(f.want)
    )
