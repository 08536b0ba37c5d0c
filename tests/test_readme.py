"""The README's set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup)


def test_readme_has_exactly_two_setup_commands() -> None:
    cmds = _commands()
    assert len(cmds) == 2
    assert "tizilim --demo" in cmds[0] and "pytest" in cmds[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.startswith(_commands()[1] + " || fail ") for line in ci.splitlines())


def test_ci_runs_the_readme_demo_command_in_its_batch_form() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = ci.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith(_commands()[0] + " "))
    assert "|| fail " in lines[at]
    before = "\n".join(lines[:at])
    assert "unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM" in before  # no screen: batch form


def test_ci_builds_and_checks_the_bundle_the_deb_and_the_msi() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in ("pyinstaller --noconfirm", "tizilim-cli\" selftest", " export --format pdf",
                 "build-deb.sh", "check-deb.sh", "wixl "):
        assert any(step in ln and "|| fail " in ln for ln in ci.splitlines()), step


def test_every_command_list_in_ci_fails_ci() -> None:
    """Under ``set -e`` a failing ``a`` in ``a && b`` does not stop a script: each list ends
    with ``|| fail …``, and each lint/test step too."""
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    lists = [ln for ln in lines if "&&" in ln and not ln.startswith("#")
             and not ln.endswith("&& break")]  # a retry loop: failing is expected there
    assert lists, "no command lists found"
    for ln in lists:
        assert "|| fail " in ln, ln
    for step in ("ruff check", "mypy", "pytest -q"):
        assert any(step in ln and "|| fail " in ln for ln in lines), step


def test_the_layout_table_matches_the_tree() -> None:
    """Every folder the README's layout table names exists, and every feature folder of
    models/, ui/ and reports/ is named there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([\w/]+)/` \| (.+) \|$", table,
                                                         re.M)}
    assert {"models", "reports", "ui", "desktop", "resources", "tests"} <= set(rows)
    for top, row in rows.items():
        assert (ROOT / top).is_dir(), top
        for sub in re.findall(r"`([\w]+)/`", row):
            assert (ROOT / top / sub).is_dir(), f"{top}/{sub}/ named in the README is missing"
    for top in ("models", "ui", "reports"):
        for sub in sorted(p.name for p in (ROOT / top).iterdir()
                          if p.is_dir() and (p / "__init__.py").exists()):
            assert f"`{sub}/`" in rows[top], f"{top}/{sub}/ is not in the README's layout table"
