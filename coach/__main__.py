import sys

from coach.launch import main

sys.exit(main())
