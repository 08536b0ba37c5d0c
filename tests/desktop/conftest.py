"""Start-up, packaging and settings tests; Qt (where used) runs offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
