"""Nothing the program ships imports a POSIX-only (or Windows-only) module unguarded, and
Linux-only paths such as /proc are read only behind a platform check (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("desktop", "ui", "models", "reports", "resources", "packaging")
POSIX_ONLY = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "syslog",
              "crypt", "spwd", "readline", "curses", "posixpath_only", "nis", "ossaudiodev"}
WINDOWS_ONLY = {"msvcrt", "winreg", "winsound", "_winapi", "nt"}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside ``if os.name/sys.platform …`` or ``try: … except ImportError``."""
    cur = parents.get(node)
    while cur is not None:
        if isinstance(cur, ast.If):
            test = ast.unparse(cur.test)
            if "os.name" in test or "sys.platform" in test or "platform" in test:
                return True
        if isinstance(cur, ast.Try) and any(
            h.type is not None and any(n in ast.unparse(h.type)
                                       for n in ("ImportError", "ModuleNotFoundError", "OSError"))
            for h in cur.handlers
        ):
            return True
        if isinstance(cur, ast.FunctionDef) and any(
            isinstance(s, ast.If) and ("os.name" in ast.unparse(s.test)
                                       or "sys.platform" in ast.unparse(s.test))
            and any(isinstance(b, ast.Return) for b in s.body)
            for s in cur.body[:3]
        ):
            return True  # an early return for the other platform
        cur = parents.get(cur)
    return False


def _files() -> list[Path]:
    return sorted(p for top in SHIPPED for p in (ROOT / top).rglob("*.py")
                  if "migrations/versions" not in p.as_posix())


def test_no_platform_only_module_is_imported_unguarded() -> None:
    bad = []
    for path in _files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module.split(".")[0]]
            for name in names:
                if name in POSIX_ONLY | WINDOWS_ONLY and not _guarded(node, parents):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert bad == []


def test_linux_only_paths_are_read_behind_a_platform_check() -> None:
    bad = []
    for path in _files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value.startswith(("/proc/", "/sys/", "/dev/shm"))
                    and not _guarded(node, parents)):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert bad == []


def test_the_scan_sees_an_unguarded_import(tmp_path: Path) -> None:
    tree = ast.parse("import os\nimport fcntl\nif os.name == 'nt':\n    import msvcrt\n")
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import)]
    assert [_guarded(n, parents) for n in imports] == [False, False, True]


def test_the_demo_password_file_is_private_on_posix(tmp_path: Path) -> None:
    from desktop.private_file import write_private

    p = tmp_path / "pw.txt"
    p.write_text("old", encoding="utf-8")
    p.chmod(0o644)
    write_private(p, "demo.admin secret\n", windows=False)
    assert p.read_text(encoding="utf-8") == "demo.admin secret\n"
    assert p.stat().st_mode & 0o777 == 0o600


def test_on_windows_the_file_gets_an_owner_only_access_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no mode bits: icacls replaces the inherited access list; if it fails the
    file is not left behind readable."""
    import subprocess

    from desktop import private_file

    calls: list[list[str]] = []

    def fake_run(args: list[str], **_kw: object) -> subprocess.CompletedProcess[str]:
        calls.append(args)
        return subprocess.CompletedProcess(args, fake_run.rc, "", "denied")  # type: ignore[attr-defined]

    fake_run.rc = 0  # type: ignore[attr-defined]
    monkeypatch.setattr(private_file.subprocess, "run", fake_run)
    monkeypatch.setenv("USERNAME", "asel")
    monkeypatch.setenv("USERDOMAIN", "MIO")
    p = tmp_path / "pw.txt"
    private_file.write_private(p, "x", windows=True)
    assert calls[-1] == ["icacls", str(p), "/inheritance:r", "/grant:r", "MIO\\asel:(F)"]
    assert p.exists()
    fake_run.rc = 5  # type: ignore[attr-defined]
    with pytest.raises(private_file.PrivateFileError):
        private_file.write_private(p, "x", windows=True)
    assert not p.exists()
