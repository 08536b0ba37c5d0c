"""Folding names for search "in either script" (pure functions, no database).

A name is stored in the search text three ways (see :func:`name_forms`), and the user's input
is folded by :func:`fold_query`, so that "Гүлнұр", "гулнур" (typed on a Russian keyboard) and
"gulnur" (Latin) find the same application:

* **as written**, casefolded, ``ё`` → ``е``;
* **Russian look-alikes**: the Kazakh letters folded to the Russian letters they resemble
  (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и; ё→е);
* **Latin**: a simple ASCII transliteration (ж→zh, х/һ→h, ц→ts, ч→ch, ш→sh, щ→shch, ы→y, й→i,
  ю→yu, я→ya, ъ/ь dropped, Kazakh letters to their base letter: ә→a, ө→o, ұ/ү→u, і→i …),
  then the *Latin fold* below.

The Latin fold makes the usual spellings meet: diacritics are dropped (the 2021 Kazakh Latin
alphabet's ä, ö, ü, ū, ğ, ñ, ş, ç; ı→i), and the digraphs and letters that differ between
spellings are merged: zh/j→j, kh→h, sh/ş→s, shch→s, ch/ç→c, ts→c, q→k, y→i, w→u. So "Zhanar"
and "Janar", "Kairat", "Qairat" and "Kayrat", "Gülnūr" and "Gulnur" all fold alike. It is
deliberately coarse: a search may match a few more names, never fewer.
"""

from __future__ import annotations

import re
import unicodedata

#: Kazakh letters (and ё) to the Russian letters they look like.
KK_TO_RU = str.maketrans("әғқңөұүһіё", "агкноуухие")


_CYR_TO_LAT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


CYR_TO_LATIN = str.maketrans(_CYR_TO_LAT)


_DIGRAPHS = re.compile("shch|zh|kh|sh|ch|ts|[qyw]")


_DIGRAPH_TO = {"shch": "s", "zh": "j", "kh": "h", "sh": "s", "ch": "c", "ts": "c", "q": "k",
               "y": "i", "w": "u"}


def fold_case(text: str) -> str:
    """Casefolded, ``ё`` → ``е``, single spaces (the form names are written in)."""
    return " ".join(text.casefold().replace("ё", "е").split())


def fold_cyrillic(text: str) -> str:
    """Casefolded with the Kazakh letters folded to their Russian look-alikes."""
    return fold_case(text).translate(KK_TO_RU)


def _strip_latin(text: str) -> str:
    out = []
    for ch in text:
        if ch == "ı":
            out.append("i")
        elif ch.isascii() or not ch.isalpha() or not _is_latin(ch):
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(c)))
    return "".join(out)


def _is_latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def fold_latin(text: str) -> str:
    """The Latin fold of the module docstring (input already casefolded or not)."""
    s = fold_case(text)
    if not s.isascii():
        s = _strip_latin(s)
    while True:  # to a fixed point, so folding a folded text changes nothing ("skh" → "sh" → "s")
        out = _DIGRAPHS.sub(lambda m: _DIGRAPH_TO[m.group()], s)
        if out == s:
            return out
        s = out


def to_latin(text: str) -> str:
    """ASCII transliteration of Kazakh/Russian Cyrillic, Latin-folded."""
    return fold_latin(fold_case(text).translate(CYR_TO_LATIN))


def name_forms(text: str) -> list[str]:
    """The distinct forms a name is stored in: as written, Russian look-alikes, Latin."""
    forms = [fold_case(text)]
    for extra in (fold_cyrillic(text), to_latin(text)):
        if extra and extra not in forms:
            forms.append(extra)
    return forms


def _has_cyrillic(token: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in token if ch.isalpha())


def fold_query(text: str) -> str:
    """The user's search input folded the way names are stored.

    Words with Cyrillic letters get the Russian look-alike fold, words with digits (IIN, portal
    id) are only casefolded, other words (Latin) get the Latin fold. Words are joined by single
    spaces. The result is matched as a substring of the search text.
    """
    out = []
    for word in fold_case(text).split(" "):
        if not word:
            continue
        if _has_cyrillic(word):
            out.append(word.translate(KK_TO_RU))
        elif any(ch.isdigit() for ch in word):
            out.append(word)
        else:
            out.append(fold_latin(word))
    return " ".join(out)
