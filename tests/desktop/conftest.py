"""Start-up, packaging and settings tests; Qt (where used) runs offscreen with the program's
own QApplication (the session's one application: tests/ui expects it too)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from desktop.app import TizilimApp

    return TizilimApp
