"""The figures the home screen and the status bar show: counted, never invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from golonline_desktop.paths import DataPaths
from golonline_desktop.storage.figures import Figures, count_figures, figures_before_opening

if TYPE_CHECKING:  # the start-up reads figures before SQLAlchemy is imported
    from golonline_desktop.storage.engine import Store

Overview = Figures  # live businesses, changes waiting to be sent, changes refused


class OverviewService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def summary(self) -> Overview:
        with self._store.read() as session:
            return count_figures(session.connection().connection)


def overview_before_opening(paths: DataPaths, key: bytes | None = None) -> Overview | None:
    """The figures at start-up, read before the store is opened (None when not possible)."""
    return figures_before_opening(paths.database, key)
