"""``resources/i18n/build.py``: the committed catalogues pass ``--check``; extraction keeps
translations when code moves between classes; the check names what is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from resources.i18n import build

ROOT = Path(__file__).resolve().parent.parent

CODE = """from PySide6.QtCore import QObject


class New(QObject):
    def f(self, n: int) -> str:
        return self.tr("Hello") + self.tr("%n year(s)", "", n)
"""


def catalogue(language: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n<context>\n<name>Old</name>\n{body}'
        "</context>\n</TS>\n"
    )


def message(source: str, *forms: str) -> str:
    """A finished message: one translation, or several numerus forms."""
    if len(forms) == 1:
        text, numerus = forms[0], ""
    else:
        text, numerus = "".join(f"<numerusform>{f}</numerusform>" for f in forms), ' numerus="yes"'
    body = f"<source>{source}</source><translation>{text}</translation>"
    return f"<message{numerus}>{body}</message>\n"


def project(tmp_path: Path) -> tuple[Path, Path]:
    """A tiny code tree whose strings were translated while they lived in class ``Old``."""
    root, here = tmp_path / "code", tmp_path / "i18n"
    (root / "ui").mkdir(parents=True)
    here.mkdir()
    (root / "ui" / "new.py").write_text(CODE, encoding="utf-8")
    (here / "app_kk.ts").write_text(catalogue("kk_KZ", message("Hello", "Сәлем")
        + message("%n year(s)", "%n жыл", "%n жыл")), encoding="utf-8")
    (here / "app_ru.ts").write_text(catalogue("ru_RU", message("Hello", "Привет")
        + message("%n year(s)", "%n год", "%n года", "%n лет")), encoding="utf-8")
    return root, here


def test_the_committed_catalogues_pass_the_check() -> None:
    res = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "i18n" / "build.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr


def test_moving_code_to_another_class_keeps_its_translations(tmp_path: Path) -> None:
    root, here = project(tmp_path)
    assert build.build(root, here) == []
    ru = build.messages(here / "app_ru.ts")
    assert set(ru) == {("New", "Hello", ""), ("New", "%n year(s)", "")}  # "Old" is dropped
    assert build.forms(ru[("New", "Hello", "")]) == ["Привет"]
    assert build.forms(ru[("New", "%n year(s)", "")]) == ["%n год", "%n года", "%n лет"]
    kk = build.messages(here / "app_kk.ts")
    assert build.forms(kk[("New", "%n year(s)", "")]) == ["%n жыл", "%n жыл"]
    assert (here / "app_ru.qm").exists() and build.check(root, here) == []


def test_the_check_names_new_strings_unfinished_messages_and_missing_forms(
    tmp_path: Path,
) -> None:
    root, here = project(tmp_path)
    build.build(root, here)
    (root / "ui" / "new.py").write_text(
        CODE.replace('self.tr("Hello")', 'self.tr("Hello") + self.tr("Bye")'), encoding="utf-8"
    )
    problems = build.check(root, here)
    assert "app_ru.ts: new in the code: New: 'Bye'" in problems
    assert "app_kk.ts: new in the code: New: 'Bye'" in problems
    assert build.build(root, here) == [
        "app_kk.ts: unfinished: New: 'Bye'",
        "app_ru.ts: unfinished: New: 'Bye'",
    ]
    ts = here / "app_ru.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace("<numerusform>%n лет</numerusform>",
                                               "<numerusform></numerusform>"),
        encoding="utf-8",
    )
    problems = build.check(root, here)
    assert "app_ru.ts: numerus form [3] missing: New: '%n year(s)'" in problems
    assert "app_ru.qm is not what app_ru.ts compiles to" in problems


def test_the_check_names_place_markers_unlike_the_source(tmp_path: Path) -> None:
    ts = tmp_path / "app_ru.ts"
    ts.write_text(catalogue("ru_RU", message("Open {0}", "Открыть")), encoding="utf-8")
    assert build.problems_in(ts) == [
        "app_ru.ts: place markers differ from the source: Old: 'Open {0}'"
    ]


def test_kazakh_says_bas_tartu_only_for_the_legal_refusal() -> None:
    """«Бас тарту» is the Rules' refusal (the glossary): Cancel, discard or access denied
    say something else in Kazakh."""
    import xml.etree.ElementTree as ET

    wrong = []
    for m in ET.parse(Path(build.__file__).with_name("app_kk.ts")).iter("message"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        texts = [] if tr is None else [tr.text or ""] + [
            n.text or "" for n in tr.iter("numerusform")]
        if any("бас тарт" in t.lower() for t in texts) and "refus" not in source.lower():
            wrong.append(source)
    assert not wrong, wrong
