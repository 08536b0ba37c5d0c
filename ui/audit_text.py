"""The audit log in words: action and object names, and before/after as
"field: old → new" in the interface language (the stored JSON stays as recorded)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from ui.text import catalog_name, decision_name, field_label, fmt_date, role_name, status_name

if TYPE_CHECKING:
    from models.catalogs import Catalogs

C = "Audit"
YES, NO = QT_TRANSLATE_NOOP("Audit", "yes"), QT_TRANSLATE_NOOP("Audit", "no")
ACTION_NAMES = {
    "access.denied": QT_TRANSLATE_NOOP("Audit", "access denied"),
    "application.receive": QT_TRANSLATE_NOOP("Audit", "application received"),
    "application.register": QT_TRANSLATE_NOOP("Audit", "registered"),
    "application.return": QT_TRANSLATE_NOOP("Audit", "returned for revision"),
    "application.refuse": QT_TRANSLATE_NOOP("Audit", "refused"),
    "application.resubmit": QT_TRANSLATE_NOOP("Audit", "resubmitted"),
    "application.correct": QT_TRANSLATE_NOOP("Audit", "application corrected"),
    "application.recommend": QT_TRANSLATE_NOOP("Audit", "clerk's recommendation"),
    "application.redate": QT_TRANSLATE_NOOP("Audit", "date received changed"),
    "application.take": QT_TRANSLATE_NOOP("Audit", "application taken"),
    "application.release": QT_TRANSLATE_NOOP("Audit", "hold released"),
    "application.view": QT_TRANSLATE_NOOP("Audit", "application viewed"),
    "backup.restore": QT_TRANSLATE_NOOP("Audit", "backup restored"),
    "calendar.set": QT_TRANSLATE_NOOP("Audit", "calendar day set"),
    "calendar.remove": QT_TRANSLATE_NOOP("Audit", "calendar day removed"),
    "letters.print": QT_TRANSLATE_NOOP("Audit", "letters printed"),
    "login.ok": QT_TRANSLATE_NOOP("Audit", "signed in"),
    "login.failed": QT_TRANSLATE_NOOP("Audit", "failed sign-in"),
    "registry.exclude": QT_TRANSLATE_NOOP("Audit", "excluded from the registry"),
    "registry.export": QT_TRANSLATE_NOOP("Audit", "registry exported"),
    "session.start": QT_TRANSLATE_NOOP("Audit", "session started"),
    "session.end": QT_TRANSLATE_NOOP("Audit", "session ended"),
    "session.list": QT_TRANSLATE_NOOP("Audit", "sessions viewed"),
    "settings.update": QT_TRANSLATE_NOOP("Audit", "security settings changed"),
    "user.create": QT_TRANSLATE_NOOP("Audit", "user created"),
    "user.update": QT_TRANSLATE_NOOP("Audit", "user changed"),
    "user.activate": QT_TRANSLATE_NOOP("Audit", "user activated"),
    "user.deactivate": QT_TRANSLATE_NOOP("Audit", "user deactivated"),
    "user.reset_password": QT_TRANSLATE_NOOP("Audit", "password reset"),
    "user.list": QT_TRANSLATE_NOOP("Audit", "users viewed"),
    "statistics.export": QT_TRANSLATE_NOOP("Audit", "statistics exported"),
    "notification.sent": QT_TRANSLATE_NOOP("Audit", "notification sent"),
    "notification.temporary": QT_TRANSLATE_NOOP("Audit", "notification not sent, will retry"),
    "notification.permanent": QT_TRANSLATE_NOOP("Audit", "notification failed"),
    "notification.uncertain": QT_TRANSLATE_NOOP("Audit", "notification may not have arrived"),
    "notification.stale": QT_TRANSLATE_NOOP("Audit", "interrupted sending resumed"),
    "notification.delivered": QT_TRANSLATE_NOOP("Audit", "notification delivered"),
    "notification.resend": QT_TRANSLATE_NOOP("Audit", "notification to be sent again"),
    "smtp.update": QT_TRANSLATE_NOOP("Audit", "mail settings changed"),
    "smtp.test": QT_TRANSLATE_NOOP("Audit", "test e-mail sent"),
    "template.update": QT_TRANSLATE_NOOP("Audit", "letter template changed"),
    "template.reset": QT_TRANSLATE_NOOP("Audit", "letter template restored"),
    "letters.number_format": QT_TRANSLATE_NOOP("Audit", "letter number format changed"),
    "audit.seal": QT_TRANSLATE_NOOP("Audit", "audit log sealed"),
}
ENTITY_NAMES = {
    "application": QT_TRANSLATE_NOOP("Audit", "application"),
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "registry": QT_TRANSLATE_NOOP("Audit", "registry"),
    "calendar": QT_TRANSLATE_NOOP("Audit", "calendar"),
    "session": QT_TRANSLATE_NOOP("Audit", "session"),
    "settings": QT_TRANSLATE_NOOP("Audit", "settings"),
    "registry_entry": QT_TRANSLATE_NOOP("Audit", "registry entry"),
    "decision": QT_TRANSLATE_NOOP("Audit", "decision"),
    "database": QT_TRANSLATE_NOOP("Audit", "database"),
    "audit": QT_TRANSLATE_NOOP("Audit", "audit log"),
    "notification": QT_TRANSLATE_NOOP("Audit", "notification"),
    "template": QT_TRANSLATE_NOOP("Audit", "template"),
    "statistics": QT_TRANSLATE_NOOP("Audit", "statistics"),
}
EDITIONS = {
    "full": QT_TRANSLATE_NOOP("Audit", "full"),
    "public": QT_TRANSLATE_NOOP("Audit", "public"),
}
LANGS = {
    "kk": QT_TRANSLATE_NOOP("Audit", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Audit", "Russian"),
    "both": QT_TRANSLATE_NOOP("Audit", "Kazakh and Russian"),
}
#: audit keys that are not form fields
KEY_NAMES = {
    "status": QT_TRANSLATE_NOOP("Audit", "status"),
    "revision": QT_TRANSLATE_NOOP("Audit", "revision"),
    "registry_number": QT_TRANSLATE_NOOP("Audit", "registry number"),
    "reasons": QT_TRANSLATE_NOOP("Audit", "reasons"),
    "comment": QT_TRANSLATE_NOOP("Audit", "comment"),
    "reason": QT_TRANSLATE_NOOP("Audit", "reason"),
    "login": QT_TRANSLATE_NOOP("Audit", "login"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"),
    "region": QT_TRANSLATE_NOOP("Audit", "region"),
    "full_name": QT_TRANSLATE_NOOP("Audit", "full name"),
    "active": QT_TRANSLATE_NOOP("Audit", "active"),
    "day": QT_TRANSLATE_NOOP("Audit", "day"),
    "kind": QT_TRANSLATE_NOOP("Audit", "kind"),
    "received_at": QT_TRANSLATE_NOOP("Audit", "date received"),
    "as_of": QT_TRANSLATE_NOOP("Audit", "as of"),
    "held_by": QT_TRANSLATE_NOOP("Audit", "held by"),
    "workstation": QT_TRANSLATE_NOOP("Audit", "workstation"),
    "note": QT_TRANSLATE_NOOP("Audit", "note"),
    "what": QT_TRANSLATE_NOOP("Audit", "what"),
    "message": QT_TRANSLATE_NOOP("Audit", "message"),
    "attempt": QT_TRANSLATE_NOOP("Audit", "attempt"),
    "locked": QT_TRANSLATE_NOOP("Audit", "locked"),
    "locked_until": QT_TRANSLATE_NOOP("Audit", "locked until"),
    "excluded_on": QT_TRANSLATE_NOOP("Audit", "excluded on"),
    "count": QT_TRANSLATE_NOOP("Audit", "count"),
    "edition": QT_TRANSLATE_NOOP("Audit", "edition"),
    "lang": QT_TRANSLATE_NOOP("Audit", "language"),
    "working": QT_TRANSLATE_NOOP("Audit", "working day"),
    "portal_ids": QT_TRANSLATE_NOOP("Audit", "applications"),
    "position": QT_TRANSLATE_NOOP("Audit", "position"),
    "channel": QT_TRANSLATE_NOOP("Audit", "channel"),
    "outcome": QT_TRANSLATE_NOOP("Audit", "outcome"),
    "detail": QT_TRANSLATE_NOOP("Audit", "detail"),
    "delivered_on": QT_TRANSLATE_NOOP("Audit", "delivered on"),
    "by_hand": QT_TRANSLATE_NOOP("Audit", "by hand"),
    "next_channel": QT_TRANSLATE_NOOP("Audit", "next channel"),
    "host": QT_TRANSLATE_NOOP("Audit", "server"),
    "port": QT_TRANSLATE_NOOP("Audit", "port"),
    "security": QT_TRANSLATE_NOOP("Audit", "security"),
    "sender": QT_TRANSLATE_NOOP("Audit", "sender"),
    "user": QT_TRANSLATE_NOOP("Audit", "login"),
    "password_set": QT_TRANSLATE_NOOP("Audit", "password stored"),
    "password_changed": QT_TRANSLATE_NOOP("Audit", "password changed"),
    "to": QT_TRANSLATE_NOOP("Audit", "to"),
    "ok": QT_TRANSLATE_NOOP("Audit", "succeeded"),
    "subject": QT_TRANSLATE_NOOP("Audit", "subject"),
    "body": QT_TRANSLATE_NOOP("Audit", "text"),
    "format": QT_TRANSLATE_NOOP("Audit", "format"),
    "events": QT_TRANSLATE_NOOP("Audit", "events"),
    "unsealed": QT_TRANSLATE_NOOP("Audit", "not sealed before"),
    "first_unsealed": QT_TRANSLATE_NOOP("Audit", "first not sealed"),
    "key": QT_TRANSLATE_NOOP("Audit", "key"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def action_name(code: str) -> str:
    src = ACTION_NAMES.get(code)
    return tr(src) if src else code


def entity_text(entity: str, entity_id: str) -> str:
    src = ENTITY_NAMES.get(entity)
    return f"{tr(src) if src else entity} {entity_id}".strip()


def key_name(key: str) -> str:
    src = KEY_NAMES.get(key)
    return tr(src) if src else field_label(key)


def value_text(key: str, value: object, catalogs: Catalogs | None, lang: str) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if key == "status":
        return status_name(value)
    if key == "role":
        return role_name(value)
    if key == "edition" and value in EDITIONS:
        return tr(EDITIONS[value])
    if key == "lang" and value in LANGS:
        return tr(LANGS[value])
    if key == "kind" and isinstance(value, str):
        return decision_name(value)
    if key in ("region", "address.region") and catalogs is not None:
        return catalog_name(catalogs, "regions", str(value), lang)
    if key == "profession" and catalogs is not None:
        return catalog_name(catalogs, "professions", str(value), lang)
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return fmt_date(value)
    return str(value)


def _load(text: str | None) -> dict[str, object] | None:
    if not text:
        return None
    try:
        v = json.loads(text)
    except ValueError:
        return {"": text}
    return v if isinstance(v, dict) else {"": v}


def change_text(
    before: str | None, after: str | None, catalogs: Catalogs | None, lang: str
) -> str:
    """``{"status":"submitted"}`` / ``{"status":"registered"}`` → "status: Submitted →
    Registered"; keys that did not change are left out, empty new values too."""
    a, b = _load(before), _load(after)
    parts = []
    for key in dict.fromkeys([*(a or {}), *(b or {})]):
        old = (a or {}).get(key)
        new = (b or {}).get(key)
        name = key_name(key) + ": " if key else ""
        if a is not None and b is not None:
            if old == new:
                continue
            parts.append(
                f"{name}{value_text(key, old, catalogs, lang)} → "
                f"{value_text(key, new, catalogs, lang)}"
            )
        else:
            v = new if b is not None else old
            if v is None or v == "" or v == []:
                continue
            parts.append(name + value_text(key, v, catalogs, lang))
    return "; ".join(parts)
