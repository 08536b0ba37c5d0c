"""``tizilim notify …`` and ``decide --fix``: what a scheduled task and a clerk run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.factories import many, write_json
from tests.notifications.conftest import SMTP_PASSWORD, SMTP_USER, Mailbox
from tests.security.conftest import ABAI, PW, in_region

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name", "Сейітова Гүлнар",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    assert run("user", "add", "abai", "--role", "mio", "--region", ABAI, "--as", "admin")[0] \
        == 0
    apps = many(3) + in_region(many(1, start=4), "город Алматы")
    apps[2]["specialist"]["email"] = None  # SMS
    assert run("import", str(write_json(tmp_path / "a.json", apps)), "--as", "admin")[0] == 0
    return run


def test_decide_with_marked_fields_then_send_by_e_mail(
        cli: Run, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = cli("decide", "P-2026-000001", "--as", "admin", "--return",
                         "RET-DOCUMENTS", "--fix", "education[1].document=скан нечитаем",
                         "profession")
    assert code == 0, err
    assert "letter № " in out and "notification by email" in out
    code, _, err = cli("decide", "P-2026-000002", "--as", "admin", "--refuse",
                       "REF-EMIGRATION", "--fix", "profession")
    assert code == 1 and "только при возврате" in err
    assert cli("decide", "P-2026-000002", "--as", "admin", "--register")[0] == 0
    code, out, _ = cli("show", "P-2026-000001", "--as", "admin")
    assert "to correct: education[1].document — скан нечитаем" in out
    assert "notification 1 (return): pending by email asel@example.kz" in out
    code, out, _ = cli("notify", "send", "--as", "admin")
    assert code == 3 and "smtp not configured" in out  # neither the environment nor the DB
    monkeypatch.setenv("TIZILIM_SMTP_URL",
                       f"smtp://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{mailbox.port}")
    monkeypatch.setenv("TIZILIM_SMTP_FROM", "registry@ncsp.example.kz")
    code, out, err = cli("notify", "send", "--as", "admin")
    assert code == 0 and out.startswith("sent 2,"), err
    assert len(mailbox.messages) == 2
    code, out, _ = cli("notify", "list", "--status", "sent", "--json", "--as", "admin")
    rows = json.loads(out)
    assert [(r["portal_id"], r["channel"], r["history"]) for r in rows] == [
        ("P-2026-000001", "email", []), ("P-2026-000002", "email", [])]
    code, out, _ = cli("show", "P-2026-000001", "--json", "--as", "admin")
    (n,) = json.loads(out)["notifications"]
    assert n["status"] == "sent" and [a["outcome"] for a in n["history"]] == ["sent"]


def test_sms_file_report_and_delivery_by_hand(cli: Run, tmp_path: Path) -> None:
    assert cli("decide", "P-2026-000003", "--as", "admin", "--register")[0] == 0
    out_csv = tmp_path / "out.csv"
    code, out, err = cli("notify", "export-sms", "--out", str(out_csv), "--as", "admin")
    assert code == 0 and "1 SMS" in out, err
    ref = out_csv.read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    report = tmp_path / "report.csv"
    report.write_text(f"ref,status,detail\n{ref},REJECTED,blocked number\n", encoding="utf-8")
    code, out, _ = cli("notify", "import-sms-report", str(report), "--as", "admin")
    assert code == 0 and "failed 1" in out
    code, out, err = cli("notify", "list", "--status", "by-hand", "--as", "abai")
    assert code == 0 and "P-2026-000003\tregister\tby_hand\thand" in out, err
    nid = out.split("\t", 1)[0]
    code, out, _ = cli("notify", "list", "--status", "by-hand", "--region", "750000000",
                       "--as", "abai")
    assert code == 1  # another region's list: refused
    code, _, err = cli("notify", "mark-delivered", nid, "--date", "2999-01-01", "--as", "abai")
    assert code == 1 and "будущем" in err
    assert cli("notify", "mark-delivered", nid, "--as", "abai")[0] == 0
    code, out, _ = cli("notify", "list", "--status", "delivered", "--json", "--as", "abai")
    assert [r["delivered_by"] for r in json.loads(out)] == ["abai"]


def test_settings_are_an_admins_and_the_password_is_never_shown(
        cli: Run, mailbox: Mailbox) -> None:
    url = f"smtp+starttls://{SMTP_USER}:{SMTP_PASSWORD}@mail.example.kz"
    code, out, err = cli("notify", "smtp", "set", url, "--from", "registry@ncsp.example.kz",
                         "--as", "admin")
    assert code == 0, err
    assert "port\t587" in out and "security\tstarttls" in out and "password_set\tTrue" in out
    assert SMTP_PASSWORD not in out + err
    code, _, err = cli("notify", "smtp", "set", "smtp://u:p@mail.example.kz", "--from",
                       "a@b.kz", "--as", "admin")
    assert code == 1 and "без шифрования" in err  # plain SMTP only on this computer
    code, _, err = cli("notify", "smtp", "show", "--as", "abai")
    assert code == 1
    code, out, _ = cli("notify", "letter-format", "{seq}/{year}", "--as", "admin")
    assert code == 0 and out.startswith("{seq}/{year}")
    code, out, _ = cli("notify", "template", "list", "--as", "admin")
    assert code == 0 and len(out.splitlines()) == 14  # no SMS of a return or a refusal


def test_templates_from_the_command_line(cli: Run, tmp_path: Path) -> None:
    code, body, _ = cli("notify", "template", "show", "refuse", "letter", "ru", "--as", "admin")
    assert code == 0 and "{appeal}" in body
    broken = tmp_path / "t.txt"
    broken.write_text(body.replace("{appeal}", "Решение окончательное."), encoding="utf-8")
    code, _, err = cli("notify", "template", "set", "refuse", "letter", "ru", str(broken),
                       "--as", "admin")
    assert code == 1 and "порядок обжалования" in err
    good = tmp_path / "g.txt"
    good.write_text(body.replace("По результатам", "Итак, по результатам"), encoding="utf-8")
    code, out, _ = cli("notify", "template", "preview", "refuse", "letter", "ru", str(good),
                       "--as", "admin")
    assert code == 0 and "Итак, по результатам" in out and "Административным" in out
    assert cli("notify", "template", "set", "refuse", "letter", "ru", str(good),
               "--as", "admin")[0] == 0
    code, out, _ = cli("notify", "template", "list", "--as", "admin")
    assert "refuse\tletter\tru\tadmin" in out
    assert cli("notify", "template", "reset", "refuse", "letter", "ru", "--as", "admin")[0] == 0
