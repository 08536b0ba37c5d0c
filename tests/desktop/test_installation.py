"""The installation checks itself (selftest), the MSI definition compiles, and the demo says
which database it reuses (issue 15)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.selftest import RESOURCES, run_selftest

ROOT = Path(__file__).resolve().parents[2]


def test_the_resource_list_is_every_file_the_program_reads() -> None:
    shipped = sorted(
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".ts", ".pyc") and p.name != "README.md"
    )
    assert sorted(RESOURCES) == shipped


def test_selftest_passes_from_the_checkout_with_a_database(
        db: object, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_selftest(argparse.Namespace(db=db_url))
    out = capsys.readouterr().out.splitlines()
    assert code == 0, out
    assert [ln.split(":")[0] for ln in out[1:-1]] == [
        "ok   resources", "ok   font", "ok   translations", "ok   migrations", "ok   reports",
        "ok   database"]
    assert "reachable, schema" in out[-2] and out[-1] == "selftest: all 6 checks passed"


def test_selftest_fails_with_one_line_per_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import desktop.selftest as st

    monkeypatch.setattr(st, "RESOURCES", (*RESOURCES, "fonts/missing.ttf"))
    code = run_selftest(argparse.Namespace(db=f"sqlite:///{tmp_path / 'none.db'}"))
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert "FAIL resources: missing or empty: fonts/missing.ttf" in out
    assert any(ln.startswith("FAIL database:") and "needs" in ln for ln in out)
    assert out[-1] == "selftest: 2 of 6 checks failed"


@pytest.mark.skipif(shutil.which("wixl") is None, reason="msitools' wixl is not installed")
def test_the_msi_definition_compiles(tmp_path: Path) -> None:
    """A stand-in bundle (the real one is compiled in CI); wixl is WiX v3's Linux twin."""
    bundle = tmp_path / "tizilim"
    for rel in ("tizilim.exe", "tizilim-cli.exe", "_internal/python311.dll",
                "_internal/resources/catalogs/regions.json"):
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(b"x" * 10)
    (bundle / "_internal/resources/icons").mkdir(parents=True)
    shutil.copy(ROOT / "resources/icons/tizilim.ico", bundle / "_internal/resources/icons")
    files = tmp_path / "files.wxs"
    subprocess.run([sys.executable, str(ROOT / "packaging/windows/harvest.py"), str(bundle),
                    str(files)], check=True)
    msi = tmp_path / "t.msi"
    subprocess.run(["wixl", "-a", "x64", "-D", "wixl=1", "-D", "Version=1.2.3", "-D",
                    "Bundle=tizilim", "-o", str(msi), str(ROOT / "packaging/windows/tizilim.wxs"),
                    str(files)], check=True, capture_output=True, cwd=tmp_path)  # wixl: relative
    tables = subprocess.run(["msiinfo", "export", str(msi), "File"], check=True,
                            capture_output=True, text=True).stdout
    assert "tizilim.exe" in tables and "tizilim-cli.exe" in tables and "regions.json" in tables
    shortcut = subprocess.run(["msiinfo", "export", str(msi), "Shortcut"], check=True,
                              capture_output=True, text=True).stdout
    assert "[INSTALLDIR]tizilim.exe" in shortcut
    again = tmp_path / "again.wxs"
    subprocess.run([sys.executable, str(ROOT / "packaging/windows/harvest.py"), str(bundle),
                    str(again)], check=True)
    assert again.read_text() == files.read_text()  # component GUIDs stay from build to build


def test_the_windows_version_resource_is_written_from_pyproject() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name="tizilim"' in spec and 'name="tizilim-cli"' in spec
    assert "console=False" in spec and "console=True" in spec


def _demo(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TIZILIM_HOME"] = str(tmp_path)
    return subprocess.run([sys.executable, "-m", "desktop.cli", "--demo", *extra], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)


def test_demo_says_which_database_it_reuses_and_fresh_makes_a_new_one(tmp_path: Path) -> None:
    first = _demo(tmp_path)
    assert first.returncode == 0, first.stderr
    assert "created 2000 demo applications" in first.stdout
    pw = (tmp_path / "data" / "demo-password.txt")
    assert pw.stat().st_mode & 0o077 == 0  # only the user may read the passwords
    again = _demo(tmp_path)
    demo_file = tmp_path / "data" / "tizilim-demo.db"
    assert f"reusing the demo database {demo_file}" in again.stdout
    assert "tizilim --demo --fresh" in again.stdout and "created" not in again.stdout
    fresh = _demo(tmp_path, "--fresh")
    assert f"deleted the previous demo database: {demo_file}" in fresh.stdout
    assert "created 2000 demo applications" in fresh.stdout
