"""The batch command acts exactly as the ``--as`` user: scoped lists, refused foreign data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from tests.factories import many, write_json
from tests.security.conftest import ALMATY, PW, in_region


@pytest.fixture
def cli(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_AUDIT_HEAD", str(tmp_path / "audit-head.txt"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    for login, region in (("abai", "100000000"), ("almaty", ALMATY)):
        assert run("user", "add", login, "--role", "mio", "--region", region,
                   "--as", "admin")[0] == 0
    assert run("user", "add", "viewer", "--role", "viewer", "--as", "admin")[0] == 0
    assert run("import", str(write_json(tmp_path / "a.json", many(2))), "--as", "admin")[0] == 0
    assert run("import", str(write_json(tmp_path / "b.json", in_region(many(1, 3),
                                                                        "город Алматы"))),
               "--as", "admin")[0] == 0
    return run


def test_clerk_lists_only_own_region_and_is_refused_elsewhere(cli: Any, tmp_path: Path
                                                              ) -> None:
    def listed(login: str) -> list[str]:
        code, out, err = cli("list", "--as", login)
        assert code == 0, err
        return [line.split("\t")[0] for line in out.splitlines()]

    assert listed("almaty") == ["P-2026-000003"]
    assert listed("abai") == ["P-2026-000001", "P-2026-000002"]
    assert len(listed("admin")) == 3
    for args in (("show", "P-2026-000001"), ("list", "--region", "100000000"),
                 ("decide", "P-2026-000001", "--register"),
                 ("recommend", "P-2026-000001", "--register"),
                 ("export", "--format", "xlsx", "--lang", "ru", "--region", "100000000",
                  "--out", str(tmp_path / "r.xlsx"))):
        code, out, err = cli(*args, "--as", "almaty")
        assert code != 0, args
        assert "другого региона" in err or "администратор" in err, (args, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, out, err = cli("show", "P-2026-000003", "--as", "almaty")
    assert code == 0 and "P-2026-000003" in out
    code, out, err = cli("recommend", "P-2026-000003", "--return", "RET-DOCUMENTS",
                         "--note", "нет диплома", "--as", "almaty")
    assert code == 0, err
    d = json.loads(cli("show", "P-2026-000003", "--json", "--as", "admin")[1])
    assert d["recommendation"]["kind"] == "return" and d["recommendation"]["user"] == "almaty"
    code, _, err = cli("list", "--as", "viewer")
    assert code != 0 and "роли" in err


def test_queue_commands_and_audit_verify_with_saved_head(cli: Any, tmp_path: Path) -> None:
    code, out, _ = cli("queue", "next", "--as", "admin")
    assert code == 0 and out.strip().startswith("P-2026-")
    pid = out.strip()
    code, _, err = cli("decide", pid, "--register", "--as", "admin")
    assert code == 0, err
    head_file = tmp_path / "audit-head.txt"
    assert head_file.exists() and len(head_file.read_text().split()[0]) == 64
    code, out, err = cli("audit", "verify", "--as", "admin")
    assert code == 0 and "saved head" in out, err
    code, _, err = cli("audit", "verify", "--head", "ab" * 32, "--as", "admin")
    assert code == 1 and "newest events were removed" in err
    code, _, err = cli("audit", "verify", "--as", "abai")
    assert code == 1 and "администратор" in err


def test_head_printed_on_an_export_verifies_by_its_prefix(cli: Any, tmp_path: Path) -> None:
    """The 16 hex digits an export prints are enough for ``audit verify --head``."""
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    code, _, err = cli("export", "--format", "xlsx", "--lang", "ru", "--out", str(out),
                       "--as", "admin")
    assert code == 0, err
    about = load_workbook(out, read_only=True)["About"]
    printed = next(str(r[1]) for r in about.iter_rows(values_only=True)
                   if r[0] == "Последний хеш журнала аудита")
    assert len(printed) == 16
    code, out_text, err = cli("audit", "verify", "--head", printed, "--as", "admin")
    assert code == 0 and f"saved head {printed}" in out_text, err
    code, _, err = cli("audit", "verify", "--head", "0" * 16, "--as", "admin")
    assert code == 1 and "newest events were removed" in err
    code, _, err = cli("audit", "verify", "--head", "abc", "--as", "admin")
    assert code == 1 and "16 to 64 hex digits" in err and len(err.strip().splitlines()) == 1


def test_built_in_operator_only_until_the_first_user(db_url: str, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    """No ``--as`` acts as the local operator on a fresh file, never once users exist."""
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)
    monkeypatch.setenv("TIZILIM_AUDIT_HEAD", str(tmp_path / "audit-head.txt"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    server = not db_url.startswith("sqlite")
    code, _, err = run("list")
    assert (code, err) == (0, "0 applications\n") or server and "нужен --as LOGIN" in err
    code, _, err = run("user", "add", "clerk", "--role", "mio", "--region", ALMATY)
    assert code == 1 and "Первый пользователь должен быть администратором" in err
    assert run("user", "add", "admin", "--role", "admin", "--name", "Әкімші Тест",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    for args in (("user", "add", "boss", "--role", "admin"), ("list",),
                 ("import", str(write_json(tmp_path / "a.json", many(1)))),
                 ("calendar", "day-off", "2026-11-04"), ("audit", "verify"),
                 ("settings", "set", "lockout_minutes", "1")):
        code, out, err = run(*args)
        why = "общем сервере" if server else "есть пользователи"
        assert code == 1 and "--as LOGIN" in err and why in err, (args, err)
        assert len(err.strip().splitlines()) == 1 and out == ""
    code, _, err = run("--lang", "kk", "list")  # in the language asked for
    assert code == 1 and ("серверінде" if server else "пайдаланушылар бар") in err, err
    code, out, err = run("user", "list", "--as", "admin")
    assert code == 0 and out.split() == ["admin", "admin", "active"], err
    monkeypatch.setenv("TIZILIM_USER", "admin")
    assert run("user", "add", "boss", "--role", "admin")[0] == 0
