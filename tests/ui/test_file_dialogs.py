"""Qt's own file dialog (where the platform has no native one) speaks only Kazakh or
Russian: Qt's qtbase translations, with our overrides where they lack a word."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QTreeView,
    QWidget,
)

#: Latin words that are names, not English: formats and the program
NAMES = {"JSON", "XLSX", "json", "xlsx", "Excel", "PDF", "pdf", "Tizilim"}


def english(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        words = re.findall(r"[A-Za-z]{2,}", t.replace("&", ""))
        if any(w not in NAMES for w in words):
            out.append(t)
    return out


def visible_texts(dlg: QFileDialog) -> list[str]:
    """Every word the dialog shows: labels, buttons and their tooltips, the file type list,
    the column heads (not the folder's path nor the file names)."""
    texts: list[str] = [dlg.windowTitle()]
    for w in dlg.findChildren(QWidget):
        if not w.isVisibleTo(dlg):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QComboBox) and w.objectName() == "fileTypeCombo":
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTreeView):
            m = w.model()
            texts += [
                str(m.headerData(i, Qt.Orientation.Horizontal)) for i in range(m.columnCount())
            ]
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_import_file_dialog_speaks_the_interface_language(
    qtbot: Any, make_ctx: Any, seeded: Any, lang: str, tmp_path: Any, monkeypatch: Any
) -> None:
    from ui.dialogs.files import FileDialog
    from ui.screens.import_view import ImportView

    (tmp_path / "applications.json").write_text("{}", encoding="utf-8")
    view = ImportView(make_ctx(seeded.admin, lang))
    qtbot.addWidget(view)
    view.show()
    seen: dict[str, Any] = {}

    def look(dlg: FileDialog) -> int:
        dlg.setDirectory(str(tmp_path))
        dlg.show()
        qtbot.waitExposed(dlg)
        tree = dlg.findChild(QTreeView, "treeView")
        dlg.findChild(QAbstractButton, "detailModeButton").click()
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) > 0, timeout=5000)
        dlg.fit_columns()
        seen["texts"] = visible_texts(dlg)
        header = tree.header()
        seen["dates"] = header.sectionSize(3) >= header.sectionSizeHint(3)
        dlg.hide()
        return int(QFileDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(FileDialog, "exec", look)
    qtbot.mouseClick(view.choose, Qt.MouseButton.LeftButton)
    assert seen["texts"] and not english(seen["texts"]), english(seen["texts"])
    assert seen["dates"]  # the date column is wide enough for its dates
    assert view.parsed is None  # cancelled: nothing read


def test_qt_words_follow_the_glossary(make_ctx: Any, seeded: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    t = QCoreApplication.translate
    make_ctx(seeded.admin, "kk")
    assert t("QPlatformTheme", "Cancel") == "Болдырмау"
    assert t("QLineEdit", "&Undo").replace("&", "") == "Кері қайтару"  # Undo is not Cancel
    assert t("QWidgetTextControl", "&Undo").replace("&", "") == "Кері қайтару"
    assert t("QFileDialog", "Save As") == "Басқаша сақтау"
    make_ctx(seeded.admin, "ru")
    assert t("QFileDialog", "&Look in:") == "&Папка:"
