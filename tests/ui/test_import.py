"""The import screen: cancelling an import."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import blocking


def test_import_cancel_writes_nothing_and_shows_no_error(
    qtbot: Any, admin_window: Any, seeded: Any, tmp_path: Any, monkeypatch: Any, shown_messages: Any
) -> None:
    import datetime as dt
    import threading

    from models.applications.worklist import WorklistFilter
    from tests.factories import application, iin_for, write_json

    b = dt.date(1981, 3, 4)
    path = write_json(
        tmp_path / "one.json",
        [
            application(
                "C-1",
                "2026-01-15T10:00:00+05:00",
                iin=iin_for(b, serial=8100),
                birth_date=b.isoformat(),
            )
        ],
    )
    w = admin_window
    w.show_screen("import")
    view = w.screens["import"]
    view.load(str(path))
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    before = seeded.services.queries.count(seeded.admin, WorklistFilter())
    gate, started = threading.Event(), threading.Event()
    imports = seeded.services.imports
    monkeypatch.setattr(imports, "import_file", blocking(imports.import_file, gate, started))
    view.import_button.click()
    assert started.wait(15) and view.cancel_button.isEnabled()
    view.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: view.job is None, timeout=15000)
    assert view.summary.text() == "Импорт прерван; ничего не импортировано."
    assert shown_messages == []  # no "unexpected error", no warning box
    assert seeded.services.queries.count(seeded.admin, WorklistFilter()) == before
    assert view.import_button.isEnabled()  # the same file can be imported again


def test_import_preview_shows_a_records_messages_whole(
    qtbot: Any, admin_window: Any, tmp_path: Any
) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from tests.factories import application, iin_for, write_json

    b = dt.date(1984, 5, 6)
    good = application("C-10", "2026-01-15T10:00:00+05:00", iin=iin_for(b, serial=8200),
                       birth_date=b.isoformat())
    bad = application("C-11", "2026-01-15T10:00:00+05:00", iin="123", email="not-an-email",
                      birth_date=b.isoformat())
    path = write_json(tmp_path / "two.json", [good, bad])
    w = admin_window
    w.show_screen("import")
    view = w.screens["import"]
    view.load(str(path))
    qtbot.waitUntil(lambda: view.parsed is not None, timeout=15000)
    # the first record with messages is chosen and its messages are shown whole
    shown = view.record.toPlainText()
    assert "C-11" in shown and "отклонена" in shown
    rejected = view.parsed.rejected[0]
    for i in rejected.issues:
        assert i.message("ru") in shown
    # a click on the accepted row shows it instead
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "C-10" in view.record.toPlainText()


def test_a_wrong_file_says_what_file_is_expected(
    qtbot: Any, admin_window: Any, tmp_path: Any, shown_messages: Any
) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "something.else", "version": 1}', encoding="utf-8")
    w = admin_window
    w.show_screen("import")
    view = w.screens["import"]
    view.load(str(path))
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=15000)
    kind, _title, text = shown_messages[-1]
    assert kind == "warning"
    assert text.startswith("Это не файл заявок для реестра") and "портала" in text
    assert "tizilim.applications" not in text  # no internal name, the expected file in words
    assert view.summary.text() == text
