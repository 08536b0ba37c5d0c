"""Reusable widgets: catalog combos, date ranges, the flow layout, the message bar."""
