"""Schema version 4: a fact's `locator_en`. A figure the checker made (a CV over the school table, a
stage sum, a computed rate) says how in Chinese (`locator`) and in English (`locator_en`,
checker.model Citation); the store kept the Chinese only, so a figure read back from it showed its
Chinese locator in an English report. Nullable: a county's own figure has a locator as written,
in one language, and the rows of older rounds have none.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSION = 4


def upgrade() -> None:
    op.add_column("facts", sa.Column("locator_en", sa.Text(), nullable=True))
    op.execute(sa.text("UPDATE store_meta SET value = :v WHERE key = 'schema_version'").bindparams(v=str(VERSION)))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("locator_en")
    op.execute(sa.text("UPDATE store_meta SET value = '3' WHERE key = 'schema_version'"))
