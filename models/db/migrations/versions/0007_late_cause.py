"""late decisions' causes; what a decision keeps of its revision; statistics indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Issue 16. A decision after its revision's due date keeps the cause of the delay
(``late_cause``; NULL: not given). Every decision also keeps what the statistics count it by,
as the decided revision stood: its local day of receipt, its due date, region, profession and
consent (``models.statistics.facts``). Decisions and revisions are immutable, so the copies
never go stale; a year of statistics then reads one narrow table through covering indexes
instead of joining a million wide application rows (see docs/statistics.md).

Existing decisions are filled in: from the application when they decided its current
revision (the usual case), otherwise from the decided revision's data, with its day of receipt
in Kazakhstan time as the program computes it.

Four small tables count the decisions by day (``models.statistics.tables``), kept by one
trigger on every new decision, as ``status_counts`` is (0004): counting a year's million
decisions row by row took SQLite seconds. They start from the decisions already made. Indexes
that lead with the profession or the region serve the queries the counts leave out.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

BATCH = 5000

COLUMNS = (
    ("late_cause", sa.Text),
    ("received_on", sa.Date),
    ("due_date", sa.Date),
    ("region_code", lambda: sa.String(length=9)),
    ("profession_code", lambda: sa.String(length=40)),
    ("consent", sa.Boolean),
)

#: (name, table, columns, partial condition or None). A profession's figures are counted
#: from the decisions, each query walking one of these in its order (by day first, so SQLite
#: groups as it reads); ``reason_codes`` is left out on PostgreSQL (no JSON in a b-tree).
INDEXES = (
    ("ix_dec_profession", "decisions",
     ["profession_code", "decided_on", "region_code", "kind", "due_date", "consent",
      "revision"], None),
    ("ix_dec_profession_reviewer", "decisions",
     ["profession_code", "decided_on", "user_login", "received_on", "due_date", "region_code"],
     None),
    ("ix_dec_profession_reasons", "decisions",
     ["profession_code", "decided_on", "kind", "reason_codes", "region_code"],
     "kind <> 'register'"),
    ("ix_dec_profession_received", "decisions",
     ["profession_code", "received_on", "region_code", "revision"], None),
    # one region's decisions by day and reviewer
    ("ix_dec_region_reviewer", "decisions",
     ["region_code", "decided_on", "user_login", "received_on", "due_date", "profession_code"],
     None),
    # the late decisions by day (the newest are listed with their causes)
    ("ix_dec_late", "decisions", ["decided_on", "region_code", "profession_code"],
     "decided_on > due_date"),
    # applications awaiting a decision by day of receipt
    ("ix_app_stats_open", "applications",
     ["status", "received_on", "region_code", "profession_code", "revision", "due_date"], None),
    # what an exclusion's register decision says of the specialist (read by application)
    ("ix_dec_registered", "decisions",
     ["application_id", "kind", "consent", "region_code", "profession_code"],
     "kind = 'register'"),
    # exclusions from the registry by day
    ("ix_registry_excluded", "registry_entries", ["excluded_on", "application_id"],
     "excluded_on IS NOT NULL"),
)

_KEYS = {"stats_decided": ("decided_on", "region_code", "kind"),
         "stats_reviewers": ("decided_on", "user_login", "received_on"),
         "stats_received": ("received_on", "region_code"),
         "stats_reasons": ("decided_on", "region_code", "reason_code")}
_COUNTS = {"stats_decided": ("n", "late", "consent", "rev1", "rev2", "rev3"),
           "stats_reviewers": ("n", "late"),
           "stats_received": ("n", "rev2", "rev3", "rev4"),
           "stats_reasons": ("n",)}
_KEY_TYPES = {"decided_on": sa.Date, "received_on": sa.Date, "kind": lambda: sa.String(16),
              "region_code": lambda: sa.String(9), "user_login": lambda: sa.String(64),
              "reason_code": lambda: sa.String(40)}

_LATE = "CASE WHEN {d}.decided_on > {d}.due_date THEN 1 ELSE 0 END"
_REGION = "COALESCE({d}.region_code, '')"
_RECEIVED = "COALESCE({d}.received_on, {d}.decided_on)"

#: what one decision ``{d}`` adds to each count, in the same words on both databases
_ADDS = {
    "stats_decided": ("{d}.decided_on", _REGION, "{d}.kind", "1", _LATE,
                      "CASE WHEN {d}.consent THEN 1 ELSE 0 END",
                      "CASE WHEN {d}.revision = 1 THEN 1 ELSE 0 END",
                      "CASE WHEN {d}.revision = 2 THEN 1 ELSE 0 END",
                      "CASE WHEN {d}.revision >= 3 THEN 1 ELSE 0 END"),
    "stats_reviewers": ("{d}.decided_on", "{d}.user_login", _RECEIVED, "1", _LATE),
    "stats_received": (_RECEIVED, _REGION, "1",
                       "CASE WHEN {d}.revision = 2 THEN 1 ELSE 0 END",
                       "CASE WHEN {d}.revision = 3 THEN 1 ELSE 0 END",
                       "CASE WHEN {d}.revision >= 4 THEN 1 ELSE 0 END"),
}


def _upsert(table: str, select: str, alias: str = "") -> str:
    """Add the counts that ``select`` yields to ``table`` (``alias``: PostgreSQL's name for
    the row already there)."""
    keys, counts = _KEYS[table], _COUNTS[table]
    t = alias or table
    sets = ", ".join(f"{c} = {t}.{c} + excluded.{c}" for c in counts)
    return (f"INSERT INTO {table}{' AS ' + alias if alias else ''} "
            f"({', '.join(keys + counts)}) {select} "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}")


def _adds(table: str, d: str) -> str:
    return ", ".join(x.format(d=d) for x in _ADDS[table])


def _codes(d: str, sqlite: bool) -> str:
    """A decision's reason codes, each once, in order (rows of ``code``)."""
    if sqlite:
        return f"(SELECT DISTINCT value AS code FROM json_each({d}.reason_codes) ORDER BY 1)"
    return (f"(SELECT DISTINCT json_array_elements_text({d}.reason_codes) AS code "
            "ORDER BY 1)")


