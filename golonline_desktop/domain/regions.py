"""Indonesian administrative regions (Kemendagri codes) as plain values.

Codes have the shape ``PP.KK.CC.XNNN``: province, kabupaten (01-69) or kota (71-99),
kecamatan, and desa/kelurahan, where the village's first digit says what it is
(1 kelurahan, 2 desa, 3 desa adat). The directory that knows which codes exist lives in
``storage.region_directory``; this module only knows the shape of a code, so the domain
checks (NIK prefixes, address codes) stay pure and testable with a small fake.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

from .findings import CheckResult, error, warning
from .i18n import QT_TRANSLATE_NOOP


class RegionLevel(IntEnum):
    """The level equals the number of parts in the dotted code."""

    PROVINCE = 1
    REGENCY = 2  # kabupaten or kota
    DISTRICT = 3  # kecamatan
    VILLAGE = 4  # desa, desa adat or kelurahan


class VillageKind(IntEnum):
    KELURAHAN = 1
    DESA = 2
    DESA_ADAT = 3


_PART_DIGITS = (2, 2, 2, 4)
_CODE_RE = re.compile(r"^[1-9]\d(?:\.\d{2}(?:\.\d{2}(?:\.[1-3]\d{3})?)?)?$")
_SEPARATORS = re.compile(r"[\s.\-]+")


@dataclass(frozen=True, order=True)
class Region:
    code: str
    name: str
    level: RegionLevel

    @property
    def parent_code(self) -> str | None:
        return parent_code(self.code)

    @property
    def is_kota(self) -> bool:
        """A kota (city) rather than a kabupaten; only meaningful below province level."""
        return self.level >= RegionLevel.REGENCY and is_kota_code(self.code)

    @property
    def village_kind(self) -> VillageKind | None:
        if self.level is not RegionLevel.VILLAGE:
            return None
        return VillageKind(int(self.code.split(".")[3][0]))


def level_of(code: str) -> RegionLevel:
    """The level of a well-formed dotted code (raises ValueError otherwise)."""
    if not is_well_formed(code):
        raise ValueError(f"not a region code: {code!r}")
    return RegionLevel(code.count(".") + 1)


def is_well_formed(code: str) -> bool:
    """True for a dotted code of any level with no zero part (``31.74.01.1001``)."""
    if not _CODE_RE.match(code):
        return False
    parts = code.split(".")
    return all(int(p) != 0 for p in parts[1:3]) and (len(parts) < 4 or int(parts[3][1:]) != 0)


def normalise_code(raw: str) -> str | None:
    """Turn ``"3174"``, ``"31 74 01"`` or ``"31.74.01.1001"`` into the dotted form.

    Returns None when the digits cannot be split into a code of some level.
    """
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    if not digits.isascii() or not digits.isdigit():
        return None
    splits = {2: 1, 4: 2, 6: 3, 10: 4}
    count = splits.get(len(digits))
    if count is None:
        return None
    parts: list[str] = []
    start = 0
    for width in _PART_DIGITS[:count]:
        parts.append(digits[start : start + width])
        start += width
    code = ".".join(parts)
    return code if is_well_formed(code) else None


def parent_code(code: str) -> str | None:
    """``"31.74.01"`` -> ``"31.74"``; a province has no parent."""
    head, sep, _ = code.rpartition(".")
    return head if sep else None


def ancestor_codes(code: str) -> list[str]:
    """The code and its ancestors, from the province down: ``["31", "31.74", "31.74.01"]``."""
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def is_kota_code(code: str) -> bool:
    """Regency numbers 71-99 are kota (cities), 01-69 kabupaten."""
    parts = code.split(".")
    return len(parts) >= 2 and int(parts[1]) >= 71


def nik_prefix_to_code(prefix: str) -> str:
    """The first six digits of a NIK as a kecamatan code: ``"317401"`` -> ``"31.74.01"``."""
    if len(prefix) != 6 or not prefix.isascii() or not prefix.isdigit():
        raise ValueError(f"a NIK prefix has 6 digits, got {prefix!r}")
    return f"{prefix[0:2]}.{prefix[2:4]}.{prefix[4:6]}"


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "´": "'"})
_SPACES = re.compile(r"\s+")


def normalise_for_search(name: str) -> str:
    """Case- and accent-insensitive form of a name, used both when indexing and searching.

    Officers type "Regapu'u" for "Regapu’u" and "sukamaju" for "Sukamaju": fold case, strip
    combining marks after NFKD decomposition, unify apostrophes and squeeze spaces.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.translate(_APOSTROPHES)).strip()


def short_label(region: Region) -> str:
    """The name with its kind, as used on addresses: "Kab. Bulungan", "Kel. Menteng"."""
    name = region.name
    if region.level is RegionLevel.PROVINCE:
        return f"Prov. {name}"
    if region.level is RegionLevel.REGENCY:
        for long_prefix in ("kabupaten ", "kab. ", "kota "):
            if name.casefold().startswith(long_prefix):
                name = name[len(long_prefix) :]
                break
        return f"Kota {name}" if region.is_kota else f"Kab. {name}"
    if region.level is RegionLevel.DISTRICT:
        return f"Kec. {name}"
    if region.village_kind is VillageKind.KELURAHAN:
        return f"Kel. {name}"
    if region.village_kind is VillageKind.DESA_ADAT and name.startswith("Desa Adat "):
        return name  # the 2025 list already names these "Desa Adat X"
    return f"Desa {name}"


class PrefixLookup(Protocol):
    """Whatever knows the kecamatan codes a NIK may start with (current or retired)."""

    def is_known_kecamatan(self, code: str) -> bool: ...


class RegionLookup(Protocol):
    def is_valid_now(self, code: str) -> bool: ...

    def is_known_historically(self, code: str) -> bool: ...


def check_region_code(code: str, directory: RegionLookup) -> CheckResult[str]:
    """Check a region code typed or imported for an address.

    Unknown codes are errors (an address must name a real place); a code that existed
    before the 2025 list but no longer does is a warning, so old records can still be
    opened and fixed.
    """
    normalised = normalise_code(code)
    if normalised is None:
        return CheckResult(
            None,
            (
                error(
                    "region.format",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The region code {region} is not in the form 31.74.01.1001.",
                    ),
                    region=code.strip(),
                ),
            ),
        )
    if directory.is_valid_now(normalised):
        return CheckResult(normalised)
    if directory.is_known_historically(normalised):
        return CheckResult(
            normalised,
            (
                warning(
                    "region.retired",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The region code {region} is no longer in use. Choose the current "
                        "region from the list.",
                    ),
                    region=normalised,
                ),
            ),
        )
    return CheckResult(
        None,
        (
            error(
                "region.unknown",
                QT_TRANSLATE_NOOP("Finding", "There is no region with the code {region}."),
                region=normalised,
            ),
        ),
    )
