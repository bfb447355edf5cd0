"""``python -m aiwarden.cli``: the ``aiwarden`` command."""

import sys

from . import main

sys.exit(main())
