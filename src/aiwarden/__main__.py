"""``python -m aiwarden``: the ``aiwarden`` command."""

import sys

from .cli import main

sys.exit(main())
