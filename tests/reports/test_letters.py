"""Decision letters, read back with pdfplumber: every legal element, both languages, on the page."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import REF_EMIGRATION, RET_DOCUMENTS, RET_PROFESSION, sample_letters

from models.dto import LetterBlock, LetterData
from models.notifications.templates import term
from reports.letters import build_letters, letter_pdf
from reports.meta import ReportCancelled


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() for p in pdf.pages]


def test_return_and_refusal_letters_carry_every_legal_element(
        tmp_path: Path, letters: list[LetterData]) -> None:
    out = tmp_path / "letters.pdf"
    calls: list[tuple[int, int]] = []
    res = build_letters(letters, out, progress=lambda d, t: calls.append((d, t)))
    pages = pages_text(out)
    assert res.count == 2 and res.pages == len(pages)
    ret = squash("".join(p for p in pages if "SSP-2025-000123" in p))
    ref = squash("".join(p for p in pages if "SSP-2025-000124" in p))
    assert "SSP-2025-000124" not in ret and "SSP-2025-000123" not in ref
    for lg in ("kk", "ru"):
        for letter in (ret, ref):
            assert squash(term("ISSUER", lg)) in letter  # the issuing body in full
        assert squash(term("LEGAL_BASIS", lg).format(subpoint=term("SUBPOINT_RETURN", lg))) \
            in ret
        assert squash(term("LEGAL_BASIS", lg).format(subpoint=term("SUBPOINT_REFUSE", lg))) \
            in ref
        assert squash(term("RESUBMIT", lg)) in ret and squash(term("RESUBMIT", lg)) not in ref
        assert squash(term("APPEAL", lg)) in ref and squash(term("APPEAL", lg)) not in ret
    assert squash("№ 21") in ret and squash("подпункт 2) пункта 9") in ret
    assert squash("подпункт 3) пункта 9") in ref and squash("3) тармақшасы") in ref
    assert squash("Административным процедурно-процессуальным кодексом") in ref
    assert squash("Әкімшілік рәсімдік-процестік кодексінде") in ref
    for word in ("окончательн", "түпкілікті"):  # a refusal is not final
        assert word not in ref
    for reason in (RET_PROFESSION, RET_DOCUMENTS):  # every reason, full words, both languages
        assert squash(reason.kk) in ret and squash(reason.ru) in ret
    assert squash(REF_EMIGRATION.kk) in ref and squash(REF_EMIGRATION.ru) in ref
    assert squash("Исх. № 2025/00017 от 29.05.2025") in ret and "2025/00018" in ref
    assert squash("сведения об образовании, запись 1: документ об образовании — "
                  "көшірме оқылмайды") in ret
    assert squash("білімі туралы мәліметтер, 1-жазба: білімі туралы құжат") in ret
    # the comment is written in Kazakh only, and says so in both texts
    assert squash("Комментарий администратора (приводится только на казахском языке): "
                  "Дипломның көшірмесі оқылмайды.") in ret
    assert squash("Әкімшінің түсініктемесі (тек қазақ тілінде берілген)") in ret
    assert squash("ТОО «Қамқорлық орталығы» (БИН 120340000113, лицензия № KZ-12345)") in ref
    for letter in (ret, ref):
        assert letter.count(squash("Сейітова Гүлнар")) == 2
        assert letter.count(squash("Тізілім бөлімінің басшысы")) == 2
    assert calls[-1] == (2, 2)


def test_a_long_letter_spills_over_and_stays_inside_the_page(tmp_path: Path) -> None:
    base = sample_letters()[0]
    more = tuple(LetterBlock("item", "Құжаттың көшірмесі анық емес, қайта жүктеңіз. " * 3,
                             f"{i})") for i in range(1, 30))
    long = dataclasses.replace(base, kk=base.kk + more, ru=base.ru + more)
    out = tmp_path / "long.pdf"
    res = build_letters([long, sample_letters()[1]], out)
    pages = pages_text(out)
    assert res.pages >= 3
    assert "Бет 1 / " in pages[0] and "SSP-2025-000123" in pages[0]
    assert "SSP-2025-000124" in pages[-1]
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            for ch in page.chars:
                assert 0 <= ch["x0"] and ch["x1"] <= page.width - 50  # within the margins
                assert 0 <= ch["top"] and ch["bottom"] <= page.height


def test_kazakh_letters_are_drawn_with_the_embedded_font(tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    letter = sample_letters()[0]
    out.write_bytes(letter_pdf(letter))
    text = "".join(pages_text(out))
    used = {ch for b in letter.kk for ch in b.text if ch in "ӘәҒғҚқҢңӨөҰұҮүҺһІі"}
    assert len(used) >= 9
    assert used <= set(text)  # every Kazakh letter came back out of the PDF
    with pdfplumber.open(out) as pdf:
        fonts = {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars}
    assert fonts == {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}  # the bundled font


def test_bad_kind_rejected(tmp_path: Path) -> None:
    bad = dataclasses.replace(sample_letters()[0], kind="appeal")
    with pytest.raises(ValueError):
        build_letters([bad], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancel(tmp_path: Path) -> None:
    with pytest.raises(ReportCancelled):
        build_letters(sample_letters() * 5, tmp_path / "x.pdf", is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_the_review_dialogs_labels_say_what_the_letter_says() -> None:
    """The preview in the decision dialog reads report labels: a refusal is appealable there
    too (never "final"), and a return names p.10's resubmission, nothing more."""
    from reports.labels import label

    for lg in ("kk", "ru"):
        assert label("LETTER_NEXT_REFUSE").text(lg) == term("APPEAL", lg)
        assert label("LETTER_NEXT_RETURN").text(lg) == term("RESUBMIT", lg)


