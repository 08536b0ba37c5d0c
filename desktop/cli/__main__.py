"""``python -m desktop.cli``: the ``tizilim`` command."""

import sys

from desktop.cli.main import main

sys.exit(main())
