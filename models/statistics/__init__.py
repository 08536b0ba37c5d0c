"""Oversight figures for the National Center (issue 16): timeliness, workload, reasons."""
