"""Roles and regions are enforced by the services; every refusal is audited."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from models.actor import Actor
from models.applications.worklist import WorklistFilter
from models.db.entities import AuditEvent
from models.dto import RegistryQuery
from models.errors import Conflict, PermissionDenied
from models.people.access import ForeignRegion
from models.services import Services
from tests.security.conftest import ABAI, ALMATY


def denials(db: Any, login: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "access.denied", AuditEvent.user_login == login)) or 0)


def refused_and_audited(db: Any, actor: Actor, call: Any) -> PermissionDenied:
    before = denials(db, actor.login)
    with pytest.raises(PermissionDenied) as err:
        call()
    assert err.value.ru and err.value.kk
    assert denials(db, actor.login) == before + 1, "the refusal was not audited"
    return err.value


def test_clerk_sees_only_own_region_by_every_route(db: Any, services: Services, people: dict[str,
                                                   Actor],
                                                   apps: dict[str, list[str]]) -> None:
    clerk, admin = people["abai"], people["admin"]
    qs, rs = services.queries, services.registry
    assert {p.portal_id for p in qs.page(clerk)} == set(apps["abai"])
    assert qs.count(clerk) == 3 and qs.count(admin) == 5
    assert sum(qs.counts_by_status(clerk).values()) == 3
    assert qs.page(clerk, WorklistFilter(search="2026-000004")) == []  # search stays scoped
    # asking for another region: list, search, count, statistics, open, export, audit view
    refused_and_audited(db, clerk, lambda: qs.page(clerk, WorklistFilter(region=ALMATY)))
    refused_and_audited(db, clerk, lambda: qs.page(
        clerk, WorklistFilter(region=ALMATY, search="Ерлан")))
    refused_and_audited(db, clerk, lambda: qs.count(clerk, WorklistFilter(region=ALMATY)))
    refused_and_audited(db, clerk, lambda: qs.counts_by_status(clerk, ALMATY))
    refused_and_audited(db, clerk, lambda: qs.detail(clerk, apps["almaty"][0]))
    refused_and_audited(db, clerk, lambda: qs.detail(clerk, apps["almaty"][0],
                                                     audit_view=False))
    refused_and_audited(db, clerk, lambda: rs.rows(clerk, RegistryQuery(region=ALMATY), "ru"))
    refused_and_audited(db, clerk, lambda: rs.page(clerk, RegistryQuery(region=ALMATY)))
    refused_and_audited(db, clerk, lambda: services.audit.page(clerk, region=ALMATY))
    refused_and_audited(db, clerk, lambda: services.letters.letters(
        clerk, portal_id=apps["almaty"][0]))
    assert isinstance(refused_and_audited(db, clerk, lambda: qs.detail(
        clerk, apps["almaty"][1])), ForeignRegion)
    # and deciding is not a clerk's job at all
    refused_and_audited(db, clerk, lambda: services.review.decide(
        clerk, apps["abai"][0], "register"))
    assert qs.detail(clerk, apps["abai"][0]).summary.region == ABAI


def test_clerk_audit_view_is_scoped(db: Any, services: Services, people: dict[str, Actor],
                                    apps: dict[str, list[str]]) -> None:
    clerk = people["abai"]
    rows = services.audit.page(clerk, limit=1000)
    assert rows and {r.region for r in rows} == {ABAI}
    assert services.audit.count(clerk) == len(rows)
    refused_and_audited(db, clerk, lambda: services.audit.verify(clerk))


def test_viewer_reads_only_the_public_registry(db: Any, services: Services, people: dict[str,
                                               Actor],
                                               apps: dict[str, list[str]]) -> None:
    viewer, admin = people["viewer"], people["admin"]
    services.review.decide(admin, apps["abai"][0], "register")
    rs = services.registry
    assert rs.count(viewer) == 1
    n, rows = rs.rows(viewer, RegistryQuery(edition="public"), "kk")
    assert n == 1 and len(list(rows)) == 1
    refused_and_audited(db, viewer, lambda: rs.rows(viewer, RegistryQuery(), "kk"))
    qs = services.queries
    refused_and_audited(db, viewer, lambda: qs.page(viewer))
    refused_and_audited(db, viewer, lambda: qs.count(viewer))
    refused_and_audited(db, viewer, lambda: qs.detail(viewer, apps["abai"][0]))
    refused_and_audited(db, viewer, lambda: services.letters.letters(viewer))
    refused_and_audited(db, viewer, lambda: services.audit.page(viewer))
    refused_and_audited(db, viewer, lambda: services.recommendations.recommend(
        viewer, apps["abai"][0], "register"))


def test_clerk_recommends_admin_sees_it_with_the_application(
        db: Any, services: Services, people: dict[str, Actor], apps: dict[str, list[str]]) -> None:
    clerk, admin = people["abai"], people["admin"]
    rec = services.recommendations
    pid = apps["abai"][1]
    rec.recommend(clerk, pid, "register", note="документы в порядке")
    r = rec.recommend(clerk, pid, "return", ["RET-DOCUMENTS"], "нет диплома")
    assert r.kind == "return" and r.reasons == ("RET-DOCUMENTS",) and r.user == "abai"
    d = services.queries.detail(admin, pid)
    assert d.recommendation == r  # the newest one counts
    assert d.as_json()["recommendation"]["note"] == "нет диплома"
    assert services.queries.detail(admin, apps["abai"][0]).recommendation is None
    with pytest.raises(Exception, match="не подходит"):
        rec.recommend(clerk, pid, "refuse", ["RET-DOCUMENTS"])
    refused_and_audited(db, clerk, lambda: rec.recommend(clerk, apps["almaty"][0], "register"))
    refused_and_audited(db, clerk, lambda: rec.latest(clerk, apps["almaty"][0]))
    services.review.decide(admin, pid, "return", ["RET-DOCUMENTS"])
    with pytest.raises(Conflict):
        rec.recommend(clerk, pid, "register")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "application.recommend")) == 2


def test_views_prints_and_exports_are_audited_with_who_role_workstation(
        db: Any, services: Services, people: dict[str, Actor], apps: dict[str, list[str]]) -> None:
    admin = people["admin"]
    services.review.decide(admin, apps["abai"][0], "refuse", ["REF-EMIGRATION"])
    services.review.decide(admin, apps["abai"][1], "register")
    services.queries.detail(admin, apps["abai"][2])
    n, rows, head = services.registry.rows_with_head(admin, RegistryQuery(), "ru")
    list(rows)
    services.letters.letters(admin, portal_id=apps["abai"][0])
    with db.read() as s:
        events = {e.action: (e.user_login, e.role, e.workstation, e.at, e.entity_id)
                  for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))}
        newest = s.scalar(select(AuditEvent.hash).where(AuditEvent.action == "registry.export"))
    for action in ("application.view", "registry.export", "letters.print"):
        login, role, ws, at, _ = events[action]
        assert (login, role, ws) == ("admin", "admin", admin.workstation) and at is not None
    assert events["application.view"][4] == apps["abai"][2]
    assert head == newest  # the hash to print on the exported registry
