"""Names: folding between scripts for search, and the registry's alphabetical order."""
