"""``tizilim template``: the workbook with an example row that imports as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import cli  # noqa: F401  (the fixture)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_template_has_lists_and_a_reference_and_its_example_imports(
    cli: Any, tmp_path: Path, lang: str  # noqa: F811
) -> None:
    out = tmp_path / f"template-{lang}.xlsx"
    code, text, err = cli("template", "--out", str(out), "--lang", lang)
    assert code == 0 and str(out) in text, err
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    keys = [c.value for c in ws[3]]
    assert ws.title == "Өтінімдер — Заявки" and ws["A4"].value == "EXAMPLE-0001"
    region = ws.cell(row=4, column=keys.index("region") + 1).value
    assert region == ("Абай облысы" if lang == "kk" else "область Абай")
    lists = wb["lists"]
    assert lists.sheet_state == "hidden"
    by_range = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    for key in ("region", "profession", "category", "education1_level", "education3_level"):
        col = ws.cell(row=1, column=keys.index(key) + 1).column_letter
        formula = by_range[f"{col}4:{col}5000"]
        assert formula.startswith("=lists!$")
        letter = formula.split("$")[1]
        values = [c.value for c in lists[letter] if c.value]
        example = ws.cell(row=4, column=keys.index(key) + 1).value
        assert len(values) >= 4 and (example is None or example in values)
    ref = wb["Анықтама — Справка"]
    rows = list(ref.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == keys
    iin = next(r for r in rows if r[1] == "iin")
    assert "ЖСН" in iin[4] and "ИИН" in iin[5]  # explained in Kazakh and in Russian
    code, text, err = cli("import", str(out))
    assert code == 0 and "1 imported" in text and "0 rejected" in text, (text, err)
    code, text, _ = cli("show", "EXAMPLE-0001")
    assert code == 0 and "Әбілқайырова" in text
