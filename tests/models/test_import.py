"""Import from JSON and XLSX: accepted, rejected with field messages, refused files, idempotence."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from models.actor import SYSTEM
from models.catalogs import Catalogs
from models.db.entities import Application, AuditEvent
from models.intake.readers import parse_file, template_columns
from models.intake.records import FileRefused
from models.services import Services
from reports.intake_xlsx import write_rejection_report, write_template
from tests.factories import application, envelope, many, write_json


def app_count(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Application)))


def test_json_import_valid_and_invalid_records(db: Any, services: Services, tmp_path: Path) -> None:
    apps = many(3)
    apps[1]["specialist"]["iin"] = "123"
    apps[2]["specialist"]["address"]["region"] = "Марс"
    path = write_json(tmp_path / "in.json", apps)
    rep = services.imports.import_file(SYSTEM, path)
    assert (rep.total, rep.imported, len(rep.rejected), rep.exit_code) == (3, 1, 2, 3)
    fields = {(r.index, i.field) for r in rep.rejected for i in r.issues}
    assert fields == {(2, "iin"), (3, "address.region")}
    assert app_count(db) == 1
    out = tmp_path / "report.xlsx"
    write_rejection_report(rep.rejected, out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][:3] == (2, "P-2026-000002", "iin")
    assert "ИИН" in rows[1][3] and "ЖСН" in rows[1][4]


def test_same_file_twice_creates_nothing_new(db: Any, services: Services, tmp_path: Path) -> None:
    path = write_json(tmp_path / "in.json", many(5))
    svc = services.imports
    assert svc.import_file(SYSTEM, path).imported == 5
    with db.read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    rep = svc.import_file(SYSTEM, path)
    assert (rep.imported, rep.already_present, rep.exit_code) == (0, 5, 0)
    assert app_count(db) == 5
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events


def test_duplicate_portal_id_inside_file_rejected(services: Services, tmp_path: Path) -> None:
    apps = many(2)
    apps[1]["portal_id"] = apps[0]["portal_id"]
    rep = services.imports.import_file(SYSTEM, write_json(tmp_path / "d.json", apps))
    assert rep.imported == 1 and rep.rejected[0].issues[-1].code == "duplicate_in_file"


@pytest.mark.parametrize("content", [
    b"",
    b"not json at all",
    b'{"format": "tizilim.applications", "version": 1, "applications": [{"portal_id": "P-1"',
    b'{"format": "something.else", "version": 1, "applications": []}',
    b'{"format": "tizilim.applications", "version": 2, "applications": []}',
    b'{"format": "tizilim.applications", "version": 1, "applications": {}}',
    b"[1, 2, 3]",
    bytes(range(256)) * 50,
    b"\xff\xfe\x00j\x00u\x00n\x00k",
    b"[" * 100000,
])
def test_bad_json_files_refused_with_one_clear_line(db: Any, services: Services, tmp_path: Path,
                                                    content: bytes) -> None:
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    with pytest.raises(FileRefused) as err:
        services.imports.import_file(SYSTEM, p)
    assert "\n" not in err.value.ru and err.value.kk
    assert app_count(db) == 0


def test_bad_xlsx_files_refused(db: Any, tmp_path: Path) -> None:
    good = tmp_path / "t.xlsx"
    write_template(good)
    truncated = tmp_path / "trunc.xlsx"
    truncated.write_bytes(good.read_bytes()[:300])
    wrong = tmp_path / "wrong.xlsx"
    wb = Workbook()
    wb.active.append(["a", "b"])
    wb.save(wrong)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hello")
    for p, key in ((truncated, "import.damaged_excel"), (wrong, "import.wrong_columns"),
                   (fake, "import.not_excel")):
        with pytest.raises(FileRefused) as err:
            parse_file(p)
        assert err.value.key == key
    assert app_count(db) == 0


def _fill_template(path: Path, rows: list[dict[str, Any]]) -> None:
    wb = load_workbook(path)
    ws = wb.active
    keys = [c.value for c in ws[3]]
    for r in rows:
        ws.append([r.get(k) for k in keys])
    wb.save(path)


def test_xlsx_template_round_trip(db: Any, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path)
    wb = load_workbook(path)
    ws = wb.active
    assert [c.value for c in ws[3]] == template_columns()
    assert ws["C1"].value == "Тегі" and ws["C2"].value == "Фамилия"
    a = application()["specialist"]
    row = {
        "portal_id": "X-1", "received_at": dt.datetime(2026, 3, 20, 16, 40),
        "last_name": a["last_name"], "first_name": a["first_name"],
        "middle_name": a["middle_name"], "iin": a["iin"],
        "birth_date": dt.datetime(1986, 4, 12), "phone": "8 701 123 45 67",
        "email": a["email"], "region": "Абай облысы", "settlement": "Семей",
        "registration_address": "Абай даңғылы, 12", "profession": "PSYCHOLOGIST",
        "experience_years": 7, "experience_months": 4,
        "education1_level": "жоғары білім", "education1_institution": "ҚазҰУ",
        "education1_start": dt.datetime(2004, 9, 1), "education1_end": dt.datetime(2008, 6, 30),
        "education1_document": "ЖБ-1",
        "employment1_organization": "ЦСО", "employment1_bin": a["employment"][0]["bin"],
        "employment1_position": "психолог", "employment1_start": dt.datetime(2015, 2, 1),
        "employment2_organization": "ТОО «Қамқорлық»",
        "employment2_bin": a["employment"][0]["bin"], "employment2_position": "ассистент",
        "employment2_start": dt.datetime(2012, 1, 1), "employment2_end": dt.datetime(2014, 12, 31),
        "category": "NONE", "consent_to_publish": "иә",
    }
    bad = dict(row, portal_id="X-2", iin="111", email="bad")
    _fill_template(path, [row, bad])
    rep = services.imports.import_file(SYSTEM, path)
    assert (rep.imported, len(rep.rejected)) == (1, 1)
    assert {i.field for i in rep.rejected[0].issues} == {"iin", "email"}
    with db.read() as s:
        app = s.scalar(select(Application))
        assert app.phone == "+77011234567"
        assert app.consent is True
        assert [e["organization"] for e in app.employment] == ["ЦСО", "ТОО «Қамқорлық»"]
        assert app.education[0]["level"] == "HIGHER"


def test_import_is_one_transaction(db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                   ) -> None:
    """A failure in the middle of writing leaves nothing behind."""
    import models.applications.receive as apps_mod

    path = write_json(tmp_path / "in.json", many(50))
    real = apps_mod.flag_duplicates
    calls = {"n": 0}

    def boom(session: Any, ids: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(session, ids)

    monkeypatch.setattr(apps_mod, "flag_duplicates", boom)
    with pytest.raises(RuntimeError):
        _import_in_chunks(db, path)  # the second chunk of 20 fails after the first was written
    assert calls["n"] == 2
    assert app_count(db) == 0


def _import_in_chunks(db: Any, path: Path) -> None:
    from models.applications.receive import NewApplication, receive_many
    from models.calendar.overrides import load_calendar

    parsed = parse_file(path)
    with db.write() as s:
        receive_many(s, SYSTEM, [NewApplication(r.portal_id, r.received_at, r.data)
                                 for r in parsed.accepted], load_calendar(s), chunk=20)


def _mutate(value: Any, rnd: random.Random) -> Any:
    if isinstance(value, dict) and value:
        k = rnd.choice(list(value))
        choice = rnd.random()
        if choice < 0.3:
            return {kk: v for kk, v in value.items() if kk != k}
        return {**value, k: _mutate(value[k], rnd)}
    if isinstance(value, list) and value:
        i = rnd.randrange(len(value))
        return value[:i] + [_mutate(value[i], rnd)] + value[i + 1:]
    return rnd.choice([None, "", 0, -1, 10**20, 3.5, True, [], {}, "x" * 5000, "2026-02-30",
                       "=cmd()", "\x00", "ӘҒҚҢӨҰҮҺІ", {"a": [1]}])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32), st.integers(1, 6))
def test_fuzzed_files_never_crash(tmp_path: Path, seed: int, n: int) -> None:
    rnd = random.Random(seed)
    doc: Any = envelope(many(2))
    for _ in range(n):
        doc = _mutate(doc, rnd)
    p = tmp_path / f"f{seed}.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    try:
        parsed = parse_file(p, Catalogs.shipped())
    except FileRefused:
        return
    for r in parsed.records:
        assert r.ok or any(i.severity == "error" for i in r.issues)
        for i in r.issues:
            assert i.ru and i.kk and i.field


#: What a refusal of a file of each kind names: the format it is not (both languages).
FILE_PROBLEM = {"json": re.compile(r"JSON|формат|applications|UTF-8", re.IGNORECASE),
                "xlsx": re.compile(r"Excel")}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=3000),
                 st.binary(max_size=3000).map(lambda b: b"PK\x03\x04" + b)))  # "a zip"
def test_random_bytes_are_refused_or_parsed(tmp_path: Path, blob: bytes) -> None:
    """Refused with a one-line message in both languages naming the file's problem, or parsed
    into records each either ok or carrying error issues; any other exception fails."""
    for name in ("x.json", "x.xlsx"):
        p = tmp_path / name
        p.write_bytes(blob)
        kind = "xlsx" if blob.startswith(b"PK") or name.endswith(".xlsx") else "json"
        try:
            parsed = parse_file(p)
        except FileRefused as err:
            for message in (err.ru, err.kk):
                assert FILE_PROBLEM[kind].search(message), (name, message)
                assert "\n" not in message
            assert err.ru != err.kk
            continue
        assert parsed.kind == kind
        for r in parsed.records:
            assert r.ok != any(i.severity == "error" for i in r.issues), r
            assert all(i.ru and i.kk and i.field for i in r.issues), r.issues


def test_two_imports_of_the_same_file_at_once(db: Any, services: Services, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Both threads look for existing portal ids before either writes (forced on
    PostgreSQL; SQLite's write lock serialises them): one import adds the records, the other
    finds them on its retry and skips them — no raw IntegrityError, nothing twice."""
    import threading

    import models.intake.service as intake_mod
    from models.audit.verify import verify

    parsed = [parse_file(write_json(tmp_path / f"in{i}.json", many(30))) for i in (1, 2)]
    both_looked = threading.Barrier(2)
    looked: set[int] = set()
    real = intake_mod.existing_portal_ids

    def look_then_wait(session: Any, ids: Any) -> set[str]:
        found = real(session, ids)
        me = threading.get_ident()
        if db.dialect == "postgresql" and me not in looked:
            looked.add(me)
            both_looked.wait(60)  # the other import has looked too: neither saw the other
        return found

    monkeypatch.setattr(intake_mod, "existing_portal_ids", look_then_wait)
    svc = services.imports
    results: list[Any] = [None, None]

    def run(i: int) -> None:
        try:
            results[i] = svc.import_parsed(SYSTEM, parsed[i])
        except Exception as exc:  # noqa: BLE001 - reported below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(hasattr(r, "imported") for r in results), results
    assert sorted((r.imported, r.already_present) for r in results) == [(0, 30), (30, 0)]
    assert app_count(db) == 30
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "application.receive")) == 30
        assert verify(s).ok


def test_an_import_that_keeps_clashing_is_a_clear_conflict(
        db: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the portal ids clash again on the retry, the user gets a bilingual conflict and
    nothing of the second import is written."""
    import models.intake.service as intake_mod
    from models.errors import Conflict

    path = write_json(tmp_path / "in.json", many(5))
    svc = services.imports
    assert svc.import_file(SYSTEM, path).imported == 5
    with db.read() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    monkeypatch.setattr(intake_mod, "existing_portal_ids", lambda session, ids: set())
    with pytest.raises(Conflict) as err:  # a real unique violation, twice
        svc.import_file(SYSTEM, path)
    assert "импорт" in err.value.ru and "импорт" in err.value.kk and err.value.key == "import.busy"
    assert app_count(db) == 5
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
