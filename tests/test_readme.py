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
