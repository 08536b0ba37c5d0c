"""The read methods the administration screens use: the seal state and the checkpoints, the
data check's findings, the next outgoing number (nothing taken), the SMTP password kept, the
test message refused before sending; an administrator's only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from models.db.entities import Counter
from models.errors import InvalidInput, PermissionDenied
from models.notifications.smtp import SmtpConfig
from models.services import Services


def test_seal_state_and_checkpoints_admin_only(services: Services, people: Any,
                                               apps: Any) -> None:
    admin, clerk = people["admin"], people["abai"]
    st = services.audit.seal_state(admin)
    total = services.audit.count(admin)
    cps = services.audit.checkpoints(admin)
    assert st.checkpoints == len(cps)
    if cps:  # this database's workstation seals what it writes
        assert st.sealed_through == cps[0].last_event_id and st.unsealed_after == 0
        assert all(c.trusted for c in cps) and [c.id for c in cps] == sorted(
            (c.id for c in cps), reverse=True)
    else:
        assert st.sealed_through is None and st.unsealed_after == total
    with pytest.raises(PermissionDenied):
        services.audit.seal_state(clerk)
    with pytest.raises(PermissionDenied):
        services.audit.checkpoints(clerk)


def test_data_check_findings_say_what_differs(services: Services, people: Any,
                                              apps: Any) -> None:
    admin = people["admin"]
    services.review.decide(admin, "P-2026-000001", "register", [])
    services.review.decide(admin, "P-2026-000002", "return", ["RET-DOCUMENTS"])
    assert services.audit.check_data(admin).ok
    with services.db.engine.begin() as c:
        c.execute(text("UPDATE applications SET status = 'refused' "
                       "WHERE portal_id = 'P-2026-000003'"))
        c.execute(text("DELETE FROM registry_entries"))
    res = services.audit.check_data(admin)
    kinds = {f.kind: f for f in res.findings}
    assert len(res.findings) == len(res.problems) == res.count
    app = kinds["app_differs"]
    assert app.subject == "P-2026-000003"
    assert app.have == ("refused", "1") and app.want == ("submitted", "1")
    assert kinds["entry_deleted"].subject.isdigit()


def test_next_number_example_takes_no_number(services: Services, people: Any) -> None:
    import datetime as dt

    admin = people["admin"]
    year = dt.date.today().year
    assert services.letters.next_number_example(admin) == f"{year}/00001"
    assert services.letters.next_number_example(admin, "№ {seq}-{year}") == f"№ 1-{year}"
    assert services.letters.next_number_example(admin) == f"{year}/00001"  # nothing taken
    with services.db.read() as s:
        assert s.scalar(select(Counter.value).where(Counter.name == f"letters:{year}")) is None
    for bad in ("{seq}", "{year}{year}{seq}", "{seq!r}{year}", ""):
        with pytest.raises(InvalidInput):
            services.letters.next_number_example(admin, bad)


def test_smtp_password_kept_and_a_test_refused_before_sending(services: Services,
                                                              people: Any) -> None:
    admin, clerk = people["admin"], people["abai"]
    notify = services.notifications
    cfg = SmtpConfig("127.0.0.1", 2525, "plain", "registry@ncsp.example.kz", "u", "secret")
    notify.set_smtp(admin, cfg)
    notify.set_smtp(admin, SmtpConfig("127.0.0.1", 2526, "plain", "registry@ncsp.example.kz",
                                      "u", ""), keep_password=True)
    kept = notify.smtp_in_force()
    assert kept is not None and kept.password == "secret" and kept.port == 2526
    notify.set_smtp(admin, SmtpConfig("127.0.0.1", 2526, "plain", "registry@ncsp.example.kz",
                                      "u", ""))
    assert notify.smtp_in_force().password == ""  # without keep_password: cleared
    with pytest.raises(InvalidInput):
        notify.test_smtp(admin, cfg, "not an address")
    with pytest.raises(InvalidInput):  # nothing stored to keep
        notify.test_smtp(admin, SmtpConfig("127.0.0.1", 2526, "plain",
                                           "registry@ncsp.example.kz", "u", ""),
                         "a@example.kz", keep_password=True)
    with pytest.raises(InvalidInput):  # plain to another computer: refused, not tried
        notify.test_smtp(admin, SmtpConfig("mail.example.kz", 25, "plain",
                                           "registry@ncsp.example.kz"), "a@example.kz")
    with pytest.raises(PermissionDenied):
        notify.test_smtp(clerk, cfg, "a@example.kz")
    assert not services.audit.page(admin, 0, 5, "smtp.test")  # none of these was sent
