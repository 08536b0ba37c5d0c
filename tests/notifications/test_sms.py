"""SMS: segments, the gateway's CSV file and its delivery report, the fall-back to by hand."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from models.actor import Actor
from models.errors import InvalidInput, PermissionDenied
from models.notifications.outbox import next_channel
from models.notifications.sms import Segments, segments
from models.services import Services
from tests.factories import many
from tests.security.conftest import in_region, receive


@pytest.mark.parametrize(("text", "encoding", "units", "count"), [
    ("", "GSM-7", 0, 1),
    ("A" * 160, "GSM-7", 160, 1),
    ("A" * 161, "GSM-7", 161, 2),
    ("A" * 306, "GSM-7", 306, 2),
    ("A" * 307, "GSM-7", 307, 3),
    ("€" * 80, "GSM-7", 160, 1),  # the extension table: two septets each
    ("€" * 81, "GSM-7", 162, 2),  # 76 in a part of 153: an escape pair is never split
    ("€" * 153, "GSM-7", 306, 3),
    ("A" * 152 + "€" + "A" * 10, "GSM-7", 164, 2),
    ("Ж" * 70, "UCS-2", 70, 1),  # Cyrillic: UCS-2
    ("Ж" * 71, "UCS-2", 71, 2),
    ("Ә" * 134, "UCS-2", 134, 2),
    ("Ә" * 135, "UCS-2", 135, 3),
    ("A" * 200 + "қ", "UCS-2", 201, 3),  # one Kazakh letter makes the whole text UCS-2
    ("Ж" * 202, "UCS-2", 202, 4),
    ("😀" * 35, "UCS-2", 70, 1),  # outside the BMP: a surrogate pair, two units
    ("Ж" + "😀" * 34, "UCS-2", 69, 1),
    ("Ж" * 66 + "😀" + "Ж", "UCS-2", 69, 1),
    ("Ж" * 66 + "😀" + "Ж" * 5, "UCS-2", 73, 2),
])
def test_segments(text: str, encoding: str, units: int, count: int) -> None:
    assert segments(text) == Segments(encoding, units, count)


def test_channels_in_order() -> None:
    assert next_channel("a@b.kz", "+77011234567", "текст") == ("email", "a@b.kz")
    assert next_channel("", "+77011234567", "текст") == ("sms", "+77011234567")
    assert next_channel("a@b.kz", "+77011234567", "текст", ["email"]) == \
        ("sms", "+77011234567")
    assert next_channel("", "+77011234567", "Ж" * 202) == ("hand", "")  # over 3 segments
    assert next_channel("", "", "текст") == ("hand", "")


def _phone_only(services: Services, admin: Actor, n: int, start: int = 1) -> None:
    apps = many(n, start)
    for a in apps:
        a["specialist"]["email"] = None
    receive(services, admin, apps)


def test_sms_export_and_delivery_report_round_trip(
        services: Services, people: dict[str, Actor], tmp_path: Path) -> None:
    admin, notes = people["admin"], services.notifications
    _phone_only(services, admin, 5)
    services.review.decide(admin, "P-2026-000001", "return", ["RET-PROFESSION"])
    services.review.decide(admin, "P-2026-000002", "refuse", ["REF-EMIGRATION"])
    for n in (3, 4, 5):
        services.review.decide(admin, f"P-2026-00000{n}", "register")
    # a return and a refusal carry their reasons (p.9): no SMS holds them, so by hand
    assert [(r.portal_id, r.channel) for r in notes.list(people["abai"], "by-hand")] == [
        ("P-2026-000001", "hand"), ("P-2026-000002", "hand")]
    assert {r.channel for r in notes.list(admin, "pending")} == {"sms"}
    out = tmp_path / "sms.csv"
    report = notes.export_sms(admin, out)
    assert report.sent == 3
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["phone"] for r in rows] == ["+77011234567"] * 3
    for number, r in enumerate(rows, 1):
        kk, ru = r["text"].split("\n")
        assert r["encoding"] == "UCS-2" and 1 <= int(r["segments"]) <= 3
        assert segments(r["text"]).count == int(r["segments"])
        assert "өтінімі тіркелді" in kk and f"под № {number}" in ru  # the registry number
    assert [r.status for r in notes.list(admin, "sent")] == ["sent"] * 3
    with pytest.raises(InvalidInput) as exc:  # an earlier file is never overwritten
        notes.export_sms(admin, out)
    assert exc.value.key == "sms.out_exists"
    assert notes.export_sms(admin, tmp_path / "again.csv").sent == 0  # nothing due twice
    report_csv = tmp_path / "report.csv"
    report_csv.write_text(
        "ref;status;detail;time\n"
        f"{rows[0]['ref']};DELIVERED;;2026-03-21T10:00:00+05:00\n"
        f"{rows[1]['ref']};UNDELIVERED;absent subscriber;\n"
        f"{rows[2]['ref']};ENROUTE;;\n"
        "tz999-999;DELIVERED;;\n", encoding="utf-8")
    got = notes.import_sms_report(admin, report_csv)
    assert (got.delivered, got.failed, got.pending, got.unknown, got.already) == (1, 1, 1, 1, 0)
    again = notes.import_sms_report(admin, report_csv)  # the same report twice: no change
    assert (again.delivered, again.failed, again.already) == (0, 0, 2)
    (delivered,) = notes.list(admin, "delivered")
    assert delivered.portal_id == "P-2026-000003" and str(delivered.delivered_on) == \
        "2026-03-21"
    hand = [r for r in notes.list(people["abai"], "by-hand") if r.portal_id == "P-2026-000004"]
    assert len(hand) == 1 and hand[0].last_error == "absent subscriber"
    (n,) = services.queries.detail(admin, "P-2026-000004").notifications
    assert [(a.channel, a.outcome) for a in n.history] == [("sms", "sent")]


def test_sms_work_is_an_administrators(services: Services, people: dict[str, Actor],
                                        tmp_path: Path) -> None:
    for who in ("abai", "viewer"):
        with pytest.raises(PermissionDenied):
            services.notifications.export_sms(people[who], tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_a_clerk_sees_the_notifications_of_their_region_only(
        services: Services, people: dict[str, Actor]) -> None:
    admin, notes = people["admin"], services.notifications
    receive(services, admin, many(2))
    receive(services, admin, in_region(many(1, start=3), "город Алматы"))
    for pid in ("P-2026-000001", "P-2026-000002", "P-2026-000003"):
        services.review.decide(admin, pid, "register")
    assert len(notes.list(admin)) == 3
    assert {r.portal_id for r in notes.list(people["abai"])} == {"P-2026-000001",
                                                                   "P-2026-000002"}
    assert [r.portal_id for r in notes.list(people["almaty"])] == ["P-2026-000003"]
    with pytest.raises(PermissionDenied):
        notes.list(people["abai"], region="750000000")
    with pytest.raises(PermissionDenied):
        notes.list(people["viewer"])
    abai_id = notes.list(admin)[0].id
    with pytest.raises(PermissionDenied):
        notes.mark_delivered(people["almaty"], abai_id)
