"""Entry script of the windowed ``tizilim`` program of the bundle (build.spec)."""

import sys

from desktop.cli.main import main

sys.exit(main())
