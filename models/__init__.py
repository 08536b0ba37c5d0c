"""Tizilim domain layer: ORM, migrations and the services that are the only way to change data.

Nothing in this package imports Qt.
"""
