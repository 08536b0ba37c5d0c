"""`tizilim stats` on the hand-made set: the JSON's numbers, the workbook read back with its
charts, the PDF's text on every page; `decide --late-cause`."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop.cli.main import main
from reports.labels import label
from tests.stats_world import CAUSE, PW, build_world

NOV = ("--from", "2026-11-01", "--to", "2026-11-30")


@pytest.fixture
def cli(db: Any, db_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    from desktop.config import use_audit_key

    use_audit_key(db)  # the world is written as this workstation writes: sealed with its key
    build_world(db, monkeypatch)
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_USER", "admin")
    capsys.readouterr()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_json_has_every_field_the_issue_names(cli: Any) -> None:
    code, out, err = cli("stats", *NOV, "--json")
    assert code == 0, err
    got = json.loads(out)
    for key in ("received", "decided", "decided_on_time", "decided_late", "pending",
                "overdue_now", "by_decision", "by_reason", "by_region", "by_reviewer"):
        assert key in got, key
    assert (got["received"], got["decided"], got["decided_on_time"], got["decided_late"]) \
        == (9, 7, 6, 1)
    assert got["by_decision"] == {"registered": 4, "returned": 2, "refused": 1}
    assert got["by_reason"]["RET-DOCUMENTS"] == 2 and len(got["by_reason"]) == 8
    assert [(r["region"], r["received"], r["decided"], r["decided_on_time"])
            for r in got["by_region"]] == [("100000000", 5, 3, 2), ("110000000", 4, 4, 4)]
    assert all({"overdue_now"} <= set(r) for r in got["by_region"])
    assert [(r["login"], r["decided"], r["decided_on_time"]) for r in got["by_reviewer"]] \
        == [("admin", 4, 3), ("admin2", 3, 3)]
    code, out, _err = cli("stats", *NOV, "--region", "110000000", "--profession",
                          "PSYCHOLOGIST", "--json")
    assert code == 0 and json.loads(out)["decided"] == 1  # P4


def test_summary_and_refusals(cli: Any, tmp_path: Path) -> None:
    code, out, _err = cli("stats", *NOV)
    assert code == 0
    assert "received           9  (resubmitted 3)" in out
    assert "decided            7  on time 6 (85.7%), late 1" in out
    assert cli("stats", "--from", "2026-12-01", "--to", "2026-11-01")[0] != 0
    code, _out, err = cli("stats", *NOV, "--out", str(tmp_path / "x.docx"))
    assert code != 0 and ".pdf or .xlsx" in err
    code, _out, err = cli("stats", *NOV, "--out", str(tmp_path / "no" / "x.pdf"))
    assert code != 0 and not (tmp_path / "no").exists()


def test_workbook_has_the_tables_and_native_charts(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    code, msg, err = cli("stats", *NOV, "--out", str(out), "--lang", "ru")
    assert code == 0, err
    assert "7 decisions, 9 received" in msg
    wb = load_workbook(out)
    assert wb.sheetnames == ["Сводка", "Основания", "Области", "Рассматривающие", "Сроки",
                             "Возвраты", "Реестр", "Просроченные"]
    summary = wb["Сводка"]
    rows = {r[0]: r[1] for r in summary.iter_rows(min_row=8, max_col=2, values_only=True)}
    assert rows[label("STAT_RECEIVED").ru] == 9 and rows[label("STAT_DECIDED").ru] == 7
    assert rows[label("STAT_ON_TIME_SHARE").ru] == pytest.approx(6 / 7)
    head = [summary.cell(i, 1).value for i in range(1, 5)]
    assert head[0] == label("STAT_TITLE").ru and "01.11.2026 – 30.11.2026" in head[1]
    assert label("AUDIT_HEAD").ru in head[3]
    regions = wb["Области"]
    table = [r[:4] for r in regions.iter_rows(min_row=8, max_row=9, values_only=True)]
    assert table == [("100000000", "область Абай", 5, 3),
                     ("110000000", "Акмолинская область", 4, 4)]
    late = wb["Просроченные"]
    assert [c.value for c in late[8]][0] == "P2" and [c.value for c in late[8]][-1] == CAUSE
    charted = [ws.title for ws in wb.worksheets if ws._charts]  # what openpyxl read back
    assert charted == wb.sheetnames[:-1]  # the late list has no chart
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        assert len(charts) == 7
        xml = z.read(charts[2]).decode()
    assert re.search(r"<(c:)?barChart>", xml) and "'Области'!" in xml  # from the cells


def test_pdf_says_period_filters_time_and_audit_head_on_every_page(cli: Any,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "stats.pdf"
    code, _msg, err = cli("stats", *NOV, "--region", "100000000", "--out", str(out),
                          "--lang", "both")
    assert code == 0, err
    pages = [p.extract_text() for p in pypdf.PdfReader(out).pages]
    with_head = re.compile(r"(?:Последний хеш журнала аудита|хэші): ([0-9a-f]{16})")
    heads = set()
    for i, page in enumerate(pages, 1):
        assert "01.11.2026 – 30.11.2026" in page
        assert "Абай облысы / область Абай" in page
        assert re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", page)
        found = with_head.search(page)
        assert found, f"page {i} has no audit head"
        heads.add(found.group(1))
        assert f"Страница {i} из {len(pages)}" in page
    assert len(heads) == 1
    text_all = "\n".join(pages)
    for key in ("STAT_TITLE", "STAT_REASONS", "STAT_LATE_LIST"):
        assert label(key).kk.split()[0] in text_all and label(key).ru.split()[0] in text_all
    assert "выезд за пределы Республики Казахстан" in text_all  # a reason, verbatim
    assert "P2" in text_all and CAUSE in text_all
    code, out_v, err_v = cli("audit", "verify", "--head", heads.pop())
    assert code == 0, out_v + err_v


def test_decide_keeps_the_cause_of_a_late_decision(cli: Any, db: Any) -> None:
    # P6 and P7 wait (received 26 and 30 November): today they are past their due dates
    assert cli("decide", "P6", "--register", "--late-cause", "  запрос в  другой орган ")[0] \
        == 0
    assert cli("decide", "P7", "--register")[0] == 0
    with db.read() as s:
        causes = dict(s.execute(text(
            "SELECT a.portal_id, d.late_cause FROM decisions d JOIN applications a "
            "ON a.id = d.application_id WHERE a.portal_id IN ('P6', 'P7')")).all())
    assert causes == {"P6": "запрос в другой орган", "P7": None}
