"""The review workflow as a pure table: which decision moves which status where."""

from __future__ import annotations

from models.db.entities import DecisionKind, Status

#: Statuses in which an application waits for a decision.
OPEN_FOR_DECISION = frozenset({Status.SUBMITTED, Status.RESUBMITTED})


#: Statuses whose applications count for duplicate detection.
DUPLICATE_SCOPE = frozenset({Status.SUBMITTED, Status.RESUBMITTED, Status.RETURNED,
                             Status.REGISTERED})


DECISION_RESULT: dict[DecisionKind, Status] = {
    DecisionKind.REGISTER: Status.REGISTERED,
    DecisionKind.RETURN: Status.RETURNED,
    DecisionKind.REFUSE: Status.REFUSED,
}


#: Which reason kind a decision takes (None: no reasons).
REASON_KIND: dict[DecisionKind, str | None] = {
    DecisionKind.REGISTER: None,
    DecisionKind.RETURN: "return",
    DecisionKind.REFUSE: "refuse",
}


def can_decide(status: Status) -> bool:
    return status in OPEN_FOR_DECISION


def can_resubmit(status: Status) -> bool:
    return status is Status.RETURNED
