"""The registry printed from a real database: order, dates, as-of, audit head, snapshot.

Every test builds its database through the ``tizilim`` command (import, decide), exports
through it and reads the PDF text (pypdf) and the XLSX cells (openpyxl) back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from desktop.cli.main import main
from models.actor import SYSTEM
from models.calendar.workdays import KZ_TZ, today_local
from models.db.engine import Database
from models.db.entities import Application, AuditEvent, RegistryEntry
from models.dto import RegistryQuery
from models.services import Services
from tests.factories import iin_for, write_json

PW = "correct horse battery staple"
Run = Callable[..., tuple[int, str, str]]

#: (last name, first name, region) — the orders differ between Kazakh, Russian and code points
#: (Ілияс: І is after Я's neighbours in Kazakh, after И in Russian, after Я in code points;
#: Ұ and Ө sort after У and О in both alphabets but after Я in code points), and the three
#: regions' order differs between Kazakh names, Russian names and KATO codes.
PEOPLE = [
    ("Яков", "Ерлан", "Абай облысы"),
    ("Ілияс", "Ерлан", "Абай облысы"),
    ("Ким", "Ерлан", "Абай облысы"),
    ("Пак", "Дана", "Алматы қаласы"),
    ("Өмір", "Дана", "Алматы қаласы"),
    ("Ким", "Дана", "Алматы қаласы"),
    ("Фёдоров", "Марат", "Жамбыл облысы"),
    ("Умаров", "Марат", "Жамбыл облысы"),
    ("Ұлан", "Марат", "Жамбыл облысы"),
]
ABAI_KK = ["Ким Ерлан", "Ілияс Ерлан", "Яков Ерлан"]
ABAI_RU = ["Ілияс Ерлан", "Ким Ерлан", "Яков Ерлан"]
ALMATY = ["Ким Дана", "Өмір Дана", "Пак Дана"]
ZHAMBYL = ["Умаров Марат", "Ұлан Марат", "Фёдоров Марат"]
#: Kazakh: Абай облысы < Алматы қаласы < Жамбыл облысы.
ORDER_KK = ABAI_KK + ALMATY + ZHAMBYL
#: Russian: город Алматы < Жамбылская область < область Абай.
ORDER_RU = ALMATY + ZHAMBYL + ABAI_RU


@pytest.fixture
def cli(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``tizilim --db URL ...`` as an admin with a full name; returns (code, out, err)."""
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name",
               "Сейітова Гүлнар Ерланқызы", "--position", "Тізілім бөлімінің басшысы")[0] == 0
    monkeypatch.setenv("TIZILIM_USER", "admin")
    assert run("user", "add", "noname", "--role", "admin")[0] == 0
    return run


