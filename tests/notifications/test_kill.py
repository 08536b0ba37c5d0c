"""A sender killed with SIGKILL mid-send: the notification is neither lost nor sent twice."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.actor import Actor
from models.services import Services
from reports.writers import letter_pdf
from tests.factories import many
from tests.notifications.conftest import Mailbox, smtp_config
from tests.security.conftest import receive

ROOT = Path(__file__).resolve().parents[2]


def _kill_at(url: str, port: int, stage: str, tmp: Path) -> int:
    """Run a sender in a child process, SIGKILL it at ``stage``; the notification's id."""
    marker = tmp / f"at-{stage}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    errors = tmp / f"stderr-{stage}.txt"
    with errors.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "tests.notifications.kill_sender", url,
                                 str(port), stage, str(marker)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 120
    while not marker.exists() or not marker.read_text():
        if proc.poll() is not None:
            raise AssertionError(f"the sender ended on its own: {errors.read_text()!r}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the sender never reached {stage}")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    return int(marker.read_text())


@pytest.mark.slow
@pytest.mark.parametrize(("stage", "arrived_before"), [
    ("claimed", 0),  # nothing left: given back and sent again
    ("committed", 0),  # past the point of no return: a person decides (here: resend)
    ("accepted", 1),  # it arrived: a person confirms; never sent twice
])
def test_a_sender_killed_mid_send_neither_loses_nor_duplicates(
        services: Services, people: dict[str, Actor], mailbox: Mailbox, tmp_path: Path,
        stage: str, arrived_before: int) -> None:
    admin = people["admin"]
    receive(services, admin, many(1))
    services.review.decide(admin, "P-2026-000001", "refuse", ["REF-EMIGRATION"])
    url = services.db.engine.url.render_as_string(hide_password=False)
    nid = _kill_at(url, mailbox.port, stage, tmp_path)
    time.sleep(0.5)  # let the server notice the dropped connection
    assert len(mailbox.messages) == arrived_before
    notes = services.notifications
    (row,) = notes.list(admin, "pending")  # claimed by a dead sender: still listed
    assert row.id == nid
    cfg = smtp_config(mailbox.port)
    assert notes.send_due(admin, letter_pdf, smtp=cfg).sent == 0  # a fresh claim is respected
    report = notes.send_due(admin, letter_pdf, smtp=cfg, stale_after=dt.timedelta(0))
    if stage == "claimed":
        assert (report.requeued, report.sent, report.uncertain) == (1, 1, 0)
    else:
        assert (report.requeued, report.sent, report.uncertain) == (0, 0, 1)
        assert len(mailbox.messages) == arrived_before  # not resent automatically
        (doubt,) = notes.list(admin, "uncertain")
        assert doubt.id == nid and [r.id for r in notes.list(admin, "failed")] == [nid]
        if arrived_before:
            notes.mark_delivered(admin, nid, dt.date.today())  # a person confirmed it
        else:
            notes.resend(admin, nid)  # a person checked: it never came
            assert notes.send_due(admin, letter_pdf, smtp=cfg).sent == 1
    assert len(mailbox.messages) == 1  # exactly one delivery
    (n,) = services.queries.detail(admin, "P-2026-000001").notifications
    assert n.status in ("sent", "delivered")
    outcomes = [a.outcome for a in n.history]
    assert outcomes[0] == ("abandoned" if stage == "claimed" else "uncertain")
    assert len(outcomes) == (2 if stage != "accepted" else 1)
