"""The registry of specialists: entries, numbers, exclusions, printing rows."""
