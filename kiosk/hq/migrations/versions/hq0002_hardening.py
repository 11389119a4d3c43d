"""Hardening: a site's token bound to one desk installation, wrong tokens per client address
(throttling), desks' audit chain heads, and a log of what was done to sites and readers.

Revision ID: hq0002
Revises: hq0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0002"
down_revision = "hq0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.add_column(sa.Column("installation_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "wrong_tokens",
        sa.Column("address_hash", sa.String(length=64), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address_hash", "window", name=op.f("pk_wrong_tokens")),
    )
    with op.batch_alter_table("wrong_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wrong_tokens_window"), ["window"], unique=False)
    op.create_table(
        "audit_anchors",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("installation_hash", sa.String(length=64), nullable=False),
        sa.Column("entries", sa.BigInteger(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("continues", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.site_id"], name=op.f("fk_audit_anchors_site_id_sites")
        ),
        sa.PrimaryKeyConstraint(
            "site_id", "installation_hash", "entries", "head", name=op.f("pk_audit_anchors")
        ),
    )
    op.create_table(
        "admin_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_events")),
    )


def downgrade() -> None:
    op.drop_table("admin_events")
    op.drop_table("audit_anchors")
    with op.batch_alter_table("wrong_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wrong_tokens_window"))
    op.drop_table("wrong_tokens")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_column("installation_hash")
