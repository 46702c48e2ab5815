"""Outbox-shaped changes for server tests, built the way the desktop app builds them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from golonline_desktop.domain.business import validate_business
from golonline_desktop.domain.ids import new_id
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from golonline_desktop.wire import Change, Operation
from tests.factories import business_input

STAMP = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def business_payload(n: int, entity_id: str, version: int, **overrides: Any) -> dict[str, Any]:
    validation = validate_business(business_input(n), today=date(2026, 11, 27))
    assert validation.fields is not None
    payload = validation.fields.as_dict()
    payload.update(
        id=entity_id,
        version=version,
        deleted=False,
        drive_id=None,
        duplicate_reason=None,
        consent_at=STAMP,
        created_by="officer-1",
        created_at=STAMP,
        updated_by="officer-1",
        updated_at=STAMP,
    )
    payload.update(overrides)
    return payload


def change(
    entity: str,
    entity_id: str,
    version: int,
    payload: dict[str, Any],
    operation: Operation = Operation.UPSERT,
) -> Change:
    text = canonical_json(payload)
    return Change(
        entity=entity,
        entity_id=entity_id,
        version=version,
        base_version=version - 1,
        operation=operation,
        payload=text,
        payload_hash=payload_hash(text),
    )


def business_change(n: int, entity_id: str | None = None, version: int = 1, **overrides: Any):
    entity_id = entity_id or new_id()
    return change(
        "business", entity_id, version, business_payload(n, entity_id, version, **overrides)
    )


def with_payload(original: Change, **overrides: Any) -> Change:
    """The same key with a different payload text (and its correct hash)."""
    import json

    payload = json.loads(original.payload)
    payload.update(overrides)
    text = canonical_json(payload)
    return replace_change(original, payload=text, payload_hash=payload_hash(text))


def replace_change(original: Change, **fields: Any) -> Change:
    return original.model_copy(update=fields)


def push_body(changes: list[Change]) -> dict[str, Any]:
    return {"changes": [c.model_dump(mode="json") for c in changes]}


__all__ = ["Operation", "business_change", "change", "push_body", "replace", "with_payload"]
