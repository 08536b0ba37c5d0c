"""The Tizilim workstation in Qt: ``shell`` (the main window and what runs beside it),
``screens`` (one module or package per screen), ``dialogs``, ``tables`` (item models paged
from the services), ``widgets`` (reusable controls); workers, context, language and wording
helpers at the top."""
