"""``python -m coach``: the same one way in as the ``limber`` script and the frozen bundle."""

import sys

from coach.cli.entry import main

sys.exit(main())
