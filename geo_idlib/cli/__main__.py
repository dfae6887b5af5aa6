import sys

from geo_idlib.cli import main

sys.exit(main())
