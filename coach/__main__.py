import sys

from coach.cli.entry import main

sys.exit(main())
