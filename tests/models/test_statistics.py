"""The statistics of issue 16 on a small hand-made set (``tests/stats_world.py``), every
number checked, on both databases (SQLite; PostgreSQL with TIZILIM_TEST_PG_URL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

from models.actor import Actor
from models.db.entities import Role
from models.db.migrate import alembic_config
from models.errors import InvalidInput, PermissionDenied
from models.services import Services
from models.statistics import queries
from models.statistics.dto import StatsQuery
from models.statistics.service import quantile
from tests.stats_world import CAUSE, NOV, PSYCH, SOCIAL, TODAY, A, B, admin_of, build_world


@pytest.fixture
def world(db: Any, monkeypatch: pytest.MonkeyPatch) -> Services:
    return build_world(db, monkeypatch)


EXPECTED_NOV = {
    "received": 9, "received_resubmitted": 3, "decided": 7, "decided_on_time": 6,
    "decided_late": 1, "pending": 2, "overdue_now": 1, "due_today": 1,
    "median_working_days": 2.0, "p90_working_days": pytest.approx(4.6),
    "by_decision": {"registered": 4, "returned": 2, "refused": 1},
    "by_reason": {"RET-PROFESSION": 0, "RET-CATEGORY": 1, "RET-DOCUMENTS": 2,
                  "RET-EMPLOYMENT": 0, "REF-COURT-SOCIAL": 0, "REF-COURT-MEDICAL": 0,
                  "REF-INCAPACITY": 0, "REF-EMIGRATION": 1},
    "by_region": [
        {"region": A, "received": 5, "decided": 3, "decided_on_time": 2,
         "on_time_share": pytest.approx(2 / 3), "pending": 1, "overdue_now": 1},
        {"region": B, "received": 4, "decided": 4, "decided_on_time": 4,
         "on_time_share": 1.0, "pending": 1, "overdue_now": 0}],
    "by_reviewer": [
        {"login": "admin", "decided": 4, "decided_on_time": 3, "on_time_share": 0.75,
         "median_working_days": 3.0},
        {"login": "admin2", "decided": 3, "decided_on_time": 3, "on_time_share": 1.0,
         "median_working_days": 1.0}],
    "resubmission_loops": [{"times": 1, "returned": 1, "resubmitted": 2},
                           {"times": 2, "returned": 1, "resubmitted": 1},
                           {"times": 3, "returned": 0, "resubmitted": 0}],
    "registry": {"by_month": [{"month": "2026-11", "entries": 4, "exclusions": 1}],
                 "size": 3, "public_edition": 2},
    "late_decisions": [{"portal_id": "P2", "region": A, "login": "admin",
                        "decision": "refused", "received_on": "2026-11-03",
                        "due_date": "2026-11-10", "decided_on": "2026-11-12",
                        "working_days_late": 2, "cause": CAUSE}],
}


def _check(got: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        assert got[key] == value, key


def test_every_figure_of_november(world: Services) -> None:
    got = world.statistics.figures(admin_of(world), NOV, today=TODAY).as_json()
    assert (got["from"], got["to"], got["as_of"]) == ("2026-11-01", "2026-11-30", "2026-12-07")
    _check(got, EXPECTED_NOV)


def test_the_decisions_themselves_give_the_same_figures(world: Services,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The running counts and the decisions counted one by one (the way a profession's
    figures are read) agree, for the whole country and for one region."""
    admin = admin_of(world)
    for q in (NOV, StatsQuery(NOV.start, NOV.end, region=B),
              StatsQuery(dt.date(2026, 10, 1), dt.date(2026, 12, 31))):
        counted = world.statistics.figures(admin, q, today=TODAY).as_json()
        monkeypatch.setattr(queries, "counted", lambda _q: False)
        direct = world.statistics.figures(admin, q, today=TODAY).as_json()
        monkeypatch.undo()
        assert direct == counted


