"""trust: signed audit checkpoints, one way into the audit log, duplicate groups

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

- ``audit_checkpoints``: Ed25519-signed statements of the chain's length and head (issue 13),
  append-only like ``audit_events``.
- PostgreSQL: ``audit_append(…)``, a SECURITY DEFINER function, is the only way to add an
  audit event: it takes the chain's lock, checks that the row follows the newest event and
  that its hash is right, and inserts it. INSERT on ``audit_events`` is revoked from PUBLIC;
  docs/deployment.md gives the application's role EXECUTE on the function and no INSERT.
- Possible duplicates are stored as groups (one row per member) instead of every pair:
  ``duplicate_groups`` + ``duplicate_members`` replace ``duplicate_links``.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

#: the hash of :func:`models.audit.chain.event_hash`, computed by the server: the same JSON
#: array text (``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``)
_APPEND_FN = """
CREATE OR REPLACE FUNCTION audit_append(
    p_prev text, p_at timestamp, p_user text, p_role text, p_workstation text, p_action text,
    p_entity text, p_entity_id text, p_region text, p_before text, p_after text, p_hash text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    head text;
    payload text;
BEGIN
    PERFORM pg_advisory_xact_lock(7405170001);
    SELECT hash INTO head FROM audit_events ORDER BY id DESC LIMIT 1;
    IF p_prev IS DISTINCT FROM coalesce(head, repeat('0', 64)) THEN
        RAISE EXCEPTION 'audit_append: the event does not follow the newest event'
            USING ERRCODE = '23514';
    END IF;
    payload := '[' || concat_ws(',',
        to_json(p_prev)::text,
        to_json(to_char(p_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text,
        coalesce(to_json(p_user)::text, 'null'),
        coalesce(to_json(p_role)::text, 'null'),
        coalesce(to_json(p_workstation)::text, 'null'),
        coalesce(to_json(p_action)::text, 'null'),
        coalesce(to_json(p_entity)::text, 'null'),
        coalesce(to_json(p_entity_id)::text, 'null'),
        coalesce(to_json(p_region)::text, 'null'),
        coalesce(to_json(p_before)::text, 'null'),
        coalesce(to_json(p_after)::text, 'null')) || ']';
    IF encode(sha256(convert_to(payload, 'UTF8')), 'hex') IS DISTINCT FROM p_hash THEN
        RAISE EXCEPTION 'audit_append: wrong hash' USING ERRCODE = '23514';
    END IF;
    INSERT INTO audit_events (at, user_login, role, workstation, action, entity, entity_id,
                              region_code, before, after, prev_hash, hash)
    VALUES (p_at, p_user, p_role, p_workstation, p_action, p_entity, p_entity_id, p_region,
            p_before, p_after, p_prev, p_hash);
END $$
"""

_FN_SIGNATURE = ("audit_append(text, timestamp, text, text, text, text, text, text, text, "
                 "text, text, text)")


def _checkpoints_up() -> None:
    op.create_table(
        'audit_checkpoints',
        sa.Column('id', _ID, nullable=False),
        sa.Column('sealed', _ID, nullable=False),
        sa.Column('last_event_id', _ID, nullable=False),
        sa.Column('event_count', _ID, nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('workstation', sa.String(length=120), nullable=False),
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('signature', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoints')),
    )
    op.create_index('ix_audit_checkpoints_last', 'audit_checkpoints', ['last_event_id'])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_checkpoints_no_{verb.lower()} BEFORE {verb} ON "
                "audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is "
                "append-only'); END")
        return
    op.execute("CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE OR "
               "TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION "
               "audit_events_append_only()")
    op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM PUBLIC")
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(_APPEND_FN.format(schema='"' + schema.replace('"', '""') + '"'))
    op.execute(f"REVOKE ALL ON FUNCTION {_FN_SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {_FN_SIGNATURE} TO PUBLIC")
    op.execute("REVOKE INSERT ON audit_events FROM PUBLIC")


def _duplicate_groups_up() -> None:
    op.create_table(
        'duplicate_groups',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('key', sa.String(length=330), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_groups')),
    )
    op.create_index('ux_duplicate_groups_key', 'duplicate_groups', ['kind', 'key'], unique=True)
    op.create_table(
        'duplicate_members',
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['duplicate_groups.id'],
                                name=op.f('fk_duplicate_members_group_id_duplicate_groups')),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_duplicate_members_application_id_applications')),
        sa.PrimaryKeyConstraint('group_id', 'application_id', name=op.f('pk_duplicate_members')),
    )
    op.create_index('ix_duplicate_members_app', 'duplicate_members',
                    ['application_id', 'group_id'])
    bind = op.get_bind()
    groups: dict[tuple[str, str], int] = {}
    members: set[tuple[int, int]] = set()
    rows = bind.execute(sa.text(
        "SELECT DISTINCT l.application_id, l.reason, a.iin, a.name_key, a.birth_date "
        "FROM duplicate_links l JOIN applications a ON a.id = l.application_id"))
    for app_id, reason, iin, name_key, birth in rows:
        key = iin if reason == "iin" else f"{birth}|{name_key}"
        gid = groups.setdefault((reason, key), len(groups) + 1)
        members.add((gid, app_id))
    if groups:
        op.bulk_insert(sa.table('duplicate_groups', sa.column('id'), sa.column('kind'),
                                sa.column('key')),
                       [{"id": g, "kind": k, "key": key} for (k, key), g in groups.items()])
        op.bulk_insert(sa.table('duplicate_members', sa.column('group_id'),
                                sa.column('application_id')),
                       [{"group_id": g, "application_id": a} for g, a in sorted(members)])
        if bind.dialect.name == "postgresql":
            op.execute("SELECT setval(pg_get_serial_sequence('duplicate_groups', 'id'), "
                       "(SELECT max(id) FROM duplicate_groups))")
    op.drop_table('duplicate_links')


def upgrade() -> None:
    _checkpoints_up()
    _duplicate_groups_up()


def downgrade() -> None:
    op.create_table(
        'duplicate_links',
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('other_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_duplicate_links_application_id_applications')),
        sa.ForeignKeyConstraint(['other_id'], ['applications.id'],
                                name=op.f('fk_duplicate_links_other_id_applications')),
        sa.PrimaryKeyConstraint('application_id', 'other_id', name=op.f('pk_duplicate_links')),
    )
    op.execute(
        "INSERT INTO duplicate_links (application_id, other_id, reason) "
        "SELECT DISTINCT a.application_id, b.application_id, g.kind FROM duplicate_members a "
        "JOIN duplicate_members b ON a.group_id = b.group_id "
        "AND a.application_id <> b.application_id "
        "JOIN duplicate_groups g ON g.id = a.group_id "
        "WHERE g.kind = 'iin' OR NOT EXISTS (SELECT 1 FROM duplicate_members a2 "
        "JOIN duplicate_members b2 ON a2.group_id = b2.group_id "
        "JOIN duplicate_groups g2 ON g2.id = a2.group_id AND g2.kind = 'iin' "
        "WHERE a2.application_id = a.application_id AND b2.application_id = b.application_id)")
    op.drop_table('duplicate_members')
    op.drop_table('duplicate_groups')
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {_FN_SIGNATURE}")
    op.drop_table('audit_checkpoints')
