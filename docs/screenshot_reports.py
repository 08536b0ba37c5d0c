"""Page images of a demo registry and of decision letters, for the README.

Builds a demo database with ``tizilim demo``, exports the registry (``--lang both`` and
``--lang kk``), decides a return and a refusal as a named administrator and prints their
letters (``tizilim export`` / ``decide`` / ``letters``), and renders
pages with ``pdftoppm`` (package ``poppler-utils``) into ``docs/screenshots/``:
    python docs/screenshot_reports.py [--count 300]

Writes registry-both-p1.png, registry-both-p2.png, registry-kk-p1.png, letter-return-p1.png
and letter-refuse-p1.png.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DPI = 110


PASSWORD = "screenshots only 2026"


def tizilim(url: str, *args: str) -> str:
    exe = Path(sys.executable).with_name("tizilim")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "desktop.cli"]
    res = subprocess.run(cmd + ["--db", url, *args], capture_output=True, text=True,
                         check=False, cwd=ROOT)
    if res.returncode:
        raise SystemExit(f"tizilim {' '.join(args)}: {res.stderr.strip()}")
    return res.stdout


def render(pdf: Path, page: int, name: str) -> Path:
    """Page ``page`` of ``pdf`` as ``docs/screenshots/<name>.png``."""
    stem = OUT / name
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def decide_two(url: str) -> dict[str, str]:
    """A return (two marked fields, a comment) and a refusal decided now through the command
    line, as a user would: their letters carry an outgoing number and the signer."""
    waiting = json.loads(tizilim(url, "list", "--status", "submitted", "--json", "--limit",
                                 "2", "--as", "admin"))
    ret, ref = (a["portal_id"] for a in waiting[:2])
    tizilim(url, "decide", ret, "--return", "RET-DOCUMENTS", "RET-PROFESSION", "--comment",
            "Дипломның көшірмесі оқылмайды / Копия диплома нечитаема", "--fix",
            "education[1].document=көшірме оқылмайды", "profession", "--late-cause",
            "Сұрау салу / Запрос сведений", "--as", "admin")
    tizilim(url, "decide", ref, "--refuse", "REF-EMIGRATION", "--late-cause",
            "Сұрау салу / Запрос сведений", "--as", "admin")
    return {"return": ret, "refuse": ref}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=300, help="demo applications")
    args = ap.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found (apt-get install poppler-utils)")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        url = f"sqlite:///{t / 'demo.db'}"
        os.environ.update(TIZILIM_HOME=str(t / "home"), TIZILIM_PASSWORD=PASSWORD)
        os.environ.pop("TIZILIM_USER", None)
        tizilim(url, "init")
        tizilim(url, "user", "add", "admin", "--role", "admin", "--name", "Сейітова Гүлнар",
                "--position", "Тізілім бөлімінің басшысы / Руководитель отдела реестра")
        print(tizilim(url, "demo", "--count", str(args.count), "--as", "admin").strip())
        written = []
        for lang in ("both", "kk"):
            pdf = t / f"registry-{lang}.pdf"
            print(tizilim(url, "export", "--format", "pdf", "--lang", lang, "--out", str(pdf),
                          "--as", "admin").strip())
            written.append(render(pdf, 1, f"registry-{lang}-p1"))
            if lang == "both":
                written.append(render(pdf, 2, "registry-both-p2"))
        for kind, pid in decide_two(url).items():  # today, by a named administrator
            letters = t / f"letter-{kind}.pdf"
            print(tizilim(url, "letters", "--portal-id", pid, "--out", str(letters),
                          "--as", "admin").strip())
            written.append(render(letters, 1, f"letter-{kind}-p1"))
    for p in written:
        print(p.relative_to(ROOT))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
