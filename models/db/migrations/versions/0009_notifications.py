"""the applicant, signers, field-level return notes, the letter journal and the outbox

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10

- ``applications``: who the applicant is (p.2 2), p.6-8): ``applicant_kind`` (``specialist`` or
  ``organization``), an organisation's name, BIN and licence number, and the mobile number and
  e-mail the applicant registered with. Existing applications were filed by the specialist:
  their contacts become the applicant's.
- ``users.position``: a letter is signed with the signer's full name and position.
- ``decisions``: the fields and documents a return marks (``fix_fields``) and the signer's name
  and position as they were when the decision was signed.
- ``letters`` (the letter journal), ``notifications`` (the outbox), ``notification_attempts``
  and ``message_templates`` (an administrator's versions of the shipped templates).

Columns are added in place (``ADD COLUMN``): the applications table keeps its triggers.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

EMPTY = sa.text("''")

APPLICANT = (
    ("applicant_kind", sa.String(16), sa.text("'specialist'")),
    ("applicant_name", sa.String(400), EMPTY),
    ("applicant_bin", sa.String(12), EMPTY),
    ("applicant_licence", sa.String(100), EMPTY),
    ("applicant_phone", sa.String(16), EMPTY),
    ("applicant_email", sa.String(254), EMPTY),
)


def _columns() -> None:
    for name, type_, default in APPLICANT:
        op.add_column("applications", sa.Column(name, type_, nullable=False,
                                                server_default=default))
    op.execute("UPDATE applications SET applicant_phone = phone, applicant_email = email")
    op.add_column("users", sa.Column("position", sa.String(200), nullable=False,
                                     server_default=EMPTY))
    op.add_column("decisions", sa.Column("fix_fields", sa.JSON(), nullable=False,
                                         server_default=sa.text("'[]'")))
    op.add_column("decisions", sa.Column("signer_name", sa.String(200), nullable=False,
                                         server_default=EMPTY))
    op.add_column("decisions", sa.Column("signer_position", sa.String(200), nullable=False,
                                         server_default=EMPTY))


def upgrade() -> None:
    _columns()
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_letters_decision_id_decisions")),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_letters_application_id_applications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_letters_decision_id")),
        sa.UniqueConstraint("number", name=op.f("uq_letters_number")),
        sa.UniqueConstraint("year", "seq", name="uq_letters_year_seq"),
    )
    op.create_index("ix_letters_application_id", "letters", ["application_id"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(9), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.Enum("pending", "sending", "sent", "delivered", "uncertain",
                                    "by_hand", name="notification_status", native_enum=False,
                                    length=16), nullable=False),
        sa.Column("channel", sa.Enum("email", "sms", "hand", name="notification_channel",
                                     native_enum=False, length=16), nullable=False),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("phone", sa.String(16), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sms_text", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("claim_token", sa.String(40), nullable=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("committed_at", sa.DateTime(), nullable=True),
        sa.Column("gateway_ref", sa.String(64), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("delivered_by", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_notifications_decision_id_decisions")),
        sa.ForeignKeyConstraint(["letter_id"], ["letters.id"],
                                name=op.f("fk_notifications_letter_id_letters")),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_notifications_application_id_applications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_notifications_decision_id")),
        sa.UniqueConstraint("gateway_ref", name=op.f("uq_notifications_gateway_ref")),
    )
    op.create_index("ix_notifications_application_id", "notifications", ["application_id"])
    op.create_index("ix_notifications_due", "notifications",
                    ["status", "channel", "next_attempt_at", "id"])
    op.create_index("ix_notifications_region", "notifications", ["region_code", "status", "id"])
    op.create_table(
        "notification_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("address", sa.String(254), nullable=False),
        sa.Column("claim_token", sa.String(40), nullable=False),
        sa.Column("worker", sa.String(120), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notification_id"], ["notifications.id"],
            name=op.f("fk_notification_attempts_notification_id_notifications")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_attempts")),
    )
    op.create_index("ix_notification_attempts", "notification_attempts",
                    ["notification_id", "id"])
    op.create_table(
        "message_templates",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.PrimaryKeyConstraint("kind", "channel", "lang", name=op.f("pk_message_templates")),
    )


def downgrade() -> None:
    op.drop_table("message_templates")
    op.drop_index("ix_notification_attempts", table_name="notification_attempts")
    op.drop_table("notification_attempts")
    for ix in ("ix_notifications_region", "ix_notifications_due",
               "ix_notifications_application_id"):
        op.drop_index(ix, table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_letters_application_id", table_name="letters")
    op.drop_table("letters")
    # plain DROP COLUMN (SQLite 3.35+): a batch copy of users or decisions would drop tables
    # that other rows point at while foreign keys are enforced
    for name in ("signer_position", "signer_name", "fix_fields"):
        op.drop_column("decisions", name)
    op.drop_column("users", "position")
    for name, _type, _default in reversed(APPLICANT):
        op.drop_column("applications", name)
