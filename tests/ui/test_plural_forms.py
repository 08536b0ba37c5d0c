"""Counts beside nouns agree with their number in both languages (Qt numerus, compiled .qm).

Russian has three forms (1, 21 → «год»; 2, 24 → «года»; 5 → «лет»); Qt's rules give Kazakh two,
and the Kazakh noun does not change after a number («1 жыл», «24 жыл»).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_window

NUMBERS = (1, 2, 5, 21, 24)
YEARS = {
    "ru": ("1 год", "2 года", "5 лет", "21 год", "24 года"),
    "kk": ("1 жыл", "2 жыл", "5 жыл", "21 жыл", "24 жыл"),
}
MONTH = {"ru": "мес.", "kk": "ай"}
LEFT = {
    "ru": ("остался 1", "осталось 2", "осталось 5", "остался 21", "осталось 24"),
    "kk": tuple(f"{n} жұм. күн қалды" for n in NUMBERS),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_experience_in_the_review_and_the_entry_form(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    from ui.screens.entry.form import EntryForm
    from ui.screens.review_html import Renderer

    ctx = make_ctx(seeded.admin, lang)
    detail = seeded.services.queries.detail(seeded.admin, "T-0001", audit_view=False)
    form = EntryForm(ctx)
    qtbot.addWidget(form)
    for n, years in zip(NUMBERS, YEARS[lang], strict=True):
        data = {**detail.data, "experience": {"years": n, "months": 3}}
        html = Renderer(dataclasses.replace(detail, data=data), ctx.services.catalogs, lang)
        assert f"{years} 3 {MONTH[lang]}" in html.application()
        form.years.setValue(n)
        assert f"{n} {form.years_label.text()}" == years
    form.months.setValue(1)
    assert form.months_label.text() == MONTH[lang]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_counts_in_the_lists_the_worklist_and_the_admin_screens(
    qtbot: Any, make_ctx: Any, seeded: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from models.db.entities import Status
    from models.intake.records import ParsedFile, ParsedRecord
    from ui.screens.import_view import ImportView
    from ui.text import fmt_date

    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    w.show_screen("registry")
    qtbot.waitUntil(lambda: not w.registry.model.is_loading(), timeout=15000)
    heads = {"ru": ("Заявок", "Записей"), "kk": ("Өтінімдер", "Жазбалар")}[lang]
    counting = {"ru": "(подсчёт…)", "kk": "(саналуда…)"}[lang]
    for view, head in zip((w.worklist, w.registry), heads, strict=True):
        for n, shown in [*((n, str(n)) for n in NUMBERS), (12345, "12\u00a0345")]:
            monkeypatch.setattr(view.model, "total", lambda n=n: n)
            monkeypatch.setattr(view.model, "is_counting", lambda: False)
            view._show_count()
            assert view.count_label.text() == f"{head}: {shown}"
            monkeypatch.setattr(view.model, "is_counting", lambda: True)
            view._show_count()
            assert view.count_label.text() == f"{head}: {shown}+ {counting}"

    model = w.worklist.model
    model.apply_prepared(model.prepare(model.query))
    today = model._today
    assert today is not None
    due = {c.key: c for c in model.columns}["due"]
    ahead = {model.days_left(today + dt.timedelta(days=i)): i for i in range(60, 0, -1)}
    behind = {-model.days_left(today - dt.timedelta(days=i)): i for i in range(60, 0, -1)}
    for n, left in zip(NUMBERS, LEFT[lang], strict=True):
        day = today + dt.timedelta(days=ahead[n])
        item = SimpleNamespace(due_date=day, status=Status.SUBMITTED)
        text = model.cell(item, due, Qt.ItemDataRole.DisplayRole)
        sep = {"ru": ", ", "kk": " — "}[lang]  # (ru: shorter, the column fits 1366 px)
        assert text.startswith(f"{fmt_date(day)}{sep}") and text.endswith(
            left + (" раб. дн." if lang == "ru" else "")
        )
        item.due_date = today - dt.timedelta(days=behind[n])
        late = {"ru": f"просрочено {n} раб. дн.", "kk": f"{n} жұм. күн кешікті"}[lang]
        assert model.cell(item, due, Qt.ItemDataRole.DisplayRole).endswith(late)

    events = {"ru": "Цепочка аудита цела: событий {0}.", "kk": "Аудит тізбегі бүтін: {0} оқиға."}
    imported = {
        "ru": "В файле apps.json записей: {0}; принято 0, отклонено {0}.",
        "kk": "apps.json файлында {0} жазба: 0 қабылданды, {0} қабылданбады.",
    }
    from models.audit.verify import VerifyResult

    imports = ImportView(w.ctx)
    qtbot.addWidget(imports)
    for n in NUMBERS:
        w.admin.audit._verified(VerifyResult(ok=True, count=n, head=""))
        assert w.admin.audit.verify_result.text() == events[lang].format(n)
        imports.parsed = ParsedFile(
            "in/apps.json", "json", [ParsedRecord(i, f"P-{i}", None, None) for i in range(n)]
        )
        imports.report = None
        imports._summarise()
        assert imports.summary.text() == imported[lang].format(n)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_numerus_message_has_its_forms_at_run_time(qapp: Any, lang: str) -> None:
    """The compiled catalogue answers each numerus source with a text holding the number."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication

    from resources import resource_path
    from ui.i18n import Language

    language = Language()
    language.set(lang)
    try:
        root = ET.parse(resource_path("i18n", f"app_{lang}.ts")).getroot()
        found = 0
        for ctx in root.iter("context"):
            for m in ctx.iter("message"):
                if m.get("numerus") != "yes":
                    continue
                found += 1
                src = m.findtext("source") or ""
                for n in NUMBERS:
                    text = QCoreApplication.translate(ctx.findtext("name"), src, "", n)
                    assert text and text != src.replace("%Ln", str(n)).replace("%n", str(n))
                    if "%n" in src or "%Ln" in src:
                        assert str(n) in text and "%" not in text, (src, n, text)
        assert found >= 13
        assert QCoreApplication.translate("AdminView", "Due dates recomputed: %n", "", 21) == {
            "ru": "Пересчитано сроков: 21", "kk": "Қайта есептелген мерзімдер: 21"}[lang]
    finally:
        language.uninstall()
