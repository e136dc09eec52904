"""The bundle's entry point: the same as the ``brandregie`` command (see brandregie/cli).

``freeze_support`` first: reading drafts and laying out PDFs run in child processes
(:mod:`brandregie.childproc`, forkserver), and in a frozen program those arrive here as the
same executable with multiprocessing's own arguments.
"""

import multiprocessing
import sys

from brandregie.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
