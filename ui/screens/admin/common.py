"""What the administration tabs share: their jobs report failures under one title."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.dialogs import messages
from ui.workers import Job

T = TypeVar("T")


def run(
    tab: QWidget, ctx: AppContext, fn: Callable[[Job], T], done: Callable[[T], object]
) -> None:
    """``fn`` in a worker, ``done`` with its result; a failure is shown over ``tab``."""
    ctx.workers.start(fn, on_done=done, on_error=lambda exc: failed(tab, ctx, exc), name="admin")


def failed(tab: QWidget, ctx: AppContext, exc: BaseException) -> None:
    messages.show_failure(
        tab, exc, ctx.lang, QCoreApplication.translate("AdminView", "Administration")
    )
