"""A real SMTP server on 127.0.0.1 (aiosmtpd), the people of the notification tests, helpers."""

from __future__ import annotations

import asyncio
import email
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from models.actor import SYSTEM, Actor
from models.notifications.smtp import SmtpConfig
from models.services import Services
from tests.factories import SIGNER_NAME, SIGNER_POSITION
from tests.security.conftest import ABAI, ALMATY, PW

SMTP_USER, SMTP_PASSWORD = "tizilim", "s3cret-smtp-pass"


@dataclass
class Mailbox:
    """What the server received, and the replies it is told to give first."""

    messages: list[Message] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    rcpt_replies: list[str] = field(default_factory=list)  # replies to RCPT TO, in order
    data_replies: list[str] = field(default_factory=list)  # replies to the end of DATA
    refuse_address: str = ""  # RCPT TO this address: 550
    data_delay: float = 0.0  # seconds the server takes over each message (a slow server)
    port: int = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address == self.refuse_address:
            return "550 5.1.1 No such user here"
        if self.rcpt_replies:
            return self.rcpt_replies.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.data_replies:
            return self.data_replies.pop(0)
        self.messages.append(email.message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                  data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        SMTP_USER.encode(), SMTP_PASSWORD.encode())
    return AuthResult(success=ok)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port,
                            authenticator=_authenticate, auth_require_tls=False)
    controller.start()
    box.port = port
    try:
        yield box
    finally:
        controller.stop()


def smtp_config(port: int, *, password: str = SMTP_PASSWORD) -> SmtpConfig:
    """Plain SMTP with login on loopback, as ``TIZILIM_SMTP_URL`` would give it."""
    return SmtpConfig.from_url(f"smtp://{SMTP_USER}:{password}@127.0.0.1:{port}",
                               "registry@ncsp.example.kz")


@pytest.fixture
def services(db: Any) -> Services:
    return Services.on(db)


@pytest.fixture
def people(services: Services) -> dict[str, Actor]:
    """An admin who signs, clerks of Abai and of Almaty city, a viewer."""
    us = services.users
    us.add(SYSTEM, "admin", PW, "admin", None, SIGNER_NAME, SIGNER_POSITION)
    admin = us.authenticate("admin", PW)
    us.add(admin, "abai", PW, "mio", ABAI, "Абай ЖАО")
    us.add(admin, "almaty", PW, "mio", ALMATY, "Алматы ЖАО")
    us.add(admin, "viewer", PW, "viewer")
    return {n: us.authenticate(n, PW) for n in ("admin", "abai", "almaty", "viewer")}
