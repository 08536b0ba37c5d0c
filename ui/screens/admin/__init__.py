"""Administration: one module per tab, :mod:`ui.screens.admin.view` holds them together."""
