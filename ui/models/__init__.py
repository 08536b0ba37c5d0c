"""Qt item models that page from SQL through the services."""
