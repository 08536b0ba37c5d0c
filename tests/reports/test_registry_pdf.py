"""The registry PDF, read back with pdfplumber and pypdf."""

from __future__ import annotations

import bisect
import dataclasses
import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from conftest import make_row, sample_meta, sample_rows

from models.dto import RegistryRow
from reports import registry_pdf
from reports.fonts import KAZAKH_LETTERS
from reports.labels import column_labels, label, languages
from reports.meta import ReportCancelled, ReportMeta, fingerprint

OTHER = {"kk": "ru", "ru": "kk"}


def squash(text: str) -> str:
    """Text without any whitespace (wrapped lines and cells joined)."""
    return re.sub(r"\s+", "", text)


def build(
    tmp_path: Path, rows: list[RegistryRow], lang: str, meta: ReportMeta | None = None, **kw: object
) -> tuple[Path, registry_pdf.ReportResult]:
    out = tmp_path / f"registry-{lang}.pdf"
    res = registry_pdf.build(rows, out, lang=lang, meta=meta or sample_meta(), **kw)
    return out, res


def table_columns(pdf_path: Path) -> list[list[str]]:
    """Per page, the characters inside each column of the table grid, in reading order."""
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            verticals = [ln for ln in page.lines if ln["x0"] == ln["x1"]]
            xs = sorted({ln["x0"] for ln in verticals})
            top = min(ln["top"] for ln in verticals)
            bottom = max(ln["bottom"] for ln in verticals)
            cols: list[list[dict]] = [[] for _ in xs[:-1]]
            for c in page.chars:
                if top <= c["top"] < bottom and xs[0] <= c["x0"] < xs[-1]:
                    cols[bisect.bisect_right(xs, c["x0"]) - 1].append(c)
            texts = []
            for chars in cols:
                chars.sort(key=lambda c: (round(c["top"], 1), c["x0"]))
                texts.append("".join(c["text"] for c in chars))
            out.append(texts)
    return out


def column_texts(pdf_path: Path, col: int) -> list[str]:
    """Text inside column ``col`` of the table on each page."""
    return [page[col] for page in table_columns(pdf_path)]


def all_text(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        return [p.extract_text() for p in pdf.pages]


@pytest.mark.parametrize("lang", ["kk", "ru", "both"])
def test_title_headings_and_meta_in_chosen_languages(tmp_path: Path, rows, lang: str) -> None:
    out, res = build(tmp_path, rows, lang)
    pages = all_text(out)
    first = squash(pages[0])
    for lg in languages(lang):
        assert squash(label("REGISTRY").text(lg)) in first
        assert squash(label("EDITION").text(lg)) in first
        assert squash(label("AS_OF").text(lg) + ": 01.06.2025") in first
        assert squash(label("COUNT").text(lg)) in first
    if lang != "both":
        assert squash(label("REGISTRY").text(OTHER[lang])) not in first
    assert "02.06.2025 14:30" in pages[0]
    assert res.fingerprint in pages[0]
    assert res.count == len(rows)
    # the heading row on every page, each heading whole inside its own column
    columns = table_columns(out)
    for col, heading in enumerate(column_labels()):
        for page in columns:
            cell = squash(page[col])
            for lg in languages(lang):
                assert squash(heading.text(lg)) in cell, (col, lg)
            if lang != "both" and heading.kk != heading.ru:
                assert squash(heading.text(OTHER[lang])) not in cell


def test_rows_in_given_order_and_kazakh_round_trips(tmp_path: Path, rows) -> None:
    out, _ = build(tmp_path, rows, "both")
    names = squash("".join(column_texts(out, 1)))
    positions = [names.find(squash(r.full_name)) for r in rows]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    text = "\n".join(all_text(out))
    for word in (
        "Нұрсұлтан",
        "Әбілқайыров",
        "Өмірұлы",
        "Ғабитов",
        "Қайрат",
        "Ұланұлы",
        "Іскакова",
        "Үміт",
        "Һадиқызы",
        "Ңұрланова",
        "Әйгерім",
    ):
        assert word in text
    assert "Абай облысы" in text and "область Абай" in text  # both: kk and ru catalog values
    # reversed input prints in reversed order (ordering is the caller's)
    out2, _ = build(tmp_path, rows[::-1], "ru")
    names2 = squash("".join(column_texts(out2, 1)))
    positions2 = [names2.find(squash(r.full_name)) for r in rows[::-1]]
    assert positions2 == sorted(positions2)


def test_every_kazakh_letter_extracts_and_font_is_embedded(tmp_path: Path) -> None:
    row = make_row(1, KAZAKH_LETTERS[:9], KAZAKH_LETTERS[9:], "Ёлкин Щука Эхо Юрта Ъ Ь")
    out, _ = build(tmp_path, [row], "kk")
    text = "".join(all_text(out))
    for ch in KAZAKH_LETTERS + "ЁЩЭЮЪЬ":
        assert ch in text, ch
    with pdfplumber.open(out) as pdf:
        used = {ch["fontname"] for p in pdf.pages for ch in p.chars}
    assert used and all("DejaVuSansCondensed" in f for f in used), used
    reader = pypdf.PdfReader(out)
    embedded = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]:
                embedded.add(font["/BaseFont"][1:])
    assert used <= embedded  # every font drawn with is an embedded TrueType subset


