"""The figures the home screen and the status bar show: counted, never invented."""

from __future__ import annotations

from dataclasses import dataclass

from golonline_desktop.storage.businesses import count_live
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.outbox import OutboxState, count_by_state


@dataclass(frozen=True)
class Overview:
    businesses: int  # live (not deleted) businesses in this data folder
    outbox_pending: int  # changes waiting to be sent to the central server
    outbox_attention: int  # changes the server refused (quarantined or in conflict)


class OverviewService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def summary(self) -> Overview:
        with self._store.read() as session:
            businesses = count_live(session)
            states = count_by_state(session)
        return Overview(
            businesses=businesses,
            outbox_pending=states.get(OutboxState.PENDING.value, 0),
            outbox_attention=states.get(OutboxState.QUARANTINED.value, 0)
            + states.get(OutboxState.CONFLICT.value, 0),
        )
