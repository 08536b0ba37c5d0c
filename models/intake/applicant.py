"""The applicant of an application (p.2 2), p.6-8 of the Rules), as the portal sends it.

The applicant is a provider of special social services, a natural or legal person, who files
the application for a specialist and registers on the portal by mobile number or e-mail (p.8).
The portal's record may carry an ``applicant`` object::

    {"kind": "organization", "name": "…", "bin": "…", "licence": "…",
     "phone": "…", "email": "…", "consent_to_publish": true}

Without it the applicant is the specialist, with the specialist's contacts. Notifications of
the decision go to the applicant's contacts. When the applicant is an organisation, its own
consent to publication is recorded: the public registry needs it besides the specialist's (p.5).
"""

from __future__ import annotations

from typing import Any

from models.errors import Issue
from models.intake.validation import is_valid_email, is_valid_id12, issue, normalize_phone

SPECIALIST = "specialist"
ORGANIZATION = "organization"
KINDS = (SPECIALIST, ORGANIZATION)

#: Optional columns of the XLSX template (after the specialist's), by the object's key.
XLSX_COLUMNS = {
    "applicant_kind": "kind", "applicant_name": "name", "applicant_bin": "bin",
    "applicant_licence": "licence", "applicant_phone": "phone", "applicant_email": "email",
    "applicant_consent": "consent_to_publish",
}

_KIND_WORDS = {
    "specialist": SPECIALIST, "специалист": SPECIALIST, "маман": SPECIALIST,
    "organization": ORGANIZATION, "organisation": ORGANIZATION, "организация": ORGANIZATION,
    "ұйым": ORGANIZATION,
}


def from_specialist(data: dict[str, Any]) -> dict[str, Any]:
    """The applicant when the specialist files for themself: their own contacts."""
    return {"kind": SPECIALIST, "name": "", "bin": "", "licence": "",
            "phone": data.get("phone") or "", "email": data.get("email") or "",
            "consent_to_publish": None}


def applicant_of(data: dict[str, Any]) -> dict[str, Any]:
    """The applicant of a revision's data (revisions received before it was recorded: the
    specialist)."""
    found = data.get("applicant")
    return found if isinstance(found, dict) else from_specialist(data)


def _text(raw: dict[str, Any], key: str, issues: list[Issue], max_len: int,
          required: bool = False) -> str:
    value = raw.get(key)
    field = f"applicant.{key}"
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            issues.append(issue(field, "required"))
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        issues.append(issue(field, "not_text"))
        return ""
    value = " ".join(value.split())
    if len(value) > max_len:
        issues.append(issue(field, "too_long", max=max_len))
    return value[:max_len]


def _contacts(raw: dict[str, Any], issues: list[Issue]) -> tuple[str, str]:
    phone_raw = _text(raw, "phone", issues, 40)
    phone = (normalize_phone(phone_raw) or "") if phone_raw else ""
    if phone_raw and not phone:
        issues.append(issue("applicant.phone", "phone"))
    email = _text(raw, "email", issues, 254)
    if email and not is_valid_email(email):
        issues.append(issue("applicant.email", "email"))
    return phone, email


def validate_applicant(raw: object, specialist: dict[str, Any] | None
                       ) -> tuple[dict[str, Any] | None, list[Issue]]:
    """The normalised applicant and the issues found (errors name ``applicant.<field>``).

    ``specialist``: the validated specialist data (None when it had errors); an applicant
    that is the specialist takes their contacts unless it gives its own.
    """
    issues: list[Issue] = []
    spec = specialist or {}
    if raw is None:
        return from_specialist(spec), issues
    if not isinstance(raw, dict):
        return None, [issue("applicant", "not_object")]
    word = raw.get("kind", SPECIALIST)
    kind = _KIND_WORDS.get(word.strip().casefold()) if isinstance(word, str) else None
    if kind is None:
        return None, [issue("applicant.kind", "applicant_kind")]
    phone, email = _contacts(raw, issues)
    if kind == SPECIALIST:
        out = from_specialist(spec)
        if phone or email:  # the contacts registered on the portal, where they differ
            out["phone"], out["email"] = phone, email
        return (None if issues else out), issues
    name = _text(raw, "name", issues, 400, required=True)
    bin_ = _text(raw, "bin", issues, 40, required=True).replace(" ", "")
    if bin_:
        if len(bin_) != 12 or not bin_.isdigit():
            issues.append(issue("applicant.bin", "bin_format"))
        elif not is_valid_id12(bin_):
            issues.append(issue("applicant.bin", "bin_checksum"))
    licence = _text(raw, "licence", issues, 100)
    if not phone and not email and not any(i.field in ("applicant.phone", "applicant.email")
                                           for i in issues):
        issues.append(issue("applicant.phone", "contact_required"))
    consent = raw.get("consent_to_publish", False)
    if consent is None:
        consent = False
    if not isinstance(consent, bool):
        issues.append(issue("applicant.consent_to_publish", "boolean"))
    if any(i.severity == "error" for i in issues):
        return None, issues
    return {"kind": ORGANIZATION, "name": name, "bin": bin_, "licence": licence,
            "phone": phone, "email": email, "consent_to_publish": consent}, issues


def carry_applicant(new: dict[str, Any], old: dict[str, Any] | None) -> dict[str, Any]:
    """A resubmission's or a correction's data, with the organisation that applied before when
    it names no applicant of its own (a specialist applicant follows the new contacts)."""
    before = (old or {}).get("applicant")
    if "applicant" in new or not isinstance(before, dict) or before.get("kind") != ORGANIZATION:
        return new
    return {**new, "applicant": before}


def applicant_columns(data: dict[str, Any]) -> dict[str, Any]:
    """The ``applications`` columns of the applicant of a revision's data."""
    a = applicant_of(data)
    return {"applicant_kind": a["kind"], "applicant_name": a.get("name") or "",
            "applicant_bin": a.get("bin") or "", "applicant_licence": a.get("licence") or "",
            "applicant_phone": a.get("phone") or "", "applicant_email": a.get("email") or ""}


def publishable(data: dict[str, Any]) -> bool:
    """Whether the registry may publish the specialist (p.5): the specialist consents and,
    when an organisation applied, so does the organisation."""
    a = applicant_of(data)
    org_ok = a["kind"] != ORGANIZATION or a.get("consent_to_publish") is True
    return bool(data.get("consent_to_publish")) and org_ok


def from_xlsx_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """The ``applicant`` object of a template row (None when its applicant columns are empty)."""
    found = {key: row.get(col) for col, key in XLSX_COLUMNS.items()
             if row.get(col) not in (None, "")}
    if not found:
        return None
    for key in ("bin", "phone"):
        if found.get(key) is not None:
            found[key] = str(found[key])
    consent = found.get("consent_to_publish")
    if isinstance(consent, str):
        found["consent_to_publish"] = {"да": True, "иә": True, "yes": True, "true": True,
                                       "1": True, "нет": False, "жоқ": False, "no": False,
                                       "false": False, "0": False,
                                       }.get(consent.strip().casefold(), consent)
    elif isinstance(consent, int | float) and not isinstance(consent, bool):
        found["consent_to_publish"] = bool(consent)
    return found
