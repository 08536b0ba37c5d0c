"""One transaction retried on serialization failures and deadlocks (PostgreSQL)."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from models.errors import Conflict

T = TypeVar("T")


log = logging.getLogger(__name__)


MAX_RETRIES = 3


class Busy(Conflict):
    """The database kept refusing the transaction (serialization failures or deadlocks)."""


def _retryable(exc: DBAPIError) -> str | None:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code if code in ("40001", "40P01") else None


def with_retries(fn: Callable[[], T], retries: int = MAX_RETRIES) -> T:
    """Run one transaction, retrying serialization failures and deadlocks (PostgreSQL).

    At most ``retries`` retries after the first attempt, with a short random pause; if the
    database still refuses, a bilingual :class:`Busy` conflict is raised — never the raw
    database error.
    """
    for attempt in range(retries + 1):
        try:
            return fn()
        except DBAPIError as exc:
            code = _retryable(exc)
            if code is None:
                raise
            if attempt < retries:
                log.info("retrying after %s (retry %d of %d)", code, attempt + 1, retries)
                time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
                continue
            log.warning("giving up after %d retries (%s)", retries, code)
            raise Busy("db.busy", sqlstate=code) from None
    raise AssertionError("unreachable")
