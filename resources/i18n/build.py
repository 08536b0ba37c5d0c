"""Interface translations: the ``.ts`` files here are the one source a translator edits.

``python resources/i18n/build.py`` (after changing ``tr()`` strings or a ``.ts`` file):

1. pyside6-lupdate extracts every ``tr()`` string of ``ui/`` and ``desktop/app.py`` into
   ``app_kk.ts`` and ``app_ru.ts``, keeping the translations already there;
2. a new unfinished message takes the finished translation of the same source text (and
   disambiguation, numerus alike) from any context, the messages the code no longer has
   included, so that moving code between classes loses nothing; those are then dropped;
3. pyside6-lrelease compiles every ``.ts`` here (the Qt overrides ``qt_overrides_kk.ts`` too,
   which hold no extracted strings) into its ``.qm``.

``--check`` changes nothing and fails (exit 1, saying which) when a fresh extraction would change
a committed ``.ts``, a message is unfinished, a numerus message lacks a form, a translation's
place markers differ from its source's, or a ``.qm`` is not what its ``.ts`` compiles to.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
#: the extracted catalogues and their Qt language (which fixes the number of numerus forms)
APP = {"app_kk.ts": "kk_KZ", "app_ru.ts": "ru_RU"}
#: message types that lupdate gives messages the code no longer has
GONE = ("vanished", "obsolete")
MARKERS = re.compile(r"%L?n|%L?\d+|\{\d+\}")

Key = tuple[str, str, bool]


def tool(name: str) -> str:
    """A Qt tool from this interpreter's environment, else from ``PATH``."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def sources(root: Path = ROOT) -> list[str]:
    files = [*(root / "ui").rglob("*.py"), *(root / "desktop").glob("*.py")]
    return sorted(str(p.relative_to(root)) for p in files if p.exists())


def lupdate(ts: Path, language: str, root: Path, *, keep_gone: bool) -> None:
    args = [tool("pyside6-lupdate"), *sources(root), "-locations", "none"]
    args += ["-target-language", language, "-ts", str(ts)]
    if not keep_gone:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, cwd=root, check=True, capture_output=True)


def key(msg: ET.Element) -> Key:
    return (
        msg.findtext("source") or "",
        msg.findtext("comment") or "",
        msg.get("numerus") == "yes",
    )


def forms(msg: ET.Element) -> list[str]:
    """The translation's text: one item, or one per numerus form."""
    tr = msg.find("translation")
    if tr is None:
        return [""]
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


def fill(ts: Path) -> int:
    """Fill unfinished messages from finished ones with the same key; returns how many.

    Among several translations of one text, one the code just dropped wins (the code moved),
    then the most used one, then the first.
    """
    tree = ET.parse(ts)
    messages = list(tree.getroot().iter("message"))
    pool: dict[Key, Counter[tuple[str, ...]]] = {}
    moved: dict[Key, tuple[str, ...]] = {}
    for m in messages:
        tr = m.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        text = tuple(forms(m))
        if kind in (None, "vanished") and all(t.strip() for t in text):
            pool.setdefault(key(m), Counter())[text] += 1
            if kind == "vanished":
                moved.setdefault(key(m), text)
    filled = 0
    for m in messages:
        tr = m.find("translation")
        if tr is None or tr.get("type") != "unfinished" or key(m) not in pool:
            continue
        text = moved.get(key(m)) or pool[key(m)].most_common(1)[0][0]
        if m.get("numerus") == "yes":
            slots = list(tr.iter("numerusform"))
            if len(slots) != len(text):
                continue
            for slot, t in zip(slots, text, strict=True):
                slot.text = t
        else:
            tr.text = text[0]
        del tr.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def extract(folder: Path, root: Path = ROOT) -> None:
    """Bring ``folder``'s app catalogues up to date with the code under ``root``."""
    for name, language in APP.items():
        ts = folder / name
        lupdate(ts, language, root, keep_gone=True)
        fill(ts)
        lupdate(ts, language, root, keep_gone=False)  # drops the gone ones, in lupdate's layout


def release(ts: Path, qm: Path) -> None:
    args = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(args, check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name") or "", *key(m)[:2])] = m
    return out


def label(k: tuple[str, str, str]) -> str:
    return f"{k[0] or '(no context)'}: {k[1]!r}" + (f" ({k[2]})" if k[2] else "")


def problems_in(ts: Path) -> list[str]:
    """Unfinished messages, missing numerus forms, place markers unlike the source's."""
    out = []
    for k, m in messages(ts).items():
        tr = m.find("translation")
        if tr is not None and tr.get("type") in GONE:
            continue
        text = forms(m)
        if tr is None or tr.get("type") == "unfinished":
            out.append(f"{ts.name}: unfinished: {label(k)}")
        elif not all(t.strip() for t in text):
            missing = [i + 1 for i, t in enumerate(text) if not t.strip()]
            out.append(f"{ts.name}: numerus form {missing} missing: {label(k)}")
        elif any(sorted(set(MARKERS.findall(t))) != sorted(set(MARKERS.findall(k[1])))
                 for t in text):
            out.append(f"{ts.name}: place markers differ from the source: {label(k)}")
    return out


def changes(old: Path, new: Path) -> list[str]:
    """How a fresh extraction ``new`` differs from the committed ``old``, message by message."""
    a, b = messages(old), messages(new)
    out = [f"{old.name}: new in the code: {label(k)}" for k in b if k not in a]
    out += [f"{old.name}: gone from the code: {label(k)}" for k in a if k not in b]
    out += [
        f"{old.name}: filled from the same text elsewhere: {label(k)}"
        for k in a
        if k in b and forms(a[k]) != forms(b[k])
    ]
    return out or [f"{old.name}: layout or order differs from lupdate's"]


def check(root: Path = ROOT, here: Path = HERE) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for name in APP:
            if (here / name).exists():
                shutil.copy(here / name, fresh / name)
        extract(fresh, root)
        for name in APP:
            if not (here / name).exists():
                problems.append(f"{name} is missing")
            elif (here / name).read_bytes() != (fresh / name).read_bytes():
                problems += changes(here / name, fresh / name)
        for ts in sorted(here.glob("*.ts")):
            problems += problems_in(ts)
            qm = fresh / ts.with_suffix(".qm").name
            release(ts, qm)
            committed = ts.with_suffix(".qm")
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                problems.append(f"{committed.name} is not what {ts.name} compiles to")
    return problems


def build(root: Path = ROOT, here: Path = HERE) -> list[str]:
    extract(here, root)
    problems = []
    for ts in sorted(here.glob("*.ts")):
        release(ts, ts.with_suffix(".qm"))
        problems += problems_in(ts)
    return problems


def main(argv: list[str]) -> int:
    problems = check() if "--check" in argv else build()
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("Open the .ts files in Qt Linguist (pyside6-linguist), then run "
              "resources/i18n/build.py; see resources/i18n/README.md.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
