"""Entry script of the PyInstaller bundle: the same ``main`` as the installed command."""

import sys

from golonline_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
