"""RegistrationService: a save is the row, its outbox entry and its audit event, or nothing."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from golonline_desktop.domain.business import BusinessInput
from golonline_desktop.domain.findings import Severity
from golonline_desktop.services import registration as registration_module
from golonline_desktop.services.app import App
from golonline_desktop.services.registration import SaveStatus
from golonline_desktop.storage.businesses import count_live
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry
from tests.factories import business_input, nik_for

OTHER_VILLAGE = "31.74.01.1002"  # Tebet Barat, same kecamatan

# Names that no duplicate check would confuse with one another.
NAMES = [
    "Keripik Singkong Renyah",
    "Batik Tulis Sekar Jagad",
    "Bengkel Motor Jaya Abadi",
    "Sambal Roa Opa Manado",
    "Kopi Gayo Pegunungan",
    "Tahu Sumedang Asli",
    "Jahit Kebaya Kartini",
    "Madu Hutan Sumbawa",
]

# What a business outbox payload may contain, written out here on purpose (not imported)
# so that a column added to the sync by accident makes this test fail.
PAYLOAD_KEYS = {
    "id", "version", "deleted", "drive_id", "duplicate_reason", "consent_at",
    "created_by", "created_at", "updated_by", "updated_at",
    "business_name", "owner_name", "nik", "owner_birth_date", "owner_sex", "phone", "email",
    "nib", "npwp", "nitku", "kbli_code", "kbli_version", "sector", "address_line",
    "village_code", "postal_code", "capital_rupiah", "annual_sales_rupiah", "scale",
    "employees", "consent_text_version",
}  # fmt: skip


def distinct(n: int, **overrides: Any) -> BusinessInput:
    return business_input(n, **{"business_name": NAMES[n], **overrides})


def counts(app: App) -> dict[str, int]:
    with app.store.read() as session:
        conn = session.connection()
        return {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("business", "outbox", "audit_event", "business_search")
        }


def outbox_rows(app: App, business_id: str) -> list[OutboxEntry]:
    with app.store.read() as session:
        stmt = select(OutboxEntry).where(OutboxEntry.entity_id == business_id)
        rows = list(session.scalars(stmt.order_by(OutboxEntry.seq)))
        session.expunge_all()  # keep the loaded values after the read rolls back
        return rows


def audit_rows(app: App, business_id: str) -> list[AuditEvent]:
    with app.store.read() as session:
        stmt = select(AuditEvent).where(AuditEvent.entity_id == business_id)
        rows = list(session.scalars(stmt.order_by(AuditEvent.id)))
        session.expunge_all()
        return rows


def business_row(app: App, business_id: str) -> Business:
    with app.store.read() as session:
        row = session.get(Business, business_id)
        assert row is not None
        session.expunge_all()
        return row


def register_ok(app: App, data: BusinessInput, **kwargs: Any) -> tuple[str, int]:
    outcome = app.registration.register(data, **kwargs)
    assert outcome.status is SaveStatus.SAVED, outcome
    assert outcome.business_id is not None and outcome.version is not None
    return outcome.business_id, outcome.version


# --- a save -----------------------------------------------------------------------------


def test_register_writes_row_outbox_and_audit_in_one_transaction(app: App) -> None:
    commits: list[object] = []
    event.listen(app.store.engine, "commit", commits.append)
    statements: list[str] = []

    def log(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(" ".join(statement.split()[:3]))

    event.listen(app.store.engine, "before_cursor_execute", log)
    before = counts(app)
    commits.clear()
    statements.clear()
    business_id, version = register_ok(app, distinct(0))
    assert len(commits) == 1  # one commit holds everything below
    assert statements[0] == "BEGIN IMMEDIATE"
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert inserts[0] == "INSERT INTO business"
    assert sorted(inserts[1:]) == ["INSERT INTO audit_event", "INSERT INTO outbox"]
    assert version == 1
    after = counts(app)
    assert {k: after[k] - before[k] for k in after} == {
        "business": 1, "outbox": 1, "audit_event": 1, "business_search": 1,
    }  # fmt: skip

    row = business_row(app, business_id)
    (entry,) = outbox_rows(app, business_id)
    (audit,) = audit_rows(app, business_id)
    assert (entry.entity, entry.version, entry.base_version) == ("business", 1, 0)
    assert (entry.operation, entry.state, entry.attempts) == ("upsert", "pending", 0)
    assert entry.created_at == row.updated_at == row.created_at == audit.at
    assert audit.action == "business.create"
    assert audit.officer_id == app.actor.officer_id == row.created_by
    assert json.loads(audit.details or "{}") == {"version": 1}

    payload = json.loads(entry.payload)
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert entry.payload == canonical
    assert hashlib.sha256(entry.payload.encode("utf-8")).hexdigest() == entry.payload_hash
    assert set(payload) == PAYLOAD_KEYS
    assert payload["id"] == business_id and payload["version"] == 1
    assert payload["deleted"] is False
    assert payload["nik"] == nik_for(0)
    assert payload["phone"] == "+6281200000000"
    assert payload["owner_birth_date"] == "1990-05-15"
    assert payload["created_at"] == "2026-11-27T09:30:00Z"
    assert payload["capital_rupiah"] == 15_000_000
    assert payload["scale"] == "mikro"


def test_the_same_payload_hashes_the_same_on_replay(app: App) -> None:
    """Two saves of equal content differ only in id and stamps: the hash follows the content."""
    business_id, _ = register_ok(app, distinct(0))
    (entry,) = outbox_rows(app, business_id)
    again = json.dumps(
        json.loads(entry.payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert hashlib.sha256(again.encode()).hexdigest() == entry.payload_hash


def test_invalid_input_writes_nothing(app: App) -> None:
    register_ok(app, distinct(0))
    before = counts(app)
    bad = distinct(1, nik="12345", phone="abc", village_code="", consent_text_version="")
    outcome = app.registration.register(bad)
    assert outcome.status is SaveStatus.INVALID
    assert outcome.business_id is None
    by_field = {f.field for f in outcome.findings if f.is_error}
    assert {"nik", "phone", "village_code", "consent"} <= by_field
    assert all(f.render() for f in outcome.findings)
    assert counts(app) == before


def test_warnings_need_confirmation(app: App) -> None:
    before = counts(app)
    mismatched = distinct(0, owner_birth_date=date(1991, 5, 15))  # the NIK says 1990
    outcome = app.registration.register(mismatched)
    assert outcome.status is SaveStatus.NEEDS_CONFIRMATION
    assert [f.code for f in outcome.findings] == ["nik.birth_date_mismatch"]
    assert outcome.findings[0].severity is Severity.WARNING
    assert counts(app) == before
    confirmed = app.registration.register(mismatched, confirm_warnings=True)
    assert confirmed.status is SaveStatus.SAVED
    assert [f.code for f in confirmed.findings] == ["nik.birth_date_mismatch"]


# --- duplicates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"nik": nik_for(0)}, "nik"),
        ({"nib": "9120001234567"}, "nib"),
        ({"phone": "0812-0000-0000"}, "phone"),  # typed differently, same E.164
        ({"business_name": "Warung Sri"}, "similar_name"),
    ],
    ids=["nik", "nib", "phone", "similar-name"],
)
def test_duplicates_need_a_reason(app: App, overrides: dict[str, Any], reason: str) -> None:
    first_id, _ = register_ok(
        app, business_input(0, business_name="Warung Bu Sri", nib="9120001234567")
    )
    candidate = replace(distinct(1, nib=""), **overrides)
    before = counts(app)
    outcome = app.registration.register(candidate)
    assert outcome.status is SaveStatus.NEEDS_CONFIRMATION
    assert [d.business_id for d in outcome.duplicates] == [first_id]
    assert outcome.duplicates[0].reasons == (reason,)
    assert counts(app) == before

    why = "Toko kedua milik pemilik yang sama"
    second_id, _ = register_ok(app, candidate, duplicate_reason=f"  {why} ")
    assert business_row(app, second_id).duplicate_reason == why
    (audit,) = audit_rows(app, second_id)
    details = json.loads(audit.details or "{}")
    assert details["duplicates"] == [first_id]
    assert details["duplicate_reason"] == why
    (entry,) = outbox_rows(app, second_id)
    assert json.loads(entry.payload)["duplicate_reason"] == why


def test_blank_reason_does_not_count(app: App) -> None:
    register_ok(app, business_input(0, business_name="Warung Bu Sri"))
    outcome = app.registration.register(
        distinct(1, business_name="Warung Sri"), duplicate_reason="   "
    )
    assert outcome.status is SaveStatus.NEEDS_CONFIRMATION


def test_every_reason_is_listed_for_one_candidate(app: App) -> None:
    first_id, _ = register_ok(app, business_input(0, business_name="Warung Bu Sri"))
    outcome = app.registration.register(business_input(0, business_name="Warung Sri"))
    assert [d.business_id for d in outcome.duplicates] == [first_id]
    assert set(outcome.duplicates[0].reasons) == {"nik", "phone", "similar_name"}


def test_similar_name_elsewhere_or_deleted_is_not_a_duplicate(app: App) -> None:
    register_ok(app, business_input(0, business_name="Warung Bu Sri"))
    elsewhere = distinct(1, business_name="Warung Sri", village_code=OTHER_VILLAGE)
    assert app.registration.register(elsewhere).saved
    gone_id, _ = register_ok(app, distinct(2))
    app.registration.delete(gone_id)
    assert app.registration.register(distinct(3, nik=nik_for(2))).saved


def test_duplicate_beyond_the_first_500_village_rows_is_found(app: App) -> None:
    """A village with many businesses must not hide a duplicate NIK registered later."""
    with app.store.write() as session:
        template = {
            k: v
            for k, v in business_row(app, register_ok(app, distinct(0))[0]).__dict__.items()
            if not k.startswith("_")
        }
        from golonline_desktop.domain.ids import new_id

        for n in range(1, 520):
            session.add(
                Business(**{**template, "id": new_id(), "nik": nik_for(n),
                            "phone": None, "business_name": f"Usaha {n:04d} {n * 7919}"})
            )  # fmt: skip
    target_id, _ = register_ok(app, distinct(1, nik=nik_for(5000), phone="081355550000"))
    outcome = app.registration.register(distinct(2, nik=nik_for(5000)))
    assert outcome.status is SaveStatus.NEEDS_CONFIRMATION
    assert target_id in [d.business_id for d in outcome.duplicates]


# --- update, delete, restore ------------------------------------------------------------


def test_update_bumps_version_and_writes_outbox_version_2(app: App) -> None:
    business_id, _ = register_ok(app, distinct(0))
    changed = distinct(0, address_line="Jl. Tebet Raya No. 9", employees="4")
    outcome = app.registration.update(business_id, changed, expected_version=1)
    assert outcome.status is SaveStatus.SAVED and outcome.version == 2
    first, second = outbox_rows(app, business_id)
    assert (first.version, first.base_version) == (1, 0)
    assert (second.version, second.base_version, second.operation) == (2, 1, "upsert")
    payload = json.loads(second.payload)
    assert payload["version"] == 2 and payload["employees"] == 4
    assert second.payload_hash == hashlib.sha256(second.payload.encode()).hexdigest()
    _, audit = audit_rows(app, business_id)
    assert audit.action == "business.update"
    assert json.loads(audit.details or "{}") == {
        "version": 2, "changed": ["address_line", "employees"],
    }  # fmt: skip
    record = app.registration.get(business_id)
    assert record.version == 2 and record.fields.address_line == "Jl. Tebet Raya No. 9"


def test_update_does_not_find_itself_a_duplicate(app: App) -> None:
    business_id, _ = register_ok(app, distinct(0))
    assert app.registration.update(business_id, distinct(0), expected_version=1).saved


def test_stale_update_writes_nothing(app: App) -> None:
    business_id, _ = register_ok(app, distinct(0))
    assert app.registration.update(business_id, distinct(0, sector="A"), expected_version=1).saved
    before = counts(app)
    outcome = app.registration.update(business_id, distinct(0, sector="B"), expected_version=1)
    assert outcome.status is SaveStatus.STALE
    assert outcome.version == 2  # the version the officer must reload
    assert counts(app) == before
    assert app.registration.get(business_id).fields.sector == "A"


def test_delete_is_a_tombstone_and_restore_a_new_version(app: App) -> None:
    business_id, _ = register_ok(app, distinct(0))
    with app.store.read() as session:
        live_before = count_live(session)
    assert app.registration.delete(business_id) == 2
    row = business_row(app, business_id)
    assert row.deleted is True and row.deleted_at is not None and row.version == 2
    with app.store.read() as session:
        assert count_live(session) == live_before - 1
    entries = outbox_rows(app, business_id)
    assert [(e.version, e.base_version, e.operation) for e in entries] == [
        (1, 0, "upsert"), (2, 1, "delete"),
    ]  # fmt: skip
    assert json.loads(entries[-1].payload)["deleted"] is True

    before = counts(app)
    assert app.registration.delete(business_id) == 2  # deleting twice changes nothing
    assert counts(app) == before

    assert app.registration.restore(business_id) == 3
    row = business_row(app, business_id)
    assert row.deleted is False and row.deleted_at is None
    last = outbox_rows(app, business_id)[-1]
    assert (last.version, last.base_version, last.operation) == (3, 2, "upsert")
    actions = [a.action for a in audit_rows(app, business_id)]
    assert actions == ["business.create", "business.delete", "business.restore"]


def test_missing_business_is_reported(app: App) -> None:
    with pytest.raises(registration_module.BusinessNotFoundError):
        app.registration.delete("01900000-0000-7000-8000-00000000dead")


# --- hostile input ----------------------------------------------------------------------

HOSTILE = [
    "Warung\x00Bu\x07Sri\x1b[31m",  # NUL, bell, terminal escape
    "Warung \u202eirS uB\u202c",  # right-to-left override
    "War\u200bung\u200d Bu\ufeff Sri\u2060",  # zero-width characters
    "W" * 10_000,
    "'); DROP TABLE business;--",
    "Robert'); DELETE FROM outbox; --",
    "Kopi ☕ Mantap 🇮🇩 🍜",
    "\ud800 lone surrogate",
    "   \t\n  ",
]
TEXT_FIELDS = ["business_name", "owner_name", "sector", "address_line"]
CODE_FIELDS = ["nik", "phone", "email", "nib", "npwp", "nitku", "postal_code", "village_code",
               "kbli_code", "capital", "annual_sales", "employees"]  # fmt: skip
FORBIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn"}


def _clean(value: object) -> bool:
    return not isinstance(value, str) or all(
        unicodedata.category(ch) not in FORBIDDEN for ch in value
    )


@pytest.mark.parametrize("field", TEXT_FIELDS + CODE_FIELDS)
def test_hostile_strings_are_cleaned_or_refused(app: App, field: str) -> None:
    for n, hostile in enumerate(HOSTILE):
        before = counts(app)
        outcome = app.registration.register(
            distinct(n % len(NAMES), **{field: hostile}),
            confirm_warnings=True,
            duplicate_reason="uji",
        )
        if outcome.status is SaveStatus.SAVED:
            assert outcome.business_id is not None
            row = business_row(app, outcome.business_id)
            stored = {c: getattr(row, c) for c in PAYLOAD_KEYS if hasattr(row, c)}
            assert all(_clean(v) for v in stored.values()), (field, hostile, stored)
            assert all(len(v) <= 500 for v in stored.values() if isinstance(v, str))
            assert counts(app)["business"] == before["business"] + 1
            app.registration.delete(outcome.business_id)
        else:
            assert outcome.status is SaveStatus.INVALID, (field, hostile, outcome)
            assert outcome.findings, (field, hostile)
            errors = [f for f in outcome.findings if f.is_error]
            assert any(f.field == field for f in errors), (field, hostile, errors)
            assert all(isinstance(f.render(), str) for f in outcome.findings)
            assert counts(app) == before
    with app.store.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_hostile_name_is_stored_as_typed_minus_invisible_characters(app: App) -> None:
    business_id, _ = register_ok(app, distinct(0, business_name="'); DROP TABLE business;--"))
    assert business_row(app, business_id).business_name == "'); DROP TABLE business;--"
    business_id, _ = register_ok(app, distinct(1, business_name="Warung \u202eirS uB\u202c"))
    assert business_row(app, business_id).business_name == "Warung irS uB"
    business_id, _ = register_ok(app, distinct(2, business_name="Kopi ☕ Mantap 🇮🇩"))
    assert business_row(app, business_id).business_name == "Kopi ☕ Mantap 🇮🇩"


def test_ten_thousand_characters_are_refused_with_a_clear_finding(app: App) -> None:
    outcome = app.registration.register(distinct(0, business_name="W" * 10_000))
    assert outcome.status is SaveStatus.INVALID
    (finding,) = [f for f in outcome.findings if f.is_error]
    assert (finding.code, finding.field) == ("text.too_long", "business_name")
    assert "10000" in finding.render()


# --- crash inside the transaction -------------------------------------------------------


@pytest.mark.parametrize("step", ["record_audit", "record_change"])
def test_crash_inside_the_write_leaves_nothing(
    app: App, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    register_ok(app, distinct(0))
    before = counts(app)

    def crash(*_: object, **__: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(registration_module, step, crash)
    with pytest.raises(OSError, match="disk unplugged"):
        app.registration.register(distinct(1))
    assert counts(app) == before
    with app.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Business)) == before["business"]
    monkeypatch.undo()
    register_ok(app, distinct(1))  # the store is usable afterwards


def test_unknown_village_is_refused_with_a_finding(app: App) -> None:
    """Any typo in a village code must give a finding, not crash the save."""
    before = counts(app)
    outcome = app.registration.register(distinct(0, village_code="31.74.01.1999"))
    assert outcome.status is SaveStatus.INVALID
    (finding,) = [f for f in outcome.findings if f.is_error]
    assert (finding.code, finding.field) == ("village.unknown", "village_code")
    assert "31.74.01.1999" in finding.render()
    assert counts(app) == before
