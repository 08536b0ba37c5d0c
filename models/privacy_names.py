"""Full names out of logs and crash reports (used by :func:`models.privacy_log.mask`).

A person's name in this program is a surname, a given name and often a patronymic, in
Cyrillic (Kazakh or Russian) or, from the portal, in Latin letters. Masked are:

- a value given under a name key, as code prints it: ``full_name='…'``, ``"last_name": "…"``,
  ``first_name=…`` (any script);
- two or more capitalised Cyrillic words in a row (``Әбілқайыров Нұрсұлтан Өмірұлы``,
  ``Сидорова Анна``), and a capitalised Cyrillic word followed by initials (``Иванов И.И.``).

Single capitalised words are kept (a region, a month, the start of a sentence), and Latin
text outside a name key is kept (exception names, English messages); a log loses a little
readability where Cyrillic capitals meet, never a name.
"""

from __future__ import annotations

import re

_CYR_UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_CYR_LO = "а-яёәғқңөұүһі"
_WORD = rf"[{_CYR_UP}][{_CYR_LO}]+(?:-[{_CYR_UP}]?[{_CYR_LO}]+)*"

_KEYS = r"(?:full_name|last_name|first_name|middle_name|surname|patronymic|fio|name)"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # full_name='Иванов Иван', "last_name": "Ivanov", first_name=Ivan
    (re.compile(rf"""(\b{_KEYS}\b["']?\s*[:=]\s*)(["'])(?:(?!\2).)*\2""", re.I),
     r"\1\2<name>\2"),
    (re.compile(rf"""(\b{_KEYS}\b["']?\s*[:=]\s*)(?!["'<])[^\s,;)}}\]]+""", re.I),
     r"\1<name>"),
    # Иванов И.И. / Иванов И. И.
    (re.compile(rf"(?<![\w-]){_WORD}\s+[{_CYR_UP}]\.\s?(?:[{_CYR_UP}]\.)?"), "<name>"),
    # two or more capitalised Cyrillic words
    (re.compile(rf"(?<![\w-]){_WORD}(?:[ \u00a0]+{_WORD})+(?![\w-])"), "<name>"),
)


def mask_names(text: str) -> str:
    """``text`` with full names replaced by ``<name>``."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text
