"""Entry script of the frozen app: the same ``coachdesk.cli.main`` as the ``coachdesk`` command.

Without a subcommand it opens the window; with one it runs that command (``--version``,
``init``, ``backup create`` …), so one bundle serves the coach and the smoke test alike.
"""

import sys

from coachdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
