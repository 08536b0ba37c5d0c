"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

Tables of the registry, the FTS index for name search and the audit log's
append-only guard.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_login', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('workstation', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=60), nullable=False),
    sa.Column('region_code', sa.String(length=9), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('calendar_overrides',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('working', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_overrides'))
    )
    op.create_table('catalog_items',
    sa.Column('catalog', sa.String(length=32), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_ru', sa.Text(), nullable=False),
    sa.Column('name_kk', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('catalog', 'code', name=op.f('pk_catalog_items'))
    )
    op.create_table('counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('admin', 'mio', 'viewer', name='role', native_enum=False, length=16), nullable=False),
    sa.Column('region_code', sa.String(length=9), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('portal_id', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'resubmitted', 'registered', 'returned', 'refused', name='status', native_enum=False, length=16), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('middle_name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=310), nullable=False),
    sa.Column('search_text', sa.String(length=400), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('region_code', sa.String(length=9), nullable=False),
    sa.Column('settlement', sa.String(length=200), nullable=False),
    sa.Column('registration_address', sa.String(length=400), nullable=False),
    sa.Column('profession_code', sa.String(length=40), nullable=False),
    sa.Column('experience_years', sa.Integer(), nullable=False),
    sa.Column('experience_months', sa.Integer(), nullable=False),
    sa.Column('education', sa.JSON(), nullable=False),
    sa.Column('employment', sa.JSON(), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=True),
    sa.Column('category_assigned_on', sa.Date(), nullable=True),
    sa.Column('commission', sa.String(length=400), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('has_duplicates', sa.Boolean(), nullable=False),
    sa.Column('held_by', sa.Integer(), nullable=True),
    sa.Column('held_since', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['held_by'], ['users.id'], name=op.f('fk_applications_held_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('portal_id', name=op.f('uq_applications_portal_id'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index('ix_app_iin', ['iin'], unique=False)
        batch_op.create_index('ix_app_name_birth', ['name_key', 'birth_date'], unique=False)
        batch_op.create_index('ix_app_profession', ['profession_code', 'status'], unique=False)
        batch_op.create_index('ix_app_received', ['received_at', 'id'], unique=False)
        batch_op.create_index('ix_app_region_status_due', ['region_code', 'status', 'due_date', 'id'], unique=False)
        batch_op.create_index('ix_app_status_due', ['status', 'due_date', 'id'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('register', 'return', 'refuse', name='decision_kind', native_enum=False, length=16), nullable=False),
    sa.Column('reason_codes', sa.JSON(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_login', sa.String(length=64), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_decisions_application_id_applications')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_decisions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions')),
    sa.UniqueConstraint('application_id', 'revision', name='uq_decision_app_revision')
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_decided_on'), ['decided_on'], unique=False)

    op.create_table('duplicate_links',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_duplicate_links_application_id_applications')),
    sa.ForeignKeyConstraint(['other_id'], ['applications.id'], name=op.f('fk_duplicate_links_other_id_applications')),
    sa.PrimaryKeyConstraint('application_id', 'other_id', name=op.f('pk_duplicate_links'))
    )
    op.create_table('registry_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('registry_number', sa.BigInteger(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('included_on', sa.Date(), nullable=False),
    sa.Column('excluded_on', sa.Date(), nullable=True),
    sa.Column('exclusion_reason', sa.Text(), nullable=True),
    sa.Column('excluded_by', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_registry_entries_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registry_entries')),
    sa.UniqueConstraint('application_id', name=op.f('uq_registry_entries_application_id')),
    sa.UniqueConstraint('registry_number', name=op.f('uq_registry_entries_registry_number'))
    )
    with op.batch_alter_table('registry_entries', schema=None) as batch_op:
        batch_op.create_index('ix_registry_included', ['included_on', 'excluded_on'], unique=False)

    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_revisions_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('application_id', 'number', name='uq_revision_app_number')
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revisions_application_id'), ['application_id'], unique=False)


    _search_index_up()
    _audit_guard_up()


_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE applications_fts USING fts5("
    "search_text, content='applications', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER applications_fts_ai AFTER INSERT ON applications BEGIN "
    "INSERT INTO applications_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER applications_fts_ad AFTER DELETE ON applications BEGIN "
    "INSERT INTO applications_fts(applications_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER applications_fts_au AFTER UPDATE OF search_text ON applications BEGIN "
    "INSERT INTO applications_fts(applications_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO applications_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def _search_index_up() -> None:
    """Name search that folds Kazakh and Russian case: FTS5 trigram / pg_trgm."""
    if op.get_bind().dialect.name == "sqlite":
        for stmt in _SQLITE_FTS:
            op.execute(stmt)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_app_search_trgm ON applications "
            "USING gin (search_text gin_trgm_ops)"
        )


def _audit_guard_up() -> None:
    """Audit rows may be inserted, never updated or deleted."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'audit_events is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS applications_fts")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revisions_application_id'))

    op.drop_table('revisions')
    with op.batch_alter_table('registry_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_registry_included')

    op.drop_table('registry_entries')
    op.drop_table('duplicate_links')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_decided_on'))

    op.drop_table('decisions')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_app_status_due')
        batch_op.drop_index('ix_app_region_status_due')
        batch_op.drop_index('ix_app_received')
        batch_op.drop_index('ix_app_profession')
        batch_op.drop_index('ix_app_name_birth')
        batch_op.drop_index('ix_app_iin')

    op.drop_table('applications')
    op.drop_table('users')
    op.drop_table('counters')
    op.drop_table('catalog_items')
    op.drop_table('calendar_overrides')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_events')
