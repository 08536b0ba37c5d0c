"""Field-level validation of an application, with messages in Russian and Kazakh.

The input is the portal's JSON shape (``specialist`` object, see the import format);
the output is a normalised dict that becomes a revision's data, plus a list of issues.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from models.catalogs import Catalogs
from models.errors import Issue, check_params

KZ_TZ_NAME = "Asia/Almaty"


_PHONE_RE = re.compile(r"^(?:\+?7|8)?(7(?:0\d|47|5\d|6\d|7\d)\d{7})$")  # mobile codes


_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


_PORTAL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")


def issue(field: str, code: str, severity: str = "error", **fmt: object) -> Issue:
    """The issue ``validation.<code>`` of ``field``, its placeholders filled from ``fmt``."""
    found = Issue(field, code, severity, tuple(fmt.items()))
    check_params(found.key, fmt)
    return found


_W1 = tuple(range(1, 12))


_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first11: str) -> int | None:
    """Control digit of an IIN/BIN body (11 digits); None when no valid digit exists."""
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
        if s == 10:
            return None
    return s


def is_valid_id12(value: str) -> bool:
    """True for a 12-digit IIN or BIN whose control digit is right."""
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        return False
    cd = check_digit(value[:11])
    return cd is not None and cd == int(value[11])


def iin_birth_date(iin: str) -> dt.date | None:
    """The birth date an IIN encodes (YYMMDD + century digit), or None if it encodes none."""
    if len(iin) != 12 or not iin.isdigit():
        return None
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(iin[6])
    if century is None:
        return None
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def normalize_phone(value: str) -> str | None:
    """A Kazakhstan mobile number as ``+77XXXXXXXXX``, or None if it is not one."""
    digits = re.sub(r"[\s\-().]", "", value)
    m = _PHONE_RE.match(digits)
    return f"+7{m.group(1)}" if m else None


def is_valid_email(value: str) -> bool:
    return len(value) <= 254 and bool(_EMAIL_RE.match(value))


def normalize_name_key(last: str, first: str, middle: str) -> str:
    """Name for duplicate detection: casefolded, ё→е, single spaces."""
    text = " ".join(p for p in (last, first, middle) if p)
    return " ".join(text.casefold().replace("ё", "е").split())


def is_name(value: str) -> bool:
    """Letters of any script, with spaces, hyphens, apostrophes and dots between them."""
    return value[:1].isalpha() and all(ch.isalpha() or ch in " -'’." for ch in value)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class _Checker:
    def __init__(self, catalogs: Catalogs, received_on: dt.date) -> None:
        self.catalogs = catalogs
        self.received_on = received_on
        self.issues: list[Issue] = []

    def err(self, field: str, code: str, **fmt: object) -> None:
        self.issues.append(issue(field, code, "error", **fmt))

    def text(self, obj: dict[str, Any], key: str, field: str, *, required: bool = True,
             max_len: int = 400) -> str:
        v = obj.get(key)
        if type(v) is str:  # the common case first: a text, its spaces folded
            v = " ".join(v.split())
            if v and len(v) <= max_len:
                return v
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                self.err(field, "required")
            return ""
        if isinstance(v, int | float) and not isinstance(v, bool):
            v = str(v)
        if not isinstance(v, str):
            self.err(field, "not_text")
            return ""
        v = " ".join(v.split())
        if len(v) > max_len:
            self.err(field, "too_long", max=max_len)
            return v[:max_len]
        return v

    def date(self, obj: dict[str, Any], key: str, field: str, *, required: bool = True,
             not_after_receipt: bool = True) -> dt.date | None:
        v = obj.get(key)
        if v in (None, ""):
            if required:
                self.err(field, "required")
            return None
        d: dt.date | None = None
        if isinstance(v, dt.datetime):
            d = v.date()
        elif isinstance(v, dt.date):
            d = v
        elif isinstance(v, str):
            try:
                d = dt.date.fromisoformat(v.strip()[:10]) if len(v.strip()) >= 10 else None
            except ValueError:
                d = None
        if d is None:
            self.err(field, "date_format")
            return None
        if not_after_receipt and d > self.received_on:
            self.err(field, "date_future")
        return d

    def code(self, obj: dict[str, Any], key: str, field: str, catalog: str, *,
             required: bool = True) -> str | None:
        v = self.text(obj, key, field, required=required)
        if not v:
            return None
        c = self.catalogs.resolve(catalog, v)
        if c is None:
            self.err(field, "unknown_value", value=v[:60])
        return c

    def integer(self, obj: dict[str, Any], key: str, field: str, lo: int, hi: int) -> int:
        v = obj.get(key, 0)
        if v in (None, ""):
            return 0
        if isinstance(v, str) and v.strip().isdigit():
            v = int(v.strip())
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            self.err(field, "integer_range", min=lo, max=hi)
            return 0
        return v

    def obj(self, parent: dict[str, Any], key: str, field: str) -> dict[str, Any]:
        v = parent.get(key)
        if v is None:
            self.err(field, "required")
            return {}
        if not isinstance(v, dict):
            self.err(field, "not_object")
            return {}
        return v

    def order(self, start: dt.date | None, end: dt.date | None, field: str) -> None:
        if start and end and start > end:
            self.err(field, "date_order")


def validate_specialist(
    spec: object, catalogs: Catalogs, received_on: dt.date
) -> tuple[dict[str, Any] | None, list[Issue]]:
    """Validate the ``specialist`` object of one application.

    Returns the normalised data (None when any error was found) and every issue,
    errors and warnings, each naming its field.
    """
    c = _Checker(catalogs, received_on)
    if not isinstance(spec, dict):
        c.err("specialist", "not_object")
        return None, c.issues
    out: dict[str, Any] = {}
    for key, required in (("last_name", True), ("first_name", True), ("middle_name", False)):
        out[key] = c.text(spec, key, key, required=required, max_len=100)
        if out[key] and not is_name(out[key]):
            c.err(key, "name_chars")

    iin = c.text(spec, "iin", "iin", max_len=40).replace(" ", "")
    if iin:
        if len(iin) != 12 or not iin.isdigit():
            c.err("iin", "iin_format")
        elif not is_valid_id12(iin):
            c.err("iin", "iin_checksum")
    out["iin"] = iin

    birth = c.date(spec, "birth_date", "birth_date")
    if birth and not 18 <= age_on(birth, received_on) <= 100:
        c.err("birth_date", "age_range")
    if birth and iin and is_valid_id12(iin):
        encoded = iin_birth_date(iin)
        if encoded is not None and encoded != birth:
            c.issues.append(issue("iin", "iin_birth_mismatch", severity="warning"))
    out["birth_date"] = birth.isoformat() if birth else None

    phone_raw = c.text(spec, "phone", "phone", required=False, max_len=40)
    phone = ""
    if phone_raw:
        phone = normalize_phone(phone_raw) or ""
        if not phone:
            c.err("phone", "phone")
    email = c.text(spec, "email", "email", required=False, max_len=254)
    if email and not is_valid_email(email):
        c.err("email", "email")
    if not phone_raw and not email:
        c.err("phone", "contact_required")
    out["phone"], out["email"] = phone, email

    addr = c.obj(spec, "address", "address")
    out["region"] = c.code(addr, "region", "address.region", "regions")
    out["settlement"] = c.text(addr, "settlement", "address.settlement", max_len=200)
    out["registration_address"] = c.text(
        addr, "registration_address", "address.registration_address", max_len=400
    )
    out["profession"] = c.code(spec, "profession", "profession", "professions")
    exp = spec.get("experience") or {}
    if not isinstance(exp, dict):
        c.err("experience", "not_object")
        exp = {}
    out["experience"] = {
        "years": c.integer(exp, "years", "experience.years", 0, 80),
        "months": c.integer(exp, "months", "experience.months", 0, 11),
    }

    out["education"] = []
    edu = spec.get("education")
    if not isinstance(edu, list) or not edu:
        c.err("education", "list_required")
        edu = []
    for i, rec in enumerate(edu, 1):
        f = f"education[{i}]"
        if not isinstance(rec, dict):
            c.err(f, "not_object")
            continue
        start = c.date(rec, "start", f"{f}.start")
        end = c.date(rec, "end", f"{f}.end")
        c.order(start, end, f"{f}.end")
        out["education"].append({
            "level": c.code(rec, "level", f"{f}.level", "education_levels"),
            "institution": c.text(rec, "institution", f"{f}.institution"),
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "document": c.text(rec, "document", f"{f}.document", max_len=200),
        })

    out["employment"] = []
    emp = spec.get("employment")
    if not isinstance(emp, list) or not emp:
        c.err("employment", "list_required")
        emp = []
    for i, rec in enumerate(emp, 1):
        f = f"employment[{i}]"
        if not isinstance(rec, dict):
            c.err(f, "not_object")
            continue
        bin_ = c.text(rec, "bin", f"{f}.bin", max_len=40).replace(" ", "")
        if bin_:
            if len(bin_) != 12 or not bin_.isdigit():
                c.err(f"{f}.bin", "bin_format")
            elif not is_valid_id12(bin_):
                c.err(f"{f}.bin", "bin_checksum")
        start = c.date(rec, "start", f"{f}.start")
        end = c.date(rec, "end", f"{f}.end", required=False)
        c.order(start, end, f"{f}.end")
        out["employment"].append({
            "organization": c.text(rec, "organization", f"{f}.organization"),
            "bin": bin_,
            "position": c.text(rec, "position", f"{f}.position", max_len=200),
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
        })

    q = spec.get("qualification") or {}
    if not isinstance(q, dict):
        c.err("qualification", "not_object")
        q = {}
    cat = c.code(q, "category", "qualification.category", "categories", required=False)
    assigned = c.date(q, "assigned_on", "qualification.assigned_on", required=False)
    commission = c.text(q, "commission", "qualification.commission", required=False)
    if cat and cat != "NONE" and (assigned is None or not commission):
        c.err("qualification", "category_details")
    out["qualification"] = {
        "category": cat or "NONE",
        "assigned_on": assigned.isoformat() if assigned else None,
        "commission": commission,
    }
    consent = spec.get("consent_to_publish", False)
    if not isinstance(consent, bool):
        c.err("consent_to_publish", "boolean")
        consent = False
    out["consent_to_publish"] = consent

    if any(i.severity == "error" for i in c.issues):
        return None, c.issues
    return out, c.issues


def validate_portal_id(value: object) -> Issue | None:
    if not isinstance(value, str) or not _PORTAL_ID_RE.match(value):
        return issue("portal_id", "portal_id")
    return None
