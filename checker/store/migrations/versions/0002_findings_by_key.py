"""Schema version 2: the findings of a round in key order, (round, entity, year, criterion, stage),
for the diff's walk of two rounds side by side and a waiver's finding found without a scan; the
submissions of a round by entity, for the same walk. `findings_round` is covered by the new index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VERSION = 2


def upgrade() -> None:
    op.create_index("findings_key", "findings", ["round_id", "entity_code", "period", "criterion_id", "stage"])
    op.drop_index("findings_round", table_name="findings")
    op.create_index("submissions_round_entity", "submissions", ["round_id", "entity_code", "period"])
    op.drop_index("submissions_round", table_name="submissions")
    op.execute(sa.text("UPDATE store_meta SET value = :v WHERE key = 'schema_version'").bindparams(v=str(VERSION)))


def downgrade() -> None:
    op.create_index("submissions_round", "submissions", ["round_id"])
    op.drop_index("submissions_round_entity", table_name="submissions")
    op.create_index("findings_round", "findings", ["round_id"])
    op.drop_index("findings_key", table_name="findings")
    op.execute(sa.text("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'"))
