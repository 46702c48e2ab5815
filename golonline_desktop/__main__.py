"""``python -m golonline_desktop``: the same entry point as the ``golonline-desktop`` command."""

import sys

from golonline_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
