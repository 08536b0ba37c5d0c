"""Names sort in the Kazakh and Russian alphabets."""

from __future__ import annotations

from models.names.collation import KAZAKH_ALPHABET, name_sort_key

KK_ORDER = "А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я"


def test_kazakh_alphabet_matches_the_issue() -> None:
    assert KAZAKH_ALPHABET == KK_ORDER.replace(" ", "").lower()


def test_kazakh_order() -> None:
    names = ["Ілиясов", "Ыбыраев", "Үсенов", "Ұлан", "Уалиев", "Һашимов", "Хасенов", "Қасымов",
             "Ким", "Өмірзақов", "Оспанов", "Ғабдуллин", "Гусев", "әбілқайыров", "Абаев"]
    assert sorted(names, key=lambda n: name_sort_key(n, "kk")) == [
        "Абаев", "әбілқайыров", "Гусев", "Ғабдуллин", "Ким", "Қасымов", "Оспанов",
        "Өмірзақов", "Уалиев", "Ұлан", "Үсенов", "Хасенов", "Һашимов", "Ыбыраев", "Ілиясов"]


def test_russian_order_puts_kazakh_letters_after_their_base() -> None:
    names = ["Ұлан", "Уалиев", "Фомин", "Ілиясов", "Иванов", "Йодлов"]
    assert sorted(names, key=lambda n: name_sort_key(n, "ru")) == [
        "Иванов", "Ілиясов", "Йодлов", "Уалиев", "Ұлан", "Фомин"]
