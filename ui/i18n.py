"""Interface language: our translations plus Qt's own, switchable live.

Installing a translator makes Qt send ``LanguageChange`` to every widget; each screen
re-sets its texts in ``retranslate()``. The translators are kept referenced here (Qt does
not own them).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")
#: Names of the languages in themselves (never translated).
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}


class Language(QObject):
    """The current interface language; ``changed`` fires after the switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = "ru"
        self._translators: list[QTranslator] = []

    def uninstall(self) -> None:
        """Remove this object's translators (sign-out of a test, shutdown)."""
        for t in self._translators:
            QCoreApplication.removeTranslator(t)
        self._translators = []

    def set(self, code: str) -> None:
        """Switch to ``kk`` or ``ru``; an unknown code or missing file falls back silently."""
        if code not in LANGUAGES:
            code = "ru"
        app = QCoreApplication.instance()
        self.uninstall()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # later-installed translators are searched first: ours override Qt's wording
        for name, folder in (
            (f"qtbase_{code}", qt_dir),
            (f"qt_overrides_{code}", str(resource_path("i18n"))),
            (f"app_{code}", str(resource_path("i18n"))),
        ):
            t = QTranslator(app)
            if t.load(name, folder):
                QCoreApplication.installTranslator(t)
                self._translators.append(t)
            elif not name.startswith("qt_overrides"):
                log.warning("translation %s not found in %s", name, folder)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Kazakh if code == "kk" else QLocale.Language.Russian,
                QLocale.Country.Kazakhstan,
            )
        )
        self.code = code
        self.changed.emit(code)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``source`` for translation in ``context`` and return it unchanged; typed ``str``
    (PySide's returns ``object``); translated later with ``QCoreApplication.translate``."""
    return source
