"""The workstation's settings: typed, stored as JSON in the user config folder.

``settings.json`` holds what the user (or IT support) chooses for this workstation: the
database, the interface language, an idle lock shorter than the shared policy, the log level.
A missing file means defaults; a file that cannot be read or has wrong values means defaults
for what is wrong, a notice for the user (:attr:`LoadedSettings.notice`) and the bad file
kept beside as ``settings.json.bad`` for support. The window's own state (size, column
widths, last sign-in) stays in ``tizilim.ini`` (Qt's QSettings).

Adding a setting (e.g. the SMTP server of the notifications issue): add a field with a
default to :class:`Settings` (a nested frozen dataclass for a group, like ``smtp``) and its
check to :data:`_CHECKS`; older files load with the default, and keys this program does not
know are kept on save (a newer program's settings survive an older one).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
FORMAT = 1
LANGUAGES = ("kk", "ru")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True)
class Settings:
    """This workstation's choices (defaults: the first run)."""

    #: SQLAlchemy URL of the database (None: the file in the user data folder)
    database_url: str | None = None
    #: interface language, ``kk`` or ``ru`` (None: Russian until chosen)
    language: str | None = None
    #: lock the screen after this many idle minutes if that is sooner than the shared
    #: policy (the administrator's setting); None: the shared policy alone
    idle_lock_minutes: int | None = None
    log_level: str = "INFO"
    #: settings of later features, kept as they are (see the module's docstring)
    extra: dict[str, Any] = field(default_factory=dict)


def _url(v: Any) -> bool:
    return v is None or (isinstance(v, str) and "://" in v)


def _lang(v: Any) -> bool:
    return v is None or v in LANGUAGES


def _minutes(v: Any) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 1440)


def _level(v: Any) -> bool:
    return v in LOG_LEVELS


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "database_url": _url,
    "language": _lang,
    "idle_lock_minutes": _minutes,
    "log_level": _level,
}


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    notice: str = ""  # non-empty: the file was damaged and defaults were used (say so)


def settings_path(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


def load(config_dir: Path) -> LoadedSettings:
    """The settings in ``config_dir`` (defaults where missing or wrong, with a notice)."""
    path = settings_path(config_dir)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(Settings(), f"{path}: {exc.strerror or exc}")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        _keep_bad(path)
        log.warning("settings file unreadable, defaults used: %s", exc)
        return LoadedSettings(Settings(), f"{path}: {exc}")
    values: dict[str, Any] = {}
    wrong: list[str] = []
    for name, ok in _CHECKS.items():
        if name in data:
            if ok(data[name]):
                values[name] = data[name]
            else:
                wrong.append(name)
    extra = {k: v for k, v in data.items() if k not in _CHECKS and k != "format"}
    settings = Settings(**values, extra=extra)
    if wrong:  # keep the file as it was for support, and the good values
        with contextlib.suppress(OSError):
            shutil.copyfile(path, path.with_name(path.name + ".bad"))
            save(config_dir, settings)
        log.warning("settings with wrong values, defaults used for: %s", ", ".join(wrong))
        return LoadedSettings(settings, f"{path}: {', '.join(wrong)}")
    return LoadedSettings(settings)


def _keep_bad(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".bad"))


def save(config_dir: Path, settings: Settings) -> Path:
    """Write ``settings`` atomically (temporary file, then rename); returns the path."""
    path = settings_path(config_dir)
    data = {"format": FORMAT, **settings.extra}
    for f in dataclasses.fields(settings):
        if f.name != "extra":
            data[f.name] = getattr(settings, f.name)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def with_legacy(loaded: LoadedSettings, legacy: dict[str, str | None]) -> Settings:
    """Settings of an earlier version kept in ``tizilim.ini`` (``database/url``,
    ``language``), used where the JSON file has none."""
    s = loaded.settings
    url, lang = legacy.get("database/url"), legacy.get("language")
    if s.database_url is None and url and _url(url):
        s = dataclasses.replace(s, database_url=url)
    if s.language is None and lang in LANGUAGES:
        s = dataclasses.replace(s, language=lang)
    return s
