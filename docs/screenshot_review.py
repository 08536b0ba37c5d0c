"""The review's screenshots for ``docs/screenshot_ui.py``: an organisation's application
returned with marked fields and resubmitted (the marked fields changed or not, the applicant,
the notifications), and the decision dialogs with the field picker and the letter."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

ORG_PID = "SSP-2026-900100"
UNSIGNED = "unsigned"  # an administrator without a position: cannot sign a letter
UNSIGNED_PASSWORD = "screenshot password 2"


def prepare(services: Any, admin: Any) -> str:
    """An organisation's application, returned with three marked fields and resubmitted with
    one of them corrected; its portal id. Does nothing when it is there already."""
    from models.applications.fixes import FixField
    from models.catalogs import Catalogs
    from models.errors import NotFound
    from models.intake.records import ParsedFile, validate_record
    from tests.factories import BIN, application, iin_for

    try:
        services.queries.detail(admin, ORG_PID, audit_view=False)
        return ORG_PID
    except NotFound:
        pass
    services.users.add(admin, UNSIGNED, UNSIGNED_PASSWORD, "admin", None, "Бекова Айжан", "")
    birth = dt.date(1988, 6, 14)
    received = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).isoformat()
    raw = application(ORG_PID, received, last_name="Жұмабаева", first_name="Әсел",
                      middle_name="Серікқызы", iin=iin_for(birth, female=True, serial=6101),
                      birth_date=birth.isoformat())
    raw["applicant"] = {"kind": "organization", "name": "ТОО «Қамқорлық орталығы»",
                        "bin": BIN, "licence": "KZ-12345", "phone": "+77015554433",
                        "email": "info@kamkor.kz", "consent_to_publish": True}
    cats = Catalogs.shipped()
    rec = validate_record(1, raw, cats)
    assert rec.ok, [str(i) for i in rec.issues]
    services.imports.import_parsed(admin, ParsedFile("screenshots", "json", [rec]))
    services.review.decide(admin, ORG_PID, "return", ["RET-DOCUMENTS", "RET-EMPLOYMENT"],
                           "Дипломның көшірмесі оқылмайды / Копия диплома нечитаема",
                           fixes=[FixField("education[1].document", "скан нечитаем"),
                                  FixField("employment[1].position", "штаттық лауазым"),
                                  FixField("qualification.assigned_on")])
    again = copy.deepcopy(raw)
    again["received_at"] = dt.datetime.now(dt.UTC).isoformat()
    again["specialist"]["education"][0]["document"] = "ЖБ-0099999"
    rec = validate_record(1, again, cats)
    assert rec.data is not None
    services.review.resubmit(admin, ORG_PID, rec.data, rec.received_at)
    return ORG_PID


def review_shots(w: Any, pid: str, lang: str, save: Callable[..., None],
                 pump: Callable[..., None]) -> None:
    """The resubmitted application: marked fields at the top, the applicant further down,
    the history with the notification."""
    w.open_application(pid)
    pump(lambda: w.review.detail is not None and w.review.detail.summary.portal_id == pid)
    w.review.tabs.setCurrentIndex(0)
    w.review.form.verticalScrollBar().setValue(0)
    save(w, "review-fixes", lang)
    bar = w.review.form.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(w, "review-applicant", lang)
    w.review.tabs.setCurrentIndex(2)
    bar = w.review.history.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(w, "review-notifications", lang)
    w.review.tabs.setCurrentIndex(0)


def decision_dialogs(w: Any, lang: str, save: Callable[..., None],
                     pump: Callable[..., None]) -> None:
    """Register, return (with fields marked) and refuse on the application shown, and the
    letter the applicant will get."""
    grounds = {"return": ("RET-PROFESSION", "RET-DOCUMENTS"), "refuse": ("REF-INCAPACITY",)}
    comments = {
        "register": "",
        "return": "Дипломның көшірмесі оқылмайды / Копия диплома нечитаема",
        "refuse": "Сот шешімі 12.01.2026 / Решение суда от 12.01.2026",
    }
    notes = {"education[1].document": "скан нечитаем", "employment[1].position": "",
             "profession": "диплом бойынша / по диплому"}
    for kind in ("register", "return", "refuse"):
        dlg = w.review.make_dialog(kind)
        for code in grounds.get(kind, ()):
            dlg.checks[code].setChecked(True)
        dlg.comment.setPlainText(comments[kind])
        dlg.show()
        if dlg.picker is not None:
            for field, note in notes.items():
                if field not in dlg.picker.items:
                    continue
                dlg.picker.tree.setCurrentItem(dlg.picker.items[field])
                dlg.picker.check(field)
                if note:
                    dlg.picker.note.setText(note)
                    dlg.picker.note.textEdited.emit(note)
        pump(lambda d=dlg: d.letter_view.letter is not None and not d.letter_view.pending)
        save(dlg, f"decision-{kind}", lang)
        if kind in ("return", "refuse"):
            dlg.preview.verticalScrollBar().setValue(dlg.preview.verticalScrollBar().maximum())
            save(dlg.preview, f"letter-preview-{kind}", lang)
        dlg.close()


def unsigned_review(ctx: Any, pid: str, lang: str, save: Callable[..., None],
                    pump: Callable[..., None]) -> None:
    """The review as an administrator without a position sees it: no decision, and why."""
    import dataclasses

    from ui.screens.review import ReviewView

    actor = ctx.services.users.authenticate(UNSIGNED, UNSIGNED_PASSWORD)
    view = ReviewView(dataclasses.replace(ctx, actor=actor))
    view.resize(1150, 640)
    view.show()
    view.load(pid)
    pump(lambda: view.detail is not None and view.sign_problem is not None)
    save(view, "review-cannot-sign", lang)
    view.close()
    view.deleteLater()
