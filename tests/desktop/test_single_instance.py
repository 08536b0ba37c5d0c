"""One desktop program per user and database: a second start brings the first forward."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.single_instance import SingleInstance, database_key, server_name


def test_one_database_one_name_whatever_it_is_called(tmp_path: Path,
                                                     monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_key("sqlite:///x.db") == database_key(f"sqlite:///{tmp_path / 'x.db'}")
    assert server_name("sqlite:///x.db", "asel") != server_name("sqlite:///y.db", "asel")
    assert server_name("sqlite:///x.db", "asel") != server_name("sqlite:///x.db", "dana")
    assert "secret" not in database_key("postgresql://u:secret@h/db")
    assert server_name("postgresql://u:a@h/db", "u") == server_name("postgresql://u:b@h/db", "u")


def test_a_second_start_asks_the_first_to_come_forward(qtbot: Any, tmp_path: Path) -> None:
    name = server_name(f"sqlite:///{tmp_path / 'one.db'}", "tester")
    first = SingleInstance(name)
    assert not first.notify_running(200)  # nobody yet
    assert first.listen()
    try:
        second = SingleInstance(name)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.notify_running()
        other = SingleInstance(server_name(f"sqlite:///{tmp_path / 'two.db'}", "tester"))
        assert not other.notify_running(200)  # another database: its own program
    finally:
        first.close()


def test_a_stale_socket_of_a_crashed_program_is_taken_over(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtNetwork import QLocalServer

    name = server_name(f"sqlite:///{tmp_path / 'three.db'}", "tester")
    crashed = QLocalServer()
    assert crashed.listen(name)
    crashed.close()  # a crash leaves the socket file on Linux; close() removes it, listen twice
    first = SingleInstance(name)
    assert first.listen()
    first.close()
