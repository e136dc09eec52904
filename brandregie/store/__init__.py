"""The database: engine and sessions (SQLite default, PostgreSQL for teams) and migrations.

Also the database as a file: backups (``backup``) and the team database's settings (``team``).
Nothing here knows the profile layer above it (``tests/test_layers.py``).
"""
