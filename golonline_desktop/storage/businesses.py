"""Queries over businesses: lookups, duplicate candidates, counts. Callers own the session."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from .models import Business

# Words that say what kind of business it is, not which one: "Warung Bu Sri" and
# "Warung Sri" are the same shop.
_GENERIC_WORDS = frozenset(
    [
        "toko",
        "warung",
        "ud",
        "cv",
        "pt",
        "kedai",
        "usaha",
        "dagang",
        "bu",
        "ibu",
        "pak",
        "bapak",
        "mbak",
        "mas",
        "the",
        "and",
        "dan",
    ]
)
SIMILAR_NAME_RATIO = 0.85


@dataclass(frozen=True)
class DuplicateCandidate:
    business_id: str
    business_name: str
    owner_name: str
    village_code: str | None
    reasons: tuple[str, ...]  # "nik", "nib", "phone", "similar_name"


@functools.lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """A business name reduced to what identifies it, for similarity checks.

    Cached: every save compares the new name with every live name of its village.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[^0-9a-z]+", text) if w and w not in _GENERIC_WORDS]
    return " ".join(words)


@functools.lru_cache(maxsize=65_536)
def _signature(name: str) -> tuple[str, frozenset[str], float]:
    """The name's key, the key's bigrams as a multiset and the key's length, computed once
    per distinct name. Each bigram is tagged with its occurrence number ("an1", "an2"):
    strings, whose hashes Python keeps, so intersecting two sets hashes nothing."""
    key = name_key(name)
    seen: dict[str, int] = {}
    tagged = []
    for i in range(len(key) - 1):
        pair = key[i : i + 2]
        seen[pair] = seen.get(pair, 0) + 1
        tagged.append(f"{pair}{seen[pair]}")
    return key, frozenset(tagged), float(len(key))


# Fewer shared bigrams than this share of both key lengths (minus one) rules a pair out.
_BIGRAM_SHARE = 1.5 * SIMILAR_NAME_RATIO - 1


class _SimilarTo:
    """``names_similar(candidate, name)`` for many candidates against one name.

    A save compares its name with every live name of the village, so most candidates
    must be rejected cheaply, without changing the answer. If the matcher's ratio
    2M/T (M matched characters, T both lengths) reaches R, the matching blocks, which
    number at most T - 2M + 1, hold at least M - (T - 2M + 1) bigrams common to both
    keys: so fewer than (3R/2 - 1)·T - 1 shared bigrams rule a candidate out. The
    survivors go through the matcher's own cheap bounds and then ``ratio``.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._key, self._bigrams, self._length = _signature(name)
        self._matcher = difflib.SequenceMatcher(None, "", self._key)

    def __call__(self, candidate: str) -> bool:
        key, bigrams, length = _signature(candidate)
        if not key or not self._key:
            return candidate.casefold().strip() == self._name.casefold().strip()
        if key == self._key:
            return True
        if len(bigrams & self._bigrams) < _BIGRAM_SHARE * (length + self._length) - 1 - 1e-9:
            return False
        matcher = self._matcher
        matcher.set_seq1(key)
        return (
            matcher.real_quick_ratio() >= SIMILAR_NAME_RATIO
            and matcher.quick_ratio() >= SIMILAR_NAME_RATIO
            and matcher.ratio() >= SIMILAR_NAME_RATIO
        )


def names_similar(a: str, b: str) -> bool:
    return _SimilarTo(b)(a)


# Built once: a save runs both on every call, and building and compiling a statement
# costs more than running it. NULL never equals anything, so absent keys match nothing.
_SAME_KEYS = select(
    Business.id,
    Business.business_name,
    Business.owner_name,
    Business.village_code,
    Business.nik,
    Business.nib,
    Business.phone,
).where(
    Business.deleted.is_(False),
    Business.id != bindparam("exclude_id"),
    or_(
        Business.nik == bindparam("nik"),
        Business.nib == bindparam("nib"),
        Business.phone == bindparam("phone"),
    ),
)
_VILLAGE_NAMES = select(Business.id, Business.business_name, Business.owner_name).where(
    Business.deleted.is_(False),
    Business.id != bindparam("exclude_id"),
    Business.village_code == bindparam("village_code"),
)


def find_duplicates(
    session: Session,
    *,
    nik: str | None,
    nib: str | None,
    phone: str | None,
    business_name: str,
    village_code: str | None,
    exclude_id: str | None = None,
) -> list[DuplicateCandidate]:
    """Live businesses sharing the NIK, NIB or phone, or with a similar name in the village.

    Every live business of the village is compared (a row limit would hide duplicates in
    a large village), reading plain columns through Core rather than ORM objects.
    """
    reasons: dict[str, list[str]] = {}
    shown: dict[str, tuple[str, str, str | None]] = {}
    connection = session.connection()
    exclude = exclude_id or ""
    if nik or nib or phone:
        params = {"exclude_id": exclude, "nik": nik or None, "nib": nib or None,
                  "phone": phone or None}  # fmt: skip
        for row_id, name, owner, village, row_nik, row_nib, row_phone in connection.execute(
            _SAME_KEYS, params
        ).all():
            shown[row_id] = (name, owner, village)
            reasons[row_id] = [
                reason
                for reason, mine, theirs in (
                    ("nik", nik, row_nik),
                    ("nib", nib, row_nib),
                    ("phone", phone, row_phone),
                )
                if mine and mine == theirs
            ]
    if village_code:
        similar = _SimilarTo(business_name)
        params = {"exclude_id": exclude, "village_code": village_code}
        for row_id, name, owner in connection.execute(_VILLAGE_NAMES, params).all():
            if similar(name):
                shown[row_id] = (name, owner, village_code)
                reasons.setdefault(row_id, []).append("similar_name")
    return [
        DuplicateCandidate(row_id, *shown[row_id], tuple(reasons[row_id]))
        for row_id in sorted(reasons)
        if reasons[row_id]
    ]


def count_live(session: Session) -> int:
    return session.scalar(select(func.count()).where(Business.deleted.is_(False))) or 0


def get_many(session: Session, ids: Iterable[str]) -> list[Business]:
    return list(session.scalars(select(Business).where(Business.id.in_(list(ids)))))
