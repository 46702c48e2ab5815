"""The desktop windows: the only package that imports PySide6.

Widgets here call services (``golonline_desktop.services``); they never open a database
session or build SQL. Slow work goes through ``gui.runner`` so the window stays responsive.
"""

# WORKAROUND: https://github.com/napari/napari/issues/8584 — once PySide6 is imported it
# replaces __import__ and reads the source of every module imported afterwards (looking
# for `from __feature__ import ...`), ~0.25 ms a module. Importing the pure-Python layers
# the GUI needs first keeps ~600 SQLAlchemy/pydantic/httpx modules out of that check.
import golonline_desktop.services.accounts
import golonline_desktop.services.app
import golonline_desktop.services.revocation
import golonline_desktop.services.sync_command  # noqa: F401
