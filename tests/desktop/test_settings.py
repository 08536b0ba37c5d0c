"""The workstation's settings: typed JSON in the config folder; damage means defaults and a
notice, never a failed start (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import settings as prefs


def test_missing_file_means_defaults_without_a_notice(tmp_path: Path) -> None:
    loaded = prefs.load(tmp_path)
    assert loaded.settings == prefs.Settings() and loaded.notice == ""


def test_saved_settings_come_back_and_unknown_keys_survive(tmp_path: Path) -> None:
    s = prefs.Settings(database_url="sqlite:///x.db", language="kk", idle_lock_minutes=5,
                       log_level="DEBUG", extra={"smtp": {"host": "mail.example.kz"}})
    path = prefs.save(tmp_path, s)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["smtp"] == {"host": "mail.example.kz"}
    assert prefs.load(tmp_path) == prefs.LoadedSettings(s)


def test_corrupt_file_falls_back_to_defaults_with_a_notice_and_is_kept(tmp_path: Path) -> None:
    path = prefs.settings_path(tmp_path)
    path.write_text('{"language": "kk", ', encoding="utf-8")
    loaded = prefs.load(tmp_path)
    assert loaded.settings == prefs.Settings()
    assert str(path) in loaded.notice
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == '{"language": "kk", '
    assert not path.exists()
    assert prefs.load(tmp_path).notice == ""  # said once; the next save writes a good file


def test_wrong_values_get_their_defaults_and_the_rest_is_kept(tmp_path: Path) -> None:
    path = prefs.settings_path(tmp_path)
    path.write_text(json.dumps({"language": "en", "idle_lock_minutes": "ten",
                                "log_level": "DEBUG", "database_url": "sqlite:///a.db"}),
                    encoding="utf-8")
    loaded = prefs.load(tmp_path)
    assert loaded.settings.language is None and loaded.settings.idle_lock_minutes is None
    assert loaded.settings.log_level == "DEBUG"
    assert loaded.settings.database_url == "sqlite:///a.db"
    assert "language" in loaded.notice and "idle_lock_minutes" in loaded.notice
    assert (tmp_path / "settings.json.bad").exists()
    assert prefs.load(tmp_path).notice == ""  # the good values were written back


def test_a_json_list_is_not_settings(tmp_path: Path) -> None:
    prefs.settings_path(tmp_path).write_text("[1, 2]", encoding="utf-8")
    assert prefs.load(tmp_path).notice


def test_the_ini_of_earlier_versions_fills_what_json_lacks(tmp_path: Path) -> None:
    s = prefs.with_legacy(prefs.load(tmp_path), {"database/url": "sqlite:///old.db",
                                                 "language": "kk"})
    assert s.database_url == "sqlite:///old.db" and s.language == "kk"
