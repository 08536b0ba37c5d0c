"""E-mail over SMTP: the settings, the message, and a mailer that tells failures apart.

Settings come from ``TIZILIM_SMTP_URL`` (``smtp://user:pass@host:port`` plain, allowed only to
this computer; ``smtp+starttls://…``; ``smtps://…`` TLS from the first byte) with
``TIZILIM_SMTP_FROM``, or from an administrator's settings in the database. The password is
never written to a log, the audit log or ``repr``.

The mailer talks in the steps the sender needs (see ``models.notifications.sender``):
:meth:`SmtpMailer.envelope` (connect, log in, ``MAIL FROM``, ``RCPT TO``) can still fail with
nothing sent; :meth:`SmtpMailer.data` is past the point of no return. Failures are
:class:`DeliveryError`: ``transport`` (our own server cannot be used: connection refused, TLS,
login, sender refused; try later and stop the run), ``temporary`` (a 4xx reply about this
message) or ``permanent`` (a 5xx reply, an invalid address); a lost connection during ``DATA``
is :class:`DeliveryUncertain`.
"""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

from models.errors import InvalidInput
from models.intake.validation import is_valid_email

Security = Literal["plain", "starttls", "tls"]
SCHEMES: dict[str, tuple[Security, int]] = {
    "smtp": ("plain", 25), "smtp+starttls": ("starttls", 587), "smtps": ("tls", 465)}
TIMEOUT = 30.0  # seconds for each exchange with the server


def is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send e-mail; the password is left out of ``repr``."""

    host: str
    port: int
    security: Security
    sender: str  # the From address
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = TIMEOUT

    @classmethod
    def from_url(cls, url: str, sender: str) -> SmtpConfig:
        """Settings from ``TIZILIM_SMTP_URL`` and ``TIZILIM_SMTP_FROM`` (checked)."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError:
            raise InvalidInput("smtp.bad_url") from None
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise InvalidInput("smtp.bad_url")
        security, default_port = SCHEMES[parts.scheme]
        return cls(parts.hostname, port or default_port, security, sender.strip(),
                   unquote(parts.username or ""), unquote(parts.password or "")).checked()

    @classmethod
    def from_stored(cls, value: object) -> SmtpConfig | None:
        """Settings as an administrator stored them (None: none, or not usable)."""
        if not isinstance(value, dict):
            return None
        try:
            return cls(str(value["host"]), int(value["port"]), value["security"],
                       str(value["sender"]), str(value.get("user") or ""),
                       str(value.get("password") or "")).checked()
        except (KeyError, TypeError, ValueError, InvalidInput):
            return None

    def stored(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": self.security,
                "sender": self.sender, "user": self.user, "password": self.password}

    def public(self) -> dict[str, Any]:
        """What may be shown or audited: everything but the password."""
        return {"host": self.host, "port": self.port, "security": self.security,
                "sender": self.sender, "user": self.user, "password_set": bool(self.password)}

    def checked(self) -> SmtpConfig:
        """Refuse settings that cannot work or would send a password in clear text."""
        if self.security not in ("plain", "starttls", "tls") or not self.host or \
                not 0 < self.port < 65536:
            raise InvalidInput("smtp.bad_url")
        if self.security == "plain" and not is_loopback(self.host):
            raise InvalidInput("smtp.plain_remote", host=self.host)
        if not is_valid_email(self.sender):
            raise InvalidInput("smtp.bad_sender")
        return self


class DeliveryError(Exception):
    """The message was not delivered; ``kind`` says whether and how to try again."""

    def __init__(self, kind: Literal["transport", "temporary", "permanent"], detail: str
                 ) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


class DeliveryUncertain(Exception):
    """The connection was lost after the message was sent: it may or may not have arrived."""


def _reply(code: int, text: bytes | str) -> str:
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(raw.split())}"[:300]


def _by_code(code: int, text: bytes | str) -> DeliveryError:
    return DeliveryError("temporary" if 400 <= code < 500 else "permanent", _reply(code, text))


