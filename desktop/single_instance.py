"""One desktop program per user and database: a second start brings the first forward.

The first program listens on a local socket (a Unix socket, a named pipe on Windows) named
after the user and the database; a second start on the same database connects, asks the
first to raise its window, and exits.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"raise\n"


def database_key(url: str | None) -> str:
    """The same string for every way of naming one database (a SQLite file by its real
    path; a server URL without its password)."""
    if url is None:
        return "first-run"
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        return "sqlite:" + str(Path(path).expanduser().resolve())
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def server_name(url: str | None, user: str | None = None) -> str:
    """The local socket's name for this user and database."""
    who = user if user is not None else getpass.getuser()
    digest = hashlib.sha256(f"{who}\n{database_key(url)}".encode()).hexdigest()[:20]
    return f"tizilim-{digest}"


class SingleInstance(QObject):
    """Owns the local server of the first program; ``activated`` when another start asks."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """If a program already serves this database, ask it to come forward: True."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write(MESSAGE)
        sock.flush()
        sock.waitForBytesWritten(timeout_ms)
        sock.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the program for this database (a stale socket of a crash is removed)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._connection)
        self.server = server
        return True

    def _connection(self) -> None:
        """Read each waiting start's one message (it writes it at once), then drop it."""
        assert self.server is not None
        while (sock := self.server.nextPendingConnection()) is not None:
            if sock.bytesAvailable() or sock.waitForReadyRead(1000):
                if bytes(sock.readAll().data()).startswith(MESSAGE.strip()):
                    self.activated.emit()
            sock.disconnectFromServer()
            sock.deleteLater()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
