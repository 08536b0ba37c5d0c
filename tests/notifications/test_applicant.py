"""The applicant (p.2 2), p.5-8): the specialist or an organisation, its contacts and consent."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.cli.main import main
from models.actor import Actor
from models.catalogs import Catalogs
from models.db.entities import Application
from models.db.notification_entities import LetterRecord
from models.dto import RegistryQuery
from models.intake.readers import parse_file
from models.intake.records import validate_record
from models.services import Services
from reports.intake_xlsx import write_template
from tests.factories import BIN, application, id12, many
from tests.security.conftest import PW, receive

ORG = {"kind": "organization", "name": "ТОО «Қамқорлық орталығы»", "bin": BIN,
       "licence": "KZ-12345", "email": "info@kamkor.kz", "consent_to_publish": True}


def org_app(pid: str = "P-2026-000001", **over: Any) -> dict[str, Any]:
    a = application(pid)
    a["applicant"] = {**ORG, **over}
    return a


def issues(raw: dict[str, Any]) -> list[tuple[str, str]]:
    rec = validate_record(1, raw, Catalogs.shipped())
    return [(i.field, i.code) for i in rec.issues if i.severity == "error"]


def test_the_applicant_is_validated_like_everything_else() -> None:
    assert issues(org_app()) == []
    assert issues(org_app(bin=BIN[:-1] + str((int(BIN[-1]) + 1) % 10))) == [
        ("applicant.bin", "bin_checksum")]
    assert issues(org_app(bin="12345")) == [("applicant.bin", "bin_format")]
    assert issues(org_app(name="")) == [("applicant.name", "required")]
    assert issues(org_app(email=None)) == [("applicant.phone", "contact_required")]
    assert issues(org_app(email="not-an-address")) == [("applicant.email", "email")]
    assert issues(org_app(kind="robot")) == [("applicant.kind", "applicant_kind")]
    assert issues(org_app(consent_to_publish="maybe")) == [
        ("applicant.consent_to_publish", "boolean")]
    rec = validate_record(1, org_app(phone="8 (701) 765-43-21"), Catalogs.shipped())
    assert rec.data is not None and rec.data["applicant"]["phone"] == "+77017654321"
    plain = validate_record(1, application(), Catalogs.shipped())
    assert plain.data is not None and "applicant" not in plain.data  # the specialist applies


def test_an_organisation_applicant_is_notified_and_named_in_the_letter(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, [org_app(), application("P-2026-000002")])
    d = services.queries.detail(admin, "P-2026-000001")
    assert d.applicant == {"kind": "organization", "name": ORG["name"], "bin": BIN,
                           "licence": "KZ-12345", "phone": "", "email": "info@kamkor.kz",
                           "consent_to_publish": True}
    assert d.as_json()["applicant"]["kind"] == "organization"
    own = services.queries.detail(admin, "P-2026-000002").applicant
    assert (own["kind"], own["phone"], own["email"]) == (
        "specialist", "+77011234567", "asel@example.kz")
    res = services.review.decide(admin, "P-2026-000001", "return", ["RET-DOCUMENTS"])
    assert res.channel == "email"
    (n,) = services.notifications.list(admin, "pending")
    assert n.address == "info@kamkor.kz"  # the applicant's, not the specialist's
    with services.db.read() as s:
        content = s.scalar(select(LetterRecord.content))
    ru = " ".join(b[1] for b in content["ru"])
    kk = " ".join(b[1] for b in content["kk"])
    assert f"Кому: ТОО «Қамқорлық орталығы» (БИН {BIN}, лицензия № KZ-12345)" in ru
    assert f"Кімге: ТОО «Қамқорлық орталығы» (БСН {BIN}, лицензия № KZ-12345)" in kk
    assert "Специалист: Әбілқайырова Әсел Нұрланқызы" in ru


def test_the_public_registry_needs_the_organisations_consent_too(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, [org_app("P-2026-000001"),
                                 org_app("P-2026-000002", consent_to_publish=False)])
    for pid in ("P-2026-000001", "P-2026-000002"):
        services.review.decide(admin, pid, "register")
    public = RegistryQuery(edition="public")
    assert services.registry.count(admin, public) == 1
    assert services.registry.count(admin, RegistryQuery()) == 2
    with services.db.read() as s:
        consent = dict(s.execute(select(Application.portal_id, Application.consent)).all())
    assert consent == {"P-2026-000001": True, "P-2026-000002": False}


def test_resubmissions_and_corrections_keep_the_organisation(
        services: Services, people: dict[str, Actor]) -> None:
    admin = people["admin"]
    receive(services, admin, [org_app("P-2026-000001"), org_app("P-2026-000002")])
    services.review.decide(admin, "P-2026-000001", "return", ["RET-PROFESSION"])
    spec = copy.deepcopy(application()["specialist"])
    spec["phone"] = "+7 702 000 00 01"
    rec = validate_record(1, {"portal_id": "P-2026-000001",
                              "received_at": dt.datetime.now(dt.UTC).isoformat(),
                              "specialist": spec}, Catalogs.shipped())
    assert rec.data is not None
    services.review.resubmit(admin, "P-2026-000001", rec.data, rec.received_at)
    assert services.queries.detail(admin, "P-2026-000001").applicant["name"] == ORG["name"]
    services.review.correct(admin, "P-2026-000002", spec)  # a bare specialist object
    d = services.queries.detail(admin, "P-2026-000002")
    assert d.applicant["bin"] == BIN and d.data["phone"] == "+77020000001"
    other = {**ORG, "name": "ИП Сейітов", "bin": id12("90010100011"), "email": "ip@x.kz"}
    services.review.correct(admin, "P-2026-000002", {
        "portal_id": "P-2026-000002", "received_at": "2026-03-20T16:40:00+05:00",
        "specialist": spec, "applicant": other})
    assert services.queries.detail(admin, "P-2026-000002").applicant["name"] == "ИП Сейітов"
    with services.db.read() as s:
        row = s.scalar(select(Application).where(Application.portal_id == "P-2026-000002"))
        assert row is not None and (row.applicant_kind, row.applicant_email) == (
            "organization", "ip@x.kz")


def test_the_xlsx_template_takes_an_applicant(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path)
    wb = load_workbook(path)
    ws = wb.active
    keys = [c.value for c in ws[3]]
    assert keys[-7:] == ["applicant_kind", "applicant_name", "applicant_bin",
                         "applicant_licence", "applicant_phone", "applicant_email",
                         "applicant_consent"]
    assert ws.cell(1, keys.index("applicant_bin") + 1).value == "Өтініш беруші ұйымның БСН"
    spec = application()["specialist"]
    row = {"portal_id": "X-1", "received_at": dt.datetime(2026, 3, 20, 16, 40),
           "last_name": spec["last_name"], "first_name": spec["first_name"],
           "iin": spec["iin"], "birth_date": dt.datetime(1986, 4, 12), "phone": "87011234567",
           "region": "Абай облысы", "settlement": "Семей", "registration_address": "Абай, 12",
           "profession": "PSYCHOLOGIST", "education1_level": "жоғары білім",
           "education1_institution": "ҚазҰУ", "education1_start": dt.datetime(2004, 9, 1),
           "education1_end": dt.datetime(2008, 6, 30), "education1_document": "ЖБ-1",
           "employment1_organization": "ЦСО", "employment1_bin": BIN,
           "employment1_position": "психолог", "employment1_start": dt.datetime(2015, 2, 1),
           "consent_to_publish": "иә", "applicant_kind": "ұйым",
           "applicant_name": "ТОО «Қамқор»", "applicant_bin": int(BIN),
           "applicant_phone": "8 701 765 43 21", "applicant_consent": "жоқ"}
    ws.append([row.get(k) for k in keys])
    wb.save(path)
    (rec,) = parse_file(path).records
    assert rec.ok, rec.issues
    assert rec.data is not None and rec.data["applicant"] == {
        "kind": "organization", "name": "ТОО «Қамқор»", "bin": BIN, "licence": "",
        "phone": "+77017654321", "email": "", "consent_to_publish": False}
    old = tmp_path / "old.xlsx"  # a template from before the applicant columns still reads
    wb = load_workbook(path)
    ws = wb.active
    ws.delete_cols(len(keys) - 6, 7)
    wb.save(old)
    (rec,) = parse_file(old).records
    assert rec.ok and rec.data is not None and "applicant" not in rec.data


def test_show_names_the_applicant(db_url: str, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TIZILIM_PASSWORD", PW)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    assert run("user", "add", "admin", "--role", "admin", "--name", "Сейітова Гүлнар",
               "--position", "Тізілім бөлімінің басшысы")[0] == 0
    monkeypatch.setenv("TIZILIM_USER", "admin")
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"format": "tizilim.applications", "version": 1,
                             "applications": [org_app(), *many(1, start=2)]},
                            ensure_ascii=False), encoding="utf-8")
    assert run("import", str(f))[0] == 0
    code, out, _ = run("show", "P-2026-000001")
    assert code == 0 and f"applicant: organization ТОО «Қамқорлық орталығы» (BIN {BIN}" in out
    code, out, _ = run("show", "P-2026-000002", "--json")
    assert json.loads(out)["applicant"]["kind"] == "specialist"
