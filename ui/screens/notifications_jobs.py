"""What the notifications screen runs in workers: sending, letters, SMS files, deliveries.

Each function returns the work for ``Workers.start``; it touches no widget. Sending goes in
small batches so that Cancel stops between them: a message once claimed is always finished
(cancelling inside a batch would leave it claimed until the stale-claim timeout).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import DomainError
from ui.workers import Job

if TYPE_CHECKING:
    from models.actor import Actor
    from models.notifications.delivery import ReportSummary
    from models.notifications.sender import SendReport
    from models.services import Services

BATCH = 10  # e-mails per call of ``send_due``: Cancel waits for at most this many


@dataclass
class SendOutcome:
    """One "Send now": what went, and why it stopped early (if it did)."""

    configured: bool = True
    sent: int = 0
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    stopped: str = ""  # the mail server could not be used
    cancelled: bool = False


@dataclass
class ManyOutcome:
    """An action on several notifications: how many went through, the first refusal."""

    done: list[int] = field(default_factory=list)
    refused: list[tuple[int, DomainError]] = field(default_factory=list)


def _merge(out: SendOutcome, r: SendReport) -> int:
    out.sent += r.sent
    out.retry += r.retry
    out.failed += r.failed
    out.uncertain += r.uncertain
    out.stopped = out.stopped or r.stopped
    return r.sent + r.retry + r.failed + r.uncertain


def send_now(services: Services, actor: Actor, progress_text: Callable[[int, int], str]
             ) -> Callable[[Job], SendOutcome]:
    """E-mail what is due with the stored mail settings, batch by batch, with progress."""

    def work(job: Job) -> SendOutcome:
        from reports.writers import letter_pdf

        notes = services.notifications
        out = SendOutcome()
        if notes.smtp_in_force() is None:
            out.configured = False
            return out
        total = max(1, notes.due_emails(actor))
        claimed = 0

        def stage(name: str, _nid: int) -> None:
            nonlocal claimed
            if name == "claimed":
                claimed += 1
                pct = min(99, claimed * 100 // total)
                job.signals.progress.emit(job, pct, progress_text(claimed, total))

        while not job.cancelled():
            done = _merge(out, notes.send_due(actor, letter_pdf, limit=BATCH, on_stage=stage))
            if out.stopped or done == 0:
                break
        out.cancelled = job.cancelled()
        return out

    return work


def each(ids: Sequence[int], act: Callable[[int], object]) -> Callable[[Job], ManyOutcome]:
    """``act`` on every notification of ``ids``; a refusal (decided elsewhere meanwhile, another
    region) is kept and the others go on."""

    def work(job: Job) -> ManyOutcome:
        out = ManyOutcome()
        for i, nid in enumerate(ids):
            if job.cancelled():
                break
            try:
                act(nid)
            except DomainError as exc:
                out.refused.append((nid, exc))
            else:
                out.done.append(nid)
            job.signals.progress.emit(job, (i + 1) * 100 // len(ids), "")
        return out

    return work


def mark_delivered(services: Services, actor: Actor, ids: Sequence[int], day: dt.date
                   ) -> Callable[[Job], ManyOutcome]:
    return each(ids, lambda nid: services.notifications.mark_delivered(actor, nid, day))


def resend(services: Services, actor: Actor, ids: Sequence[int]) -> Callable[[Job], ManyOutcome]:
    return each(ids, lambda nid: services.notifications.resend(actor, nid))


def print_letters(services: Services, actor: Actor, ids: Sequence[int], out: Path
                  ) -> Callable[[Job], tuple[int, Path]]:
    """The letters of ``ids`` in one PDF at ``out``; the number of letters and the file."""

    def work(job: Job) -> tuple[int, Path]:
        from models.registry.service import check_output
        from reports.writers import write_letters

        path = check_output(out)
        letters = services.letters.letters_for(actor, ids)
        write_letters(letters, path, job.counter(), job.cancelled)
        return len(letters), path

    return work


def export_sms(services: Services, actor: Actor, out: Path) -> Callable[[Job], SendReport]:
    return lambda job: services.notifications.export_sms(actor, out)


def import_report(services: Services, actor: Actor, path: Path
                  ) -> Callable[[Job], ReportSummary]:
    return lambda job: services.notifications.import_sms_report(actor, path)


def attention(services: Services, actor: Actor) -> Callable[[Job], int]:
    return lambda job: services.notifications.attention(actor)
