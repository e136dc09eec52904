"""The database: engine and sessions (SQLite default, PostgreSQL for teams) and migrations."""