def _trigger_body(sqlite: bool) -> list[str]:
    d = "new" if sqlite else "NEW"
    alias = "" if sqlite else "t"
    where = " WHERE true" if sqlite else ""  # SQLite: an upsert's SELECT needs a WHERE
    return ([_upsert(t, f"SELECT {_adds(t, d)}{where}", alias) for t in _ADDS]
            + [_upsert("stats_reasons",
                       f"SELECT {d}.decided_on, {_REGION.format(d=d)}, r.code, 1 "
                       f"FROM {_codes(d, sqlite)} r WHERE r.code IS NOT NULL", alias)])


def _backfill(sqlite: bool) -> list[str]:
    """The counts of the decisions made before this migration (into the empty tables)."""
    out = []
    for table, adds in _ADDS.items():
        n = len(_KEYS[table])
        keys = [x.format(d="d") for x in adds[:n]]
        sums = [f"SUM({x.format(d='d')})" for x in adds[n:]]
        out.append(f"INSERT INTO {table} ({', '.join(_KEYS[table] + _COUNTS[table])}) "
                   f"SELECT {', '.join(keys + sums)} FROM decisions d "
                   f"GROUP BY {', '.join(keys)}")
    each = ("json_each(d.reason_codes) r" if sqlite
            else "json_array_elements_text(d.reason_codes) AS r(value)")
    region = _REGION.format(d="d")
    out.append(f"INSERT INTO stats_reasons (decided_on, region_code, reason_code, n) "
               f"SELECT d.decided_on, {region}, r.value, COUNT(DISTINCT d.id) "
               f"FROM decisions d, {each} WHERE d.kind <> 'register' "
               f"GROUP BY d.decided_on, {region}, r.value")
    return out