def build_message(cfg: SmtpConfig, to: str, subject: str, body: str, pdf: bytes,
                  filename: str, message_id: str, letter_number: str) -> bytes:
    """The e-mail (plain text in both languages, the letter as a PDF attachment)."""
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(usegmt=True)
    domain = cfg.sender.rpartition("@")[2] or "tizilim.local"
    msg["Message-ID"] = f"<{message_id}@{domain}>"
    msg["X-Tizilim-Letter"] = letter_number
    msg.set_content(body, charset="utf-8")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return msg.as_bytes(policy=SMTP_POLICY)


class SmtpMailer:
    """One connection to the mail server, reused for a run's messages."""

    def __init__(self, cfg: SmtpConfig) -> None:
        self.cfg = cfg
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        context = ssl.create_default_context()
        smtp: smtplib.SMTP | None = None
        try:
            if cfg.security == "tls":
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout,
                                        context=context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            smtp.ehlo()
            if cfg.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if cfg.user:
                smtp.login(cfg.user, cfg.password)
            return smtp
        except smtplib.SMTPResponseException as exc:  # also a refused login (535)
            detail = _reply(exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPException, OSError) as exc:
            detail = f"{type(exc).__name__}: {exc}"[:300]
        if smtp is not None:
            smtp.close()
        raise DeliveryError("transport", detail)

    def envelope(self, to: str) -> None:
        """Connect if need be and get the server to accept the sender and the recipient."""
        if not is_valid_email(to):
            raise DeliveryError("permanent", "invalid address")
        for fresh in (False, True):
            if self._smtp is None:
                self._smtp = self._connect()
            try:
                code, text = self._smtp.mail(self.cfg.sender)
                if code != 250:
                    self.close()
                    raise DeliveryError("transport", _reply(code, text))
                code, text = self._smtp.rcpt(to)
                if code not in (250, 251):
                    self.reset()
                    raise _by_code(code, text)
                return
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                self._smtp = None  # a reused connection went away: one fresh try
                if fresh:
                    raise DeliveryError("transport", f"{type(exc).__name__}: {exc}"[:300]
                                        ) from None

    def data(self, message: bytes) -> None:
        """Send the message (after :meth:`envelope`); past the point of no return."""
        if self._smtp is None:
            raise DeliveryUncertain("not connected")
        try:
            code, text = self._smtp.data(message)
        except smtplib.SMTPDataError as exc:  # DATA itself refused: nothing was sent
            self.reset()
            raise _by_code(exc.smtp_code, exc.smtp_error) from None
        except (smtplib.SMTPException, OSError) as exc:  # a timeout is an OSError
            self._smtp = None
            raise DeliveryUncertain(f"{type(exc).__name__}: {exc}"[:300]) from None
        if code != 250:
            self.reset()
            raise _by_code(code, text)

    def reset(self) -> None:
        """Forget the current envelope (the connection stays for the next message)."""
        if self._smtp is not None:
            try:
                self._smtp.rset()
            except (smtplib.SMTPException, OSError):
                self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._smtp = None


def send_test_message(cfg: SmtpConfig, to: str) -> None:
    """Send a short bilingual test message to ``to``; a failure is a :class:`DeliveryError`
    (``DeliveryUncertain`` counts as one: the server did not confirm)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = cfg.sender, to
    msg["Subject"] = "Tizilim: сынақ хат / проверочное письмо"
    msg["Date"] = formatdate(usegmt=True)
    msg.set_content("Бұл Tizilim бағдарламасының сынақ хаты.\n"
                    "Это проверочное письмо программы Tizilim.\n", charset="utf-8")
    mailer = SmtpMailer(cfg)
    try:
        mailer.envelope(to)
        mailer.data(msg.as_bytes(policy=SMTP_POLICY))
    except DeliveryUncertain as exc:
        raise DeliveryError("temporary", str(exc)) from None
    finally:
        mailer.close()
