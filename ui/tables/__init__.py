"""Qt table models: lists paged from SQL through the services, and short in-memory lists."""
