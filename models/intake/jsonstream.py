"""Reading the portal's JSON file one application at a time (never the whole document).

The envelope ``{"format": "tizilim.applications", "version": 1, "applications": […]}`` is
read key by key; each element of ``applications`` is decoded on its own from a buffer of the
file's text, so memory holds one record, not the file. Every failure is a
:class:`FileRefused` that names the place (record and line).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from models.intake.limits import MAX_INT_DIGITS, MAX_RECORDS
from models.intake.records import FORMAT_TAG, FORMAT_VERSION, FileRefused

CHUNK = 1 << 20
#: a record whose text is not complete within this much is refused (the per-record limits of
#: :mod:`models.intake.limits` reject smaller ones one by one)
MAX_ELEMENT_CHARS = 4 * 1024 * 1024
_WS = re.compile(r"[ \t\n\r]*")


class _TooLong(ValueError):
    pass


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _TooLong(text[:12])
    return int(text)


_DECODER = json.JSONDecoder(parse_int=_int)


class _Text:
    """The file's text in a sliding buffer, with the line of the current position."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.dec = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.first = True

    def more(self) -> bool:
        if self.eof:
            return False
        data = self.fh.read(CHUNK)
        try:
            text = self.dec.decode(data, final=not data)
        except UnicodeDecodeError:
            raise FileRefused("import.bad_text", place=f"line {self.line_at(len(self.buf))}"
                              ) from None
        if self.first:
            text, self.first = text.removeprefix("\ufeff"), False
        self.eof = not data
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return bool(data) or bool(text)

    def line_at(self, pos: int) -> int:
        return self.line + self.buf.count("\n", 0, min(pos, len(self.buf)))

    def peek(self) -> str:
        while True:
            m = _WS.match(self.buf, self.pos)
            self.pos = m.end() if m else self.pos
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos:self.pos + 1]

    def take(self, ch: str, what: str) -> None:
        if self.peek() != ch:
            raise FileRefused("import.bad_json",
                              error=f"{what}, line {self.line_at(self.pos)}")
        self.pos += 1

    def value(self, where: str) -> object:
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except _TooLong:
                raise FileRefused("import.bad_number",
                                  place=f"{where}, line {self.line_at(self.pos)}") from None
            except RecursionError:
                raise FileRefused("import.too_deep") from None
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos > MAX_ELEMENT_CHARS:
                    raise FileRefused("import.bad_json", error=f"{where} is larger than "
                                      f"{MAX_ELEMENT_CHARS // 1048576} MiB or damaged, line "
                                      f"{self.line_at(self.pos)}") from None
                if self.more():
                    continue
                raise FileRefused("import.bad_json",
                                  error=f"{exc.msg}, {where}, line {self.line_at(exc.pos)}"
                                  ) from None
            self.pos = end
            return value


def _check_header(header: dict[str, object], final: bool) -> bool:
    """Refuse a wrong format or version; False while they are not read yet."""
    if "format" not in header and not final:
        return False
    if header.get("format") != FORMAT_TAG:
        raise FileRefused("import.wrong_format")
    if header.get("version") != FORMAT_VERSION:
        raise FileRefused("import.unsupported_version", version=repr(header.get("version")))
    return True


def iter_json(path: Path) -> Iterator[object]:
    """The application objects of a JSON import file, one by one."""
    with path.open("rb") as fh:
        yield from _applications(_Text(fh))


def _applications(t: _Text) -> Iterator[object]:
    if t.peek() != "{":
        if t.peek() == "":
            raise FileRefused("import.bad_json", error="empty file")
        t.value("the file")  # refused as JSON if it is none; any other JSON: a wrong format
        raise FileRefused("import.wrong_format")
    t.pos += 1
    header: dict[str, object] = {}
    seen = False
    while t.peek() != "}":
        if header or seen:
            t.take(",", "',' expected")
        key = t.value("a key")
        if not isinstance(key, str):
            raise FileRefused("import.bad_json", error=f"a key, line {t.line_at(t.pos)}")
        t.take(":", "':' expected")
        if key != "applications":
            header[key] = t.value(f"the value of {key[:40]!r}")
            continue
        _check_header(header, final=False)
        if t.peek() != "[":
            raise FileRefused("import.no_applications")
        t.pos += 1
        n = 0
        while t.peek() != "]":
            if n:
                t.take(",", f"',' expected after record {n}")
            n += 1
            if n > MAX_RECORDS:
                raise FileRefused("import.too_many_records", max=MAX_RECORDS)
            yield t.value(f"record {n}")
        t.pos += 1
        seen = True
    t.pos += 1
    if t.peek() != "":
        raise FileRefused("import.bad_json", error=f"text after the end, line "
                                                   f"{t.line_at(t.pos)}")
    _check_header(header, final=True)
    if not seen:
        raise FileRefused("import.no_applications")
