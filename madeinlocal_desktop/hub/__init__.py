"""The consolidation hub: an HTTP server that surveyors' apps sync their signed bundles with.

A front end like `cli/` and `gui/` (docs/hub.md): it stores and serves bundles, accounts and an
audit log through SQLAlchemy (SQLite or PostgreSQL, Alembic migrations), and renders a results
page from a consolidated copy of each study built with the facade. Merging stays on the
clients. Needs the optional `hub` extra (FastAPI, uvicorn, SQLAlchemy, Alembic, psycopg).
"""
