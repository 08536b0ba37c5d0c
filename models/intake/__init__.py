"""Intake: reading the portal's files, validating records, importing them."""
