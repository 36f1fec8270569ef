"""Storage backends: SQLite (default) and PostgreSQL."""
