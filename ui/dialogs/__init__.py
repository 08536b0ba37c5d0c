"""Dialogs: first run, sign-in, decisions, export, users, errors."""
