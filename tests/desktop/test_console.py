"""Output is UTF-8 whatever the console's code page (issue 15: a redirected `list` on a
Russian Windows failed with UnicodeEncodeError)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.console import setup_streams

ROOT = Path(__file__).resolve().parents[2]


def test_a_cp1251_stream_is_switched_to_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1251")
    monkeypatch.setattr(sys, "stdout", stream)
    setup_streams()
    print("Әбілқайыров Нұрсұлтан — қазақ")
    sys.stdout.flush()
    assert raw.getvalue().decode("utf-8") == "Әбілқайыров Нұрсұлтан — қазақ\n"


def test_no_stdout_at_all_gets_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The windowed program has no console: sub-commands must not crash on None streams."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    setup_streams()
    out, err = sys.stdout, sys.stderr
    try:
        print("ә", file=out)
        print("ә", file=err)
        assert out is not None and err is not None
    finally:
        for s in (out, err):
            if s is not None:
                s.close()


def test_a_redirected_list_under_cp1251_writes_utf8(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONIOENCODING="cp1251", TIZILIM_HOME=str(tmp_path))
    url = f"sqlite:///{tmp_path / 'd.db'}"
    run = [sys.executable, "-m", "desktop.cli", "--db", url]
    subprocess.run([*run, "demo", "--count", "12"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)
    done = subprocess.run([*run, "list"], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # strict: fails on anything but UTF-8
    assert len(text.splitlines()) == 12
    assert any(ch in text for ch in "әғқңөұүһі")
