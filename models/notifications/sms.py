"""SMS: how many segments a text takes, and the gateway that carries them.

Segments follow GSM 03.38 / 3GPP 23.040: a text entirely in the GSM 7-bit alphabet takes 160
septets in one message or 153 per part of a longer one (a character of the extension table,
such as ``€`` or ``[``, takes two septets and is never split); any other text (Cyrillic,
Kazakh) is sent in UCS-2: 70 UTF-16 units in one message, 67 per part (a surrogate pair is
never split).

The gateway is one small interface (:class:`SmsGateway`): ``stage`` gets a batch ready without
anything leaving, ``hand_over`` passes it on (the point of no return), ``reports`` reads
delivery results. :class:`CsvFileGateway` hands over a CSV file for the operator's bulk
service and reads its delivery report back; an HTTP gateway would be a second implementation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from models.errors import InvalidInput

MAX_SEGMENTS = 3

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")


@dataclass(frozen=True, slots=True)
class Segments:
    encoding: Literal["GSM-7", "UCS-2"]
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    count: int


def _parts(costs: Sequence[int], single: int, part: int) -> int:
    """How many messages characters of these costs fill (a character is never split)."""
    total = sum(costs)
    if total <= single:
        return 1
    count, used = 1, 0
    for c in costs:
        if used + c > part:
            count, used = count + 1, 0
        used += c
    return count


def segments(text: str) -> Segments:
    """The encoding and the number of messages ``text`` takes as an SMS."""
    if all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text):
        costs = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        return Segments("GSM-7", sum(costs), _parts(costs, 160, 153))
    costs = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return Segments("UCS-2", sum(costs), _parts(costs, 70, 67))


@dataclass(frozen=True, slots=True)
class SmsMessage:
    ref: str  # our reference, echoed in the delivery report
    phone: str
    text: str


@dataclass(frozen=True, slots=True)
class SmsOutcome:
    ref: str
    result: Literal["accepted", "temporary", "permanent"]
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SmsReport:
    ref: str
    result: Literal["delivered", "failed", "pending"]
    detail: str = ""
    at: dt.datetime | None = None


class SmsGateway(Protocol):
    """What the sender needs of an SMS gateway."""

    def stage(self, messages: Sequence[SmsMessage]) -> None:
        """Get the batch ready; nothing reaches anyone yet."""

    def hand_over(self) -> list[SmsOutcome]:
        """Pass the staged batch on (past the point of no return); one outcome per message."""

    def discard(self) -> None:
        """Forget a staged batch that will not be handed over."""

    def reports(self) -> Iterator[SmsReport]:
        """The delivery results the operator has reported."""


_DELIVERED = {"delivered", "delivrd", "доставлено", "жеткізілді"}
_FAILED = {"undelivered", "undeliv", "failed", "rejected", "rejectd", "expired", "invalid",
           "error", "не доставлено", "жеткізілмеді"}
_REF_COLUMNS = ("ref", "id", "message_id", "msgid")
_TIME_COLUMNS = ("time", "date", "done", "delivered_at")


class CsvFileGateway:
    """Hands a batch over as a CSV file (``ref,phone,text,encoding,segments``, UTF-8) for the
    operator's bulk service, and reads its delivery report (``ref,status[,detail][,time]``).

    The file appears only when the batch is handed over (written beside it, then renamed), and
    never replaces an earlier file that may not have been uploaded yet.
    """

    def __init__(self, out: Path | None = None, report: Path | None = None) -> None:
        self.out, self.report = out, report
        self._staged: list[SmsMessage] = []
        self._tmp: Path | None = None

    def stage(self, messages: Sequence[SmsMessage]) -> None:
        if self.out is None:
            raise ValueError("no file to write")
        if self.out.exists():
            raise InvalidInput("sms.out_exists", path=self.out)
        self._tmp = self.out.with_name(self.out.name + ".part")
        with self._tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["ref", "phone", "text", "encoding", "segments"])
            for m in messages:
                seg = segments(m.text)
                w.writerow([m.ref, m.phone, m.text, seg.encoding, seg.count])
            fh.flush()
            os.fsync(fh.fileno())
        self._staged = list(messages)

    def hand_over(self) -> list[SmsOutcome]:
        if self._tmp is None or self.out is None:
            return []
        if self.out.exists():
            raise InvalidInput("sms.out_exists", path=self.out)
        os.replace(self._tmp, self.out)
        self._tmp = None
        return [SmsOutcome(m.ref, "accepted") for m in self._staged]

    def discard(self) -> None:
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None
        self._staged = []

    def reports(self) -> Iterator[SmsReport]:
        if self.report is None:
            return
        try:
            text = self.report.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("sms.bad_report", path=self.report,
                               error=exc.__class__.__name__) from None
        dialect: type[csv.Dialect] | csv.Dialect
        try:
            dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = csv.DictReader(io.StringIO(text), dialect=dialect)
        heads = {(h or "").strip().casefold(): h for h in rows.fieldnames or ()}
        ref_col = next((heads[c] for c in _REF_COLUMNS if c in heads), None)
        status_col = heads.get("status")
        if ref_col is None or status_col is None:
            raise InvalidInput("sms.bad_report", path=self.report, error="ref, status")
        detail_col = heads.get("detail") or heads.get("error")
        time_col = next((heads[c] for c in _TIME_COLUMNS if c in heads), None)
        for row in rows:
            ref = (row.get(ref_col) or "").strip()
            if not ref:
                continue
            status = " ".join((row.get(status_col) or "").casefold().split())
            result: Literal["delivered", "failed", "pending"] = (
                "delivered" if status in _DELIVERED else
                "failed" if status in _FAILED else "pending")
            detail = (row.get(detail_col) or "").strip() if detail_col else ""
            yield SmsReport(ref, result, (detail or status)[:300],
                            _moment((row.get(time_col) or "") if time_col else ""))


def _moment(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None