def test_bundled_font_covers_kazakh_and_russian_alphabets() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    from resources import resource_path

    letters = KAZAKH_LETTERS + "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    letters += letters.upper()
    for file in ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"):
        face = TTFont("probe", str(resource_path("fonts", file))).face
        missing = [ch for ch in letters if ord(ch) not in face.charToGlyph]
        assert not missing, (file, missing)
    assert resource_path("fonts", "LICENSE-DejaVu.txt").read_text().count("Bitstream") > 0


def test_page_n_of_m_in_footer(tmp_path: Path, rows) -> None:
    out, res = build(tmp_path, rows, "both")
    pages = all_text(out)
    assert res.pages == len(pages) > 2  # the tall row spans pages
    m = len(pages)
    for n, text in enumerate(pages, 1):
        flat = " ".join(text.split())
        assert f"Бет {n} / {m}" in flat
        assert f"Страница {n} из {m}" in flat
        assert res.fingerprint in flat


def test_tall_row_split_cleanly_across_pages(tmp_path: Path, rows) -> None:
    tall = rows[6]
    assert len(tall.employment) == 40
    out, res = build(tmp_path, [tall], "ru")
    assert res.pages >= 3
    heading = squash(label("COL08_EMPLOYMENT").ru)
    pages = [squash(t) for t in column_texts(out, 8)]
    assert all(p.startswith(heading) for p in pages)  # heading repeated on every page
    employment = "".join(p[len(heading) :] for p in pages)
    # every record printed once, in order, across the page breaks
    records = [
        squash(f"{i}) «Үміт» арнаулы әлеуметтік қызметтер көрсету орталығы КММ {i},")
        for i in range(1, 41)
    ]
    assert [employment.count(r) for r in records] == [1] * 40
    marks = [employment.find(r) for r in records]
    assert marks == sorted(marks)
    names = column_texts(out, 1)
    continued = [t for t in names if squash(label("CONTINUED").ru) in squash(t)]
    assert continued and all(squash(tall.full_name) in squash(t) for t in continued)


def test_nothing_outside_page_or_column(tmp_path: Path, rows) -> None:
    out, _ = build(tmp_path, rows, "both")
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            verticals = sorted({ln["x0"] for ln in page.lines if ln["x0"] == ln["x1"]})
            horizontals = [ln["top"] for ln in page.lines if ln["top"] == ln["bottom"]]
            top, bottom = min(horizontals), max(horizontals)
            assert len(verticals) == 12
            for ch in page.chars:
                assert 0 <= ch["x0"] and ch["x1"] <= page.width, ch["text"]
                assert 0 <= ch["top"] and ch["bottom"] <= page.height, ch["text"]
                if ch["text"].isspace() or not (top < ch["top"] < bottom):
                    continue
                # inside the table: never across a column line or a row line
                assert not any(ch["x0"] < x < ch["x1"] for x in verticals), ch
                assert not any(ch["top"] < y < ch["bottom"] for y in horizontals), ch


def test_fingerprint_depends_on_rows_only(tmp_path: Path, rows) -> None:
    _, a = build(tmp_path, rows, "kk")
    later = dataclasses.replace(
        sample_meta(), generated_at=sample_meta().generated_at.replace(hour=9)
    )
    _, b = build(tmp_path, rows, "both", meta=later)
    assert a.fingerprint == b.fingerprint == fingerprint(rows)
    changed = rows[:3] + [dataclasses.replace(rows[3], phone="+77000000000")] + rows[4:]
    assert fingerprint(changed) != a.fingerprint
    assert fingerprint(rows[::-1]) != a.fingerprint


