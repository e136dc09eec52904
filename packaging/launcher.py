"""The bundle's entry point: the same as the ``brandregie`` command (see brandregie/cli)."""

import sys

from brandregie.cli import main

if __name__ == "__main__":
    sys.exit(main())
