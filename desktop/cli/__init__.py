"""The ``tizilim`` command: the desktop program when called bare, batch sub-commands otherwise.

:mod:`desktop.cli.main` is the entry point; :mod:`desktop.cli.parser` reads the command line,
:mod:`desktop.cli.context` opens the services of one run, and one module per command group
runs the sub-commands.
"""
