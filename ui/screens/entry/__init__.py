"""Entering (or correcting) a paper application by hand."""
