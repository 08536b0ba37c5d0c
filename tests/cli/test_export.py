"""From the database to paper: `tizilim export` and `tizilim letters`, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from models.calendar.workdays import today_local
from tests.factories import iin_for, many, write_json

PW = "correct horse battery staple"


@pytest.fixture
def registry(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> Any:
    """Four applications: three registered (one without consent, one excluded), one returned."""
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run("init")
    run("user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
               "--position", "Тізілім бөлімінің басшысы")
    monkeypatch.setenv("TIZILIM_USER", "admin")
    apps = many(5)
    names = ["Өмірзақова", "Абаева", "Ұланова", "Иванова", "Жоқова"]
    for i, (a, name) in enumerate(zip(apps, names, strict=True)):
        a["specialist"]["last_name"] = name
        a["specialist"]["middle_name"] = "Серікқызы"
        a["specialist"]["first_name"] = "Әсел"
        a["specialist"]["iin"] = iin_for(dt.date(1980 + i, 1, 1), female=True)
        a["specialist"]["birth_date"] = f"{1980 + i}-01-01"
    apps[1]["specialist"]["consent_to_publish"] = False
    apps[4]["specialist"]["middle_name"] = ""
    apps[4]["specialist"]["first_name"] = "Әсел"
    apps[4]["specialist"]["last_name"] = "Әли-Оспанова"
    assert run("import", str(write_json(tmp_path / "a.json", apps)))[0] == 0
    for pid in ("P-2026-000001", "P-2026-000002", "P-2026-000003", "P-2026-000005"):
        assert run("decide", pid, "--as", "admin", "--register")[0] == 0
    assert run("exclude", "3", "--reason", "выезд")[0] == 0
    assert run("decide", "P-2026-000004", "--as", "admin", "--return", "RET-CATEGORY",
               "RET-DOCUMENTS", "--comment", "приложите документ")[0] == 0
    return run


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_public_pdf_in_both_languages(registry: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, err = registry("export", "--format", "pdf", "--lang", "both", "--edition",
                                 "public", "--out", str(out))
    assert code == 0, err
    assert "2 entries" in stdout
    text = pdf_text(out)
    assert "Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі" in text
    assert "Реестр специалистов, оказывающих специальные социальные услуги" in text
    assert "Өмірзақова" in text and "Жоқова" not in text
    assert "Абаева" not in text  # no consent: not in the public edition
    assert "Ұланова" not in text  # excluded
    assert "Иванова" not in text  # returned, never registered
    assert iin_for(dt.date(1980, 1, 1), female=True) not in text  # IIN is never printed
    # Kazakh order within a region: Ә before Ө
    assert text.index("Әли-Оспанова") < text.index("Өмірзақова")


def test_full_xlsx_and_as_of_before_exclusion(registry: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    code, stdout, _ = registry("export", "--format", "xlsx", "--lang", "ru", "--out", str(out))
    assert code == 0 and "3 entries" in stdout
    cells = [c for row in load_workbook(out).worksheets[0].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    joined = "\n".join(cells)
    assert "Абаева" in joined and "Ұланова" not in joined
    wb = load_workbook(out)
    phone = next(c for row in wb.worksheets[0].iter_rows() for c in row
                 if isinstance(c.value, str) and c.value.startswith("+7701"))
    assert phone.data_type == "s"  # a phone number starting with + stays text, not a formula
    yesterday = (today_local() - dt.timedelta(days=1)).isoformat()
    code, stdout, _ = registry("export", "--format", "xlsx", "--lang", "kk", "--as-of",
                               yesterday, "--out", str(tmp_path / "old.xlsx"))
    assert "0 entries" in stdout  # nobody was in the registry yesterday


def test_letters_by_portal_id_and_by_date(registry: Any, tmp_path: Path) -> None:
    out = tmp_path / "l.pdf"
    code, stdout, err = registry("letters", "--portal-id", "P-2026-000004", "--out", str(out))
    assert code == 0, err
    text = pdf_text(out)
    assert "P-2026-000004" in text
    assert "предоставление недостоверных сведений о квалификационной категории" in text
    assert "біліктілік санаты туралы анық емес мәліметтер ұсыну" in text
    assert "приложите документ" in text
    code, stdout, _ = registry("letters", "--date", today_local().isoformat(), "--out",
                               str(tmp_path / "day.pdf"))
    assert code == 0 and "5 letters" in stdout  # every decision's: registrations' too
    code, _, err = registry("letters", "--portal-id", "P-2026-000009", "--out",
                            str(tmp_path / "none.pdf"))  # no such application decided
    assert code == 1 and "нет решения" in err
