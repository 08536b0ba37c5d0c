"""The bulk dialogs fit a 1366×768 screen in Kazakh and Russian, at the bulk limit too
(500 checked applications: the list scrolls, the buttons stay on screen)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.test_fits_screen import settle, too_big


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_bulk_dialogs_fit_a_1366x768_screen(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    import dataclasses
    import datetime as dt

    from models.applications.bulk import MAX_BULK, BulkReport, RowOutcome
    from models.applications.worklist import WorklistFilter
    from models.errors import Conflict
    from ui.dialogs.bulk import BulkConfirmDialog, BulkProgressDialog, DayDialog
    from ui.dialogs.bulk_result import BulkResultDialog

    make_ctx(seeded.admin, lang)  # the interface language
    page = seeded.services.queries.page(seeded.admin, WorklistFilter(), 0, 50)
    rows = [dataclasses.replace(page[n % len(page)], portal_id=f"X-{n}",
                                due_date=dt.date(2020, 1, 1)) for n in range(MAX_BULK)]
    long_name = "Әбілқайырова-Сейітқазиева " * 4
    rows[0] = dataclasses.replace(rows[0], full_name=long_name)
    ground = "x " * 300
    shown: list[tuple[str, Any]] = []
    for kind in ("register", "return", "refuse"):
        dlg = BulkConfirmDialog(kind, rows, [ground] * 4 if kind != "register" else [],
                                "comment " * 100 if kind != "register" else "")
        settle(qtbot, dlg)
        assert dlg.late == (kind == "register")  # all late: the cause is asked on register
        shown.append((f"confirm {kind}", dlg))
    report = BulkReport("return", tuple(
        RowOutcome(r.portal_id, r.full_name, "conflict",
                   Conflict("decision.already_made", portal_id=r.portal_id))
        for r in rows), cancelled=True)
    res = BulkResultDialog(report, lang)
    settle(qtbot, res)
    shown.append(("result", res))
    prog = BulkProgressDialog("x" * 40, MAX_BULK)
    settle(qtbot, prog)
    shown.append(("progress", prog))
    day = DayDialog()
    settle(qtbot, day)
    shown.append(("day's letters", day))
    problems = [p for name, w in shown for p in too_big(name, w)]
    assert not problems, problems
    for name, w in shown:  # the buttons are inside the dialog as shown
        buttons = getattr(w, "buttons", None) or getattr(w, "cancel_button", None)
        assert buttons is not None and w.rect().contains(buttons.geometry()), name
