"""How the deciding user would sign: the review reads it before offering a decision."""

from __future__ import annotations

import pytest

from models.actor import SYSTEM, Actor
from models.notifications.issue import CannotSign, Signer
from models.services import Services
from tests.factories import SIGNER_NAME, SIGNER_POSITION
from tests.security.conftest import PW


def test_the_signer_is_read_as_the_user_is_now(services: Services,
                                                people: dict[str, Actor]) -> None:
    admin = people["admin"]
    assert services.letters.signer(admin) == Signer(SIGNER_NAME, SIGNER_POSITION)
    services.users.add(admin, "noname", PW, "admin", None, "  Бекова   Айжан ")  # no position
    noname = services.users.authenticate("noname", PW)
    for who in (noname, SYSTEM):
        with pytest.raises(CannotSign) as exc:
            services.letters.signer(who)
        assert exc.value.key == "decision.no_signer" and who.login in exc.value.ru
    services.users.update(admin, "noname", position="Бас маман")
    assert services.letters.signer(noname) == Signer("Бекова Айжан", "Бас маман")