def upgrade() -> None:
    with op.batch_alter_table("decisions") as b:
        for name, kind in COLUMNS:
            b.add_column(sa.Column(name, kind(), nullable=True))
    _fill()
    for table in _KEYS:
        op.create_table(
            table,
            *(sa.Column(k, _KEY_TYPES[k](), nullable=False) for k in _KEYS[table]),
            *(sa.Column(c, sa.BigInteger(), nullable=False) for c in _COUNTS[table]),
            sa.PrimaryKeyConstraint(*_KEYS[table], name=op.f(f"pk_{table}")),
            sqlite_with_rowid=False,  # SQLite keeps the rows in key order: a range reads them
        )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for stmt in _backfill(sqlite):
        op.execute(stmt)
    if sqlite:
        op.execute("CREATE TRIGGER decisions_stats_ai AFTER INSERT ON decisions BEGIN "
                   + "; ".join(_trigger_body(True)) + "; END")
    else:
        op.execute("CREATE OR REPLACE FUNCTION decisions_stats_apply() RETURNS trigger "
                   "LANGUAGE plpgsql AS $$\nBEGIN\n  "
                   + ";\n  ".join(_trigger_body(False)) + ";\n  RETURN NULL;\nEND $$")
        op.execute("CREATE TRIGGER decisions_stats AFTER INSERT ON decisions "
                   "FOR EACH ROW EXECUTE FUNCTION decisions_stats_apply()")
    for name, table, cols, where in INDEXES:
        cond = sa.text(where) if where else None
        cols = [c for c in cols if sqlite or c != "reason_codes"]
        op.create_index(name, table, cols, sqlite_where=cond, postgresql_where=cond)


def _fill() -> None:
    conn = op.get_bind()
    # decisions on an application's current revision: its columns are that revision's
    conn.execute(sa.text(
        "UPDATE decisions SET "
        "received_on = (SELECT a.received_on FROM applications a "
        "  WHERE a.id = decisions.application_id), "
        "region_code = (SELECT a.region_code FROM applications a "
        "  WHERE a.id = decisions.application_id), "
        "profession_code = (SELECT a.profession_code FROM applications a "
        "  WHERE a.id = decisions.application_id), "
        "consent = (SELECT a.consent FROM applications a "
        "  WHERE a.id = decisions.application_id) "
        "WHERE revision = (SELECT a.revision FROM applications a "
        "  WHERE a.id = decisions.application_id)"))
    conn.execute(sa.text(
        "UPDATE decisions SET due_date = (SELECT r.due_date FROM revisions r "
        "WHERE r.application_id = decisions.application_id AND r.number = decisions.revision)"))
    # decisions on earlier revisions (returned, then resubmitted): from the revision itself
    from models.calendar.workdays import local_day

    rows = conn.execute(sa.text(
        "SELECT d.id, r.received_at, r.data FROM decisions d JOIN revisions r "
        "ON r.application_id = d.application_id AND r.number = d.revision "
        "WHERE d.received_on IS NULL ORDER BY d.id"
    ).columns(id=sa.Integer(), received_at=sa.DateTime(), data=sa.JSON())).all()
    update = sa.text("UPDATE decisions SET received_on = :on, region_code = :region, "
                     "profession_code = :profession, consent = :consent WHERE id = :id")
    for start in range(0, len(rows), BATCH):
        batch = []
        for dec_id, received_at, data in rows[start:start + BATCH]:
            batch.append({"id": dec_id, "on": local_day(received_at),
                          "region": data.get("region"), "profession": data.get("profession"),
                          "consent": bool(data.get("consent_to_publish"))})
        conn.execute(update, batch)


def downgrade() -> None:
    for name, table, _cols, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS decisions_stats_ai")
    else:
        op.execute("DROP TRIGGER IF EXISTS decisions_stats ON decisions")
        op.execute("DROP FUNCTION IF EXISTS decisions_stats_apply()")
    for table in reversed(list(_KEYS)):
        op.drop_table(table)
    with op.batch_alter_table("decisions") as b:
        for name, _kind in reversed(COLUMNS):
            b.drop_column(name)
