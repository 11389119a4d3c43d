"""First schema: settings, parties, people, flags, referrals.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("nationality", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
        sa.UniqueConstraint("day", "number", name=op.f("uq_parties_day")),
    )
    with op.batch_alter_table("parties") as batch_op:
        batch_op.create_index("ix_parties_day_language", ["day", "language"], unique=False)
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["parties.id"],
            name=op.f("fk_people_party_id_parties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people") as batch_op:
        batch_op.create_index(batch_op.f("ix_people_party_id"), ["party_id"], unique=False)
    for table, column in (("party_flags", "flag"), ("party_referrals", "referral")):
        op.create_table(
            table,
            sa.Column("party_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.String(length=24), nullable=False),
            sa.ForeignKeyConstraint(
                ["party_id"],
                ["parties.id"],
                name=op.f(f"fk_{table}_party_id_parties"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("party_id", column, name=op.f(f"pk_{table}")),
        )


def downgrade() -> None:
    op.drop_table("party_referrals")
    op.drop_table("party_flags")
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_party_id"))
    op.drop_table("people")
    with op.batch_alter_table("parties") as batch_op:
        batch_op.drop_index("ix_parties_day_language")
    op.drop_table("parties")
    op.drop_table("settings")
