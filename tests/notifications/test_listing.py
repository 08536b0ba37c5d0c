"""The screen's reads of the outbox: views paged and counted in SQL, scoped to the clerk's region,
the count of what needs a person, and the e-mails due."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from models.actor import Actor
from models.demo.outbox import fill_outbox
from models.errors import InvalidInput, PermissionDenied
from models.services import Services
from tests.factories import many
from tests.security.conftest import ABAI, ALMATY, in_region, receive


def _decide_all(services: Services, admin: Actor, folder: Path) -> None:
    """Seven decisions: four e-mails due; three SMS the operator could not deliver (by hand),
    two of them in Abai."""
    apps = many(4) + in_region(many(3, start=5), "город Алматы")
    for i in (0, 1, 4):  # no e-mail: an SMS
        apps[i]["specialist"]["email"] = None
    receive(services, admin, apps)
    for i in range(1, 8):
        services.review.decide(admin, f"P-2026-{i:06d}", "register")
    out = folder / "sms.csv"
    services.notifications.export_sms(admin, out)
    with out.open(encoding="utf-8", newline="") as fh:
        refs = [r["ref"] for r in csv.DictReader(fh)]
    report = folder / "report.csv"
    report.write_text("ref,status\n" + "".join(f"{r},UNDELIVERED\n" for r in refs),
                      encoding="utf-8")
    services.notifications.import_sms_report(admin, report)


def test_views_are_paged_counted_and_scoped(services: Services, people: dict[str, Actor],
                                            tmp_path: Path) -> None:
    admin, abai, almaty = people["admin"], people["abai"], people["almaty"]
    _decide_all(services, admin, tmp_path)
    notes = services.notifications
    assert notes.count(admin, "all") == 7
    assert notes.count(admin, "by-hand") == 3
    assert notes.count(abai, "by-hand") == 2 and notes.count(almaty, "by-hand") == 1
    assert notes.count(admin, "pending") == 4
    first = notes.page(admin, "pending", 0, 3)
    rest = notes.page(admin, "pending", 3, 3)
    assert [r.portal_id for r in first + rest] == [f"P-2026-{i:06d}" for i in (3, 4, 6, 7)]
    assert [r.portal_id for r in notes.page(admin, "all", 0, 2)] == ["P-2026-000007",
                                                                     "P-2026-000006"]
    row = first[0]
    assert (row.channel, row.status, row.region, row.kind) == ("email", "pending", ABAI,
                                                              "register")
    assert row.applicant.startswith("Тестов") and row.letter_number
    hand = notes.page(abai, "by-hand")
    assert {r.region for r in hand} == {ABAI} and {r.channel for r in hand} == {"hand"}
    assert [r.portal_id for r in notes.page(almaty, "by-hand")] == ["P-2026-000005"]
    assert hand[0].last_error  # what the operator said
    # attention: the letters to deliver by hand, in what each one sees
    assert (notes.attention(admin), notes.attention(abai), notes.attention(almaty)) == (3, 2, 1)
    assert notes.attention(people["viewer"]) == 0
    assert notes.due_emails(admin) == 4
    with pytest.raises(PermissionDenied):
        notes.page(abai, "all", region=ALMATY)
    with pytest.raises(PermissionDenied):
        notes.count(people["viewer"], "all")
    with pytest.raises(PermissionDenied):
        notes.due_emails(abai)
    with pytest.raises(InvalidInput):
        notes.page(admin, "nonsense")


def test_demo_outbox_has_every_state(services: Services, people: dict[str, Actor],
                                     tmp_path: Path) -> None:
    admin = people["admin"]
    receive(services, admin, many(12))
    phone_only = many(6, start=13)
    for a in phone_only:
        a["specialist"]["email"] = None
    receive(services, admin, phone_only)
    assert fill_outbox(services, admin, tmp_path, ABAI, each=2) > 0
    notes = services.notifications
    statuses = {r.status for r in notes.page(admin, "all", 0, 100)}
    assert statuses == {"pending", "sent", "delivered", "uncertain", "by_hand"}
    failed = notes.page(admin, "failed")
    assert any(r.status == "uncertain" for r in failed)
    assert any(r.status == "pending" and r.channel == "sms" and r.last_error for r in failed)
    assert notes.count(people["abai"], "by-hand") >= 1