def test_a_period_edge_counts_by_the_day_in_kazakhstan(world: Services) -> None:
    admin = admin_of(world)
    dec = world.statistics.figures(admin, StatsQuery(dt.date(2026, 12, 1),
                                                     dt.date(2026, 12, 31)), today=TODAY)
    assert dec.decided == 1 and dec.by_decision["registered"] == 1  # P5 at 00:30 on 1 Dec
    octo = world.statistics.figures(admin, StatsQuery(dt.date(2026, 10, 1),
                                                      dt.date(2026, 10, 31)), today=TODAY)
    assert octo.received == 2  # P4 and P8: P1 came at 00:30 on 1 November
    assert (octo.decided, octo.by_decision["returned"], octo.by_reason["RET-PROFESSION"]) \
        == (1, 1, 1)
    assert octo.registry_size == 0 and octo.growth[0].entries == 0
    dec_size = (dec.registry_size, dec.public_size)
    assert dec_size == (4, 3)  # P5 joins on 1 December


def test_one_profession(world: Services) -> None:
    got = world.statistics.figures(admin_of(world), StatsQuery(NOV.start, NOV.end,
                                                               profession=PSYCH),
                                   today=TODAY).as_json()
    _check(got, {"received": 5, "decided": 4, "decided_on_time": 3, "pending": 2,
                 "overdue_now": 1, "by_decision": {"registered": 3, "returned": 0,
                                                   "refused": 1},
                 "resubmission_loops": [{"times": 1, "returned": 0, "resubmitted": 1},
                                        {"times": 2, "returned": 0, "resubmitted": 0},
                                        {"times": 3, "returned": 0, "resubmitted": 0}],
                 "registry": {"by_month": [{"month": "2026-11", "entries": 3,
                                            "exclusions": 1}],
                              "size": 2, "public_edition": 1}})


def test_a_clerk_sees_their_region_only(world: Services) -> None:
    clerk = Actor("clerk_b", Role.MIO, region=B)
    got = world.statistics.figures(clerk, NOV, today=TODAY).as_json()
    _check(got, {"region": B, "received": 4, "received_resubmitted": 2, "decided": 4,
                 "decided_on_time": 4, "pending": 1, "overdue_now": 0, "due_today": 1,
                 "median_working_days": 1.0,
                 "by_decision": {"registered": 2, "returned": 2, "refused": 0},
                 "by_region": [EXPECTED_NOV["by_region"][1]],
                 "by_reviewer": [{"login": "admin2", "decided": 3, "decided_on_time": 3,
                                  "on_time_share": 1.0, "median_working_days": 1.0},
                                 {"login": "admin", "decided": 1, "decided_on_time": 1,
                                  "on_time_share": 1.0, "median_working_days": 1.0}],
                 "registry": {"by_month": [{"month": "2026-11", "entries": 2,
                                            "exclusions": 0}],
                              "size": 2, "public_edition": 1},
                 "late_decisions": []})
    assert got["by_reason"]["RET-DOCUMENTS"] == 2 and got["by_reason"]["REF-EMIGRATION"] == 0
    with pytest.raises(PermissionDenied):
        world.statistics.figures(clerk, StatsQuery(NOV.start, NOV.end, region=A))
    with pytest.raises(PermissionDenied):
        world.statistics.figures(Actor("viewer", Role.VIEWER), NOV)
    with world.db.read() as s:
        denied = s.execute(text("SELECT COUNT(*) FROM audit_events WHERE action = "
                                "'access.denied' AND entity = 'statistics'")).scalar()
    assert denied == 2


def test_late_decisions_keep_their_cause_only_when_late(world: Services) -> None:
    with world.db.read() as s:
        causes = dict(s.execute(text(
            "SELECT a.portal_id, d.late_cause FROM decisions d JOIN applications a "
            "ON a.id = d.application_id WHERE d.late_cause IS NOT NULL")).all())
        facts = s.execute(text(
            "SELECT d.received_on, d.due_date, d.region_code, d.profession_code, d.consent "
            "FROM decisions d JOIN applications a ON a.id = d.application_id "
            "WHERE a.portal_id = 'P3' ORDER BY d.revision")).all()
    assert causes == {"P2": CAUSE}
    assert [(str(r[0]), str(r[1]), r[2], r[3], bool(r[4])) for r in facts] == [
        ("2026-11-04", "2026-11-11", B, SOCIAL, True),
        ("2026-11-09", "2026-11-16", B, SOCIAL, True),
        ("2026-11-11", "2026-11-18", B, SOCIAL, True)]


