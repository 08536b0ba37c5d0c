"""The registry's print / export dialog: cancel, language, the search it does not apply."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import blocking


def test_export_cancel_writes_no_file(
    qtbot: Any, admin_window: Any, tmp_path: Any, monkeypatch: Any, shown_messages: Any
) -> None:
    import threading

    w = admin_window
    exports = w.ctx.services.exports
    gate, started = threading.Event(), threading.Event()
    monkeypatch.setattr(exports, "registry_file", blocking(exports.registry_file, gate, started))
    w.show_screen("registry")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("pdf"))
    out = tmp_path / "registry.pdf"
    dlg.path.setText(str(out))
    dlg.start_button.click()
    assert started.wait(15)
    dlg.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dlg.running(), timeout=30000)
    assert dlg.status.text() == "Экспорт прерван; файл не записан."
    assert not out.exists() and shown_messages == []
    assert dlg.start_button.isEnabled()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_export_language_follows_the_interface_and_the_search_is_named(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str
) -> None:
    from tests.ui.conftest import open_window

    w = open_window(qtbot, make_ctx(seeded.admin, lang))
    w.show_screen("registry")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    assert dlg.lang.currentData() == lang and f"-{lang}-" in dlg.path.text()
    assert not dlg.search_note.isVisibleTo(dlg)
    dlg.close()
    w.registry.search.setText("Петрова")
    dlg = w.registry.open_export()
    qtbot.addWidget(dlg)
    assert dlg.search_note.isVisibleTo(dlg) and "«Петрова»" in dlg.search_note.text()
    view = w.registry
    qtbot.waitUntil(
        lambda: view.model.query.search == "Петрова" and not view.model.is_loading(),
        timeout=15000,
    )
