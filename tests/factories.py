"""Valid application data for tests (the portal's import JSON shape)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from models.intake.validation import check_digit


def id12(body11: str) -> str:
    """A valid IIN/BIN for an 11-digit body, trying the next bodies when none exists."""
    n = int(body11)
    while True:
        b = f"{n:011d}"
        cd = check_digit(b)
        if cd is not None:
            return b + str(cd)
        n += 1


def iin_for(birth: dt.date, female: bool = False, serial: int = 1234) -> str:
    century = ("4" if female else "3") if birth.year < 2000 else ("6" if female else "5")
    return id12(birth.strftime("%y%m%d") + century + f"{serial:04d}")


BIN = id12("12034000011")
BIRTH = dt.date(1986, 4, 12)


def specialist(**over: Any) -> dict[str, Any]:
    s: dict[str, Any] = {
        "last_name": "Әбілқайырова", "first_name": "Әсел", "middle_name": "Нұрланқызы",
        "iin": iin_for(BIRTH, female=True), "birth_date": BIRTH.isoformat(),
        "phone": "+7 701 123 45 67", "email": "asel@example.kz",
        "address": {"region": "Абай облысы", "settlement": "Семей",
                    "registration_address": "Абай даңғылы, 12"},
        "profession": "психолог", "experience": {"years": 7, "months": 4},
        "education": [{"level": "высшее образование", "institution": "КазНУ им. аль-Фараби",
                       "start": "2004-09-01", "end": "2008-06-30", "document": "ЖБ-0012345"}],
        "employment": [{"organization": "КГУ «Центр оказания специальных социальных услуг»",
                        "bin": BIN, "position": "психолог", "start": "2015-02-01",
                        "end": None}],
        "qualification": {"category": "первая квалификационная категория",
                          "assigned_on": "2022-05-10",
                          "commission": "Аттестационная комиссия УКЗСП"},
        "consent_to_publish": True,
    }
    for k, v in over.items():
        s[k] = v
    return s


def application(portal_id: str = "P-2026-000001",
                received_at: str = "2026-03-20T16:40:00+05:00", **over: Any) -> dict[str, Any]:
    return {"portal_id": portal_id, "received_at": received_at, "specialist": specialist(**over)}


def envelope(apps: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "tizilim.applications", "version": 1, "applications": apps}


def write_json(path: Path, apps: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(envelope(apps), ensure_ascii=False), encoding="utf-8")
    return path


def _letters(n: int) -> str:
    """A distinct lower-case Cyrillic suffix for each number (names take no digits)."""
    out = ""
    while True:
        n, r = divmod(n, 32)
        out += chr(0x430 + r)
        if not n:
            return out


def many(n: int, start: int = 1) -> list[dict[str, Any]]:
    """n distinct valid applications (different IINs and names)."""
    out = []
    for i in range(start, start + n):
        birth = dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        app = application(f"P-2026-{i:06d}", iin=iin_for(birth, serial=i % 10000),
                          birth_date=birth.isoformat(), last_name=f"Тестов{chr(0x430 + i % 32)}",
                          first_name="Ерлан" + _letters(i))
        out.append(copy.deepcopy(app))
    return out


SIGNER_NAME = "Сейітова Гүлнар Маратқызы"
SIGNER_POSITION = "Тізілім бөлімінің басшысы"


def signing_admin(db: Any, login: str = "signer", password: str = "correct horse battery"
                  ) -> Any:
    """An administrator with a full name and a position (who may sign decision letters),
    signed in: an :class:`~models.actor.Actor`."""
    from models.actor import SYSTEM
    from models.services import Services

    users = Services.on(db).users
    users.add(SYSTEM, login, password, "admin", None, SIGNER_NAME, SIGNER_POSITION)
    return users.authenticate(login, password)
