"""Shared wording and formats: statuses, decisions, dates (dd.MM.yyyy), catalog names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from models.errors import DomainError
from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from models.catalogs import Catalogs

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


def status_name(value: object) -> str:
    key = str(getattr(value, "value", value))
    return QCoreApplication.translate("Status", STATUS_NAMES.get(key, key))


def decision_name(value: object) -> str:
    key = str(getattr(value, "value", value))
    return QCoreApplication.translate("Status", DECISION_NAMES.get(key, key))


def role_name(value: object) -> str:
    key = str(getattr(value, "value", value))
    return QCoreApplication.translate("Status", ROLE_NAMES.get(key, key))


def fmt_date(d: dt.date | str | None) -> str:
    if not d:
        return ""
    if isinstance(d, str):
        try:
            return dt.date.fromisoformat(d[:10]).strftime(DATE_FMT)
        except ValueError:
            return d
    return d.strftime(DATE_FMT)


def fmt_local(moment: dt.datetime | None) -> str:
    """A UTC-naive moment as local (Kazakhstan) time."""
    if moment is None:
        return ""
    from models.calendar.workdays import KZ_TZ

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(KZ_TZ).strftime(DATETIME_FMT)


def fmt_since(moment: dt.datetime | None) -> str:
    """A UTC-naive moment as local time: ``HH:MM`` today, else ``dd.MM.yyyy HH:MM``."""
    if moment is None:
        return ""
    from models.calendar.workdays import KZ_TZ

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(KZ_TZ)
    if local.date() == dt.datetime.now(KZ_TZ).date():
        return local.strftime("%H:%M")
    return local.strftime(DATETIME_FMT)


def catalog_name(catalogs: Catalogs, catalog: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return str(catalogs.get(catalog, code).text(lang))
    except KeyError:
        return code


def domain_message(exc: BaseException, lang: str) -> str | None:
    """The user-facing message of an expected (domain) error, else None (a bug)."""
    if isinstance(exc, DomainError):
        return exc.message(lang)
    return None


FIELD_NAMES = {
    "portal_id": QT_TRANSLATE_NOOP("Field", "application number"),
    "received_at": QT_TRANSLATE_NOOP("Field", "date received"),
    "application": QT_TRANSLATE_NOOP("Field", "application"),
    "specialist": QT_TRANSLATE_NOOP("Field", "specialist"),
    "last_name": QT_TRANSLATE_NOOP("Field", "last name"),
    "first_name": QT_TRANSLATE_NOOP("Field", "first name"),
    "middle_name": QT_TRANSLATE_NOOP("Field", "middle name"),
    "iin": QT_TRANSLATE_NOOP("Field", "IIN"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "birth date"),
    "phone": QT_TRANSLATE_NOOP("Field", "mobile phone"),
    "email": QT_TRANSLATE_NOOP("Field", "e-mail"),
    "address": QT_TRANSLATE_NOOP("Field", "address"),
    "address.region": QT_TRANSLATE_NOOP("Field", "region"),
    "address.settlement": QT_TRANSLATE_NOOP("Field", "settlement"),
    "address.registration_address": QT_TRANSLATE_NOOP("Field", "registration address"),
    "profession": QT_TRANSLATE_NOOP("Field", "profession"),
    "experience": QT_TRANSLATE_NOOP("Field", "experience"),
    "experience.years": QT_TRANSLATE_NOOP("Field", "experience, years"),
    "experience.months": QT_TRANSLATE_NOOP("Field", "experience, months"),
    "education": QT_TRANSLATE_NOOP("Field", "education"),
    "employment": QT_TRANSLATE_NOOP("Field", "employment"),
    "level": QT_TRANSLATE_NOOP("Field", "education level"),
    "institution": QT_TRANSLATE_NOOP("Field", "institution"),
    "document": QT_TRANSLATE_NOOP("Field", "document"),
    "organization": QT_TRANSLATE_NOOP("Field", "organization"),
    "bin": QT_TRANSLATE_NOOP("Field", "BIN"),
    "position": QT_TRANSLATE_NOOP("Field", "position"),
    "start": QT_TRANSLATE_NOOP("Field", "start date"),
    "end": QT_TRANSLATE_NOOP("Field", "end date"),
    "qualification": QT_TRANSLATE_NOOP("Field", "qualification category"),
    "qualification.category": QT_TRANSLATE_NOOP("Field", "qualification category"),
    "qualification.assigned_on": QT_TRANSLATE_NOOP("Field", "date assigned"),
    "qualification.commission": QT_TRANSLATE_NOOP("Field", "attestation commission"),
    "consent_to_publish": QT_TRANSLATE_NOOP("Field", "consent to publication"),
}


def field_label(field: str) -> str:
    """``education[2].end`` → "education 2: end date" in the interface language."""
    import re

    def name(key: str) -> str:
        src = FIELD_NAMES.get(key)
        return QCoreApplication.translate("Field", src) if src else key

    m = re.match(r"^(education|employment)\[(\d+)\](?:\.(\w+))?$", field)
    if m:
        head = f"{name(m[1])} {m[2]}"
        return f"{head}: {name(m[3])}" if m[3] else head
    return name(field)


def position_hint() -> str:
    """The placeholder of a position field: Kazakh / Russian signs each half in its language."""
    return QCoreApplication.translate(
        "Status", "in Kazakh / in Russian, e.g. Тізілім бөлімінің басшысы / Руководитель "
        "отдела реестра")
