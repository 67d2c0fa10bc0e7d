"""`python -m chaingraph`: the same command line as the `chaingraph` script."""

import sys

from chaingraph.cli.main import main

sys.exit(main())
