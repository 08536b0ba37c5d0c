"""Decision letters, read back with pdfplumber."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import RET_DOCUMENTS, RET_PROFESSION, sample_letters

from models.dto import LetterData
from reports.labels import label
from reports.letters import _full_form, build_letters
from reports.meta import ReportCancelled


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() for p in pdf.pages]


def test_return_and_refusal_letters(tmp_path: Path, letters: list[LetterData]) -> None:
    out = tmp_path / "letters.pdf"
    calls: list[tuple[int, int]] = []
    res = build_letters(letters, out, progress=lambda d, t: calls.append((d, t)))
    pages = pages_text(out)
    assert res.count == 2 and res.pages == len(pages) == 2  # one page each, new page each
    ret, ref = squash(pages[0]), squash(pages[1])
    assert "SSP-2025-000123" in ret and "SSP-2025-000124" in ref
    assert "SSP-2025-000124" not in ret
    for lg in ("kk", "ru"):
        assert squash(label("LETTER_TITLE_RETURN").text(lg)) in ret
        assert squash(_full_form(label("DEC_RETURN").text(lg))) in ret
        assert squash(label("LETTER_NEXT_RETURN").text(lg)) in ret
        assert squash(label("LETTER_NEXT_REFUSE").text(lg)) not in ret
        assert squash(label("LETTER_TITLE_REFUSE").text(lg)) in ref
        assert squash(_full_form(label("DEC_REFUSE").text(lg))) in ref
        assert squash(label("LETTER_NEXT_REFUSE").text(lg)) in ref
        assert squash(label("LETTER_NEXT_RETURN").text(lg)) not in ref
        assert squash(label("LETTER_NO_COMMENT").text(lg)) in ref  # empty comment
    for reason in (RET_PROFESSION, RET_DOCUMENTS):  # every reason, full words, both languages
        assert squash(reason.kk) in ret and squash(reason.ru) in ret
    assert squash(letters[1].reasons[0].ru) in ref and squash(letters[1].reasons[0].kk) in ref
    assert squash(letters[0].comment) in ret
    assert "26.05.202510:05" in ret and "29.05.202516:40" in ret  # received, decided
    assert squash("Сейітова Гүлнар") in ret
    assert squash("Әбілқайыров Нұрсұлтан Өмірұлы") in ret
    assert calls[-1] == (2, 2)
    # the glossary's short form in brackets is not repeated: "бас тарту" once in the decision
    assert "(бастарту)" not in ref and "(отказ)" not in ref
    assert "(возвратнадоработку)" not in ret


def test_long_letter_spills_to_second_page_and_stays_inside(tmp_path: Path) -> None:
    base = sample_letters()[0]
    long = dataclasses.replace(base, comment=" ".join(["Құжаттың көшірмесі анық емес."] * 50))
    out = tmp_path / "long.pdf"
    res = build_letters([long, sample_letters()[1]], out)
    pages = pages_text(out)
    assert res.pages == 3
    assert "Бет 1 / 2" in pages[0] and "Страница 2 из 2" in pages[1]
    assert "SSP-2025-000124" in pages[2] and "Бет 1 / 1" in pages[2]
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                assert 0 <= ch["x0"] and ch["x1"] <= page.width
                assert 0 <= ch["top"] and ch["bottom"] <= page.height


def test_bad_kind_rejected(tmp_path: Path) -> None:
    bad = dataclasses.replace(sample_letters()[0], kind="register")
    with pytest.raises(ValueError):
        build_letters([bad], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancel(tmp_path: Path) -> None:
    with pytest.raises(ReportCancelled):
        build_letters(sample_letters() * 5, tmp_path / "x.pdf", is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
