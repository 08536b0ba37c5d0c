"""Replaying the audit log against the data: a row changed outside the program is named.

The events say what every application's status and revision became, every decision (its
revision, kind, reasons and comment) and every registry entry and exclusion. :func:`check_data`
rebuilds that from the log and compares it with the current rows; a row that differs, or one
the log never mentions, is a change made without an event (SQL outside the program, or a
restored file edited by hand).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db.entities import Application, AuditEvent, Decision, RegistryEntry

_DECISIONS = {"application.register": "register", "application.return": "return",
              "application.refuse": "refuse"}
_STATE = {"application.receive", "application.resubmit", "application.correct",
          *_DECISIONS}
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class Finding:
    """One differing row, for people: ``kind`` (``app_unlogged``, ``app_differs``,
    ``app_deleted``, ``decision_differs``, ``decision_unlogged``, ``decision_missing``,
    ``entry_unlogged``, ``entry_differs``, ``entry_deleted``), the application's portal id or
    the registry number, the decision's ordinal, what the data has and what the log says."""

    kind: str
    subject: str
    have: tuple[str, ...] = ()  # (status, revision) | (kind, revision, *reasons) | (what,)
    want: tuple[str, ...] = ()
    ordinal: int = 0


@dataclass
class DataCheck:
    """The outcome: ``problems`` names the first differing rows (at most 20 of ``count``)."""

    applications: int = 0
    decisions: int = 0
    registry_entries: int = 0
    count: int = 0
    problems: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the same, for people

    @property
    def ok(self) -> bool:
        return self.count == 0

    def add(self, problem: str, finding: Finding) -> None:
        self.count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
            self.findings.append(finding)


@dataclass
class _App:
    status: str = ""
    revision: int = 0
    decisions: list[tuple[int, str, tuple[str, ...], str]] = field(default_factory=list)


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _replay(session: Session) -> tuple[dict[str, _App], dict[int, tuple[str, str | None,
                                                                         str | None]]]:
    apps: dict[str, _App] = {}
    entries: dict[int, tuple[str, str | None, str | None]] = {}  # number → pid, excl. day, why
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.after)
        .where(AuditEvent.action.in_(sorted(_STATE | {"registry.exclude"})))
        .order_by(AuditEvent.id).execution_options(yield_per=5000))
    for action, entity_id, after_text in rows:
        after = _load(after_text)
        if action == "registry.exclude":
            number = int(entity_id) if entity_id.isdigit() else -1
            pid = entries.get(number, ("", None, None))[0]
            entries[number] = (pid, after.get("excluded_on"), after.get("reason"))
            continue
        app = apps.setdefault(entity_id, _App())
        if action == "application.receive":
            app.status, app.revision, app.decisions = "submitted", 1, []
        if isinstance(after.get("status"), str):
            app.status = after["status"]
        if isinstance(after.get("revision"), int):
            app.revision = after["revision"]
        kind = _DECISIONS.get(action)
        if kind is not None:
            app.decisions.append((app.revision, kind, tuple(after.get("reasons") or ()),
                                  str(after.get("comment") or "")))
            registered = after.get("registry_number")
            if isinstance(registered, int):
                entries[registered] = (entity_id, None, None)
    return apps, entries


def check_data(session: Session) -> DataCheck:
    """Compare every application, decision and registry entry with what the log says."""
    apps, entries = _replay(session)
    out = DataCheck()
    pid_of: dict[int, str] = {}
    seen: set[str] = set()
    for app_id, pid, status, revision in session.execute(
            select(Application.id, Application.portal_id, Application.status,
                   Application.revision).order_by(Application.id)
            .execution_options(yield_per=5000)):
        out.applications += 1
        pid_of[app_id] = pid
        seen.add(pid)
        want = apps.get(pid)
        if want is None:
            out.add(f"application {pid}: not in the audit log (added outside the program)",
                    Finding("app_unlogged", pid))
        elif (str(status), revision) != (want.status, want.revision):
            out.add(f"application {pid}: status {status} revision {revision}, the audit log "
                    f"says {want.status} revision {want.revision}",
                    Finding("app_differs", pid, (str(status), str(revision)),
                            (want.status, str(want.revision))))
    for pid in sorted(set(apps) - seen):
        out.add(f"application {pid}: in the audit log but not in the data (deleted)",
                Finding("app_deleted", pid))
    _check_decisions(session, apps, pid_of, out)
    _check_entries(session, entries, pid_of, out)
    return out


def _check_decisions(session: Session, apps: dict[str, _App], pid_of: dict[int, str],
                     out: DataCheck) -> None:
    found: dict[str, list[tuple[int, str, tuple[str, ...], str]]] = {}
    for app_id, revision, kind, codes, comment in session.execute(
            select(Decision.application_id, Decision.revision, Decision.kind,
                   Decision.reason_codes, Decision.comment).order_by(Decision.id)
            .execution_options(yield_per=5000)):
        out.decisions += 1
        found.setdefault(pid_of.get(app_id, f"#{app_id}"), []).append(
            (revision, str(kind), tuple(codes or ()), comment or ""))
    for pid in sorted(set(found) | {p for p, a in apps.items() if a.decisions}):
        have, want = found.get(pid, []), apps[pid].decisions if pid in apps else []
        if have == want:
            continue
        i = next((n for n, (h, w) in enumerate(zip(have, want, strict=False)) if h != w),
                 min(len(have), len(want)))
        if i < len(have) and i < len(want):
            out.add(f"decision {i + 1} on application {pid}: {_dec(have[i])}, the audit log "
                    f"says {_dec(want[i])}",
                    Finding("decision_differs", pid, _parts(have[i]), _parts(want[i]), i + 1))
        elif i < len(have):
            out.add(f"decision {i + 1} on application {pid} ({_dec(have[i])}) is not in the "
                    "audit log", Finding("decision_unlogged", pid, _parts(have[i]), (), i + 1))
        else:
            out.add(f"decision {i + 1} on application {pid} ({_dec(want[i])}) is missing",
                    Finding("decision_missing", pid, (), _parts(want[i]), i + 1))


def _dec(d: tuple[int, str, tuple[str, ...], str]) -> str:
    return f"{d[1]} {' '.join(d[2])}".strip() + f" (revision {d[0]})"


def _parts(d: tuple[int, str, tuple[str, ...], str]) -> tuple[str, ...]:
    return (d[1], str(d[0]), *d[2])


def _check_entries(session: Session, entries: dict[int, tuple[str, str | None, str | None]],
                   pid_of: dict[int, str], out: DataCheck) -> None:
    seen: set[int] = set()
    for number, app_id, excluded_on, reason in session.execute(
            select(RegistryEntry.registry_number, RegistryEntry.application_id,
                   RegistryEntry.excluded_on, RegistryEntry.exclusion_reason)
            .order_by(RegistryEntry.registry_number)):
        out.registry_entries += 1
        seen.add(number)
        want = entries.get(number)
        day = excluded_on.isoformat() if isinstance(excluded_on, dt.date) else None
        have = (pid_of.get(app_id, f"#{app_id}"), day, reason)
        if want is None:
            out.add(f"registry entry {number}: not in the audit log (added outside the "
                    "program)", Finding("entry_unlogged", str(number)))
        elif have != want:
            what = "application" if have[0] != want[0] else "exclusion"
            out.add(f"registry entry {number}: its {what} differs from the audit log",
                    Finding("entry_differs", str(number), (what,)))
    for number in sorted(set(entries) - seen):
        out.add(f"registry entry {number}: in the audit log but not in the data (deleted)",
                Finding("entry_deleted", str(number)))
