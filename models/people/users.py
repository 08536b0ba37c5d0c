"""Users, passwords (argon2id) and sign-in."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.actor import SYSTEM, Actor
from models.audit import chain as audit
from models.calendar.workdays import utc_now
from models.catalogs import Catalogs
from models.db.engine import Database, cannot_write
from models.db.entities import Role, User
from models.db.retries import with_retries
from models.errors import AuthError, Conflict, InvalidInput, NotFound, PermissionDenied
from models.people.access import deny
from models.people.security_settings import load as load_settings
from models.people.signins import end_open_sessions

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 12


MAX_FULL_NAME = 200  # characters


MAX_FAILED_ATTEMPTS = 5  # defaults; the values in effect come from models.settings


LOCKOUT = dt.timedelta(minutes=15)


@functools.cache
def hasher() -> PasswordHasher:
    """argon2id, 19 MiB, 2 iterations, parallelism 1 (OWASP minimum)."""
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@functools.cache
def _dummy_hash() -> str:
    """A hash to check an unknown login's password against: every sign-in costs one argon2
    verification, so the answer's time does not tell which logins exist."""
    return hasher().hash("tizilim: no such user")


def _check(password_hash: str | None, password: str) -> bool:
    try:
        return bool(hasher().verify(password_hash or _dummy_hash(), password)) \
            and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _last_admin(s: Session, u: User, now: dt.datetime) -> bool:
    """Is ``u`` the only active admin who is not locked out? (Then failures never lock it.)"""
    if u.role is not Role.ADMIN or not u.active:
        return False
    others = s.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != u.id,
        (User.locked_until.is_(None)) | (User.locked_until <= now)))
    return not others


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: Role
    region: str | None
    active: bool
    locked_until: dt.datetime | None
    position: str = ""  # with the full name, what a decision letter is signed with

    @property
    def can_sign(self) -> bool:
        """Whether this user may sign decision letters (both a full name and a position)."""
        return bool(self.full_name.strip() and self.position.strip())


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.login, u.full_name, u.role, u.region_code, u.active, u.locked_until,
                    u.position)


def _name(text: str) -> str:
    """A full name: single spaces, at most :data:`MAX_FULL_NAME` characters."""
    text = " ".join(text.split())
    if len(text) > MAX_FULL_NAME:
        raise InvalidInput("user.name_too_long", max=MAX_FULL_NAME)
    return text


def _position(text: str) -> str:
    """A position: single spaces, at most :data:`MAX_FULL_NAME` characters."""
    text = " ".join(text.split())
    if len(text) > MAX_FULL_NAME:
        raise InvalidInput("user.position_too_long", max=MAX_FULL_NAME)
    return text


def _region_for(role: Role, region: str | None) -> str | None:
    """A clerk's region (a KATO code of the catalog, required); None for the other roles."""
    if role is not Role.MIO:
        return None
    if not region or region not in Catalogs.shipped().items["regions"]:
        raise InvalidInput("user.region_required")
    return region


def _keeps_an_admin(s: Session, u: User) -> None:
    """Refuse to take away the last active admin (their rows are locked while we count)."""
    if u.role is not Role.ADMIN or not u.active:
        return
    admins = s.scalars(select(User.id).where(User.role == Role.ADMIN, User.active.is_(True))
                       .with_for_update()).all()
    if set(admins) <= {u.id}:
        raise Conflict("user.last_admin")


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("user.password_too_short", min=MIN_PASSWORD_LENGTH)


