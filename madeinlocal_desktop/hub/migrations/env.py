"""Alembic's entry point: the hub passes its own connection (database.migrate), so nothing here
reads alembic.ini or a URL."""

from __future__ import annotations

from alembic import context

from madeinlocal_desktop.hub.models import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
