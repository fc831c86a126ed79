"""`python -m dbrest.cli`: the `dbrest` command."""

import sys

from . import main

sys.exit(main())