def _apps(people: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    from tests.factories import application

    out = []
    for i, (last, first, region) in enumerate(people, 1):
        birth = dt.date(1970 + i, 1 + i % 12, 1 + i % 28)
        out.append(application(
            f"P-2026-{i:06d}", iin=iin_for(birth, serial=i), birth_date=birth.isoformat(),
            last_name=last, first_name=first, middle_name="",
            address={"region": region, "settlement": "Орталық",
                     "registration_address": "Абай даңғылы, 12"}))
    return out


def populate(run: Run, tmp_path: Path, people: list[tuple[str, str, str]]) -> None:
    """Import ``people`` and register every one of them."""
    code, _, err = run("import", str(write_json(tmp_path / "apps.json", _apps(people))))
    assert code == 0, err
    for i in range(1, len(people) + 1):
        code, _, err = run("decide", f"P-2026-{i:06d}", "--as", "admin", "--register")
        assert code == 0, err


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def xlsx_names(path: Path) -> list[str]:
    """Column B (full name) of the data rows, top to bottom."""
    ws = load_workbook(path).worksheets[0]
    return [r[1] for r in ws.iter_rows(values_only=True)
            if isinstance(r[0], int) and isinstance(r[1], str)]


def export(run: Run, out: Path, *args: str) -> str:
    code, stdout, err = run("export", "--format", out.suffix[1:], "--out", str(out), *args)
    assert code == 0, err
    return stdout


@pytest.mark.parametrize("lang", ["kk", "ru", "both"])
def test_order_by_region_name_then_full_name_in_the_alphabet(
        cli: Run, tmp_path: Path, lang: str) -> None:
    populate(cli, tmp_path, PEOPLE)
    want = ORDER_RU if lang == "ru" else ORDER_KK
    pdf, xlsx = tmp_path / f"r-{lang}.pdf", tmp_path / f"r-{lang}.xlsx"
    export(cli, pdf, "--lang", lang)
    export(cli, xlsx, "--lang", lang)
    assert xlsx_names(xlsx) == want
    text = pdf_text(pdf)
    found = sorted(want, key=text.index)
    assert found == want
    assert all(text.count(name) == 1 for name in want)


def test_as_of_the_day_before_an_exclusion_still_lists_the_entry(
        cli: Run, tmp_path: Path, db_url: str) -> None:
    populate(cli, tmp_path, PEOPLE[:3])
    included, excluded = dt.date(2026, 1, 12), dt.date(2026, 3, 2)
    db = Database.from_url(db_url, audit_head=None)
    try:
        with db.write() as s:  # the entries were included earlier this year
            s.execute(update(RegistryEntry).values(included_on=included))
            number = s.scalar(select(RegistryEntry.registry_number).join(Application).where(
                Application.last_name == "Ілияс"))
    finally:
        db.dispose()
    code, _, err = cli("exclude", str(number), "--reason", "выезд", "--date",
                       excluded.isoformat())
    assert code == 0, err
    before = (excluded - dt.timedelta(days=1)).isoformat()
    for fmt in ("pdf", "xlsx"):
        old, new = tmp_path / f"old.{fmt}", tmp_path / f"new.{fmt}"
        assert "3 entries" in export(cli, old, "--lang", "kk", "--as-of", before)
        assert "2 entries" in export(cli, new, "--lang", "kk", "--as-of", excluded.isoformat())
        if fmt == "pdf":
            assert "Ілияс Ерлан" in pdf_text(old) and "Ілияс Ерлан" not in pdf_text(new)
            assert "01.03.2026" in pdf_text(old) and "02.03.2026" in pdf_text(new)
        else:
            assert xlsx_names(old) == ABAI_KK
            assert xlsx_names(new) == ["Ким Ерлан", "Яков Ерлан"]


def test_dates_are_kazakhstan_dates_and_times(
        cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 22:21 UTC on 1 December it is already 03:21 on 2 December in Kazakhstan."""
    populate(cli, tmp_path, PEOPLE[:2])
    made = dt.datetime(2026, 12, 1, 22, 21, 30)  # UTC
    monkeypatch.setattr("models.registry.export.utc_now", lambda: made)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    export(cli, pdf, "--lang", "ru")
    export(cli, xlsx, "--lang", "ru")
    text = pdf_text(pdf)
    assert "02.12.2026 03:21" in text  # made at, Kazakhstan time
    as_of = today_local()  # the date the rows were selected with is the printed one
    assert f"Реестр по состоянию на: {as_of:%d.%m.%Y}" in text
    assert text.count(f"{as_of:%d.%m.%Y}") >= 3  # as of, and two entries included today
    wb = load_workbook(xlsx)
    assert wb.properties.created == made.replace(microsecond=0)  # UTC in the properties
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True) if r[0]}
    assert about["Дата и время формирования"] == dt.datetime(2026, 12, 2, 3, 21, 30)
    assert about["Реестр по состоянию на"].date() == as_of
    summary = wb.worksheets[0].cell(2, 1).value
    assert f"Реестр по состоянию на: {as_of:%d.%m.%Y}" in summary and "02.12.2026 03:21" in summary


def test_printed_audit_head_is_the_logs_head_at_export_time(
        cli: Run, tmp_path: Path, db_url: str) -> None:
    populate(cli, tmp_path, PEOPLE[:2])
    db = Database.from_url(db_url, audit_head=None)
    try:
        for fmt in ("pdf", "xlsx"):
            out = tmp_path / f"r.{fmt}"
            export(cli, out, "--lang", "both")
            with db.read() as s:
                newest = s.execute(select(AuditEvent.action, AuditEvent.hash)
                                   .order_by(AuditEvent.id.desc()).limit(1)).one()
            assert newest.action == "registry.export"
            if fmt == "pdf":
                assert ("Аудит журналының соңғы хэші / Последний хеш журнала аудита: "
                        f"{newest.hash[:16]}") in pdf_text(out)
            else:
                about = {r[0]: r[-1] for r in load_workbook(out)["About"].iter_rows(
                    values_only=True) if r[0]}
                assert about["Аудит журналының соңғы хэші"] == newest.hash[:16]
            cli("decide", "P-2026-000002", "--as", "admin", "--register")  # the log moves on
    finally:
        db.dispose()


def test_an_exclusion_or_withdrawn_consent_during_an_export_does_not_break_it(
        cli: Run, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows come from one snapshot, fetched in chunks (here one entry per chunk)."""
    from reports import registry_pdf
    from reports.meta import ReportMeta

    populate(cli, tmp_path, PEOPLE)
    monkeypatch.setattr("models.registry.service.CHUNK", 1)
    services = Services.open(db_url, audit_head=None)
    try:
        q = RegistryQuery(edition="public")
        count, rows, _head = services.registry.rows_with_head(SYSTEM, q, "kk")
        first = next(rows)
        with services.db.write() as s:
            numbers = dict(s.execute(select(Application.last_name, RegistryEntry.registry_number)
                                     .join(Application)).all())
            s.execute(update(Application).where(Application.last_name == "Фёдоров")
                      .values(consent=False))
        services.registry.exclude(SYSTEM, numbers["Яков"], "выезд")
        meta = ReportMeta(edition="public", generated_at=dt.datetime.now(KZ_TZ), count=count)
        res = registry_pdf.build([first, *rows], tmp_path / "r.pdf", lang="kk", meta=meta)
        assert res.count == count == len(PEOPLE)
        n, _rows = services.registry.rows(SYSTEM, q, "kk")
        assert n == len(PEOPLE) - 2  # a new export sees both changes
        list(_rows)
    finally:
        services.close()


def test_letters_are_signed_with_full_name_and_position_never_a_login(
        cli: Run, tmp_path: Path) -> None:
    populate(cli, tmp_path, [])
    cli("import", str(write_json(tmp_path / "a.json", _apps(PEOPLE[:2]))))
    assert cli("decide", "P-2026-000001", "--as", "admin", "--return", "RET-DOCUMENTS")[0] == 0
    code, _, err = cli("decide", "P-2026-000002", "--as", "noname", "--refuse", "REF-EMIGRATION")
    assert code == 1
    assert "Пользователь noname не может подписать уведомление" in err  # and nothing decided
    assert cli("decide", "P-2026-000002", "--as", "admin", "--refuse", "REF-EMIGRATION")[0] == 0
    out = tmp_path / "l.pdf"
    code, _, err = cli("letters", "--date", today_local().isoformat(), "--out", str(out))
    assert code == 0, err
    pages = [p.extract_text() for p in pypdf.PdfReader(out).pages]
    ret = "\n".join(p for p in pages if "P-2026-000001" in p)
    ref = "\n".join(p for p in pages if "P-2026-000002" in p)
    for letter in (ret, ref):
        assert letter.count("Сейітова Гүлнар Ерланқызы") == 2  # Kazakh and Russian
        assert letter.count("Тізілім бөлімінің басшысы") == 2
        assert "admin" not in letter and "noname" not in letter
    assert "(бас тарту)" not in ref


@pytest.mark.parametrize(("args", "message"), [
    (("--region", "999"), "Неизвестный код региона (КАТО): 999"),
    (("--profession", "ASTRONAUT"), "Неизвестный код профессии: ASTRONAUT"),
    (("--from", "2026-05-01", "--to", "2026-04-01"), "Начало периода (01.05.2026) позже"),
    (("--as-of", "2999-01-01"), "Дата «по состоянию на» (01.01.2999) ещё не наступила"),
    (("--out-folder", "missing"), "Папка для файла не существует"),
])
def test_bad_export_input_is_one_line_and_nothing_is_audited_or_written(
        cli: Run, tmp_path: Path, db_url: str, args: tuple[str, ...], message: str) -> None:
    populate(cli, tmp_path, PEOPLE[:1])
    db = Database.from_url(db_url, audit_head=None)
    try:
        def events() -> int:
            with db.read() as s:
                return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)

        before = events()
        folder = tmp_path / "exports"
        folder.mkdir()
        out = folder / "r.pdf"
        if args[0] == "--out-folder":
            out, args = folder / args[1] / "r.pdf", ()
        for fmt in ("pdf", "xlsx"):
            code, stdout, err = cli("export", "--format", fmt, "--lang", "kk", *args,
                                    "--out", str(out.with_suffix("." + fmt)))
            assert code == 1
            assert err.startswith("tizilim: ") and message in err, err
            assert err.count("\n") == 1 and "Error" not in err and "Traceback" not in err
            assert stdout == ""
        assert list(folder.rglob("*")) == []  # no file, no leftover .part file
        assert events() == before  # nothing audited
    finally:
        db.dispose()
