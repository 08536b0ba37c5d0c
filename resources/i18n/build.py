"""Regenerate the interface translations: lupdate → fill from ``phrases.py`` → lrelease.

Run ``/work/venv/bin/python resources/i18n/build.py`` after changing any ``tr()`` string;
``--check`` fails (exit 1) when the committed ``.ts`` files are out of date or incomplete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from resources.i18n.phrases import PHRASES, QT_OVERRIDES_KK  # noqa: E402

LANGS = {"kk": ("kk_KZ", 0), "ru": ("ru_RU", 1)}


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def sources() -> list[str]:
    files = [*(ROOT / "ui").rglob("*.py"), ROOT / "desktop" / "app.py"]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def fill(ts: Path, lang: str) -> list[str]:
    """Put the translations into ``ts``; returns the sources that have none."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", LANGS[lang][0])
    missing = []
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        if src in PHRASES:
            tr.text = PHRASES[src][LANGS[lang][1]]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def overrides_ts(out: Path) -> None:
    root = ET.Element("TS", version="2.1", language="kk_KZ")
    by_ctx: dict[str, list[tuple[str, str]]] = {}
    for ctx, src, kk in QT_OVERRIDES_KK:
        by_ctx.setdefault(ctx, []).append((src, kk))
    for ctx, items in by_ctx.items():
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src, kk in items:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = src
            ET.SubElement(m, "translation").text = kk
    tree = ET.ElementTree(root)
    ET.indent(tree)
    tree.write(out, encoding="utf-8", xml_declaration=True)


def build(out_dir: Path) -> list[str]:
    problems = []
    for lang in LANGS:
        ts = out_dir / f"app_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        problems += [f"{lang}: no translation for {s!r}" for s in fill(ts, lang)]
    overrides_ts(out_dir / "qt_overrides_kk.ts")
    return problems


def main() -> int:
    check = "--check" in sys.argv
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            for f in HERE.glob("*.ts"):
                shutil.copy(f, tmp)
            problems = build(Path(tmp))
            for f in Path(tmp).glob("*.ts"):
                if f.read_bytes() != (HERE / f.name).read_bytes():
                    problems.append(f"{f.name} is out of date: run resources/i18n/build.py")
    else:
        problems = build(HERE)
        for ts in HERE.glob("*.ts"):
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                capture_output=True,
            )
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