def test_public_edition_refuses_row_without_consent(tmp_path: Path) -> None:
    meta = dataclasses.replace(sample_meta(), edition="public")
    rows = [make_row(1), make_row(2, "Жоқ", "Келісім", consent=False)]
    with pytest.raises(ValueError, match="consent"):
        build(tmp_path, rows, "kk", meta=meta)
    assert list(tmp_path.iterdir()) == []
    out, res = build(tmp_path, rows[:1], "kk", meta=meta)
    text = squash("".join(all_text(out)))
    assert squash(label("EDITION_PUBLIC").kk) in text
    assert "Келісім" not in text


def test_progress_reaches_total(tmp_path: Path) -> None:
    rows = [make_row(i) for i in range(1, 451)]
    calls: list[tuple[int, int]] = []
    meta = dataclasses.replace(sample_meta(), count=len(rows))
    build(tmp_path, rows, "ru", meta=meta, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (450, 450)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert all(t == 450 for _, t in calls)


def test_cancel_stops_and_leaves_no_file(tmp_path: Path) -> None:
    seen = []

    def rows():
        for i in range(1, 5000):
            seen.append(i)
            yield make_row(i)

    polls = iter(range(10**6))
    with pytest.raises(ReportCancelled):
        build(tmp_path, rows(), "both", is_cancelled=lambda: next(polls) >= 2)
    assert len(seen) < 5000  # stopped early
    assert list(tmp_path.iterdir()) == []  # neither the output nor a temporary file


def test_existing_file_untouched_when_cancelled(tmp_path: Path) -> None:
    out = tmp_path / "registry-kk.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        build(tmp_path, sample_rows(), "kk", is_cancelled=lambda: True)
    assert out.read_bytes() == b"old"


def test_empty_registry(tmp_path: Path) -> None:
    out, res = build(tmp_path, [], "ru")
    assert res.count == 0 and res.pages == 1
    text = squash(all_text(out)[0])
    # the heading wraps in its column: its words come back between other columns' words
    assert all(squash(w) in text for w in label("COL01_FULL_NAME").ru.split())
    assert squash(label("COUNT").ru + ": 0") in text


def test_bad_lang(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build(tmp_path, [], "en")


@pytest.mark.parametrize("lang", ["kk", "ru", "both"])
def test_heading_words_are_never_broken(tmp_path: Path, rows, lang: str) -> None:
    """Every word of every column heading comes back whole on one line of its column (a
    column narrower than its longest heading word would cut the word between letters)."""
    out, _ = build(tmp_path, rows[:1], lang)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        xs = sorted({ln["x0"] for ln in page.lines if ln["x0"] == ln["x1"]})
        words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
        printed: list[set[str]] = [set() for _ in xs[:-1]]
        for w in words:
            col = bisect.bisect_right(xs, w["x0"]) - 1
            if 0 <= col < len(printed):
                printed[col].add(w["text"])
    for col, lbl in enumerate(column_labels()):
        for text in lbl.texts(lang):
            for word in text.split():
                assert word in printed[col], (col, word, sorted(printed[col]))


def test_long_words_break_at_a_soft_point() -> None:
    """A word wider than its column (an e-mail address) is cut after ``@`` or ``.`` where
    one fits, between letters only when none does; no letter is lost."""
    from reports.fonts import REGULAR, register_fonts
    from reports.wrap import Wrapper

    register_fonts()
    w = Wrapper(REGULAR, registry_pdf.BODY_SIZE)
    width = registry_pdf.COL_W[3] - 2 * registry_pdf.PAD_X  # the contacts column
    email = "vladimir.pakhomov1997@yandex.kz"
    lines = w.wrap(email, width)
    assert "".join(lines) == email and len(lines) > 1
    assert lines[-1] == "yandex.kz" and lines[-2].endswith("@")
    assert all(w.width(x) <= width for x in lines)
    word = "ә" * 60
    lines = w.wrap(word, width)
    assert "".join(lines) == word and all(w.width(x) <= width for x in lines)
