"""The desktop windows: the only package that imports PySide6.

Widgets here call services (``golonline_desktop.services``); they never open a database
session or build SQL. Slow work goes through ``gui.runner`` so the window stays responsive.
"""

# The service layers are imported on a worker thread after the window is shown
# (gui/app.py), so nothing here may import them: the package import must stay light.
