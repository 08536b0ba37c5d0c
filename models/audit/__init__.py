"""The audit log: its hash chain, the head kept outside the database, verification."""
