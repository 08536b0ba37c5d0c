"""Screenshots of bulk work (called by ``docs/screenshot_ui.py``): the worklist with checked
rows and the bulk menu, the confirmation listing them, the progress, the result row by row,
a day's letters, and the registry with checked entries. Nothing is decided: the result
dialog shows a report as the service returns it (one row decided meanwhile by someone else)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Save = Callable[..., None]
Pump = Callable[..., None]


def sample_report(services: Any, rows: list[Any]) -> Any:
    """What a bulk register of ``rows`` returns when another reviewer decided the second."""
    import datetime as dt

    from models.applications.bulk import BulkReport, RowOutcome
    from models.applications.review import DecisionResult
    from models.db.entities import DecisionKind, Status
    from models.errors import Conflict

    out = []
    for n, r in enumerate(rows):
        if n == 1:
            err = Conflict("decision.already_made", portal_id=r.portal_id)
            out.append(RowOutcome(r.portal_id, r.full_name, "conflict", err))
        elif n == len(rows) - 1:
            out.append(RowOutcome(r.portal_id, r.full_name, "not_done"))
        else:
            res = DecisionResult(r.portal_id, DecisionKind.REGISTER, Status.REGISTERED,
                                 r.revision, dt.datetime(2026, 12, 7, 9, 0), 4100 + n)
            out.append(RowOutcome(r.portal_id, r.full_name, "done", decision=res))
    return BulkReport("register", tuple(out), cancelled=True)


def shoot_bulk(w: Any, services: Any, lang: str, save: Save, pump: Pump) -> None:
    from ui.dialogs.bulk import BulkConfirmDialog, BulkProgressDialog, DayDialog
    from ui.dialogs.bulk_result import BulkResultDialog
    from ui.text import decision_name

    view = w.worklist
    w.show_worklist()
    view.show_status("open")  # awaiting decision: what bulk work is for
    pump(lambda: not view.model.is_loading() and not view.model.is_counting())
    view.model.clear_checks()
    view.table.clearSelection()
    view.model.set_checked(list(range(1, 6)), True)
    view.table.selectRow(3)
    save(w, "worklist-checked", lang)
    rows = view.model.checked_rows()

    dlg = BulkConfirmDialog("register", rows, parent=w)
    dlg.comment.setPlainText("Құжаттар толық / Документы полные")
    dlg.late_cause.setText("Өтінімдер көп / Много заявок")
    dlg.show()
    save(dlg, "bulk-confirm", lang)
    dlg.close()
    cats = services.catalogs
    grounds = [cats.reasons[c].kk if lang == "kk" else cats.reasons[c].ru
               for c in ("RET-PROFESSION", "RET-DOCUMENTS")]
    dlg = BulkConfirmDialog("return", rows, grounds,
                            "Дипломның көшірмесі оқылмайды / Копия диплома нечитаема", w)
    dlg.show()
    save(dlg, "bulk-confirm-return", lang)
    dlg.close()

    prog = BulkProgressDialog(decision_name("register"), len(rows), w)
    prog.show_done(2)
    prog.show()
    save(prog, "bulk-progress", lang)
    prog.close()

    res = BulkResultDialog(sample_report(services, rows), lang, w)
    res.show()
    res.table.setCurrentCell(1, 0)
    save(res, "bulk-result", lang)
    res.close()

    day = DayDialog(w)
    day.show()
    save(day, "bulk-day-letters", lang)
    day.close()
    view.model.clear_checks()

    w.show_screen("registry")
    reg = w.registry
    pump(lambda: not reg.model.is_loading())
    reg.model.set_checked([0, 2], True)
    save(w, "registry-checked", lang)
    reg.model.clear_checks()
