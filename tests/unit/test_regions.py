"""Region codes (pure) and the bundled region directory (real data file)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from golonline_desktop.domain.findings import Severity
from golonline_desktop.domain.regions import (
    Region,
    RegionLevel,
    VillageKind,
    ancestor_codes,
    check_region_code,
    is_well_formed,
    level_of,
    nik_prefix_to_code,
    normalise_code,
    normalise_for_search,
    parent_code,
    short_label,
)
from golonline_desktop.storage.region_directory import RegionDirectory


@pytest.fixture(scope="module")
def directory() -> RegionDirectory:
    with RegionDirectory.open() as opened:
        yield opened


# -- pure code helpers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("31", "31"),
        ("3174", "31.74"),
        ("317401", "31.74.01"),
        ("3174011001", "31.74.01.1001"),
        ("31.74.01.1001", "31.74.01.1001"),
        ("31 74 01", "31.74.01"),
        ("31-74-01-2001", "31.74.01.2001"),
    ],
)
def test_normalise_code(raw: str, code: str) -> None:
    assert normalise_code(raw) == code


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "3",
        "317",
        "31740",
        "3174011",
        "3174014001",
        "01",
        "3100",
        "310001",
        "31740110000",
        "x1",
        "317401100A",
    ],
)
def test_normalise_code_rejects(raw: str) -> None:
    assert normalise_code(raw) is None


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("11", True),
        ("96.71.01", True),
        ("91.03.01.3007", True),
        ("31.74.01.4001", False),  # village kind 4 does not exist
        ("31.74.01.1000", False),
        ("31.00", False),
        ("31.74.00", False),
        ("3174", False),
        ("31.74.1", False),
    ],
)
def test_is_well_formed(code: str, ok: bool) -> None:
    assert is_well_formed(code) is ok


def test_levels_parents_and_ancestors() -> None:
    assert level_of("31") is RegionLevel.PROVINCE
    assert level_of("31.74") is RegionLevel.REGENCY
    assert level_of("31.74.01") is RegionLevel.DISTRICT
    assert level_of("31.74.01.1001") is RegionLevel.VILLAGE
    with pytest.raises(ValueError):
        level_of("3174")
    assert parent_code("31.74.01.1001") == "31.74.01"
    assert parent_code("31.74") == "31"
    assert parent_code("31") is None
    assert ancestor_codes("31.74.01.1001") == ["31", "31.74", "31.74.01", "31.74.01.1001"]


def test_nik_prefix_to_code() -> None:
    assert nik_prefix_to_code("317401") == "31.74.01"
    assert nik_prefix_to_code("960101") == "96.01.01"
    for bad in ("31740", "3174011", "31740x"):
        with pytest.raises(ValueError):
            nik_prefix_to_code(bad)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Sukamaju", "sukamaju"),
        ("SUKAMAJU", "sukamaju"),
        ("Sukamájú", "sukamaju"),
        ("Regapu’u", "regapu'u"),
        ("  Kota   Bandung ", "kota bandung"),
        ("Straße", "strasse"),
    ],
)
def test_normalise_for_search(name: str, folded: str) -> None:
    assert normalise_for_search(name) == folded


def test_region_properties() -> None:
    kel = Region("31.74.01.1001", "Tebet Timur", RegionLevel.VILLAGE)
    desa = Region("11.01.01.2001", "Keude Bakongan", RegionLevel.VILLAGE)
    adat = Region("91.03.01.3007", "Desa Adat Yoboi", RegionLevel.VILLAGE)
    assert kel.village_kind is VillageKind.KELURAHAN and kel.is_kota
    assert desa.village_kind is VillageKind.DESA and not desa.is_kota
    assert adat.village_kind is VillageKind.DESA_ADAT
    assert Region("31", "DKI", RegionLevel.PROVINCE).village_kind is None
    assert not Region("31", "DKI", RegionLevel.PROVINCE).is_kota
    assert kel.parent_code == "31.74.01"


@pytest.mark.parametrize(
    ("region", "label"),
    [
        (Region("65", "Kalimantan Utara", RegionLevel.PROVINCE), "Prov. Kalimantan Utara"),
        (Region("65.01", "Kabupaten Bulungan", RegionLevel.REGENCY), "Kab. Bulungan"),
        (Region("65.71", "Kota Tarakan", RegionLevel.REGENCY), "Kota Tarakan"),
        (Region("91.01", "KAB. MERAUKE", RegionLevel.REGENCY), "Kab. MERAUKE"),
        (Region("65.71.01", "Tarakan Barat", RegionLevel.DISTRICT), "Kec. Tarakan Barat"),
        (Region("31.74.01.1001", "Tebet Timur", RegionLevel.VILLAGE), "Kel. Tebet Timur"),
        (Region("11.01.01.2001", "Keude Bakongan", RegionLevel.VILLAGE), "Desa Keude Bakongan"),
        (Region("91.03.01.3007", "Desa Adat Yoboi", RegionLevel.VILLAGE), "Desa Adat Yoboi"),
    ],
)
def test_short_label(region: Region, label: str) -> None:
    assert short_label(region) == label


class FakeDirectory:
    def is_valid_now(self, code: str) -> bool:
        return code in {"31.74.01", "31.74.01.1001"}

    def is_known_historically(self, code: str) -> bool:
        return code in {"31.74.01", "91.01.01"}


def test_check_region_code_with_a_fake() -> None:
    fake = FakeDirectory()
    assert check_region_code("3174011001", fake).value == "31.74.01.1001"
    assert check_region_code("31.74.01", fake).findings == ()
    retired = check_region_code("91.01.01", fake)
    assert retired.ok and retired.value == "91.01.01"
    assert retired.codes() == {"region.retired"}
    assert retired.findings[0].severity is Severity.WARNING
    assert check_region_code("31.74.99", fake).codes() == {"region.unknown"}
    bad = check_region_code("31.7", fake)
    assert bad.codes() == {"region.format"} and bad.value is None
    assert "31.7" in bad.findings[0].render()


# -- directory: lookups -----------------------------------------------------------------


def test_thirty_eight_provinces_in_code_order(directory: RegionDirectory) -> None:
    provinces = directory.provinces()
    assert len(provinces) == 38
    codes = [p.code for p in provinces]
    assert codes == sorted(codes)
    assert codes[0] == "11" and codes[-1] == "96"
    assert {"65", "92", "93", "94", "95", "96"} <= set(codes)
    assert all(p.level is RegionLevel.PROVINCE for p in provinces)
    names = {p.code: p.name for p in provinces}
    assert names["65"] == "Kalimantan Utara"
    assert names["96"] == "Papua Barat Daya"
    assert names["93"] == "Papua Selatan"


def test_children(directory: RegionDirectory) -> None:
    kaltara = directory.children("65")
    assert [r.code for r in kaltara] == ["65.01", "65.02", "65.03", "65.04", "65.71"]
    assert kaltara[-1] == Region("65.71", "Kota Tarakan", RegionLevel.REGENCY)
    kecamatan = directory.children("31.74")
    assert kecamatan[0] == Region("31.74.01", "Tebet", RegionLevel.DISTRICT)
    villages = directory.children("31.74.01")
    assert villages[0] == Region("31.74.01.1001", "Tebet Timur", RegionLevel.VILLAGE)
    assert all(v.level is RegionLevel.VILLAGE for v in villages)
    assert directory.children("31.74.01.1001") == []
    assert directory.children("99") == []
    assert directory.children("91.01") == []  # retired regency: no current children


def test_counts_per_level(directory: RegionDirectory) -> None:
    regencies = [r for p in directory.provinces() for r in directory.children(p.code)]
    assert len(regencies) == 514


def test_get_and_name(directory: RegionDirectory) -> None:
    assert directory.get("31.74.01.1001") == Region(
        "31.74.01.1001", "Tebet Timur", RegionLevel.VILLAGE
    )
    assert directory.get("3174011001") == directory.get("31.74.01.1001")
    assert directory.get("31.74.99") is None
    assert directory.get("not a code") is None
    assert directory.name("96") == "Papua Barat Daya"
    assert directory.name("53.07.01.2021") == "Regapu’u"
    assert directory.name("91.01.01") is None


@pytest.mark.parametrize(
    ("code", "path"),
    [
        (
            "31.74.01.1001",
            "Kel. Tebet Timur, Kec. Tebet, Kota Administrasi Jakarta Selatan, "
            "Prov. Daerah Khusus Ibukota Jakarta",
        ),
        ("11.01.01.2001", "Desa Keude Bakongan, Kec. Bakongan, Kab. Aceh Selatan, Prov. Aceh"),
        ("32.73.01.1002", "Kel. Gegerkalong, Kec. Sukasari, Kota Bandung, Prov. Jawa Barat"),
        ("91.03.01.3007", "Desa Adat Yoboi, Kec. Sentani, Kab. Jayapura, Prov. Papua"),
        ("65.71", "Kota Tarakan, Prov. Kalimantan Utara"),
        ("65.01.01", "Kec. Tanjung Palas, Kab. Bulungan, Prov. Kalimantan Utara"),
        ("96", "Prov. Papua Barat Daya"),
    ],
)
def test_full_path(directory: RegionDirectory, code: str, path: str) -> None:
    assert directory.full_path(code) == path


def test_full_path_of_unknown_codes(directory: RegionDirectory) -> None:
    assert directory.full_path("91.01.01") is None
    assert directory.full_path("31.74.01.9999") is None
    assert directory.full_path("junk") is None


# -- directory: history ------------------------------------------------------------------


def test_current_and_historical_validity(directory: RegionDirectory) -> None:
    assert directory.current_year == 2025
    # 91.01.01 (Merauke) moved to Papua Selatan as 93.01.01 in 2022/2023.
    assert not directory.is_valid_now("91.01.01")
    assert directory.is_known_historically("91.01.01")
    assert directory.is_known_kecamatan("91.01.01")
    assert directory.last_seen("91.01.01") == 2022
    assert directory.is_valid_now("93.01.01")
    assert directory.last_seen("93.01.01") == 2025
    # A retired regency is known historically but is not a kecamatan.
    assert directory.is_known_historically("91.01")
    assert not directory.is_known_kecamatan("91.01")
    # Villages are current-only.
    assert directory.is_valid_now("31.74.01.1001")
    assert directory.is_known_historically("31.74.01.1001")
    assert not directory.is_known_kecamatan("31.74.01.1001")
    # Never seen.
    assert not directory.is_known_historically("31.74.99")
    assert not directory.is_known_kecamatan("31.74.99")
    assert not directory.is_known_kecamatan("garbage")
    assert directory.last_seen("31.74.99") is None


def test_kecamatan_lookup_accepts_plain_digits(directory: RegionDirectory) -> None:
    assert directory.is_known_kecamatan("317401")
    assert directory.is_known_kecamatan("920101")


def test_check_region_code_with_the_real_directory(directory: RegionDirectory) -> None:
    assert check_region_code("31.74.01.1001", directory).findings == ()
    assert check_region_code("91.01.01", directory).codes() == {"region.retired"}
    assert check_region_code("31.74.01.1999", directory).codes() == {"region.unknown"}


# -- directory: search --------------------------------------------------------------------


@pytest.mark.parametrize("query", ["regapu'u", "REGAPU’U", "Regapu'U", "regapú'u"])
def test_search_is_case_and_accent_insensitive(directory: RegionDirectory, query: str) -> None:
    assert [r.code for r in directory.search(query)] == ["53.07.01.2021"]


def test_search_ranks_exact_then_word_start_then_larger_regions(directory: RegionDirectory) -> None:
    results = directory.search("jakarta", limit=10)
    assert results[0].code == "31"
    assert [r.code[:2] for r in results[:6]] == ["31"] * 6  # province, then its 5 kota
    assert results[6].name == "Jakarta Baru"  # a village in Maluku comes after them
    exact = directory.search("tebet", limit=3)
    assert exact[0] == Region("31.74.01", "Tebet", RegionLevel.DISTRICT)


def test_search_finds_substrings(directory: RegionDirectory) -> None:
    names = [r.name for r in directory.search("bakongan", limit=50)]
    assert "Bakongan" in names and "Keude Bakongan" in names and "Bakongan Timur" in names
    assert all("bakongan" in n.lower() for n in names)


def test_short_queries_match_name_prefixes(directory: RegionDirectory) -> None:
    results = directory.search("Su", limit=5)
    assert [r.level for r in results] == [RegionLevel.PROVINCE] * 5
    assert all(r.name.lower().startswith("su") for r in results)
    assert all(r.name.lower().startswith("b") for r in directory.search("b", limit=20))


def test_search_within_and_limit(directory: RegionDirectory) -> None:
    within = directory.search("sari", within="32.73", limit=100)
    assert within and all(r.code.startswith("32.73.") for r in within)
    assert Region("32.73.01", "Sukasari", RegionLevel.DISTRICT) in within
    assert len(directory.search("sari", limit=7)) == 7
    assert directory.search("sari", limit=0) == []


def test_search_by_code(directory: RegionDirectory) -> None:
    assert [r.code for r in directory.search("317401", limit=3)] == [
        "31.74.01",
        "31.74.01.1001",
        "31.74.01.1002",
    ]
    assert directory.search("31.74.01.1001")[0].code == "31.74.01.1001"
    assert [r.code for r in directory.search("6", limit=3)] == ["61", "61.01", "61.01.01"]


@pytest.mark.parametrize("query", ["", "   ", 'a"b', "zzzzqqq", "'"])
def test_search_odd_queries_do_not_fail(directory: RegionDirectory, query: str) -> None:
    assert directory.search(query) == []


# -- directory: file handling -----------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        RegionDirectory.open(tmp_path / "nope.sqlite3")


def test_wrong_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="schema"):
        RegionDirectory.open(path)


def test_file_is_opened_read_only(directory: RegionDirectory) -> None:
    with pytest.raises(sqlite3.OperationalError):
        directory._con.execute("CREATE TABLE x (y)")


def test_usable_from_several_threads(directory: RegionDirectory) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                assert directory.get("31.74.01") is not None
                assert directory.search("tebet", limit=3)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
