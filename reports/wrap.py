"""Cheap line wrapping by measured width (no platypus): greedy, word by word."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


class Wrapper:
    """Wraps text to a width for one font and size, caching word widths."""

    _MAX_CACHE = 200_000
    _MAX_PARAS = 50_000

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._cache: dict[str, float] = {}
        self._paras: dict[tuple[str, float], tuple[str, ...]] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, text: str) -> float:
        """Width of ``text`` in points."""
        return stringWidth(text, self.font, self.size)

    def _word(self, word: str) -> float:
        w = self._cache.get(word)
        if w is None:
            if len(self._cache) > self._MAX_CACHE:
                self._cache.clear()
            w = self._cache[word] = stringWidth(word, self.font, self.size)
        return w

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines of ``text`` no wider than ``width``; ``\\n`` starts a new line.

        A word wider than ``width`` (an e-mail address, a long number) is broken between
        characters. An empty text gives no lines.
        """
        out: list[str] = []
        paras = self._paras
        for para in text.split("\n"):
            key = (para, width)
            lines = paras.get(key)
            if lines is None:
                if stringWidth(para, self.font, self.size) <= width:
                    lines = (para,) if para else ()
                else:
                    wrapped: list[str] = []
                    self._wrap_para(para, width, wrapped)
                    lines = tuple(wrapped)
                if len(paras) > self._MAX_PARAS:
                    paras.clear()
                paras[key] = lines
            out.extend(lines)
        return out

    def _wrap_para(self, para: str, width: float, out: list[str]) -> None:
        line: list[str] = []
        used = 0.0
        space = self.space
        for word in para.split():
            w = self._word(word)
            if line and used + space + w <= width:
                line.append(word)
                used += space + w
                continue
            if line:
                out.append(" ".join(line))
                line, used = [], 0.0
            if w <= width:
                line, used = [word], w
                continue
            pieces = self._break_word(word, width)
            out.extend(pieces[:-1])
            line, used = [pieces[-1]], self._word(pieces[-1])
        if line:
            out.append(" ".join(line))

    _SOFT_BREAKS = "@./-_"

    def _break_word(self, word: str, width: float) -> list[str]:
        """Pieces of a word wider than ``width``: cut after an ``@``, ``.``, ``/``, ``-`` or
        ``_`` where one fits (an e-mail address breaks before its domain), else between
        letters."""
        pieces: list[str] = []
        start = 0
        while start < len(word):
            end = start + 1
            while end < len(word) and self.width(word[start : end + 1]) <= width:
                end += 1
            if end < len(word):
                soft = max(word.rfind(ch, start, end) for ch in self._SOFT_BREAKS)
                if soft > start:
                    end = soft + 1
            pieces.append(word[start:end])
            start = end
        return pieces
