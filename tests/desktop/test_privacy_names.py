"""Full names do not reach the log (issue 15: names were not masked)."""

from __future__ import annotations

import logging
from pathlib import Path

from models.privacy_log import install, mask


def test_names_are_masked_in_free_text_and_under_name_keys() -> None:
    assert mask("saving Әбілқайыров Нұрсұлтан Өмірұлы failed") == "saving <name> failed"
    assert mask("Сидорова Анна Петровна") == "<name>"
    assert mask("signed by Иванов И.И. today") == "signed by <name> today"
    assert mask("full_name='Ivanov Ivan'") == "full_name='<name>'"
    assert mask('{"last_name": "Ivanova", "region": "750000000"}') == \
        '{"last_name": "<name>", "region": "750000000"}'
    assert mask("first_name=Aigerim, status=registered") == \
        "first_name=<name>, status=registered"


def test_ordinary_log_text_is_kept() -> None:
    for text in ("Tizilim 0.1.0 starting", "signed in: demo.admin (admin)",
                 "ValueError: bad value", "region Алматы: 3 overdue", "job export failed"):
        assert mask(text) == text


def test_a_logged_record_with_every_kind_of_personal_data(tmp_path: Path) -> None:
    log_file = tmp_path / "t.log"
    logger = logging.getLogger("tizilim.test.names")
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger.addHandler(handler)
    install(logger)
    try:
        logger.warning("%s, IIN %s, %s, +7 701 123 45 67, born %s", "Төлеуова Әсел Серікқызы",
                       "860412450123", "asel@example.kz", "1986-04-12")
    finally:
        handler.close()
        logger.removeHandler(handler)
    text = log_file.read_text(encoding="utf-8")
    for secret in ("Төлеуова", "Әсел", "860412450123", "asel@", "701 123", "1986-04-12"):
        assert secret not in text, secret
