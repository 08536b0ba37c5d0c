"""Exit codes and the two expected failures of the ``tizilim`` command."""

from __future__ import annotations

EXIT_OK, EXIT_ERROR, EXIT_REFUSED, EXIT_PARTIAL = 0, 1, 2, 3
EXIT_USAGE = 64  # a wrong command line (sysexits EX_USAGE); 2 means "file refused"
EXIT_BROKEN_PIPE = 141  # the reader went away (128 + SIGPIPE), e.g. ``| head``
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT)


class CliError(Exception):
    """An expected problem: printed as one line, exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


class UsageError(Exception):
    """A wrong command line: printed as one line, exit :data:`EXIT_USAGE`."""
