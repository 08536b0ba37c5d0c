"""The import screen: the template button, the name of a rejected record, the streamed import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select


def import_view(qtbot: Any, w: Any) -> Any:
    w.show_screen("import")
    return w.screens["import"]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_download_template_then_import_it_as_it_is(
    qtbot: Any, make_ctx: Any, seeded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    from models.db.entities import Application
    from tests.ui.conftest import open_window
    from ui.dialogs import files

    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    view = import_view(qtbot, w)
    out = tmp_path / "template.xlsx"
    monkeypatch.setattr(files, "save_file", lambda *_a: str(out))
    view.template_button.click()
    qtbot.waitUntil(lambda: out.exists() and view.template_button.isEnabled(), timeout=15000)
    assert str(out) in view.summary.text()
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Өтінімдер — Заявки" and wb["lists"].sheet_state == "hidden"
    assert len(wb.worksheets[0].data_validations.dataValidation) >= 4
    example_region = "Абай облысы" if lang == "kk" else "область Абай"
    assert example_region in [c.value for c in wb["lists"]["A"]]

    view.load(str(out))  # the preview, then the real import of the example row
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    assert [r.ok for r in view.parsed.records] == [True]
    assert view.model.data(view.model.index(0, 2)) == "Әбілқайырова Әсел Нұрланқызы"
    view.import_button.click()
    qtbot.waitUntil(lambda: view.report is not None, timeout=30000)
    assert view.report.imported == 1 and not view.report.rejected
    with seeded.services.db.read() as s:
        got = s.scalar(select(Application.region_code).where(
            Application.portal_id == "EXAMPLE-0001"))
    assert got == "100000000"


def test_rejected_rows_show_the_name_and_the_import_streams_the_file(
    qtbot: Any, admin_window: Any, seeded: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from models.db.entities import Application
    from tests.factories import application, iin_for, write_json

    b = dt.date(1984, 5, 6)
    good = application("S-1", "2026-01-15T10:00:00+05:00", iin=iin_for(b, serial=8300),
                       birth_date=b.isoformat())
    bad = application("S-2", "2026-01-15T10:00:00+05:00", iin="123", last_name="Қасымова",
                      first_name="Дана", middle_name="")
    path = write_json(tmp_path / "two.json", [good, bad])
    imports = seeded.services.imports
    streamed: list[str] = []
    real = imports.import_file

    def spy(actor: Any, p: Any, **kw: Any) -> Any:
        streamed.append(str(p))
        return real(actor, p, **kw)

    def never(*_a: Any, **_kw: Any) -> Any:
        raise AssertionError("the screen must not import from the preview in memory")

    monkeypatch.setattr(imports, "import_file", spy)
    monkeypatch.setattr(imports, "import_parsed", never)
    view = import_view(qtbot, admin_window)
    view.load(str(path))
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    names = [view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())]
    assert names == ["Әбілқайырова Әсел Нұрланқызы", "Қасымова Дана"]
    assert all(not r.data for r in view.parsed.records)  # the preview keeps no record data
    view.import_button.click()
    qtbot.waitUntil(lambda: view.report is not None, timeout=30000)
    assert streamed == [str(path)]
    assert view.report.imported == 1 and [r.portal_id for r in view.report.rejected] == ["S-2"]
    assert view.model.data(view.model.index(1, 2)) == "Қасымова Дана"
    with seeded.services.db.read() as s:
        assert s.scalars(select(Application.portal_id).where(
            Application.portal_id.in_(["S-1", "S-2"]))).all() == ["S-1"]
