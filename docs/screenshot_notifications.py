"""Screenshots of the notifications screen (called by ``screenshot_ui.py``): the administrator's
list of what needs attention and of what waits, the delivery dialog, and a clerk's letters to
deliver by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

Save = Callable[..., None]
Pump = Callable[..., None]


def fill(services: Any, admin: Any, home: Path, region: str) -> None:
    """Demo notifications in every state (``models.demo.outbox``), ``region``'s first."""
    from models.demo.outbox import fill_outbox

    fill_outbox(services, admin, home, region)


def _list(w: Any, view: str, pump: Pump) -> Any:
    from ui.screens.notifications import VIEWS

    v = w.screens["notifications"]
    v.tabs.setCurrentIndex(VIEWS.index(view))
    pump(lambda: v.model.query is not None and v.model.query.view == view
         and not v.model.is_loading())
    return v


def shoot(w: Any, clerk_window: Callable[[], Any], lang: str, save: Save, pump: Pump) -> None:
    """``w``: the administrator's window; ``clerk_window``: a clerk's, made on demand."""
    w.show_screen("notifications")
    pump(lambda: "notifications" in w.screens)
    v = _list(w, "failed", pump)
    v.table.selectRow(0)
    save(w, "notifications-attention", lang)
    v = _list(w, "pending", pump)
    v.result.setText(v.tr("Sent: {0}").format(3) + ".")
    save(w, "notifications-pending", lang)
    v.result.clear()

    cw = clerk_window()
    cw.show_screen("notifications")
    pump(lambda: "notifications" in cw.screens)
    cv = _list(cw, "by-hand", pump)
    cv.table.selectRow(0)
    save(cw, "notifications-by-hand", lang)
    from ui.screens.notifications_deliver import DeliverDialog

    rows = cv.selected()
    dlg = DeliverDialog([r.portal_id for r in rows] or ["SSP-2026-000001"], dt.date.today(), cw)
    dlg.show()
    save(dlg, "notifications-deliver", lang)
    dlg.close()
    cw.close()
