"""Schema version 3: the findings' key index also holds the status, (round, entity, year, criterion,
stage, status), so that the diff's join of two rounds on their key — keeping the findings failing in
either round — reads the status from the index and visits a finding's row only when it reports it
(checker/store/walk.py: Walk.failing, Walk.dropped). It serves every lookup the old index served.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

VERSION = 3
KEY = ["round_id", "entity_code", "period", "criterion_id", "stage"]


def upgrade() -> None:
    op.drop_index("findings_key", table_name="findings")
    op.create_index("findings_key", "findings", KEY + ["status"])
    op.execute(sa.text("UPDATE store_meta SET value = :v WHERE key = 'schema_version'").bindparams(v=str(VERSION)))


def downgrade() -> None:
    op.drop_index("findings_key", table_name="findings")
    op.create_index("findings_key", "findings", KEY)
    op.execute(sa.text("UPDATE store_meta SET value = '2' WHERE key = 'schema_version'"))