class UserService:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime] = utc_now) -> None:
        """``clock``: the current UTC time, naive (a test may pass its own)."""
        self.db = db
        self.clock = clock

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)

    def add(self, actor: Actor, login: str, password: str, role: Role | str,
            region: str | None = None, full_name: str = "", position: str = "") -> UserInfo:
        """Create a user. Only an admin may (or the system operator on first run).

        ``full_name`` and ``position`` sign the decision letters: an admin without both
        cannot decide."""
        self._admin_only(actor, "user.create", login)
        role = Role(role)
        login = login.strip()
        if not login or len(login) > 64 or any(ch.isspace() for ch in login):
            raise InvalidInput("user.bad_login")
        check_password_policy(password)
        region = _region_for(role, region)
        full_name = _name(full_name)
        position = _position(position)
        with self.db.write() as s:
            if s.scalar(select(User.id).where(User.login == login)):
                raise Conflict("user.exists", login=login)
            u = User(login=login, full_name=full_name, position=position,
                     password_hash=hasher().hash(password),
                     role=role, region_code=region, active=True, failed_attempts=0,
                     created_at=utc_now())
            s.add(u)
            s.flush()
            audit.record(s, actor, "user.create", "user", u.id,
                         after={"login": login, "role": role.value, "region": region,
                                "full_name": full_name, "position": position})
            return _info(u)

    def authenticate(self, login: str, password: str, workstation: str | None = None, *,
                     write_optional: bool = False, brief: bool = False) -> Actor:
        """Check a password; locks the account after repeated failures. Audited.

        The user's row is locked for the check (``SELECT … FOR UPDATE`` on PostgreSQL; the
        write lock on SQLite), so simultaneous wrong passwords are counted one by one: each
        is audited and answered with a sign-in error, and the n-th locks the account — except
        the last active admin who is not locked out, who is never locked (so failed attempts
        cannot leave the registry without an administrator; each failure is audited).
        Every attempt costs one argon2 verification, a known login or not.

        ``write_optional``: for a read — when the database cannot be written (read-only file,
        full disk, a long lock) the password is checked without recording the sign-in.
        ``brief`` (with it, for a command that only reads): wait 2 s, not 30, for another
        process's lock before reading without the record. The desktop's sign-in waits the
        full time, so that wrong passwords are counted and audited whenever they can be.
        """
        try:
            result = with_retries(lambda: self._attempt(login, password, workstation,
                                                         brief=brief and write_optional))
        except DBAPIError as exc:
            if not (write_optional and cannot_write(exc)):
                raise
            log.warning("sign-in of %s not recorded: the database cannot be written", login)
            result = self._check_only(login, password, workstation)
        if isinstance(result, AuthError):
            raise result
        return result

    def _check_only(self, login: str, password: str, workstation: str | None
                    ) -> Actor | AuthError:
        """A sign-in checked without writing (nothing is counted or recorded)."""
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.login == login))
            ok = _check(u.password_hash if u else None, password)
            if u is None or not u.active or not ok:
                return AuthError("auth.failed")
            if u.locked_until and u.locked_until > self.clock():
                return AuthError("auth.locked")
            return Actor(u.login, u.role, u.region_code, u.id,
                         **({"workstation": workstation} if workstation else {}))

    def _attempt(self, login: str, password: str, workstation: str | None,
                 brief: bool = False) -> Actor | AuthError:
        """One sign-in attempt in one transaction; a failure is returned (and committed).
        ``brief``: give up soon when another process holds the database (for a read)."""
        bad = AuthError("auth.failed")
        with self.db.write(brief=brief) as s:
            policy = load_settings(s)
            u = s.scalar(select(User).where(User.login == login).with_for_update())
            now = self.clock()  # after the lock: the moment this attempt is judged
            probe = Actor(login=login, role=u.role if u else Role.VIEWER)
            if workstation:
                probe = Actor(login=login, role=probe.role, workstation=workstation)
            ok = _check(u.password_hash if u else None, password)  # the same cost for all
            if u is None or not u.active:
                audit.record(s, probe, "login.failed", "user", u.id if u else login,
                             after={"reason": "unknown or inactive"})
                return bad
            if u.locked_until and u.locked_until > now:
                audit.record(s, probe, "login.failed", "user", u.id, after={"reason": "locked"})
                return AuthError("auth.locked")
            u.locked_until = None  # a lockout that has run out: counting starts afresh
            if ok:
                u.failed_attempts = 0
                u.locked_until = None
                if hasher().check_needs_rehash(u.password_hash):
                    u.password_hash = hasher().hash(password)
                actor = Actor(u.login, u.role, u.region_code, u.id,
                              **({"workstation": workstation} if workstation else {}))
                audit.record(s, actor, "login.ok", "user", u.id)
                return actor
            u.failed_attempts += 1
            attempt = u.failed_attempts
            kept = False
            if u.failed_attempts >= policy.max_failed_attempts:
                u.failed_attempts = 0
                kept = _last_admin(s, u, now)
                if not kept:
                    u.locked_until = now + policy.lockout
            audit.record(s, probe, "login.failed", "user", u.id,
                         after={"reason": "password", "attempt": attempt,
                                "locked": u.locked_until is not None,
                                **({"last_admin_not_locked": True} if kept else {})})
            return bad

    def update(self, actor: Actor, login: str, *, role: str | None = None,
               region: str | None = None, full_name: str | None = None,
               position: str | None = None) -> None:
        """Change a user's role, region, full name or position (None: keep). Admin only,
        audited with before and after. A clerk (mio) needs a region of the catalog; the other
        roles have none. The last active admin is never demoted. A change of role or region
        ends the user's open sessions, so they sign in again with the new rights."""

        self._admin_only(actor, "user.update", login)
        new_role = Role(role) if role is not None else None
        if full_name is not None:
            full_name = _name(full_name)
        if position is not None:
            position = _position(position)
        with self.db.write() as s:
            u = s.scalar(select(User).where(User.login == login).with_for_update())
            if u is None:
                raise NotFound("user.not_found", login=login)
            target = new_role or u.role
            target_region = _region_for(target, region if region is not None
                                        else u.region_code)
            if target is not Role.ADMIN:
                _keeps_an_admin(s, u)
            name = u.full_name if full_name is None else full_name
            title = u.position if position is None else position
            before = {"role": u.role.value, "region": u.region_code, "full_name": u.full_name,
                      "position": u.position}
            after = {"role": target.value, "region": target_region, "full_name": name,
                     "position": title}
            if after == before:
                return
            rights = (before["role"], before["region"]) != (after["role"], after["region"])
            u.role, u.region_code, u.full_name, u.position = target, target_region, name, title
            s.flush()
            audit.record(s, actor, "user.update", "user", u.id, before=before, after=after)
            if rights:
                end_open_sessions(s, actor, u.id, "rights changed")

    def recover(self, login: str, password: str) -> None:
        """Give a user (the last admin who forgot the password) a new password, unlocked and
        active, as the local operator. Only whoever controls the database may: a SQLite file's
        owner, or a connection as the owner of the tables on PostgreSQL. Audited."""
        with self.db.read() as s:
            if s.get_bind().dialect.name == "postgresql" and not s.scalar(text(
                    "SELECT tableowner = current_user FROM pg_tables "
                    "WHERE tablename = 'users' AND schemaname = current_schema()")):
                raise PermissionDenied("user.recover_owner_only")
        self.reset_password(SYSTEM, login, password)
        self.set_active(SYSTEM, login, True)

    def _admin_only(self, actor: Actor, what: str, login: str = "") -> None:
        """Only an admin manages users; a refusal is audited (call outside a transaction)."""
        if not actor.is_admin:
            raise deny(self.db, actor, "user.admin_only", "user", login, what=what)

    def list(self, actor: Actor) -> list[UserInfo]:
        self._admin_only(actor, "user.list")
        with self.db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.login))]

    def set_active(self, actor: Actor, login: str, active: bool) -> None:
        """(De)activate a user; deactivation also ends the user's open sessions, so their
        windows lock on the next heartbeat (``SessionService.touch``)."""

        def apply(u: User, s: Session) -> None:
            if not active:
                _keeps_an_admin(s, u)
                end_open_sessions(s, actor, u.id, "deactivated")
            u.active = active

        self._change(actor, login, "user.activate" if active else "user.deactivate", apply)

    def reset_password(self, actor: Actor, login: str, password: str) -> None:
        check_password_policy(password)

        def apply(u: User, _s: Session) -> None:
            u.password_hash = hasher().hash(password)
            u.failed_attempts = 0
            u.locked_until = None

        self._change(actor, login, "user.reset_password", apply)

    def _change(self, actor: Actor, login: str, action: str,
                apply: Callable[[User, Session], None]) -> None:
        self._admin_only(actor, action, login)
        with self.db.write() as s:
            u = s.scalar(select(User).where(User.login == login).with_for_update())
            if u is None:
                raise NotFound("user.not_found", login=login)
            before = {"active": u.active, "locked_until": u.locked_until}
            apply(u, s)
            audit.record(s, actor, action, "user", u.id, before=before,
                         after={"active": u.active, "locked_until": u.locked_until})