def test_each_half_of_a_long_letter_reads_whole_with_its_signature(tmp_path: Path) -> None:
    """A refusal on every ground with a long comment: the Russian half does not fit under
    the Kazakh one, so it starts a page of its own; neither signature stands alone."""
    from conftest import sample_facts

    from models.catalogs import Catalogs
    from models.notifications.compose import compose
    from models.notifications.templates import shipped_templates

    grounds = tuple(r for r in Catalogs.shipped().reasons.values() if r.kind == "refuse")
    refusal = dataclasses.replace(
        sample_facts()[1], reasons=grounds,
        comment="Сот шешімі 12.01.2026 / Решение суда от 12.01.2026. " * 6)
    found = {(ch, lg): t for (k, ch, lg), t in shipped_templates().items() if k == "refuse"}
    out = tmp_path / "long.pdf"
    build_letters([compose(refusal, found).letter], out)
    pages = [squash(p) for p in pages_text(out)]
    assert len(pages) >= 2
    titles = [squash("Тізілімге енгізуден бас тарту туралы хабарлама"),
              squash("Уведомление об отказе во включении в реестр")]
    name = squash("Сейітова Гүлнар")
    for title in titles:
        (page,) = [p for p in pages if title in p]
        assert name in page, "a half's title and its signature are on different pages"
    assert pages[-1].startswith(squash("Республиканское государственное предприятие")), \
        "the Russian half starts its page"


def test_a_comment_in_both_languages_is_not_called_one_language_only(tmp_path: Path) -> None:
    from conftest import sample_facts

    from models.notifications.compose import comment_lang, compose
    from models.notifications.templates import shipped_templates

    assert comment_lang("Дипломның көшірмесі оқылмайды / Копия диплома нечитаема") == "both"
    assert comment_lang("Копия диплома нечитаема\nДипломның көшірмесі оқылмайды") == "both"
    assert comment_lang("Дипломның көшірмесі оқылмайды") == "kk"
    assert comment_lang("Копия диплома нечитаема / нет печати") == "ru"
    facts = dataclasses.replace(
        sample_facts()[0], comment="Дипломның көшірмесі оқылмайды / Копия диплома нечитаема")
    found = {(ch, lg): t for (k, ch, lg), t in shipped_templates().items() if k == "return"}
    out = tmp_path / "both.pdf"
    build_letters([compose(facts, found).letter], out)
    text = squash("".join(pages_text(out)))
    assert squash("Комментарий администратора: Дипломның көшірмесі оқылмайды / Копия") in text
    assert squash("Әкімшінің түсініктемесі: Дипломның") in text
    assert "только" not in text.split("Комментарий")[1][:30]


def test_a_position_written_in_both_languages_signs_each_half_in_its_own(
        tmp_path: Path) -> None:
    from conftest import sample_facts

    from models.notifications.compose import compose, position_in
    from models.notifications.templates import shipped_templates

    both = "Тізілім бөлімінің басшысы / Руководитель отдела реестра"
    assert position_in(both, "kk") == "Тізілім бөлімінің басшысы"
    assert position_in(both, "ru") == "Руководитель отдела реестра"
    assert position_in("Бас маман", "ru") == "Бас маман"  # one language: as written
    facts = dataclasses.replace(sample_facts()[1], signer_position=both)
    found = {(ch, lg): t for (k, ch, lg), t in shipped_templates().items() if k == "refuse"}
    letter = compose(facts, found).letter
    kk = [b.text for b in letter.kk if b.style == "sign"]
    ru = [b.text for b in letter.ru if b.style == "sign"]
    assert kk == ["Тізілім бөлімінің басшысы"] and ru == ["Руководитель отдела реестра"]
