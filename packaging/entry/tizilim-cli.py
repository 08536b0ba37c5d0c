"""Entry script of the console ``tizilim-cli`` program of the bundle (build.spec)."""

import sys

from desktop.cli.main import main

sys.exit(main())
