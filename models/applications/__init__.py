"""Applications: receiving, review and decisions, holds, duplicates, worklist queries."""

# The released migration 0005 imports ``search_text`` from here; keep this name.
from models.applications.search import search_text

__all__ = ["search_text"]
