"""``python -m coachdesk`` runs the same entry point as the ``coachdesk`` script."""

import sys

from coachdesk.cli import main

sys.exit(main())
