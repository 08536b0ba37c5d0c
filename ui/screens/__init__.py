"""The screens the main window shows, one module (or package) each."""
