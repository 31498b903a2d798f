"""Alembic's environment for the history store: run in code (checker/store/schema.py `migrate`), on
the connection the store was opened with and inside its transaction — no alembic.ini, no URL here."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():  # the caller's transaction: nothing is committed here
    context.run_migrations()
