"""Child process of the kill test: sends what is due and stops dead at one stage.

Usage: python -m tests.notifications.kill_sender URL SMTP_PORT STAGE MARKER
At ``STAGE`` (claimed, committed or accepted) it writes the notification's id into ``MARKER``
and waits there to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from models.db.engine import Database
from models.services import Services
from reports.writers import letter_pdf
from tests.notifications.conftest import smtp_config
from tests.security.conftest import PW


def main() -> None:
    url, port, stage, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    services = Services.on(Database.from_url(url, audit_head=None))
    admin = services.users.authenticate("admin", PW)

    def on_stage(reached: str, nid: int) -> None:
        if reached == stage:
            marker.write_text(str(nid))
            while True:  # until SIGKILL
                time.sleep(1)

    services.notifications.send_due(admin, letter_pdf, smtp=smtp_config(port),
                                    on_stage=on_stage)


if __name__ == "__main__":
    main()
