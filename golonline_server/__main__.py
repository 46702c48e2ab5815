"""``python -m golonline_server`` is the same as the ``golonline-server`` command."""

from golonline_server.cli import main

raise SystemExit(main())
