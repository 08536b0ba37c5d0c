"""Page images of a demo registry and of decision letters, for the README.

Builds a demo database with ``tizilim demo``, exports the registry (``--lang both`` and
``--lang kk``) and the day's letters with ``tizilim export`` / ``tizilim letters``, and renders
pages with ``pdftoppm`` (package ``poppler-utils``) into ``docs/screenshots/``:
    python docs/screenshot_reports.py [--count 300]

Writes registry-both-p1.png, registry-both-p2.png, registry-kk-p1.png, letter-return-p1.png
and letter-refuse-p1.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DPI = 110


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


def letter_pages(pdf: Path) -> dict[str, int]:
    """The first page of the first return and of the first refusal letter in ``pdf``."""
    import pypdf

    found: dict[str, int] = {}
    for n, page in enumerate(pypdf.PdfReader(pdf).pages, 1):
        text = page.extract_text()
        if "return" not in found and "Уведомление о возврате" in text:
            found["return"] = n
        if "refuse" not in found and "Уведомление об отказе" in text:
            found["refuse"] = n
    return found


def letters_day(url: str) -> str:
    """A day of the demo with both a return and a refusal (the busiest such day)."""
    from sqlalchemy import func, select

    from models.db.engine import Database
    from models.db.entities import Decision, DecisionKind

    db = Database.from_url(url, audit_head=None)
    try:
        with db.read() as s:
            day = s.scalar(
                select(Decision.decided_on)
                .where(Decision.kind.in_([DecisionKind.RETURN, DecisionKind.REFUSE]))
                .group_by(Decision.decided_on)
                .having(func.count(func.distinct(Decision.kind)) == 2)
                .order_by(func.count().desc()).limit(1))
    finally:
        db.dispose()
    if day is None:
        raise SystemExit("the demo made no day with both a return and a refusal")
    return day.isoformat()


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
        print(tizilim(url, "demo", "--count", str(args.count)).strip())
        written = []
        for lang in ("both", "kk"):
            pdf = t / f"registry-{lang}.pdf"
            print(tizilim(url, "export", "--format", "pdf", "--lang", lang, "--out", str(pdf))
                  .strip())
            written.append(render(pdf, 1, f"registry-{lang}-p1"))
            if lang == "both":
                written.append(render(pdf, 2, "registry-both-p2"))
        letters = t / "letters.pdf"
        print(tizilim(url, "letters", "--date", letters_day(url), "--out", str(letters))
              .strip())
        for kind, page in sorted(letter_pages(letters).items()):
            written.append(render(letters, page, f"letter-{kind}-p1"))
    for p in written:
        print(p.relative_to(ROOT))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
