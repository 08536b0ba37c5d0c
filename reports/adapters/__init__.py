"""The only modules that touch private internals of third-party libraries (one per library).

Each names the pinned version it was written and tested against and what it relies on;
``tests/reports/test_adapters.py`` fails, naming the change, when an upgrade breaks that.
"""
