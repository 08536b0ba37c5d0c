"""Storage: engine and sessions, tables, migrations, retries, bulk inserts, backups."""
