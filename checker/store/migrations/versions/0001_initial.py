"""The history store as it was first released (schema version 1): store_meta, rounds, submissions,
facts, findings. Stores made before Alembic are at this revision (schema.py stamps them).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

VERSION = 1


def upgrade() -> None:
    op.create_table("store_meta", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table("rounds", sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("name", sa.String(200), nullable=False), sa.Column("created_at", sa.String(32), nullable=False),
                    sa.Column("checker_version", sa.String(32), nullable=False), sa.Column("packs", sa.Text, nullable=False),
                    sa.UniqueConstraint("name", name="rounds_name_unique"))
    op.create_table("submissions", sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("entity_code", sa.String(32), nullable=False), sa.Column("entity_name", sa.Text, nullable=False),
                    sa.Column("entity_level", sa.String(16), nullable=False), sa.Column("entity_region", sa.String(16)),
                    sa.Column("period", sa.Integer, nullable=False), sa.Column("file", sa.Text, nullable=False),
                    sa.Column("files", sa.Text, nullable=False))
    op.create_index("submissions_round", "submissions", ["round_id"])
    op.create_index("submissions_entity", "submissions", ["entity_code", "period"])
    op.create_table("facts", sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("submission_id", sa.Integer, sa.ForeignKey("submissions.id", ondelete="CASCADE"),
                              nullable=False),
                    sa.Column("indicator", sa.String(100), nullable=False), sa.Column("stage", sa.String(32)),
                    sa.Column("period", sa.Integer, nullable=False), sa.Column("scope", sa.Text),
                    sa.Column("value", sa.Text), sa.Column("value_number", sa.Float), sa.Column("unit", sa.String(16)),
                    sa.Column("value_as_written", sa.Text), sa.Column("unit_as_written", sa.Text),
                    sa.Column("document", sa.Text), sa.Column("locator", sa.Text), sa.Column("quote", sa.Text),
                    sa.Column("location", sa.Text, nullable=False))
    op.create_index("facts_submission", "facts", ["submission_id"])
    op.create_table("findings", sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("round_id", sa.Integer, sa.ForeignKey("rounds.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("entity_code", sa.String(32), nullable=False), sa.Column("entity_name", sa.Text, nullable=False),
                    sa.Column("period", sa.Integer, nullable=False), sa.Column("criterion_id", sa.String(64), nullable=False),
                    sa.Column("stage", sa.String(32)), sa.Column("pack", sa.String(64), nullable=False),
                    sa.Column("status", sa.String(16), nullable=False), sa.Column("severity", sa.String(16), nullable=False),
                    sa.Column("title_zh", sa.Text, nullable=False), sa.Column("title_en", sa.Text, nullable=False),
                    sa.Column("message_zh", sa.Text, nullable=False), sa.Column("message_en", sa.Text, nullable=False),
                    sa.Column("evidence", sa.Text, nullable=False), sa.Column("waiver", sa.Text))
    op.create_index("findings_round", "findings", ["round_id"])
    op.execute(sa.text("INSERT INTO store_meta (key, value) VALUES ('schema_version', :v)").bindparams(v=str(VERSION)))


def downgrade() -> None:
    for table in ("findings", "facts", "submissions", "rounds", "store_meta"):
        op.drop_table(table)
