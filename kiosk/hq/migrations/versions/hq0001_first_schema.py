"""First schema: sites, readers, day packets, request keys (what `create_all` made before
headquarters had migrations; such databases are stamped as this revision).

Revision ID: hq0001
Revises:
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "readers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readers")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_readers_token_hash")),
    )
    op.create_table(
        "sites",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_sites")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sites_token_hash")),
    )
    op.create_table(
        "day_packets",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("parties", sa.Integer(), nullable=False),
        sa.Column("meals_served", sa.Integer(), nullable=False),
        sa.Column("sheets_printed", sa.Integer(), nullable=False),
        sa.Column("breakdowns", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.site_id"], name=op.f("fk_day_packets_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("site_id", "day", name=op.f("pk_day_packets")),
    )
    with op.batch_alter_table("day_packets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_day_packets_day"), ["day"], unique=False)
    op.create_table(
        "request_keys",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.site_id"], name=op.f("fk_request_keys_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("site_id", "key_hash", name=op.f("pk_request_keys")),
    )


def downgrade() -> None:
    op.drop_table("request_keys")
    with op.batch_alter_table("day_packets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_day_packets_day"))
    op.drop_table("day_packets")
    op.drop_table("sites")
    op.drop_table("readers")
