"""``python -m warta``: the same as the ``warta`` command."""

import sys

from warta.cli import main

sys.exit(main())
