"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None

VERSION = int(revision)  # store_meta.schema_version after this revision


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}
    op.execute(sa.text("UPDATE store_meta SET value = :v WHERE key = 'schema_version'").bindparams(v=str(VERSION)))


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
