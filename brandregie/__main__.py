"""``python -m brandregie``: the same as the ``brandregie`` command."""

import sys

from brandregie.cli import main

sys.exit(main())
