"""Queries over businesses: lookups, duplicate candidates, counts. Callers own the session."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .models import Business

# Words that say what kind of business it is, not which one: "Warung Bu Sri" and
# "Warung Sri" are the same shop.
_GENERIC_WORDS = frozenset(
    "toko warung ud cv pt kedai usaha dagang bu ibu pak bapak mbak mas the and dan".split()
)
SIMILAR_NAME_RATIO = 0.85


@dataclass(frozen=True)
class DuplicateCandidate:
    business_id: str
    business_name: str
    owner_name: str
    village_code: str | None
    reasons: tuple[str, ...]  # "nik", "nib", "phone", "similar_name"


def name_key(name: str) -> str:
    """A business name reduced to what identifies it, for similarity checks."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[^0-9a-z]+", text) if w and w not in _GENERIC_WORDS]
    return " ".join(words)


def names_similar(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return a.casefold().strip() == b.casefold().strip()
    return ka == kb or difflib.SequenceMatcher(None, ka, kb).ratio() >= SIMILAR_NAME_RATIO


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
    """Live businesses sharing the NIK, NIB or phone, or with a similar name in the village."""
    conditions = []
    if nik:
        conditions.append(Business.nik == nik)
    if nib:
        conditions.append(Business.nib == nib)
    if phone:
        conditions.append(Business.phone == phone)
    if village_code:
        conditions.append(Business.village_code == village_code)
    if not conditions:
        return []
    stmt = select(Business).where(Business.deleted.is_(False), or_(*conditions))
    if exclude_id:
        stmt = stmt.where(Business.id != exclude_id)
    found: list[DuplicateCandidate] = []
    for row in session.scalars(stmt.order_by(Business.id).limit(500)):
        reasons = []
        if nik and row.nik == nik:
            reasons.append("nik")
        if nib and row.nib == nib:
            reasons.append("nib")
        if phone and row.phone == phone:
            reasons.append("phone")
        if (
            village_code
            and row.village_code == village_code
            and names_similar(row.business_name, business_name)
        ):
            reasons.append("similar_name")
        if reasons:
            found.append(
                DuplicateCandidate(
                    row.id, row.business_name, row.owner_name, row.village_code, tuple(reasons)
                )
            )
    return found


def count_live(session: Session) -> int:
    return session.scalar(select(func.count()).where(Business.deleted.is_(False))) or 0


def get_many(session: Session, ids: Iterable[str]) -> list[Business]:
    return list(session.scalars(select(Business).where(Business.id.in_(list(ids)))))
