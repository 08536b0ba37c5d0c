"""Bulk work on checked applications: decide, hold, release, print letters — one at a time.

Each application is decided (held, released) by the single-application service in its own
transaction, so nothing is half-done for one application; one that another reviewer decided
meanwhile, that someone else holds, or that cannot be signed is reported on its own row and the
others go on. Cancelling stops before the next application; what was done stays done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from models.actor import Actor
from models.applications.holds import HoldService
from models.applications.reasons import check_reasons
from models.applications.review import MAX_COMMENT, DecisionResult, ReviewService
from models.db.entities import DecisionKind, Role
from models.dto import LetterData
from models.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from models.notifications.issue import CannotSign
from models.notifications.letters import LetterService
from models.people.access import deny
from models.registry.export import LettersWriter
from models.registry.service import check_output

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
T = TypeVar("T")

#: at most this many applications in one bulk action
MAX_BULK = 500

#: what became of one application: ``done``; ``conflict`` (decided or changed meanwhile, or
#: held by someone else); ``cannot_sign``; ``denied``; ``invalid``; ``not_found``; ``failed``
#: (an unexpected error: the batch stops there); ``not_done`` (cancelled, or stopped before it)
OUTCOMES = ("done", "conflict", "cannot_sign", "denied", "invalid", "not_found", "failed",
            "not_done")


@dataclass(frozen=True)
class BulkItem:
    """One checked application, with the revision the user saw (None: do not check it)."""

    portal_id: str
    revision: int | None = None
    full_name: str = ""


@dataclass(frozen=True)
class RowOutcome:
    """What became of one application; ``error`` says why it was not done."""

    portal_id: str
    full_name: str
    outcome: str
    error: DomainError | None = None
    decision: DecisionResult | None = None
    letters: int = 0  # letters printed for it

    @property
    def done(self) -> bool:
        return self.outcome == "done"


@dataclass(frozen=True)
class BulkReport:
    """The outcome of a bulk action, row by row, in the order given."""

    action: str  # register | return | refuse | take | release | letters
    rows: tuple[RowOutcome, ...]
    cancelled: bool = False
    letters: tuple[LetterData, ...] = field(default=(), repr=False)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def done(self) -> int:
        return self.count("done")


def _outcome_of(exc: DomainError) -> str:
    if isinstance(exc, CannotSign):
        return "cannot_sign"
    if isinstance(exc, Conflict):
        return "conflict"
    if isinstance(exc, PermissionDenied):
        return "denied"
    if isinstance(exc, NotFound):
        return "not_found"
    return "invalid"


class BulkService:
    """The checked rows of a list, acted on one application at a time."""

    def __init__(self, review: ReviewService, holds: HoldService,
                 letters: LetterService) -> None:
        self.review = review
        self.holds = holds
        self.letter_source = letters

    @staticmethod
    def _items(items: Iterable[BulkItem]) -> list[BulkItem]:
        seen: dict[str, BulkItem] = {}
        for it in items:
            seen.setdefault(it.portal_id, it)
        if not seen:
            raise InvalidInput("bulk.nothing_checked")
        if len(seen) > MAX_BULK:
            raise InvalidInput("bulk.too_many", max=MAX_BULK, count=len(seen))
        return list(seen.values())

    def _run(self, action: str, items: Sequence[BulkItem],
             one: Callable[[BulkItem], T], progress: Progress | None,
             is_cancelled: IsCancelled | None,
             stop_on: tuple[type[DomainError], ...] = ()) -> tuple[list[RowOutcome], bool, list[T]]:
        """``one`` for each item in turn; a domain error is that row's outcome. An unexpected
        error, or one in ``stop_on`` (it would fail every row alike), stops the batch there."""
        rows: list[RowOutcome] = []
        results: list[T] = []
        cancelled = stopped = False
        for n, it in enumerate(items):
            if stopped or (is_cancelled is not None and is_cancelled()):
                cancelled = cancelled or not stopped
                rows.append(RowOutcome(it.portal_id, it.full_name, "not_done"))
                continue
            try:
                result = one(it)
            except DomainError as exc:
                rows.append(RowOutcome(it.portal_id, it.full_name, _outcome_of(exc), exc))
                stopped = isinstance(exc, stop_on)
            except Exception:
                log.exception("bulk %s stopped at %s", action, it.portal_id)
                rows.append(RowOutcome(it.portal_id, it.full_name, "failed",
                                       DomainError("bulk.failed", portal_id=it.portal_id)))
                stopped = True
            else:
                results.append(result)
                rows.append(RowOutcome(
                    it.portal_id, it.full_name, "done",
                    decision=result if isinstance(result, DecisionResult) else None,
                    letters=len(result) if isinstance(result, list) else 0))
            if progress is not None:
                progress(n + 1, len(items))
        return rows, cancelled, results

    # -- decisions --------------------------------------------------------------------------
    def decide(self, actor: Actor, items: Iterable[BulkItem], kind: DecisionKind | str,
               reasons: Iterable[str] = (), comment: str = "", late_cause: str | None = None,
               progress: Progress | None = None,
               is_cancelled: IsCancelled | None = None) -> BulkReport:
        """Register, return or refuse each application against the revision its row showed;
        each its own decision, letter and audit event. The grounds and the comment are
        checked once, before anything is decided; ``late_cause`` is kept on late ones only."""
        kind = DecisionKind(kind)
        todo = self._items(items)
        if actor.role is not Role.ADMIN:
            raise deny(self.review.db, actor, "decision.admin_only", "application",
                       todo[0].portal_id, what="decide")
        codes = check_reasons(self.review.catalogs, kind, reasons)
        if len((comment or "").strip()) > MAX_COMMENT:
            raise InvalidInput("decision.comment_too_long", max=MAX_COMMENT)

        def one(it: BulkItem) -> DecisionResult:
            return self.review.decide(actor, it.portal_id, kind, codes, comment,
                                      expected_revision=it.revision, late_cause=late_cause)

        rows, cancelled, _ = self._run(kind.value, todo, one, progress, is_cancelled,
                                       stop_on=(CannotSign,))
        return BulkReport(kind.value, tuple(rows), cancelled)

    # -- holds ------------------------------------------------------------------------------
    def take(self, actor: Actor, items: Iterable[BulkItem], progress: Progress | None = None,
             is_cancelled: IsCancelled | None = None) -> BulkReport:
        """Hold each application for the actor (refused on the rows someone else holds)."""
        rows, cancelled, _ = self._run(
            "take", self._items(items), lambda it: self.holds.take(actor, it.portal_id),
            progress, is_cancelled)
        return BulkReport("take", tuple(rows), cancelled)

    def release(self, actor: Actor, items: Iterable[BulkItem], reason: str = "",
                progress: Progress | None = None,
                is_cancelled: IsCancelled | None = None) -> BulkReport:
        """Let go of each hold (an administrator releasing someone else's gives a reason)."""
        rows, cancelled, _ = self._run(
            "release", self._items(items),
            lambda it: self.holds.release(actor, it.portal_id, reason), progress, is_cancelled)
        return BulkReport("release", tuple(rows), cancelled)

    # -- letters ----------------------------------------------------------------------------
    def letters(self, actor: Actor, items: Iterable[BulkItem],
                progress: Progress | None = None,
                is_cancelled: IsCancelled | None = None) -> BulkReport:
        """The letter of each application's last decision (an undecided one: its row says
        so); each look is audited as a print."""
        rows, cancelled, found = self._run(
            "letters", self._items(items),
            lambda it: self.letter_source.letters(actor, None, it.portal_id),
            progress, is_cancelled)
        return BulkReport("letters", tuple(rows), cancelled,
                          tuple(x for batch in found for x in batch))

    def letters_file(self, actor: Actor, items: Iterable[BulkItem], out: str | Path,
                     write: LettersWriter, progress: Progress | None = None,
                     is_cancelled: IsCancelled | None = None) -> BulkReport:
        """The letters of the checked applications in one file (nothing written when none
        has a letter, or when cancelled)."""
        path = check_output(out)
        report = self.letters(actor, items, progress, is_cancelled)
        if report.letters and not report.cancelled:
            write(list(report.letters), path, None, is_cancelled)
        return report
