"""Storage: the SQLite file, its schema and its migrations."""