def test_queries_that_cannot_be_answered_are_refused(world: Services) -> None:
    admin = admin_of(world)
    for q in (StatsQuery(NOV.end, NOV.start), StatsQuery(NOV.start, NOV.end, region="999"),
              StatsQuery(NOV.start, NOV.end, profession="ASTRONAUT"),
              StatsQuery(dt.date(2000, 1, 1), dt.date(2026, 1, 1))):
        with pytest.raises(InvalidInput):
            world.statistics.figures(admin, q)


def test_the_migration_counts_the_decisions_made_before_it(
        world: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Down to 0006 and up again: the facts are copied anew from the applications and
    revisions, the running counts start from the decisions (two of them counted together:
    P5 and P6 registered in region A on 1 December), and every figure is the same (but the
    late causes, which 0006 cannot keep)."""
    from alembic import command

    from tests.stats_world import clock, local

    admin = admin_of(world)
    with clock(monkeypatch, local("2026-12-01", "15:00")):
        world.review.decide(admin, "P6", "register")
    dec = StatsQuery(dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert world.statistics.figures(admin, dec, today=TODAY).by_decision["registered"] == 2
    before = world.statistics.figures(admin, NOV, today=TODAY).as_json()
    cfg = alembic_config(world.db.engine)
    with world.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        command.upgrade(cfg, "head")
    after = world.statistics.figures(admin, NOV, today=TODAY).as_json()
    assert after["late_decisions"][0].pop("cause") is None
    before["late_decisions"][0].pop("cause")
    assert after == before
    assert world.statistics.figures(admin, dec, today=TODAY).by_decision["registered"] == 2


def test_quantiles_interpolate_like_the_statistics_module() -> None:
    import statistics

    data = [1, 1, 1, 2, 3, 3, 7]
    hist = {v: data.count(v) for v in set(data)}
    assert quantile(hist, 0.5) == statistics.median(data)
    assert quantile(hist, 0.9) == pytest.approx(
        statistics.quantiles(data, n=10, method="inclusive")[-1])
    assert quantile({}, 0.5) is None and quantile({4: 1}, 0.9) == 4.0


def test_the_worklist_lists_the_applications_behind_a_figure(world: Services) -> None:
    from models.applications.worklist import WorklistFilter
    from models.statistics.drill import Drill

    admin = admin_of(world)

    def listed(**kw: Any) -> set[str]:
        f = WorklistFilter(drill=Drill(start=NOV.start, end=NOV.end, **kw))
        ids = world.queries.ordered_ids(admin, f)
        assert world.queries.count(admin, f) == len(ids)
        return {x.portal_id for x in world.queries.summaries(admin, ids)}

    assert listed(event="decided") == {"P1", "P2", "P3", "P4", "P8"}
    assert listed(event="decided", kind="return") == {"P3"}
    assert listed(event="decided", kind="register", region=A) == {"P1", "P8"}
    assert listed(event="decided", late=True) == {"P2"}
    assert listed(event="decided", late=False, region=A) == {"P1", "P8"}
    assert listed(event="decided", reason="RET-DOCUMENTS") == {"P3"}
    assert listed(event="decided", reason="REF-EMIGRATION") == {"P2"}
    assert listed(event="decided", login="admin2") == {"P3"}
    assert listed(event="decided", kind="return", times=2) == {"P3"}
    assert listed(event="decided", profession=PSYCH) == {"P1", "P2", "P4", "P8"}
    assert listed(event="received", region=A) == {"P1", "P2", "P5", "P6", "P8"}
    assert listed(event="received", times=1) == {"P3", "P8"}
    assert listed(event="received", times=0) == {"P1", "P2", "P3", "P5", "P6", "P7"}
    clerk = Actor("clerk_b", Role.MIO, region=B)
    f = WorklistFilter(drill=Drill("decided", NOV.start, NOV.end))
    assert {x.portal_id for x in world.queries.page(clerk, f)} == {"P3", "P4"}
