"""Qt widgets, dialogs, table models and workers of the Tizilim workstation."""
