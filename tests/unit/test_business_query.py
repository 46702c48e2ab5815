"""The browser's queries over 100,000 businesses: every searchable field, filters, sorting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.business_query import (
    BrowserQuery,
    BusinessQueryService,
    BusinessRow,
    SortKey,
)
from tests import browser_data
from tests.conftest import TEST_NOW
from tests.factories import business_input

COUNT = 100_000


@dataclass
class Big:
    app: App
    service: BusinessQueryService
    data: browser_data.Generated

    def live(self) -> list[dict[str, object]]:
        return [b for b in self.data.businesses if not b["deleted"]]


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory, regions) -> Iterator[Big]:
    folder: Path = tmp_path_factory.mktemp("browser100k")
    app = open_app(DataPaths(folder).ensure(), FixedClock(TEST_NOW), regions)
    data = browser_data.fill(app.store, app.actor.officer_id, app.actor.office_id, COUNT)
    yield Big(app, BusinessQueryService(app.store, regions), data)
    app.close()


def all_rows(service: BusinessQueryService, query: BrowserQuery) -> list[BusinessRow]:
    rows: list[BusinessRow] = []
    while True:
        chunk = service.page_after(query, rows[-1] if rows else None, 5000)
        if not chunk:
            return rows
        rows.extend(chunk)


def ids(rows: list[BusinessRow]) -> set[str]:
    return {r.id for r in rows}


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("business_name", lambda b: str(b["business_name"]).upper()),
        ("owner_name", lambda b: str(b["owner_name"])),
        ("nik", lambda b: str(b["nik"])),
        ("phone", lambda b: str(b["phone"])),
        ("phone_local", lambda b: "0" + str(b["phone"])[3:7] + "-" + str(b["phone"])[7:]),
        ("nib", lambda b: str(b["nib"])),
    ],
)
def test_each_searchable_field_finds_its_business(big: Big, field: str, typed) -> None:
    target = big.data.businesses[74_103]  # nib set: 74103 % 3 == 0; live: not a multiple of 97
    assert target["nib"] and not target["deleted"]
    text = typed(target)
    rows = all_rows(big.service, BrowserQuery(text=text))
    assert target["id"] in ids(rows)
    if field != "owner_name":  # owners share names; the others are unique
        assert ids(rows) == {target["id"]}
    else:
        expected = {b["id"] for b in big.live() if b["owner_name"] == target["owner_name"]}
        assert expected <= ids(rows)
    assert big.service.count(BrowserQuery(text=text)) == len(rows)


def test_words_match_separately_inside_words(big: Big) -> None:
    rows = all_rows(big.service, BrowserQuery(text="ndang sri"))  # "Rendang Kemasan Sri n"
    expected = {
        b["id"]
        for b in big.live()
        if "ndang" in str(b["business_name"]).lower()
        and "sri" in (str(b["business_name"]) + str(b["owner_name"])).lower()
    }
    assert expected and ids(rows) == expected


def test_village_found_by_name_and_by_larger_region_name(big: Big) -> None:
    sukarasa = {b["id"] for b in big.live() if b["village_code"] == "32.73.01.1001"}
    assert ids(all_rows(big.service, BrowserQuery(text="Sukarasa"))) == sukarasa
    gamping = {b["id"] for b in big.live() if str(b["village_code"]).startswith("34.04.01.")}
    assert ids(all_rows(big.service, BrowserQuery(text="gamping"))) == gamping


def test_fewer_than_three_characters_do_not_filter(big: Big) -> None:
    assert big.service.count(BrowserQuery(text="sr")) == len(big.live())


def test_rows_carry_the_masked_nik_only(big: Big) -> None:
    target = big.data.businesses[4242]
    (row,) = all_rows(big.service, BrowserQuery(text=str(target["phone"])))
    nik = str(target["nik"])
    assert row.nik_masked == nik[:4] + "********" + nik[-4:]
    assert nik not in repr(row)
    assert row.phone == "0" + str(target["phone"])[3:]
    assert row.village_name == big.service.village_name(str(target["village_code"]))
    assert row.village_name and row.village_name != target["village_code"]


def test_deleted_rows_hidden_unless_asked(big: Big) -> None:
    deleted = big.data.businesses[97 * 5]
    assert deleted["deleted"]
    text = str(deleted["phone"])
    assert big.service.count(BrowserQuery(text=text)) == 0
    (row,) = all_rows(big.service, BrowserQuery(text=text, include_deleted=True))
    assert row.deleted and row.id == deleted["id"]
    assert big.service.count(BrowserQuery()) == len(big.live())
    assert big.service.count(BrowserQuery(include_deleted=True)) == COUNT


def test_filters(big: Big) -> None:
    live = big.live()
    drive = big.data.drive_ids[1]
    cases = [
        (BrowserQuery(drive_id=drive), lambda b: b["drive_id"] == drive),
        (
            BrowserQuery(region_prefix="31.74"),
            lambda b: str(b["village_code"]).startswith("31.74."),
        ),
        (BrowserQuery(scale="menengah"), lambda b: b["scale"] == "menengah"),
        (BrowserQuery(sector="Fesyen"), lambda b: b["sector"] == "Fesyen"),
        (
            BrowserQuery(sector="Jasa", scale="kecil", region_prefix="34.04.01"),
            lambda b: (
                b["sector"] == "Jasa"
                and b["scale"] == "kecil"
                and str(b["village_code"]).startswith("34.04.01.")
            ),
        ),
    ]
    for query, keep in cases:
        expected = {b["id"] for b in live if keep(b)}
        assert expected
        assert big.service.count(query) == len(expected), query
    scale_rows = big.service.page_after(BrowserQuery(scale="kecil"), None, 50)
    assert {r.scale for r in scale_rows} == {"kecil"}


def test_sync_state_of_newest_version_and_its_filter(big: Big) -> None:
    by_id = dict(zip((b["id"] for b in big.data.businesses), big.data.sync_states, strict=True))
    live_ids = {b["id"] for b in big.live()}
    for state in ("pending", "done", "quarantined", "conflict"):
        expected = {i for i, s in by_id.items() if s == state and i in live_ids}
        query = BrowserQuery(sync_state=state, text="Bakso")
        rows = all_rows(big.service, query)
        bakso = {b["id"] for b in big.live() if str(b["business_name"]).startswith("Bakso")}
        assert ids(rows) == expected & bakso, state
        assert {r.sync_state for r in rows} == {state}
    assert big.service.count(BrowserQuery(sync_state="quarantined")) == sum(
        1 for i, s in by_id.items() if s == "quarantined" and i in live_ids
    )


def test_sorting_in_sql_with_keyset_pages(big: Big) -> None:
    query = BrowserQuery(text="tenun", sort_key=SortKey.NAME, descending=False)
    rows = all_rows(big.service, query)
    names = [r.business_name.casefold() for r in rows]
    assert len(rows) > 1000 and names == sorted(names)
    # keyset pages of 200 give the same order as one big page, with no gaps or repeats
    small: list[BusinessRow] = []
    while chunk := big.service.page_after(query, small[-1] if small else None, 200):
        small.extend(chunk)
    assert [r.id for r in small] == [r.id for r in rows]
    assert [r.id for r in big.service.page(query, 400, 200)] == [r.id for r in rows[400:600]]

    newest = big.service.page_after(BrowserQuery(), None, 3)
    assert [r.rowid for r in newest] == sorted((r.rowid for r in newest), reverse=True)
    assert newest[0].id == big.live()[-1]["id"]

    owners = big.service.page_after(
        BrowserQuery(sort_key=SortKey.OWNER, descending=True), None, 300
    )
    keys = [r.owner_name.casefold() for r in owners]
    assert keys == sorted(keys, reverse=True)
    updated = all_rows(big.service, replace(query, sort_key=SortKey.UPDATED, descending=True))
    assert [r.updated_at for r in updated] == sorted((r.updated_at for r in updated), reverse=True)


def test_filter_choices(big: Big) -> None:
    choices = big.service.filter_choices()
    assert {d for d, _ in choices.drives} == set(big.data.drive_ids)
    assert [c for c, _ in choices.regions] == ["34.04", "31.74", "32.73"]  # by name
    assert choices.sectors == sorted(browser_data.SECTORS)


def test_history_says_who_changed_what_when(app: App, clock: FixedClock) -> None:
    service = BusinessQueryService(app.store, app.regions)
    outcome = app.registration.register(business_input(1), confirm_warnings=True)
    business_id = outcome.business_id
    assert business_id
    app.registration.update(
        business_id,
        business_input(1, owner_name="Sri Rahayu Wulandari", phone="081299990000"),
        expected_version=1,
        confirm_warnings=True,
    )
    app.registration.delete(business_id)
    history = service.history(business_id)
    assert [h.action for h in history] == ["business.create", "business.update", "business.delete"]
    assert {h.officer_name for h in history} == {app.actor.name}
    assert history[1].changed == ("owner_name", "phone")
    assert [h.version for h in history] == [1, 2, 3]
    assert history[0].at == clock.now()
    (row,) = service.page_after(BrowserQuery(text="081299990000", include_deleted=True), None, 5)
    assert row.deleted and row.version == 3 and row.sync_state == "pending"


def test_first_page_counts_up_to_the_cap(big: Big) -> None:
    everyone = BrowserQuery(text="0812")  # every phone number
    first = big.service.first_page(everyone, 100, cap=1000)
    assert (first.count, first.exact) == (1000, False)
    assert [r.id for r in first.rows] == [r.id for r in big.service.page(everyone, 0, 100)]
    assert big.service.count_up_to(everyone, 5000) == (5000, False)
    few = BrowserQuery(text="sri rahayu")
    exact = big.service.count(few)
    assert 100 < exact < 1000
    assert big.service.first_page(few, 100, cap=1000).count == exact
    assert big.service.count_up_to(few, 1000) == (exact, True)


def test_registration_order_merges_text_and_village_matches(big: Big) -> None:
    # "tebet" is no business's name: every match comes from the village names, merged
    # with the (empty) text matches page by page, newest first, without repeats.
    query = BrowserQuery(text="tebet")
    rows = all_rows(big.service, query)
    tebet = {b["id"] for b in big.live() if str(b["village_code"]).startswith("31.74.01.")}
    assert ids(rows) == tebet and len(rows) == len(tebet)
    rowids = [r.rowid for r in rows]
    assert rowids == sorted(rowids, reverse=True)
    small: list[BusinessRow] = []
    while chunk := big.service.page_after(query, small[-1].position() if small else None, 700):
        small.extend(chunk)
    assert [r.id for r in small] == [r.id for r in rows]
    assert big.service.count(query) == len(tebet)
    # a business named after a village is found once, whether by its name or its village
    target = big.data.businesses[74_103]
    both = BrowserQuery(text=str(target["business_name"]).split()[0])
    assert len(ids(all_rows(big.service, both))) == len(all_rows(big.service, both))
