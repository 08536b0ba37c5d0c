"""Shared wording and formats: statuses, decisions, dates (dd.MM.yyyy), catalog names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DATE_FMT = "%d.%m.%Y"
DATETIME_FMT = "%d.%m.%Y %H:%M"

STATUS_NAMES = {
    "submitted": QT_TRANSLATE_NOOP("Status", "Submitted"),
    "resubmitted": QT_TRANSLATE_NOOP("Status", "Resubmitted"),
    "registered": QT_TRANSLATE_NOOP("Status", "Registered"),
    "returned": QT_TRANSLATE_NOOP("Status", "Returned for revision"),
    "refused": QT_TRANSLATE_NOOP("Status", "Refused"),
}
DECISION_NAMES = {
    "register": QT_TRANSLATE_NOOP("Status", "Register"),
    "return": QT_TRANSLATE_NOOP("Status", "Return for revision"),
    "refuse": QT_TRANSLATE_NOOP("Status", "Refuse"),
}
ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("Status", "Administrator"),
    "mio": QT_TRANSLATE_NOOP("Status", "Local executive body clerk"),
    "viewer": QT_TRANSLATE_NOOP("Status", "Report viewer"),
}


def status_name(value: Any) -> str:
    key = getattr(value, "value", value)
    return QCoreApplication.translate("Status", STATUS_NAMES.get(key, str(key)))


def decision_name(value: Any) -> str:
    key = getattr(value, "value", value)
    return QCoreApplication.translate("Status", DECISION_NAMES.get(key, str(key)))


def role_name(value: Any) -> str:
    key = getattr(value, "value", value)
    return QCoreApplication.translate("Status", ROLE_NAMES.get(key, str(key)))


def fmt_date(d: dt.date | str | None) -> str:
    if not d:
        return ""
    if isinstance(d, str):
        try:
            d = dt.date.fromisoformat(d[:10])
        except ValueError:
            return d
    return d.strftime(DATE_FMT)


def fmt_local(moment: dt.datetime | None) -> str:
    """A UTC-naive moment as local (Kazakhstan) time."""
    if moment is None:
        return ""
    from models.workcalendar import KZ_TZ

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(KZ_TZ).strftime(DATETIME_FMT)


def catalog_name(catalogs: Any, catalog: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return str(catalogs.get(catalog, code).text(lang))
    except KeyError:
        return code


def domain_message(exc: BaseException, lang: str) -> str | None:
    """The user-facing message of an expected (domain) error, else None."""
    msg = getattr(exc, "message", None)
    if callable(msg) and hasattr(exc, "ru"):
        return str(msg(lang))
    return None
