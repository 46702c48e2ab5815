"""The desktop windows: the only package that imports PySide6.

Widgets here call services (``golonline_desktop.services``); they never open a database
session or build SQL. Slow work goes through ``gui.runner`` so the window stays responsive.
"""
